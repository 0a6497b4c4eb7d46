import type { PlaceMention, ResolvedPlace } from '../types.js';

/** The place a claim is about, as the claim reports it. */
export interface ClaimPlace {
  text: string;
  place: ResolvedPlace | null;
}

const ORIGIN = /\b(from|by)\s+(?:the\s+)?$/i;
// A place that acts ("Ukraine launched", "Russia's aviation watchdog said") names an actor, not where.
const ACTS_AFTER = /^(?:['’]s\b|\s+(?:has\s+|have\s+|had\s+|also\s+|later\s+|then\s+|again\s+)*(?:[a-z]+ed|[a-z]+s|launch|strike|fire|say|said|told|hit|struck|shot|sent|began|won|led|will|would|could|must|can)\b)/;
const PREPOSITION_BEFORE = /\b(in|at|on|over|near|to|into|towards?|across|outside|inside|around|of|from|against|targeting|struck|hit|attacked|between)\s+(?:the\s+)?$/i;

function actsAsActor(text: string, m: PlaceMention): boolean {
  if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start))) return false;
  return ACTS_AFTER.test(text.slice(m.end, m.end + 30));
}

/** A mention as the place of a claim: a demonym ("Russian") stands for its country ("Russia"). */
export function asClaimPlace(m: PlaceMention): ClaimPlace {
  const text = m.role === 'demonym' && m.place ? m.place.name : m.text;
  return { text, place: m.place };
}

/**
 * Chooses the most specific location a sentence gives for a claim: the place attached to the
 * count ("91 over the Moscow region"), else the first location of the sentence that is not an
 * origin ("from Iran"), taking the innermost of a chain ("Gilan, Iran" → Gilan).
 */
export function chooseWhere(
  text: string,
  mentions: readonly PlaceMention[],
  range: { from: number; to: number; attachedAt: number | null },
): PlaceMention | null {
  const inRange = mentions.filter((m) => m.start >= range.from && m.end <= range.to);
  if (range.attachedAt !== null) {
    const attached = inRange.find((m) => m.start >= range.attachedAt! && m.start - range.attachedAt! < 40 && m.role === 'location');
    if (attached) return attached;
  }
  for (const m of inRange) {
    if (m.role !== 'location') continue;
    if (ORIGIN.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
    if (actsAsActor(text, m)) continue;
    return m;
  }
  return null;
}

/** The defending country of an interception with no place: the first country the sentence names. */
export function firstCountry(mentions: readonly PlaceMention[], from: number, to: number): PlaceMention | null {
  return mentions.find((m) => m.start >= from && m.end <= to && m.place?.precision === 'country') ?? null;
}
