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
 * A sentence's token objects are made from the text's columns when a stage first asks for them,
 * not when the text is tokenized: then the forms they read are read again at once by that stage
 * (while in cache), and the places stage, which reads the columns, runs without them alive.
 */
const ofSentence = new WeakMap<Span, Token[] | SentenceSlice>();

/** Where a sentence's tokens lie in its text's columns: tokens from..to-1, offsets less `offset`. */
interface SentenceSlice { columns: TextTokens; from: number; to: number; offset: number }

/** The tokens of a sentence (offsets relative to it), tokenized on first use unless the text's tokens gave them. */
export function sentenceTokens(s: Span & { text: string }): Token[] {
  const known = ofSentence.get(s);
  if (known !== undefined && Array.isArray(known)) return known;
  const tokens = known === undefined ? tokenize(s.text) : sliceTokens(known);
  ofSentence.set(s, tokens);
  return tokens;
}

/** The token objects of a sentence's slice of its text's columns. */
function sliceTokens({ columns, from, to, offset }: SentenceSlice): Token[] {
  const { start: starts, end: ends, form: forms } = columns;
  const own: Token[] = new Array<Token>(to - from);
  for (let k = from; k < to; k++) {
    const f = forms[k]!;
    own[k - from] = { text: f.text, lower: f.lower, start: starts[k]! - offset, end: ends[k]! - offset, form: f };
  }
  return own;
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
  const { start: starts, end: ends } = all;
  for (const s of sentences) {
    if (isSurrogateHalf(text, s.start, true) || (s.end > s.start && isSurrogateHalf(text, s.end - 1, false))) continue;
    const from = firstEndingAfter(ends, n, s.start);
    if (from < n && starts[from]! < s.start) continue;
    const to = firstEndingAfter(ends, n, s.end);
    if (to < n && starts[to]! < s.end) continue;
    ofSentence.set(s, { columns: all, from, to, offset: s.start });
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
