import type { VerbHit } from './countrules.js';
import type { Token } from './tokens.js';
import { WORDS } from './words.js';
import { AFTER, CLAUSE_STOP, LOCATIVE, verbStartingAt } from './countbind.js';

// A `\p{…}` literal is built anew on each evaluation (tsx's esbuild writes it as `new RegExp(…)` where it stands):
// the ones the functions below test per token or per mention are built once here.
const UPPER_FIRST = /^\p{Lu}/u;

/**
 * What the tokens just around a count say, read by the count steps (countsteps.ts): a phrase after
 * it, a verb past its auxiliaries, a place opening near it, an "Of the" before it. Plain loops over
 * tokens, as these run for every count.
 */

/** The first rule of AFTER (in order) with a phrase at token `at`, and its first such phrase (plain loops: this runs for every count). */
export function afterPhrase(tokens: readonly Token[], at: number): { r: (typeof AFTER)[number]; ph: readonly string[] } | undefined {
  for (const r of AFTER) {
    for (const ph of r.phrases.all) {
      let k = 0;
      while (k < ph.length && tokens[at + k]?.lower === ph[k]) k++;
      if (k === ph.length) return { r, ph };
    }
  }
  return undefined;
}

/** The verbs that start after the auxiliaries or adverbs at token `at` ("were wounded", "have also been killed"); none without one. */
export function verbsAfterAux(tokens: readonly Token[], at: number): readonly VerbHit[] {
  let k = at;
  while (k < at + 4 && WORDS.PASSIVE_AUX.has(tokens[k]?.lower ?? '')) k++;
  return k > at ? verbStartingAt(tokens, k) : [];
}

/** The token at `at` where a place opens ("20 of them over X"), or over a copula before a name ("22 of them were over the X region", not "were in serious condition"), or -1. */
export function placeOpensAt(tokens: readonly Token[], at: number): number {
  if (LOCATIVE.has(tokens[at]?.lower ?? '')) return at;
  const name = tokens[at + 2];
  const named = !!name && (name.lower === 'the' || UPPER_FIRST.test(name.text));
  return ['were', 'was'].includes(tokens[at]?.lower ?? '') && LOCATIVE.has(tokens[at + 1]?.lower ?? '') && named ? at + 1 : -1;
}

/** Whether a place opens within `reach` tokens from `at`, before a comma or a stop. */
export function placedWithin(tokens: readonly Token[], at: number, reach: number): boolean {
  for (let k = at; k < at + reach && k < tokens.length; k++) {
    if (LOCATIVE.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.text === ',' || CLAUSE_STOP.has(tokens[k]!.lower)) return false;
  }
  return false;
}

/** Whether a place follows token `at`, over a copula ("the dead in Kherson", "the dead were in Kherson"). */
export function placedAfter(tokens: readonly Token[], at: number): boolean {
  const k = ['were', 'was', 'are', 'is'].includes(tokens[at]?.lower ?? '') ? at + 1 : at;
  return LOCATIVE.has(tokens[k]?.lower ?? '');
}

/** Whether the count at token `at` opens its sentence after "Of" or "Of the". */
export function frontedOf(tokens: readonly Token[], at: number): boolean {
  const of = tokens[at - 1]?.lower === 'the' ? at - 2 : at - 1;
  return of === 0 && tokens[0]!.lower === 'of';
}

/** A word of `words` told as done, not as still to do ("bodies left to be recovered"). */
export function foundIn(tokens: readonly Token[], words: ReadonlySet<string>): boolean {
  return tokens.some((t, i) => words.has(t.lower) && tokens[i - 1]?.lower !== 'to' && !(tokens[i - 1]?.lower === 'be' && tokens[i - 2]?.lower === 'to'));
}
