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
    // A standing grievance: "has long accused".
    String.raw`\b(?:has|have|had) long\b`,
    // A state of things since an earlier act: "the truce signed last year has largely held".
    String.raw`\b(?:signed|agreed|reached|declared) (?:\w+ ){0,2}(?:last year|years ago|a year ago) (?:has|have) (?:\w+ )?(?:held|lasted|survived|collapsed)\b`,
    // A snippet's scene-setting line: what a conflict has done so far, a place's record, a mood since a date.
    String.raw`\b(?:conflict|war|insurgency|violence|crisis|fighting|unrest|uprising|rebellion) (?:[\w'’-]+ ){0,5}(?:has|have|had) (?:\w+ )?(?:killed|displaced|left|claimed|forced|uprooted|cost)\b`,
    String.raw`\b(?:has|have) (?:also )?(?:seen|witnessed|experienced|suffered)\b`,
    String.raw`\b(?:has|have) been (?:\w+ )?(?:high|simmering|rising|mounting|growing|tense|volatile|on edge|unstable)\b`,
    String.raw`\bsince the (?:\w+ ){0,2}(?:elections?|war|coup|conflict|insurgency|uprising|crisis|revolution|independence)\b`,
  ].join('|'),
  'i',
);

export function isBackground(sentence: string): boolean {
  return BACKGROUND.test(sentence);
}
