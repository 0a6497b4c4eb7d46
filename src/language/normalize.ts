/**
 * Characters that hide words and numbers from every rule while looking like nothing, or like
 * plain digits, to a reader: format characters (zero-width space and joiners, soft hyphen, word
 * joiner, BOM, bidi marks), fullwidth forms ("１２ drones"), digits of other scripts (Arabic-Indic
 * "١٢", Devanagari …) and exotic spaces. The pipeline reads the normalised text; every span it
 * finds is mapped back, so offsets still index the text as given.
 */

/** Any character this normaliser changes; text without one is returned as it is. */
const SUSPECT = /[\p{Cf}\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\uFF01-\uFF5E\u2010\u2011\u2212]|(?![0-9])\p{Nd}/u;
const FORMAT = /\p{Cf}/u;
const SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u;
const DIGIT = /\p{Nd}/u;
// Hyphen-like dashes that wire copy puts in numbers and compounds ("Shahed‑136", "‑5"): a plain hyphen.
const HYPHENS = /[\u2010\u2011\u2212]/u;

export interface NormalizedText {
  text: string;
  /** Offset in the original text of offset `i` of the normalised one (`i` may equal its length). */
  toOriginal(i: number): number;
  /** True when the normalised text differs from the original. */
  changed: boolean;
}

/** The value 0–9 of a decimal digit of any script: digits come in runs of ten from zero. */
function digitValue(ch: string): string {
  const code = ch.codePointAt(0)!;
  for (let zero = code; zero > code - 10; zero--) {
    const c = String.fromCodePoint(zero - 1);
    if (!DIGIT.test(c)) return String(code - zero);
  }
  return String(code % 10);
}

function replacement(ch: string): string {
  if (FORMAT.test(ch)) return '';
  if (SPACE.test(ch)) return ' ';
  if (HYPHENS.test(ch)) return '-';
  if (DIGIT.test(ch)) return digitValue(ch);
  const code = ch.codePointAt(0)!;
  // Fullwidth ASCII (U+FF01–FF5E) sits at a fixed distance from ASCII: NFKC's own mapping.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return ch;
}

/** A character no rule of replacement() changes and SUSPECT does not match: ASCII, Latin-1 below U+00A0, typographic quotes and dashes. */
const kept = (c: number): boolean => c < 0xa0 || c === 0x2019 || c === 0x2018 || c === 0x201c || c === 0x201d || c === 0x2013 || c === 0x2014;

/**
 * Whether SUSPECT matches anywhere in the text, read by char codes: every character it matches is
 * at U+00A0 or above (format characters from U+00AD, other scripts' digits from U+0660), so only
 * those are tested, one code point each; typographic quotes and dashes, the common ones, are none.
 */
function hasSuspect(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (kept(text.charCodeAt(i))) continue;
    const code = text.codePointAt(i)!;
    if (SUSPECT.test(String.fromCodePoint(code))) return true;
    if (code > 0xffff) i++;
  }
  return false;
}

export function normalizeText(original: string): NormalizedText {
  if (!hasSuspect(original)) return { text: original, toOriginal: (i) => i, changed: false };
  const parts: string[] = [];
  // starts[k] = offset in the original of normalised offset k.
  const starts: number[] = [];
  // Runs of kept characters are copied whole: only the others go through replacement().
  let run = 0;
  for (let i = 0; i < original.length;) {
    if (kept(original.charCodeAt(i))) {
      starts.push(i);
      i++;
      continue;
    }
    if (run < i) parts.push(original.slice(run, i));
    const code = original.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const out = replacement(original.slice(i, i + width));
    for (let k = 0; k < out.length; k++) starts.push(i);
    parts.push(out);
    i += width;
    run = i;
  }
  if (run < original.length) parts.push(original.slice(run));
  starts.push(original.length);
  const text = parts.join('');
  return { text, toOriginal: (i) => starts[Math.max(0, Math.min(i, starts.length - 1))]!, changed: text !== original };
}

type Spanned = { start: number; end: number };
const isSpan = (v: object): v is Spanned =>
  typeof (v as Spanned).start === 'number' && typeof (v as Spanned).end === 'number';

/**
 * Maps every `{start, end}` inside `value` (records, arrays, nested) from normalised offsets back
 * to the original text, and every `text` beside such a span to the original's words. Works on
 * whatever records the stages return, so a new field with a span is mapped without a change here.
 */
export function mapSpansBack<T>(value: T, norm: NormalizedText, original: string, seen = new Set<object>()): T {
  if (!norm.changed || value === null || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) mapSpansBack(item, norm, original, seen);
    return value;
  }
  for (const child of Object.values(value)) mapSpansBack(child, norm, original, seen);
  if (isSpan(value)) {
    const start = norm.toOriginal(value.start);
    // The end maps through the last character inside the span, so a dropped mark after it stays out.
    const last = norm.toOriginal(value.end - 1);
    const end = value.end > value.start ? last + ((original.codePointAt(last) ?? 0) > 0xffff ? 2 : 1) : start;
    value.start = start;
    value.end = Math.max(start, end);
    const withText = value as Spanned & { text?: unknown };
    if (typeof withText.text === 'string') withText.text = original.slice(start, value.end);
  }
  return value;
}
