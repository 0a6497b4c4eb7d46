import type { PlaceMention } from '../types.js';
import type { Scene } from './placing.js';
import { actsAsActor, asClaimPlace, type ClaimPlace } from './where.js';
import { isAwayPlace, namesAirport } from './whererules.js';

/**
 * Places a count's sentence does not name but the story told before it: the airport whose flights a sentence counts
 * (where.json `airportTold`).
 */

const ORIGIN_BEFORE = /\b(?:from|by)\s+(?:the\s+)?$/i;
const isOrigin = (text: string, m: PlaceMention): boolean => ORIGIN_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));

/** Whether the sentence names a place of its own: not the attacker ("Russia launched") nor an origin ("from Iran"). */
function namesOwnPlace(scene: Scene): boolean {
  return scene.places.some((m) => m.role === 'location' && !actsAsActor(scene.text, m) && !isOrigin(scene.text, m) && !isAwayPlace(scene.text, m));
}

/**
 * "Aarhus airport was closed for two hours. The operator said 14 departures were cancelled": flights counted in a sentence
 * that names no place of theirs are the airport's that the nearest of the few sentences before names first (where.json
 * `airportTold`): the subject's, not one a clause recalls ("since Khartoum airport was put out of service"); an airport
 * flights were sent to, or one left unnamed ("a German airport"), is none.
 */
export function airportTold(scene: Scene): ClaimPlace | null {
  const a = scene.article;
  if (!a || namesOwnPlace(scene)) return null;
  const { text } = scene;
  for (let i = a.index - 1; i >= Math.max(0, a.index - AIRPORT_REACH); i--) {
    const s = a.sentences[i]!;
    const m = a.places.find((x) => x.start >= s.start && x.end <= s.start + s.text.length && x.role === 'location' && namesAirport(x.text)
      && !UNNAMED_BEFORE.test(text.slice(Math.max(0, x.start - 10), x.start)) && !isAwayPlace(text, x));
    if (m) return asClaimPlace(m, text);
  }
  return null;
}

// How many sentences back the airport is sought (a subheading between counts as one).
const AIRPORT_REACH = 4;
// "at a German airport", "another airport": an airport the text does not name.
const UNNAMED_BEFORE = /\b(?:a|an|another|any|one)\s+$/i;
