import { FormBits, type Token } from './tokens.js';

/**
 * Classes of words the claims stage's cheap tests look for, read for a sentence in one pass over its
 * tokens: each class is a test of a token's text, run once per spelling (kept by form id), and a
 * sentence's classes are the bits its tokens hold. A test of a token's text finds what the same test
 * finds in the sentence: no token starts or ends inside a run of letters and digits, so `\b` falls
 * where it falls in the sentence (an underscore aside: a word character to `\b`, a token of its own).
 * Modules register their classes when they load; sentences are read after.
 */
const tests: ((text: string) => boolean)[] = [];
let reading = false;
const CLASSES = new FormBits((text) => {
  let bits = 0;
  for (let i = 0; i < tests.length; i++) if (tests[i]!(text)) bits |= 1 << i;
  return bits;
});

/** Registers a class of words by a test of a token's text; returns its bit in `sentenceWords`. */
export function wordClass(test: (text: string) => boolean): number {
  // A class added after spellings were read would be missing from the bits kept for them.
  if (reading) throw new Error('claims word classes: a class registered after sentences were read');
  if (tests.length >= 14) throw new Error('claims word classes: at most 14 classes');
  tests.push(test);
  return 1 << (tests.length - 1);
}

/** The classes of words the tokens hold, as bits (wordClass). */
export function sentenceWords(tokens: readonly Token[]): number {
  reading = true;
  return CLASSES.ofAll(tokens);
}
