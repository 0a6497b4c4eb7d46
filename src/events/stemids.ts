/**
 * The model's stem numbers of a sentence's words, read once per sentence (by the language layer's
 * tokens when given, else by characters): the bound that decides whether the model can change the
 * rules' answer and the full prediction both read them (events/model.ts weighs them).
 */
import type { Token as LanguageToken } from '../language/index.js';
import type { EventModel } from './model.js';

// ACLED's crowd-size tag and bracketed admin units are note conventions no news sentence has.
export const NOTE_MARKUP = /\[[^\]]*\]|\([^)]*\)/g;

const isQuote = (c: number): boolean => c === 39 || c === 8217;
// Letters, apostrophes and hyphens continue a word (WORD's [A-Za-z'’-]); the text is lower-cased.
const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || c === 39 || c === 8217 || c === 45;

/**
 * The model's stem number of each word of `lead`, in order (-1 for a word it has no weight for):
 * one pass over the characters, as WORD and word() read them. A sentence is stemmed once; the
 * bound that decides whether the model can change the rules' answer and the full prediction
 * both read these numbers. `tokens`: the language layer's tokens of `lead`, when known: the
 * numbers are then read per spelling (formWords), not per character.
 */
export function stemIds(model: EventModel, lead: string, tokens?: readonly LanguageToken[]): Int32Array {
  const clean = /[[(]/.test(lead) ? lead.replace(NOTE_MARKUP, (m) => ' '.repeat(m.length)) : lead;
  if (tokens) {
    const ids = idsOfTokens(model, clean, tokens);
    if (ids) return ids;
  }
  const lower = clean.toLowerCase();
  // A sentence has at most one word per two characters: the buffer never overflows.
  const ids = new Int32Array((lower.length >> 1) + 1);
  return ids.subarray(0, wordIdsOf(model, lower, ids, 0));
}

/** Writes the stem numbers of the words of lower-cased `lower` into `ids` from `n` on; returns the new count. */
function wordIdsOf(model: EventModel, lower: string, ids: Int32Array, n: number): number {
  const len = lower.length;
  let i = 0;
  while (i < len) {
    const c = lower.charCodeAt(i);
    if (c < 97 || c > 122) { i++; continue; }
    const start = i;
    while (i < len && isWordChar(lower.charCodeAt(i))) i++;
    let end = i;
    // A possessive ending ("army's", "rebels'"), as word() strips it.
    if (lower.charCodeAt(end - 1) === 115 && end - start > 1 && isQuote(lower.charCodeAt(end - 2))) end -= 2;
    else if (isQuote(lower.charCodeAt(end - 1))) end -= 1;
    if (end - start < 2) continue;
    // A word's stem number, remembered per word: news repeats its words, and stemming is the costly part.
    ids[n++] = model.wordIds.idOf(lower, start, end);
  }
  return n;
}

/** A spelling's words as the model reads them where it stands alone, and how it may join a neighbour's. */
export interface FormWords {
  /** How many words it holds, and their numbers (the one's in `id`: most spellings are one word). */
  count: number;
  id: number;
  ids: Int32Array;
  /** Its last character is inside a word (which a word character right after it would continue). */
  openEnd: boolean;
  /** Its first character is a word character (a letter, an apostrophe or a hyphen). */
  wordStart: boolean;
}

export function formWords(model: EventModel, text: string): FormWords {
  const lower = text.toLowerCase();
  const ids = new Int32Array((lower.length >> 1) + 1);
  const n = wordIdsOf(model, lower, ids, 0);
  // The scan is inside a word at the end when the run of word characters that ends the spelling holds a letter.
  let k = lower.length;
  while (k > 0 && isWordChar(lower.charCodeAt(k - 1))) k--;
  let openEnd = false;
  for (let j = k; j < lower.length && !openEnd; j++) openEnd = lower.charCodeAt(j) >= 97 && lower.charCodeAt(j) <= 122;
  return { count: n, id: n > 0 ? ids[0]! : -1, ids: ids.slice(0, n), openEnd, wordStart: lower.length > 0 && isWordChar(lower.charCodeAt(0)) };
}

/**
 * stemIds from the tokens of `clean` (its bracketed note markup blanked): each token's words are its
 * spelling's, found once per spelling. A model word never crosses a space; it crosses from one token
 * into the next only where a word runs on into a joined apostrophe or hyphen ("rebels'"): such a
 * sentence (rare) is read by characters instead (null).
 */
function idsOfTokens(model: EventModel, clean: string, tokens: readonly LanguageToken[]): Int32Array | null {
  const out = new Int32Array(tokens.length * 2 + 1);
  let n = 0;
  let prevEnd = -1;
  let prevOpen = false;
  for (const t of tokens) {
    // A token in blanked markup: the blank ends any word before it.
    if (clean.charCodeAt(t.start) === 32) { prevOpen = false; continue; }
    if (!t.form) return null;
    const w = model.formWords.of(t.form);
    if (prevOpen && t.start === prevEnd && w.wordStart) return null;
    if (w.count === 1) out[n++] = w.id;
    else if (w.count > 1) {
      if (out.length - n < w.count) return null;
      for (let k = 0; k < w.count; k++) out[n++] = w.ids[k]!;
    }
    prevEnd = t.end;
    prevOpen = w.openEnd;
  }
  return out.subarray(0, n);
}
