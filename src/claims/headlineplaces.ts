import type { PlaceMention } from '../types.js';
import { actsAsActor, asClaimPlace, chooseWhere, type ClaimPlace } from './where.js';
import { isAcronymPlace, isReferencePlace } from './whererules.js';

/**
 * The places a story's headline names ("Drone strike kills three in Nikopol"): the body often tells the
 * count without naming its scene again, and a wire dateline or a speaker's capital is then the only
 * place its sentences give. Read once per article, from the headline line the text opens with or from
 * the title the text does not repeat; the place ranker (placerank.ts) weighs them as candidates.
 */
export interface HeadlinePlaces {
  /** The headline's locations, in order. */
  places: readonly ClaimPlace[];
  /** The one the headline's words place its news at (chooseWhere: not an actor, an origin or a modifier). */
  where: ClaimPlace | null;
}

const ORIGIN = /\b(?:from|by)\s+(?:the\s+)?$/i;

/** The places of the headline at `from`..`to` of `text` (the article's text, or the title's own), `mentions` indexing `text`. */
export function headlinePlaces(text: string, from: number, to: number, mentions: readonly PlaceMention[]): HeadlinePlaces | null {
  const located = mentions.filter((m) => m.start >= from && m.end <= to && m.role === 'location' && !isAcronymPlace(m) && !isReferencePlace(text, m));
  if (!located.length) return null;
  // "Strike on Khan Younis house kills 9": a headline's scene often only qualifies the site hit.
  const chosen = chooseWhere(text, located, { from, to, attachedAt: null }) ?? located.find((m) => !actsAsActor(text, m) && !ORIGIN.test(text.slice(Math.max(from, m.start - 8), m.start))) ?? null;
  const where = chosen ? asClaimPlace(chosen, text) : null;
  // The chosen place is one of the places (placerank.ts tells it apart by identity), a name the gazetteer lacks included.
  const places = located.map((m) => (where && m.start === chosen!.start && m.end === chosen!.end ? where : asClaimPlace(m, text)));
  return { places: where && !places.includes(where) ? [where, ...places] : places, where };
}
