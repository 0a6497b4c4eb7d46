/**
 * Background versus news. A sentence that recounts a pattern ("itself the target of repeated
 * strikes", "has tried to strike back … with repeated drone strikes") or a past period is context
 * for the reader, not a dated event of this report.
 */
const BACKGROUND = new RegExp(
  [
    String.raw`\bitself (?:the )?(?:target|victim|scene)\b`,
    String.raw`\b(?:has|have|had) (?:long |repeatedly |often |previously |already )?(?:tried|sought|attempted|been trying)\b`,
    String.raw`\brepeated(?:ly)?\b`,
    String.raw`\ba (?:series|string|spate|wave) of\b`,
    String.raw`\b(?:frequently|regularly|routinely|habitually|increasingly|in recent (?:days|weeks|months|years))\b`,
    String.raw`\b(?:over|in|during) the (?:past|last) (?:\w+ )?(?:days|weeks|months|years|decade)\b`,
    String.raw`\bsince (?:the (?:start|beginning|outbreak)|\d{4}\b)`,
    String.raw`\b(?:previously|in the past|for years|for decades|at the height of)\b`,
  ].join('|'),
  'i',
);

export function isBackground(sentence: string): boolean {
  return BACKGROUND.test(sentence);
}
