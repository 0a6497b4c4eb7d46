import type { PlaceMention } from '../types.js';
import type { Sentence } from '../language/index.js';
import type { CountDraft } from './counts.js';
import type { StatementDraft } from './statements.js';
import { asClaimPlace, chooseWhere, defendingCountry, listedPlaces, type ClaimPlace } from './where.js';
import { namedAirports } from './airports.js';
import type { HeadlinePlaces } from './headlineplaces.js';
import { clauseEnd, finerPlace } from './finer.js';
import { airportPair, isBuildingName, isFrame, namesAirspace, namesTalks, isAirportName, isSiteModifier, isVenueBefore, isVenueOfWhere } from './whererules.js';

// A capitalised opener is no town of an airport pair ("The Kazan and …" is read past 'The').
const SENTENCE_OPENER = /^(?:The|At|In|Both)\b/;

/** What placing the claims of one sentence needs to know about it and the text around it. */
export interface Scene {
  text: string;
  sentence: Sentence;
  /** The mentions inside the sentence, in text order. */
  places: readonly PlaceMention[];
  /** The sentence continues the line of the one before. */
  sameLine: boolean;
  claimant: string | null;
  /** Where the claims of the paragraph so far took place. */
  lastWhere: ClaimPlace | null;
  /** The kind of the claim that placed `lastWhere`, if a claim did. */
  lastWhereKind?: string | null;
  datelinePlace: ClaimPlace | null;
  /** Where the story's paragraphs before this one took place (null after a topic heading). */
  storyWhere?: ClaimPlace | null;
  /** The town or region inside the claimant's own name ("Saratov Governor Roman Busargin"), wherever the article named it. */
  claimantPlace?: ClaimPlace | null;
  /** The sentence's own place (see chooseWhere), read once for all its claims. */
  sentenceWhere: PlaceMention | null;
  /** The area the report is about, once two of its towns have been told since it was named (see area.ts). */
  area?: ClaimPlace | null;
  /** The area the report last named (see area.ts). */
  namedArea?: ClaimPlace | null;
  /** The article's sentences, this one's index and all its place mentions: the next sentence's places are candidates too (placerank.ts). */
  article?: { sentences: readonly Sentence[]; index: number; places: readonly PlaceMention[]; title?: string | null; headline?: HeadlinePlaces | null };
}

export { narrowest, placeOfCount } from './countplace.js';

