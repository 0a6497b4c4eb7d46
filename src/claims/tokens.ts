import type { PhraseIndex, PhraseList } from './lexicon.js';

/** A word or punctuation mark of a sentence; offsets relative to the sentence text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    tokens.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** Length in tokens of the first (longest) phrase that matches at token `i`, or 0. */
export function phraseAt(tokens: readonly Token[], i: number, list: PhraseList): number {
  const first = tokens[i];
  const candidates = first && list.byFirst.get(first.lower);
  if (!candidates) return 0;
  for (const phrase of candidates) {
    let k = 1;
    while (k < phrase.length && tokens[i + k]?.lower === phrase[k]) k++;
    if (k === phrase.length) return k;
  }
  return 0;
}

/** Index of the first token starting at or after `offset`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every indexed phrase that matches at token `i`, longest first, with its length in tokens. */
export function matchesAt<T>(tokens: readonly Token[], i: number, index: PhraseIndex<T>): { value: T; length: number }[] {
  const first = tokens[i];
  const bucket = first && index.get(first.lower);
  if (!bucket) return [];
  const out: { value: T; length: number }[] = [];
  for (const { value, phrase } of bucket) {
    let k = 1;
    while (k < phrase.length && tokens[i + k]?.lower === phrase[k]) k++;
    if (k === phrase.length) out.push({ value, length: k });
  }
  return out;
}
