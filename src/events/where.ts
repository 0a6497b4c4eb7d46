import type { PlaceMention } from '../types.js';
import type { Sentence } from '../language/index.js';
import { lookupPlace as lookupUncached, placeWithUnits as unitsPlace } from '../places/index.js';
import { iso2OfIso3 } from './countries.js';
import { ACTOR_INDEX, NAMED_ACTORS } from './lexicon.js';

/**
 * Where an event happened. ACLED notes name the place with its admin units ("in X (District,
 * Region)") or say which place the event is coded to ("[coded as X]"); news sentences put it after
 * a locative preposition. A country is the answer only when nothing more specific is named.
 */

// A capitalised name after a locative preposition: where the event happened.
const LOCATIVE_NAME = /\b(?:in|at|near|outside|around|between|of|village of|town of|city of) (?:the )?((?:[A-Z][\w'’-]+)(?:[ -](?:[A-Z][\w'’-]+|de|del|la|el|al|an|ad|as))*)/g;
// Names that a gazetteer matches but that are not where an event happened here.
const NOT_A_PLACE = /^(?:[A-Z]{2,6}|North|South|East|West|Central|Northern|Southern|Eastern|Western|Republic|Saudi|Sud|Parliament|Ministry|Embassy|Police|Army)$/;

// "[coded as Girishk]", "(coded to Stockholm)": ACLED states which place the event is coded to.
const CODED_TO = /\bcoded (?:as|to) (?:the )?([A-Z][\w'’-]*(?:[ -](?:[A-Z][\w'’-]*|de|del|la|el|al))*)/;
const COUNTRY_LEVEL = /^(?:PCL\w*)$/;
const SETTLEMENT_AFTER = /^\s+(?:city|town|village|township|municipality|district|area|neighbou?rhood|commune|locality)\b/i;

// Notes name the same few places again and again, and a gazetteer look-up costs more than the rest
// of a sentence: results are kept per name and country (the gazetteer does not change while we run).
const LOOKUPS = new Map<string, ReturnType<typeof lookupUncached>>();
function lookupPlace(name: string, context: { country: string | null }): ReturnType<typeof lookupUncached> {
  const key = `${context.country ?? ''}\u0000${name}`;
  let place = LOOKUPS.get(key);
  if (place === undefined) {
    if (LOOKUPS.size >= 20000) LOOKUPS.clear();
    place = lookupUncached(name, context);
    LOOKUPS.set(key, place);
  }
  // A copy each time: events own their places and may be changed by later stages.
  return place && { ...place };
}

const mention = (start: number, name: string, place: PlaceMention['place']): PlaceMention => ({ start, end: start + name.length, text: name, role: 'location', place });
const isCountry = (p: PlaceMention): boolean => COUNTRY_LEVEL.test(p.place?.featureCode ?? '');

/** Countries (alpha-2) of the armed groups a note names: where it happened, more often than not. */
function groupCountries(text: string): string[] {
  return ACTOR_INDEX.matches(text).map(({ n }) => iso2OfIso3(NAMED_ACTORS[n]!.country)).filter((c): c is string => c !== null);
}

// The last sentence read for a place with units: a short report's lead is read for its own event
// and again as the place of its paragraph's later sentences (notePlace), the same reading twice.
let lastRead: { sentence: Sentence; found: PlaceMention | null } | null = null;

/** A place written with its admin units, resolved inside them (places: chains.ts, scope.ts). */
function placeWithUnits(sentence: Sentence): PlaceMention | null {
  if (lastRead?.sentence !== sentence) lastRead = { sentence, found: readPlaceWithUnits(sentence) };
  const found = lastRead.found;
  // A copy each time, as a new reading would give: events own their places and may be changed by later stages.
  return found && { ...found, place: found.place && { ...found.place } };
}

function readPlaceWithUnits(sentence: Sentence): PlaceMention | null {
  const hit = unitsPlace(sentence.text, () => groupCountries(sentence.text), (name) => NOT_A_PLACE.test(name));
  if (!hit) return null;
  return { start: sentence.start + hit.start, end: sentence.start + hit.end, text: sentence.text.slice(hit.start, hit.end), role: 'location', place: hit.place };
}

/**
 * The place a note states with its units, if it does: a short report (an ACLED note) states where
 * once, in its lead, and its later sentences (casualties, a second act) happened there too.
 */
export function notePlace(sentence: Sentence): PlaceMention | null {
  return placeWithUnits(sentence);
}

function usable(p: PlaceMention, text: string): boolean {
  if (!p.place || p.role !== 'location' || NOT_A_PLACE.test(p.text)) return false;
  // "Saudi-led", "Turkish-backed", "Ukrainian forces": a party, not a place.
  return !/^(?:-led|-backed|\s+(?:forces|army|militants|members|workers|supporters|nationals|government|authorities|troops|police))/i.test(text.slice(p.end, p.end + 14));
}

/** The event's place: a place written with its units ("X (District, Region)") resolved inside them, else the first location after a locative preposition. */
export function eventPlace(sentence: Sentence, trigger: number, text: string, places: PlaceMention[], paragraphPlaces: PlaceMention[]): PlaceMention | null {
  const inSentence = places.filter((p) => p.start >= sentence.start && p.end <= sentence.end && usable(p, text));
  const docCountry = inSentence[0]?.place?.country ?? paragraphPlaces.find((p) => usable(p, text))?.place?.country ?? null;
  const withUnits = placeWithUnits(sentence);
  if (withUnits) return withUnits;
  const coded = CODED_TO.exec(sentence.text);
  if (coded) {
    const name = coded[1]!;
    const start = sentence.start + coded.index + coded[0].indexOf(name);
    const known = inSentence.find((p) => p.start === start);
    if (known) return known;
    const place = lookupPlace(name, { country: docCountry });
    if (place && (!docCountry || place.country === docCountry)) return mention(start, name, place);
  }
  // "in Quetta city (Quetta, Balochistan)": a named settlement beats a country named elsewhere.
  const settlement = inSentence.find((p) => !isCountry(p) && SETTLEMENT_AFTER.test(text.slice(p.end, p.end + 16)));
  if (settlement) return settlement;
  const locatives = inSentence.filter((p) => /\b(?:in|at|near|outside|around|between|of|to|through)\s+(?:the\s+)?(?:(?:downtown|central)\s+)?$/i.test(text.slice(Math.max(0, p.start - 20), p.start)));
  const locative = locatives.find((p) => !isCountry(p)) ?? null;
  if (locative) return locative;
  if (locatives[0]) return locatives[0];
  // The gazetteer stage may have missed a small place the note names after "in"/"near".
  LOCATIVE_NAME.lastIndex = 0;
  for (let m = LOCATIVE_NAME.exec(sentence.text); m; m = LOCATIVE_NAME.exec(sentence.text)) {
    const name = m[1]!;
    if (NOT_A_PLACE.test(name) || /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(name)) continue;
    const place = docCountry ? lookupPlace(name, { country: docCountry }) : null;
    if (place && place.country === docCountry) {
      const start = sentence.start + m.index + m[0].indexOf(name);
      return { start, end: start + name.length, text: name, role: 'location', place };
    }
  }
  // The subject before the trigger is usually the actor ("Ukraine launched…"); the target comes after.
  const afterTrigger = inSentence.find((p) => p.start >= sentence.start + trigger && !isCountry(p)) ?? inSentence.find((p) => p.start >= sentence.start + trigger);
  return afterTrigger ?? inSentence[0] ?? paragraphPlaces.find((p) => usable(p, text)) ?? null;
}

