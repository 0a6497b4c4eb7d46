import { namedBranches } from './lexicon.js';
import { GatedPattern } from './literals.js';

/**
 * Background versus news. A sentence that recounts a pattern ("itself the target of repeated
 * strikes", "has tried to strike back … with repeated drone strikes") or a past period is context
 * for the reader, not a dated event of this report.
 */
// The shapes of a pattern or a past period: data/events/patterns.tsv, name "background". Each row
// is gated by its own literals (literals.ts) and run alone: joined, the rows' alternation was tried
// at every character of every sentence that held a word of any one row ("has", "since", "the past").
const BACKGROUND = namedBranches('background').map((re) => new GatedPattern(re));

export function isBackground(sentence: string): boolean {
  return BACKGROUND.some((row) => row.test(sentence));
}
