import { readFileSync } from 'node:fs';
import type { Qualifier, Span } from '../types.js';

/** A stated quantity: "at least 91", "three", "dozens" (value null), "1,300". */
export interface Quantity extends Span {
  /** null for vague quantities ("dozens", "several"). */
  value: number | null;
  qualifier: Qualifier;
  /** Span of the number itself, without its qualifier. */
  numberStart: number;
  /** The words as written, e.g. "at least 91". */
  text: string;
}

interface NumberLexicon {
  units: Record<string, number>;
  tens: Record<string, number>;
  scales: Record<string, number>;
  approximate: Record<string, number>;
  multipliers: Record<string, number>;
  vague: string[];
  qualifiers: Record<string, Qualifier>;
  likeNum: string[];
  notLikeNum: string[];
}

const LEXICON: NumberLexicon = JSON.parse(
  readFileSync(new URL('../../data/language/numbers.json', import.meta.url), 'utf8'),
);

const byLength = (a: string, b: string): number => b.length - a.length;
const alternation = (words: string[]): string =>
  words.sort(byLength).map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

const WORD_NUMBER = `(?:${alternation([...Object.keys(LEXICON.units), ...Object.keys(LEXICON.tens)])})`;
const SCALE = `(?:${alternation(Object.keys(LEXICON.scales))})`;
// "twenty-two", "two hundred and fifty", "three thousand"
const SPELLED = `${WORD_NUMBER}(?:[-\\s]${WORD_NUMBER})?(?:\\s+${SCALE}(?:\\s+(?:and\\s+)?${WORD_NUMBER}(?:[-\\s]${WORD_NUMBER})?)?)*`;
// "1,300", "91", "1.2 million", "2.5m"
const DIGITS = `\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s*(?:${SCALE}|m\\b|k\\b))?`;
const APPROX = alternation(Object.keys(LEXICON.approximate));
const VAGUE = alternation([...LEXICON.vague]);
// "two dozen", "2 dozen": a count of dozens, after the number it multiplies.
const MULTIPLIER = alternation(Object.keys(LEXICON.multipliers));
const QUALIFIER = alternation(Object.keys(LEXICON.qualifiers));

const QUANTITY = new RegExp(
  `(?<![\\w-])(?:(?<qual>${QUALIFIER})\\s+)?(?:(?:(?<approx>${APPROX})|(?<digits>${DIGITS})|(?<spelled>${SPELLED}))(?:\\s+(?<mult>${MULTIPLIER}))?|(?<vague>${VAGUE}))(?![\\w])`,
  'gi',
);

// Any word or phrase findQuantities may read as a number: a sentence with none of them (and no digit) holds no quantity.
const NUMBER_CUE = new RegExp(`\\d|\\b(?:${WORD_NUMBER}|${SCALE}|${APPROX}|${MULTIPLIER}|${VAGUE})\\b`, 'i');
/** Whether `text` may hold a quantity (a cheap test before findQuantities and the readers of counts). */
export function mayHoldQuantity(text: string): boolean {
  return NUMBER_CUE.test(text);
}

function parseSpelled(words: string): number | null {
  let total = 0;
  let current = 0;
  for (const raw of words.toLowerCase().split(/[\s-]+/)) {
    if (raw === 'and') continue;
    if (raw in LEXICON.units) current += LEXICON.units[raw]!;
    else if (raw in LEXICON.tens) current += LEXICON.tens[raw]!;
    else if (raw in LEXICON.scales) {
      const scale = LEXICON.scales[raw]!;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else return null;
  }
  return total + current;
}

function parseDigits(text: string): number {
  const m = /^([\d,.]+)\s*(\w+)?$/.exec(text.trim());
  if (!m) return Number.NaN;
  const base = Number(m[1]!.replace(/,/g, ''));
  const suffix = (m[2] ?? '').toLowerCase();
  const scale = suffix === 'm' ? 1e6 : suffix === 'k' ? 1e3 : (LEXICON.scales[suffix] ?? 1);
  return Math.round(base * scale);
}

/**
 * The value of a number as written, remembered per spelling: news repeats its numbers ("two",
 * "1,000"), and parsing one (a split or a regex, a number conversion) costs several times a look-up.
 * Both parsers depend on the text alone. Bounded: cleared when full.
 */
const VALUES = new Map<string, number | null>();
function valueOf(written: string, parse: (text: string) => number | null): number | null {
  let v = VALUES.get(written);
  if (v === undefined) {
    if (VALUES.size >= 20_000) VALUES.clear();
    VALUES.set(written, (v = parse(written)));
  }
  return v;
}

/**
 * Finds every quantity in `text` (offsets relative to it). Years, times and list markers are
 * left out by the callers, who know the context; this scanner only reads numbers.
 */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(text); m; m = QUANTITY.exec(text)) {
    const g = m.groups ?? {};
    const qualWord = g.qual?.toLowerCase().replace(/\s+/g, ' ');
    let value: number | null;
    let qualifier: Qualifier = qualWord ? (LEXICON.qualifiers[qualWord] ?? 'exact') : 'exact';
    if (g.approx) {
      value = LEXICON.approximate[g.approx.toLowerCase().replace(/\s+/g, ' ')] ?? null;
      if (!qualWord) qualifier = 'about';
    } else if (g.digits) value = valueOf(g.digits, parseDigits);
    else if (g.spelled) value = valueOf(g.spelled, parseSpelled);
    else {
      value = null;
      qualifier = 'unknown';
    }
    // "two dozen" is about 24: the multiplied number is no exact count unless a qualifier says otherwise.
    if (g.mult && value !== null) {
      value *= LEXICON.multipliers[g.mult.toLowerCase()] ?? 1;
      if (!qualWord) qualifier = 'about';
    }
    // A lone "no"/"some"/"the" is only a qualifier or determiner unless a noun follows; callers decide.
    if (value !== null && Number.isNaN(value)) continue;
    // The number begins after the qualifier and its spaces ("at least  two dozen").
    const numberStart = m.index + (g.qual ? m[0].length - m[0].slice(g.qual.length).trimStart().length : 0);
    found.push({ start: m.index, end: m.index + m[0].length, value, qualifier, numberStart, text: m[0] });
  }
  return found;
}

const NUMBER_WORDS: ReadonlySet<string> = new Set(
  [...Object.keys(LEXICON.units), ...Object.keys(LEXICON.tens), ...Object.keys(LEXICON.scales), ...LEXICON.likeNum].filter((w) => !LEXICON.notLikeNum.includes(w)),
);

/** True for a word that spells a number ("three", "twenty", "hundred", "dozens"): spaCy's LIKE_NUM for words. */
export function isNumberWord(lower: string): boolean {
  if (NUMBER_WORDS.has(lower)) return true;
  if (!lower.includes('-')) return false;
  const parts = lower.split('-');
  return parts.length === 2 && parts.every((p) => NUMBER_WORDS.has(p));
}
