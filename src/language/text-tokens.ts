/**
 * The tokens of a whole text and of its sentences, from one scan of the text (tokens.ts): the
 * text's as columns (the places stage reads them by position), each sentence's as objects with
 * offsets relative to it (what the sentence stages read).
 */
import { formOf, scanText, tokenize, type TextTokens, type Token } from './tokens.js';
import type { Span } from '../types.js';

/**
 * One tokenization per article: the pipeline tokenizes the whole text once (the places stage reads
 * it whole) and each sentence takes its tokens from it, so no stage tokenizes a sentence again.
 * Kept per sentence object, not on it: a stage that copies a sentence with other text
 * (`{ ...s, text }`) gets a fresh tokenization, never the original's tokens.
 */
const ofSentence = new WeakMap<Span, Token[]>();

/** The tokens of a sentence (offsets relative to it), tokenized on first use unless the text's tokens gave them. */
export function sentenceTokens(s: Span & { text: string }): Token[] {
  let tokens = ofSentence.get(s);
  if (tokens === undefined) ofSentence.set(s, (tokens = tokenize(s.text)));
  return tokens;
}

/** Index of the first of `n` tokens (in text order, by their ends) that ends after `at`. */
function firstEndingAfter(ends: Int32Array, n: number, at: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const isSurrogateHalf = (text: string, at: number, low: boolean): boolean => {
  const c = text.charCodeAt(at);
  return low ? c >= 0xdc00 && c <= 0xdfff : c >= 0xd800 && c <= 0xdbff;
};

/**
 * The tokens of the whole text (offsets in it), as columns, and for each of `sentences` (spans of
 * `text`) its own tokens, which sentenceTokens then returns. A sentence's tokens are the text's
 * tokens inside it, with offsets made relative: tokenizing its text alone reads the same words as
 * long as no word crosses its edges. Where one does (a sentence cut inside a run of letters), the
 * sentence is left to be tokenized on its own.
 */
export function textTokens(text: string, sentences: readonly (Span & { text: string })[]): TextTokens {
  const scanned = scanText(text);
  const n = scanned.count;
  const all: TextTokens = { count: n, start: scanned.start.slice(0, n), end: scanned.end.slice(0, n), form: scanned.form.slice(0, n) };
  const { start: starts, end: ends, form: forms } = all;
  for (const s of sentences) {
    if (isSurrogateHalf(text, s.start, true) || (s.end > s.start && isSurrogateHalf(text, s.end - 1, false))) continue;
    let k = firstEndingAfter(ends, n, s.start);
    if (k < n && starts[k]! < s.start) continue;
    const own: Token[] = [];
    for (; k < n && ends[k]! <= s.end; k++) {
      const f = forms[k]!;
      own.push({ text: f.text, lower: f.lower, start: starts[k]! - s.start, end: ends[k]! - s.start, form: f });
    }
    if (k < n && starts[k]! < s.end) continue;
    ofSentence.set(s, own);
  }
  return all;
}

/** textTokens' tokens of the whole text as objects. */
export function tokenizeText(text: string, sentences: readonly (Span & { text: string })[]): Token[] {
  const { count, start, end, form } = textTokens(text, sentences);
  const out: Token[] = [];
  for (let k = 0; k < count; k++) out.push({ text: form[k]!.text, lower: form[k]!.lower, start: start[k]!, end: end[k]!, form: form[k]! });
  return out;
}

/** Tokens as columns (a token without a form gets its spelling's). */
export function tokenColumns(tokens: readonly Token[]): TextTokens {
  const n = tokens.length;
  const out: TextTokens = { count: n, start: new Int32Array(n), end: new Int32Array(n), form: [] };
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    out.start[k] = t.start;
    out.end[k] = t.end;
    out.form.push(t.form ?? formOf(t.text));
  }
  return out;
}
