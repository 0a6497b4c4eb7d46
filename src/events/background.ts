import { namedPattern } from './lexicon.js';

/**
 * Background versus news. A sentence that recounts a pattern ("itself the target of repeated
 * strikes", "has tried to strike back … with repeated drone strikes") or a past period is context
 * for the reader, not a dated event of this report.
 */
// The shapes of a pattern or a past period: data/events/patterns.tsv, name "background".
const BACKGROUND = namedPattern('background');

export function isBackground(sentence: string): boolean {
  return BACKGROUND.test(sentence);
}
