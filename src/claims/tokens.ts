import type { PhraseIndex, PhraseList } from './lexicon.js';
import { formOf, type Token } from '../language/index.js';

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

/** The first phrase of `matchesAt` (the longest that matches at token `i`), or null: no array is made. */
export function firstMatchAt<T>(tokens: readonly Token[], i: number, index: PhraseIndex<T>): { value: T; length: number } | null {
  const first = tokens[i];
  const bucket = first && index.get(first.lower);
  if (!bucket) return null;
  for (const { value, phrase } of bucket) {
    let k = 1;
    while (k < phrase.length && tokens[i + k]?.lower === phrase[k]) k++;
    if (k === phrase.length) return { value, length: k };
  }
  return null;
}

/**
 * A few yes/no facts of a spelling at once, as bits (each below 1 << 14), kept in an array by the
 * spelling's form id (language: WordForm): one array read per token instead of a string-keyed look-up.
 * Forms of an older generation of the form table (their ids may coincide with the newer's) are answered
 * without being kept. `of` ORed over a sentence's tokens gives in one pass which word classes it holds.
 */
export class FormBits {
  private bits = new Int16Array(0);
  private generation = -1;
  constructor(private readonly compute: (text: string) => number) {}

  of(t: Token): number {
    const f = t.form ?? formOf(t.text);
    if (f.generation !== this.generation) {
      if (f.generation < this.generation) return this.compute(f.text);
      [this.bits, this.generation] = [new Int16Array(1024), f.generation];
    }
    const id = f.id;
    if (id >= this.bits.length) {
      const grown = new Int16Array(Math.max(id + 1, this.bits.length * 2));
      grown.set(this.bits);
      this.bits = grown;
    }
    // Stored plus one: zero is "not yet computed".
    let v = this.bits[id]!;
    if (v === 0) this.bits[id] = v = this.compute(f.text) + 1;
    return v - 1;
  }

  /** The bits of all the tokens, ORed. */
  ofAll(tokens: readonly Token[]): number {
    let m = 0;
    for (let i = 0; i < tokens.length; i++) m |= this.of(tokens[i]!);
    return m;
  }
}

/**
 * A yes/no fact of a spelling, kept by the spelling's form id as FormBits keeps its bits: one array
 * read per token instead of a string-keyed look-up.
 */
export class FormFlags {
  private readonly bits: FormBits;
  constructor(compute: (text: string) => boolean) {
    this.bits = new FormBits((text) => (compute(text) ? 1 : 0));
  }

  has(t: Token): boolean {
    return this.bits.of(t) !== 0;
  }
}
