import type { PhraseIndex, PhraseList } from './lexicon.js';
import type { Token } from '../language/index.js';

// The one tokenizer lives in the language layer; claims only add phrase lookups over its tokens.
export { tokenize, type Token } from '../language/index.js';

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

const NO_MATCHES: readonly never[] = Object.freeze([]);

/** Every indexed phrase that matches at token `i`, longest first, with its length in tokens. */
export function matchesAt<T>(tokens: readonly Token[], i: number, index: PhraseIndex<T>): readonly { value: T; length: number }[] {
  const first = tokens[i];
  const bucket = first && index.get(first.lower);
  // Most tokens start no phrase: one shared empty answer, not an array each (callers only read it).
  if (!bucket) return NO_MATCHES;
  const out: { value: T; length: number }[] = [];
  for (const { value, phrase } of bucket) {
    let k = 1;
    while (k < phrase.length && tokens[i + k]?.lower === phrase[k]) k++;
    if (k === phrase.length) out.push({ value, length: k });
  }
  return out;
}
