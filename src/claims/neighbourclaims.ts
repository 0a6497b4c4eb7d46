import type { PlaceMention } from '../types.js';
import type { Sentence } from '../language/index.js';
import { SHARE_OPENING } from './counts.js';
import { asClaimPlace } from './where.js';
import type { Drafted } from './dedupe.js';

// Claims a sentence gets from its neighbours once the article's drafts are read: the share of the salvo the
// sentence before launched, the venue of an agreement that later talks reached.

// "… to reach the agreement": a meeting told as the way to an agreement already reported.
const REACHED_IT = /\b(?:to\s+(?:reach|seal|strike|finali[sz]e|clinch|secure)|(?:reached|sealed|struck|clinched|secured))\s+(?:the|this|that)\s+(?:agreement|deal|accord|ceasefire|truce)\b/i;

/**
 * "Ukraine agreed to a ceasefire. … talks with Ukrainian officials in Jeddah to reach the agreement.":
 * the talks that reached "the agreement" place the last agreement told before them without a place.
 */
export function venuesToldLater(drafts: Drafted[], text: string): Drafted[] {
  const out = [...drafts];
  for (const m of drafts) {
    if (m.kind !== 'meeting' || !m.where || !REACHED_IT.test(text.slice(m.evidence.start, m.evidence.end))) continue;
    let k = -1;
    for (let i = 0; i < out.length; i++) {
      const d = out[i]!;
      if (d.kind === 'agreement' && !d.anaphoric && d.sentence < m.sentence && (k < 0 || d.sentence >= out[k]!.sentence)) k = i;
    }
    if (k >= 0 && !out[k]!.where) out[k] = { ...out[k]!, where: m.where };
  }
  return out;
}

export interface ShareContext {
  text: string; sentence: Sentence; si: number; previous: Sentence | undefined; drafts: readonly Drafted[]; base: number;
  // The sentence's reading, whose date is read only if a share is found (a closure made per sentence costs more).
  places: readonly PlaceMention[]; evidence: { start: number; end: number }; reading: { readonly when: string | null }; claimant: string | null;
}

/**
 * "Iran launched about 30 drones. All of them were intercepted.": the whole salvo the sentence before launched is
 * intercepted, at its count; "several" an unknown number; "most" or "some" is no quantity (GUIDELINES' vague list) and gives no claim.
 */
export function shareOfSalvo(x: ShareContext): Drafted | null {
  const share = SHARE_OPENING.exec(x.sentence.text);
  const launch = share ? x.drafts.slice(0, x.base).reverse().find((d) => d.kind === 'launched' && d.sentence === x.si - 1) : undefined;
  if (!share || !launch || x.sentence.paragraph !== x.previous?.paragraph || x.drafts.slice(x.base).some((d) => d.kind === 'intercepted')) return null;
  const all = /^(?:all|both)$/i.test(share[1]!);
  if (!all && !/^several$/i.test(share[1]!)) return null;
  // The salvo's target, else who intercepted it ("by Israel and its allies"): the defending country.
  const interceptor = x.places.find((m) => m.place?.precision === 'country' && /\bby\s+(?:the\s+)?$/i.test(x.text.slice(Math.max(0, m.start - 8), m.start)));
  return {
    ...launch, kind: 'intercepted', rule: 'count:intercepted:share', value: all ? launch.value : null, qualifier: all ? launch.qualifier : 'unknown', evidence: x.evidence, sentence: x.si,
    partOf: null, when: x.reading.when, where: launch.where ?? (interceptor ? asClaimPlace(interceptor, x.text) : null), claimant: x.claimant ?? launch.claimant, finite: true,
  };
}
