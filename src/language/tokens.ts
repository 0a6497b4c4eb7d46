import { lemmaOf } from './lemmas.js';
import { asciiMark, formAt, formHashed, NO_FORM, type WordForm } from './forms.js';

export { lemmaOf };
export { ASCII_CAPS, ASCII_LOWER, ByForm, cueWord, formOf, internal, type WordForm } from './forms.js';

/** A word or punctuation mark of a sentence; offsets relative to the sentence text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** The spelling's shared forms: tokenize gives them; for a token made otherwise, the first reader stores them here. */
  form?: WordForm;
}

// The one tokenizer of the project: words keep inner hyphens, apostrophes and periods ("U.S.", "Geran-2", "didn't").
// It reads as /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu, scanned by hand: every stage
// tokenizes every sentence, and the character tests below spare the Unicode classes for ASCII text.
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

/**
 * The classes of the Basic Multilingual Plane's characters, found by the Unicode regexes once per
 * character, not per occurrence: curly quotes, dashes and no-break spaces recur in every text, and
 * a regex test on a fresh one-character string cost a third of the scan.
 */
const KNOWN = 1, IS_WORD = 2, IS_SPACE = 4;
const classOf = new Uint8Array(0x10000);

function bmpClass(code: number): number {
  let k = classOf[code]!;
  if (k === 0) {
    const ch = String.fromCharCode(code);
    k = KNOWN | (WORD.test(ch) ? IS_WORD : 0) | (SPACE.test(ch) ? IS_SPACE : 0);
    classOf[code] = k;
  }
  return k;
}

function isWordAt(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code < 0x10000) return (bmpClass(code) & IS_WORD) !== 0;
  return WORD.test(String.fromCodePoint(code));
}

function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0x10000) return (bmpClass(code) & IS_SPACE) !== 0;
  return SPACE.test(String.fromCodePoint(code));
}

/** Index after the run of word characters that starts at `i`. */
function wordRunEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    // ASCII without the code point read: most of the text.
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) { i++; continue; }
      break;
    }
    const code = text.codePointAt(i)!;
    if (!isWordAt(code)) break;
    i += code > 0xffff ? 2 : 1;
  }
  return i;
}

/** Hyphen, apostrophe, typographic apostrophe, period. */
const isJoiner = (c: number): boolean => c === 45 || c === 39 || c === 0x2019 || c === 46;

export function tokenize(text: string): Token[] {
  const n = scan(text);
  const tokens: Token[] = [];
  for (let k = 0; k < n; k++) {
    const f = scanned.form[k]!;
    tokens.push({ text: f.text, lower: f.lower, start: scanned.start[k]!, end: scanned.end[k]!, form: f });
  }
  return tokens;
}

/**
 * The tokens of a whole text as columns: token k is text[start[k], end[k]), of spelling form[k].
 * The text's tokens are read by position (the places stage): columns spare an object per token.
 */
export interface TextTokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  form: WordForm[];
}

/** The columns scan() writes, reused from text to text (grown as texts need). */
const scanned: TextTokens = { count: 0, start: new Int32Array(1024), end: new Int32Array(1024), form: [] };
/** Per token of the scan: the hash of an ASCII word whose form is still to be found, else -1. */
let pending = new Int32Array(1024);

function emit(k: number, start: number, end: number, f: WordForm | null, hash: number): void {
  if (k === scanned.start.length) {
    const [s, e, p] = [new Int32Array(2 * k), new Int32Array(2 * k), new Int32Array(2 * k)];
    s.set(scanned.start);
    e.set(scanned.end);
    p.set(pending);
    [scanned.start, scanned.end, pending] = [s, e, p];
  }
  scanned.start[k] = start;
  scanned.end[k] = end;
  pending[k] = hash;
  // Grown by push, never by a write past its end: an array with holes would turn into a dictionary.
  // A word's form still to be found holds the slot with the form met last (findForms writes it).
  if (k < scanned.form.length) { if (f) scanned.form[k] = f; }
  else scanned.form.push(f ?? NO_FORM);
}

/** The tokens of `text` as columns, shared: valid until the next scan (textTokens copies them). */
export function scanText(text: string): TextTokens {
  scan(text);
  return scanned;
}

/** Tokenizes `text` into the `scanned` columns; returns the number of tokens. */
function scan(text: string): number {
  const n = text.length;
  let k = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    // Most words are ASCII: scanned and hashed in one pass, their forms found after the scan (findForms).
    const end = isAsciiWord(c) ? asciiWordEnd(text, i) : -1;
    if (end >= 0) {
      emit(k++, i, end, null, scanHash & 0x3fffffff);
      i = end;
      continue;
    }
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (isWordAt(code)) {
      const start = i;
      let end = wordRunEnd(text, i);
      // A joiner continues the word only when a word character follows it.
      while (end + 1 < n && isJoiner(text.charCodeAt(end)) && isWordAt(text.codePointAt(end + 1)!)) end = wordRunEnd(text, end + 1);
      emit(k++, start, end, formAt(text, start, end), -1);
      i = end;
    } else {
      if (!isSpace(code)) emit(k++, i, i + width, c < 128 ? asciiMark(text, i, c) : formAt(text, i, i + width), -1);
      i += width;
    }
  }
  scanned.count = k;
  findForms(text, k);
  return k;
}

/**
 * The forms of the ASCII words of a scan, found in a loop of their own: the look-ups of rare words
 * miss the cache, and a tight loop of independent look-ups lets the processor wait for several at once.
 */
function findForms(text: string, n: number): void {
  const { start, end, form } = scanned;
  for (let k = 0; k < n; k++) {
    const h = pending[k]!;
    if (h >= 0) form[k] = formHashed(text, start[k]!, end[k]!, h);
  }
}

const isAsciiWord = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** The hash of the word asciiWordEnd read last (hashAt's, before its mask). */
let scanHash = 0;

/**
 * The end of the word of ASCII letters and digits (joined as tokenize joins them) that starts at
 * `i`, its hash left in scanHash; -1 when a character that is not ASCII may belong to the word,
 * which the general scan then reads.
 */
function asciiWordEnd(text: string, i: number): number {
  const n = text.length;
  let h = 0x811c9dc5 | 0;
  for (;;) {
    let d = 0;
    while (i < n && isAsciiWord((d = text.charCodeAt(i)))) {
      h = Math.imul(h ^ d, 0x01000193);
      i++;
    }
    if (i >= n) break;
    if (d >= 128) {
      if (d === 0x2019 || isWordAt(text.codePointAt(i)!)) return -1;
      break;
    }
    if (!isJoiner(d) || i + 1 >= n) break;
    const e = text.charCodeAt(i + 1);
    if (e >= 128) {
      if (isWordAt(text.codePointAt(i + 1)!)) return -1;
      break;
    }
    if (!isAsciiWord(e)) break;
    h = Math.imul(h ^ d, 0x01000193);
    i++;
  }
  scanHash = h;
  return i;
}
