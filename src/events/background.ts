import { namedPattern } from './lexicon.js';
import { GatedPattern } from './literals.js';

/**
 * Background versus news. A sentence that recounts a pattern ("itself the target of repeated
 * strikes", "has tried to strike back … with repeated drone strikes") or a past period is context
 * for the reader, not a dated event of this report.
 */
// The shapes of a pattern or a past period: data/events/patterns.tsv, name "background".
// Gated by its literals (literals.ts): most sentences hold none of its words.
const BACKGROUND = new GatedPattern(namedPattern('background'));

export function isBackground(sentence: string): boolean {
  return BACKGROUND.test(sentence);
}
