import type { PlaceMention } from '../types.js';
import type { Scene } from './placing.js';
import { actsAsActor, asClaimPlace, type ClaimPlace } from './where.js';
import { countryPlace } from '../places/index.js';
import { isAwayPlace, isNationalBody, namesAirport, nationalTallyLeast } from './whererules.js';

/**
 * Places a count's sentence does not name but the story told before it: the country a national salvo is
 * tallied over (where.json `nationalSalvo`), the airport whose flights a sentence counts (where.json `airportTold`).
 */

// The least count of a sentence that tallies a whole country's night (where.json `nationalSalvo.least`).
const NATIONAL_TALLY = nationalTallyLeast();
const ORIGIN_BEFORE = /\b(?:from|by)\s+(?:the\s+)?$/i;
const isOrigin = (text: string, m: PlaceMention): boolean => ORIGIN_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));

/** Whether the sentence names a place of its own: not the attacker ("Russia launched") nor an origin ("from Iran"). */
function namesOwnPlace(scene: Scene): boolean {
  return scene.places.some((m) => m.role === 'location' && !actsAsActor(scene.text, m) && !isOrigin(scene.text, m) && !isAwayPlace(scene.text, m));
}

/**
 * "The air force said Russia launched 120 drones; air defences shot down 98": a salvo a national military body tallies in a
 * sentence that names no place is the country's, the country of the place the story told (where.json `nationalSalvo`).
 */
export function nationalSalvo(scene: Scene, counts: readonly { value: number | null }[]): ClaimPlace | null {
  // A night's national tally runs to dozens: a handful downed is told of the town the story is about.
  if (!isNationalBody(scene.claimant) || !counts.some((o) => (o.value ?? 0) >= NATIONAL_TALLY) || namesOwnPlace(scene)) return null;
  // The paragraph's, the story's or the headline's place the gazetteer knows: a name it lacks ("the Solomianskyi district")
  // may carry a guessed country, the attacker's among them; else the country most of the article's places lie in.
  const told = [scene.area, scene.lastWhere, scene.storyWhere, scene.article?.headline?.where, scene.datelinePlace]
    .find((p) => p?.place?.country && p.place.geonameid !== null)?.place?.country ?? mainCountry(scene);
  const country = told ? countryPlace(told) : null;
  return country ? { text: country.name, place: country } : null;
}

/** The country most of the article's places lie in, the attacker's left out ("Russia struck Kyiv"). */
function mainCountry(scene: Scene): string | undefined {
  const votes = new Map<string, number>();
  for (const m of scene.article?.places ?? []) {
    const cc = m.place?.country;
    if (cc && m.role === 'location' && !actsAsActor(scene.text, m) && !isOrigin(scene.text, m)) votes.set(cc, (votes.get(cc) ?? 0) + 1);
  }
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
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