const SEAT_OF = /\b(?:in|at)\s+the\s+(?:[\w'’-]+\s+){0,3}(?:resort|city|town|port|capital|village)\s+(?:town\s+|city\s+)?of\s+$/i;

/** "one each in A, B and C": the places a count holds for, one claim each (empty when it is not such a count). */
export function eachPlaces(scene: Scene, c: CountDraft): ClaimPlace[] {
  return c.eachFrom === null ? [] : listedPlaces(scene.text, scene.sentence.start + c.eachFrom, scene.sentence.end, scene.places, true);
}

/**
 * "flights at Kazan International Airport in Kazan and Begishevo Airport in Nizhnekamsk": a closure of
 * several airports is in the region the sentence names, else the city ("Moscow's Sheremetyevo and Vnukovo airports").
 * Null when the sentence gives no such place: the airports' own names are then the place.
 */
function placeOfAirports(scene: Scene, st: StatementDraft): ClaimPlace[] | null {
  const { text, sentence: s, places } = scene;
  const region = places.find((p) => p.role === 'location' && p.place?.precision === 'region');
  if (region) return [asClaimPlace(region, text)];
  // "Drones attacked Moscow. Flights were halted at Vnukovo and Sheremetyevo airports": the city the paragraph named holds them.
  const told = scene.lastWhere?.place;
  if (told && (told.precision === 'city' || told.precision === 'region') && !isAirportName(scene.lastWhere!.text)
    && places.some((p) => p.role === 'location' && p.place?.country === told.country && nearKm(p.place, told) < 80)) return [scene.lastWhere!];
  // "at the Kazan and Nizhnekamsk airports": two towns' airports are at both towns (where.json `airportPair`), after the city the paragraph named ("Vnukovo and Sheremetyevo" are Moscow's).
  const pair = st.value === 2 ? airportPair(s.text) : null;
  const city = places.find((p) => p.role === 'location' && p.place?.precision === 'city' && !/\bairports?\b/i.test(p.text) && !pair?.includes(p.text));
  if (city) return [asClaimPlace(city, text)];
  const first = pair ? places.find((p) => p.role === 'location' && p.text === pair[0] && p.start >= s.start && p.end <= s.end) : undefined;
  if (pair && first && !SENTENCE_OPENER.test(pair[0])) return [{ text: `${pair[0]} and ${pair[1]}`, place: first.place }];
  const town = places.find((p) => p.role === 'location' && p.place?.precision === 'city' && !/\bairports?\b/i.test(p.text));
  if (town) return [asClaimPlace(town, text)];
  return null;
}

/**
 * Where a statement happened: an airport it names; for agreements and meetings the place they
 * were held ("in New Delhi") or the dateline's; otherwise the sentence's place. A damage
 * statement over a list of places ("hubs in Saint Petersburg and Tver") gives one place each.
 */
export function placesOfStatement(scene: Scene, st: StatementDraft, siblings: readonly StatementDraft[] = []): ClaimPlace[] {
  const { text, sentence: s, places, claimant } = scene;
  const from = s.start + st.placeFrom;
  const to = s.start + st.placeTo;
  const closed = st.whereText && st.kind === 'airport_closed' && (st.value ?? 0) >= 2 ? placeOfAirports(scene, st) : null;
  if (closed) return closed;
  if (st.whereText) {
    const at = text.indexOf(st.whereText, s.start);
    return [{ text: st.whereText, place: places.find((m) => m.start >= at && m.end <= at + st.whereText!.length)?.place ?? null }];
  }
  if (st.kind === 'agreement' || st.kind === 'meeting') {
    // "in Doha", and "in the Egyptian resort town of Sharm el-Sheikh", "in the Malaysian capital of Kuala Lumpur".
    // "at his residence near Moscow": near a place is at it, for a meeting.
    const held = places.filter((p) => /\b(in|at|to|near)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, p.start - 8), p.start)) || SEAT_OF.test(text.slice(Math.max(0, p.start - 60), p.start)));
    // "said in Lviv after talks with …": a meeting told in a later clause is held where the sentence's speaker was.
    const m = chooseWhere(text, held, { from, to, attachedAt: null }) ?? (st.rule.startsWith('meeting:after-meeting') && from > s.start ? chooseWhere(text, held, { from: s.start, to: from, attachedAt: null }) : null)
      ?? wentTo(scene, to, !scene.datelinePlace);
    // "Vienna talks between Iran and …": the talks the sentence names by their venue, before the dateline; a town only
    // ("Ukraine peace talks", "Iran nuclear talks", a region's talks name what the talks are about).
    const named = m ? null : places.find((p) => p.role === 'location' && (p.place?.precision === 'city' || p.place?.precision === 'point') && p.start >= s.start && p.end <= s.end && namesTalks(text, p));
    let where = m ? asClaimPlace(m, text) : named ? asClaimPlace(named, text) : scene.datelinePlace;
    // "holds a meeting with Sudanese officials": the guests' country, when nothing else places it.
    if (!where && st.kind === 'meeting') {
      const guest = places.find((p) => p.start >= from && p.end <= to && p.role === 'demonym' && p.place?.precision === 'country');
      if (guest) where = asClaimPlace(guest);
    }
    // "… attacked a hotel where elders were meeting": a gathering at the site of what the story tells is at its scene.
    if (!where && st.atScene) where = scene.lastWhere;
    return where ? [where] : [];
  }
  // An airspace closure is a country's or a region's, never an airport's (where.json `airspace`).
  // Only airports closed in their own right: an airport that was the target ("a drone hit Ramon Airport") is the scene.
  const closedToo = st.rule.startsWith('airport_closed:airspace') && siblings.some((o) => o.kind === 'airport_closed' && o.whereText && o.value !== null);
  const airports = closedToo ? namedAirports(s.text) : [];
  const sky = airports.length ? places.filter((p) => !isAirportName(p.text) && !airports.some((a) => a.includes(p.text))) : places;
  // Only where the sentence speaks of one sky: "closed the airspace over X … entered Polish airspace" names two ("Israel's skies were closed" one).
  const oneSky = st.rule.startsWith('airport_closed:airspace') && (s.text.match(/\b(?:airspace|skies|sky)\b/gi) ?? []).length === 1;
  const skyNamed = oneSky ? sky.find((p) => p.start >= s.start && p.end <= s.end && namesAirspace(text, p)) : undefined;
  const m = skyNamed ?? chooseWhere(text, sky, { from, to, attachedAt: null });
  // An interception with no place of its own is the defending country's (GUIDELINES).
  const country = st.kind === 'airport_closed' || st.kind === 'intercepted' ? defendingCountry(text, sky, s.start, to, claimant) : null;
  const site = st.kind === 'damaged' && (!m || m.place?.precision === 'country') ? damagedSite(scene, from, to) : null;
  // "A drone hit Ramon Airport, and the airspace was closed": a closure told after its cause is at the sentence's scene.
  const scenePlace = st.kind === 'airport_closed' && !m && !country ? chooseWhere(text, sky, { from: s.start, to: s.end, attachedAt: null }) : null;
  const framed = st.kind === 'damaged' && m && isFrame(text, s.start, m) ? finerPlace(scene, asClaimPlace(m, text), { at: m.end, end: m.end, from: m.end, to: clauseEnd(scene, m.end) }) : null;
  const where = site ?? (framed && !framed.place && m ? { text: framed.text, place: m.place } : framed) ?? (m ? asClaimPlace(m, text) : country ? asClaimPlace(country) : scenePlace ? asClaimPlace(scenePlace, text) : null) ?? scene.lastWhere ?? scene.claimantPlace ?? scene.storyWhere ?? scene.datelinePlace;
  if (st.kind === 'damaged' && where) {
    const first = chooseWhere(text, places, { from, to, attachedAt: null, container: false });
    const listed = first ? listedPlaces(text, first.start, s.end, places) : [];
    if (listed.length > 1) return listed;
  }
  return where ? [where] : [];
}

