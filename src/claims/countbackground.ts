import { annotateTokens, loadRules } from '../language/index.js';
import type { CountDraft } from './counts.js';
import { backgroundClauses } from './damage.js';
import { RuleGate } from './stategate.js';
import { tokenAt, type Token } from './tokens.js';
import { WORDS } from './words.js';
import { keepDrafts } from './countcategories.js';

// The background cues of data/rules/damage-background.json that tell a time or habit (not the clause boundaries or
// the years structures were made, nor those of meta.counts false): a sentence holding none of their words tells no count as background.
const BACKGROUND = loadRules('damage-background');
const TELLING: ReadonlySet<string> = new Set(BACKGROUND.specs.filter(({ spec }) => (spec.meta?.role === 'background' || spec.meta?.role === 'year') && spec.meta?.counts !== false).map(({ spec }) => spec.id));
const GATE = new RuleGate(BACKGROUND, new URL('../../data/rules/', import.meta.url), (id) => TELLING.has(id));

/**
 * "In 2019, drones hit two oil facilities": counts of WORDS.BACKGROUND_KINDS in a clause told as background (a year
 * before the publication's `reference`, a past time, a habit) are history, not the strike the story reports; they are
 * dropped as damage.ts drops uncounted damage of such a clause.
 */
export function withoutBackgroundCounts(counts: CountDraft[], said: string, tokens: readonly Token[], reference: string | null): CountDraft[] {
  if (!counts.some((c) => WORDS.BACKGROUND_KINDS.has(c.kind)) || !GATE.mayMatch(tokens)) return counts;
  const told = backgroundClauses(annotateTokens(said, tokens).tokens, reference, true, true);
  return keepDrafts(counts, counts.map((c) => {
    if (!WORDS.BACKGROUND_KINDS.has(c.kind)) return true;
    const at = tokenAt(tokens, c.start);
    return !told(at, at + 1);
  }));
}
