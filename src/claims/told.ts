import type { PlaceMention } from '../types.js';
import { mayHoldQuantity, type Sentence } from '../language/index.js';
import { mayCount, SHARE_OPENING, type CountDraft } from './counts.js';
import { mayListPeople } from './enumerated.js';
import type { StatementDraft } from './statements.js';
import { FormFlags, type Token } from './tokens.js';
import type { Attribution } from './attribution.js';
import { wordClass } from './wordclasses.js';
import { MAY_CLAIM } from './prefilter.js';

/**
 * A sentence as the claims stage tells it (index.ts ArticleReader): the cheap tests of whether it may claim or count,
 * and what it states of its own words.
 */

/**
 * Whether a sentence may hold a claim: a word of MAY_CLAIM or of a count rule. Read word by word
 * from the sentence's tokens, each spelling tested once (news repeats its words); no word of
 * either test crosses a token's edge, as letters and digits never start or end one mid-run.
 * An underscore is a word character to `\b` but not to the tokenizer: such a sentence is read whole.
 */
export function mayClaim(text: string, tokens: readonly Token[] | null = null): boolean {
  if (!tokens || text.includes('_')) return MAY_CLAIM.test(text) || mayCount(text);
  for (const t of tokens) if (CLAIM_WORDS.has(t)) return true;
  return false;
}
// Kept by the spelling's form id (the pipeline's word forms), not by its text.
const CLAIM_WORDS = new FormFlags((w) => MAY_CLAIM.test(w) || mayCount(w));
// The same words as a class of the sentence's words (wordclasses.ts), read in the one pass the other classes are.
export const HAS_CLAIM_WORD = wordClass((w) => MAY_CLAIM.test(w) || mayCount(w));

// A sentence with no number word of the language layer (nor "all", "nobody", nor a list of people) states no count.
const ALL_OR_NOBODY = /\b(?:all|nobody)\b/i;
export const numberish = (text: string, words: number): boolean => mayHoldQuantity(text) || ALL_OR_NOBODY.test(text) || mayListPeople(text, words);

/** What a sentence states of its own words: its counts and statements. */
export interface Found { counts: CountDraft[]; statements: StatementDraft[] }

/**
 * A sentence read, with what it states of its own words; `found` is null for one that cannot claim (ArticleReader.read).
 * Its mentions are read, and filtered into its places, only when a claim or the story's following asks
 * (`places`): most sentences past an article's last claim, and every sentence of an article without one, never are.
 */
export interface Told {
  s: Sentence; si: number; filedFrom: number; said: string; places: PlaceMention[] | null; tokens: Token[]; words: number;
  found: Found | null;
  /** What its own words say of its source, when read ahead of the story's following (ArticleReader.readAhead). */
  attribution?: Attribution;
}

/** The sentences told up to the last that claims something: those the story is followed over. */
export function upToLastClaim(told: readonly Told[]): readonly Told[] {
  let last = told.length - 1;
  while (last >= 0 && !claimsSomething(told[last]!)) last--;
  return told.slice(0, last + 1);
}

/** Whether a sentence told claims something, so that the story is followed up to it (ArticleReader.take). */
export function claimsSomething({ found, s }: Told): boolean {
  // A sentence opening with a share ("Most were intercepted") may claim a share of the salvo before it.
  return !!found && (found.counts.length > 0 || found.statements.length > 0 || SHARE_OPENING.test(s.text));
}

/** Whether only blanks stand between the line's start and `at` (read back over the blanks alone, not the line). */
export function lineStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text[i] !== '\n' && /\s/.test(text[i]!)) i--;
  return i < 0 || text[i] === '\n';
}