/**
 * "travelled to Lima for talks with …", "In Baku, X held talks with …", "visited Oslo and met …": with no place after
 * its verb, a meeting is held at the last place of its clause its party went to (where.json `venueBefore`), not at the dateline.
 */
function wentTo(scene: Scene, to: number, relativeOnly: boolean): PlaceMention | null {
  const { text, sentence: s, places } = scene;
  // With no dateline to replace, only a place a relative 'where' follows ("travelled to Paris, where she met …").
  const went = places.filter((p) => p.start >= s.start && p.end <= to && p.role === 'location'
    && (relativeOnly ? isVenueOfWhere(text, p) && isVenueBefore(text, s.start, p) : isVenueBefore(text, s.start, p)));
  return went.at(-1) ?? null;
}

/** Rough distance in km between two points (equirectangular: enough to tell a city's airports from another city's). */
function nearKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const x = (b.lon - a.lon) * Math.cos(((a.lat + b.lat) / 2) * Math.PI / 180);
  return Math.hypot(x, b.lat - a.lat) * 111.2;
}

/** "struck the Ryazan oil refinery": the place that names the damaged site (where.json `siteModifier`). */
function damagedSite(scene: Scene, from: number, to: number): ClaimPlace | null {
  const { text, places } = scene;
  const m = places.find((p) => p.start >= from && p.end <= to && p.role === 'location' && p.place?.precision !== 'country' && isSiteModifier(text, p));
  if (m) return asClaimPlace(m, text);
  // "hit the Natanz nuclear facility": a site's name the gazetteer lacks, when no mention covers it.
  for (const n of text.slice(from, to).matchAll(SITE_NAME)) {
    const start = from + n.index! + n[0].length - n[1]!.length;
    const named: PlaceMention = { start, end: start + n[1]!.length, text: n[1]!, role: 'location', place: null };
    if (!places.some((p) => p.start < named.end && named.start < p.end) && isSiteModifier(text, named)) return { text: named.text, place: null };
  }
  // "parts of the Sahara Hotel were reduced to rubble": a named building is the site, in the story's town
  // (where.json `buildingNames`); only where the sentence names no place at all.
  if (places.some((p) => p.start >= from && p.end <= to && p.role === 'location')) return null;
  for (const n of text.slice(from, to).matchAll(NAMED_BUILDING)) {
    const name = n[1]!.replace(/^(?:The|A|An|At|In)\s+/, '');
    if (!isBuildingName(name) || !/\s/.test(name)) continue;
    return { text: name, place: (scene.lastWhere ?? scene.claimantPlace ?? scene.storyWhere ?? scene.datelinePlace)?.place ?? null };
  }
  return null;
}

const NAMED_BUILDING = /\b((?:[A-Z][\p{L}'’-]+\s+){1,4}[A-Z][\p{L}'’-]+)/gu;

const SITE_NAME = /\bthe\s+((?:[A-Z][\p{L}'’-]+\s+)?[A-Z][\p{Ll}'’-]+)(?=\s+[a-z])/gu;
