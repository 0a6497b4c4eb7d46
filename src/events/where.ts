import type { PlaceMention } from '../types.js';
import type { Sentence } from '../language/sentences.js';
import { lookupPlace as lookupUncached } from '../places/index.js';

/**
 * Where an event happened. ACLED notes name the place with its admin units ("in X (District,
 * Region)") or say which place the event is coded to ("[coded as X]"); news sentences put it after
 * a locative preposition. A country is the answer only when nothing more specific is named.
 */

// ACLED writes "in Pirque (Cochabamba)" or "in Soyapango, San Salvador": a place and its region.
// A settlement word may stand between the place and its units: "in Launglon township (Dawei district, …)".
const PLACE_WITH_ADMIN = /\b(?:in|at|near) (?:the )?((?:[A-Z][\w'’-]*)(?:[ -](?:[A-Z][\w'’-]*|de|del|la|el|al|an|ad|as))*)(?:\s+(?:township|town|village|city|area|municipality|commune|locality))?\s*(?:\(|,\s*)([A-Z][\w'’ -]+?)(?:\)|[,.]| -)/;
// A capitalised name after a locative preposition: where the event happened.
const LOCATIVE_NAME = /\b(?:in|at|near|outside|around|between|of|village of|town of|city of) (?:the )?((?:[A-Z][\w'’-]+)(?:[ -](?:[A-Z][\w'’-]+|de|del|la|el|al|an|ad|as))*)/g;
// Names that a gazetteer matches but that are not where an event happened here.
const NOT_A_PLACE = /^(?:[A-Z]{2,6}|North|South|East|West|Central|Northern|Southern|Eastern|Western|Republic|Saudi|Sud|Parliament|Ministry|Embassy|Police|Army)$/;

// "[coded as Girishk]", "(coded to Stockholm)": ACLED states which place the event is coded to.
const CODED_TO = /\bcoded (?:as|to) (?:the )?([A-Z][\w'’-]*(?:[ -](?:[A-Z][\w'’-]*|de|del|la|el|al))*)/;
// "(East Singhbhum, Jharkhand)": the admin units after a place, most specific first.
const ADMINS_AFTER = /^[^()\[\].]{0,40}?\(([^()]{3,80})\)/;
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

/** The first admin in "(District, Region)" that resolves in the region's country: a village the gazetteer lacks is near its district. */
function adminFallback(sentence: Sentence, from: number, docCountry: string | null): PlaceMention | null {
  const m = ADMINS_AFTER.exec(sentence.text.slice(from)) ?? ADMINS_BY_COMMA.exec(sentence.text.slice(from));
  if (!m) return null;
  const names = m[1]!.split(/[,;]/).map((n) => n.trim()).filter((n) => /^[A-Z]/.test(n) && !/^coded\b/i.test(n));
  if (names.length === 0) return null;
  const region = names.length > 1 ? lookupPlace(names.at(-1)!, { country: docCountry }) : null;
  const country = region?.country ?? docCountry;
  for (const name of names) {
    const place = lookupPlace(name, { country });
    if (place && (!country || place.country === country) && !COUNTRY_LEVEL.test(place.featureCode ?? '')) {
      return mention(sentence.start + from + m.index + m[0].indexOf(name), name, place);
    }
  }
  return null;
}

const ADMINS_BY_COMMA = /^[^,.()]{0,40}?,\s*((?:[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|de|del|la|al|ar|as|an))*)(?:,\s*[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|de|del|la|al|ar|as|an))*)*)\s*(?:[.;]|$)/;
const GENERIC_UNIT = /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|North[ -]?(?:East|West)|South[ -]?(?:East|West)|Capital|Coast|Coastal|Upper|Lower|Middle|Interior|Metropolitan)(?:\s+(?:region|province|state|district|governorate|division))?$/i;
const REGION_WORDS = /\s+(?:region|state|province|district|township|county|division|governorate|department|municipality|oblast|prefecture|area|zone)$/i;

/**
 * The country named by the admin units after a place ("(Kale district, Sagaing region)"): the
 * outermost unit that resolves to a region or country. The units outrank whatever the place's own
 * name happens to match elsewhere ("Kale" is also a town in Turkey).
 */
function adminCountry(sentence: Sentence, from: number, current: string | null): string | null {
  // Units in parentheses ("Hays (Hays, Al Hudaydah)") or after commas ("Zelenodolsk, Dnipropetrovsk.").
  const m = ADMINS_AFTER.exec(sentence.text.slice(from)) ?? ADMINS_BY_COMMA.exec(sentence.text.slice(from));
  if (!m) return null;
  // Compass and generic unit names ("Southern", "Capital") exist in many countries and decide nothing.
  const names = m[1]!.split(/[,;]/).map((n) => n.trim()).filter((n) => /^[A-Z]/.test(n) && !/^coded\b/i.test(n) && !GENERIC_UNIT.test(n));
  // Units that exist in the country the place already resolved to confirm it ("Punjab" is in India and Pakistan).
  const inCurrent = (name: string): boolean => [name, name.replace(REGION_WORDS, '')].some((n) => lookupPlace(n, { country: current })?.country === current);
  if (current && names.some(inCurrent)) return current;
  for (const name of names.reverse()) {
    for (const candidate of [name, name.replace(REGION_WORDS, '')]) {
      const place = lookupPlace(candidate, { country: null });
      // Only reached when the place's own country lacks every unit named, so any reading of the unit will do.
      if (place?.country) return place.country;
    }
  }
  return null;
}

function usable(p: PlaceMention, text: string): boolean {
  if (!p.place || p.role !== 'location' || NOT_A_PLACE.test(p.text)) return false;
  // "Saudi-led", "Turkish-backed", "Ukrainian forces": a party, not a place.
  return !/^(?:-led|-backed|\s+(?:forces|army|militants|members|workers|supporters|nationals|government|authorities|troops|police))/i.test(text.slice(p.end, p.end + 14));
}

/** The event's place: "X (Admin)" resolved within the admin's country, else the first location after a locative preposition. */
export function eventPlace(sentence: Sentence, trigger: number, text: string, places: PlaceMention[], paragraphPlaces: PlaceMention[]): PlaceMention | null {
  const inSentence = places.filter((p) => p.start >= sentence.start && p.end <= sentence.end && usable(p, text));
  const docCountry = inSentence[0]?.place?.country ?? paragraphPlaces.find((p) => usable(p, text))?.place?.country ?? null;
  const coded = CODED_TO.exec(sentence.text);
  if (coded) {
    const name = coded[1]!;
    const start = sentence.start + coded.index + coded[0].indexOf(name);
    const known = inSentence.find((p) => p.start === start);
    if (known) return known;
    const place = lookupPlace(name, { country: docCountry });
    if (place && (!docCountry || place.country === docCountry)) return mention(start, name, place);
  }
  const withAdmin = PLACE_WITH_ADMIN.exec(sentence.text);
  if (withAdmin) {
    const name = withAdmin[1]!;
    const start = sentence.start + withAdmin.index + withAdmin[0].indexOf(name);
    const known = inSentence.find((p) => p.start === start);
    const unitsCountry = adminCountry(sentence, withAdmin.index + withAdmin[0].indexOf(name), known?.place?.country ?? docCountry);
    if (known && (!unitsCountry || known.place?.country === unitsCountry)) return known;
    const admin = inSentence.find((p) => p.text === withAdmin[2]) ?? null;
    const country = unitsCountry ?? admin?.place?.country ?? docCountry;
    const place = lookupPlace(name, { country });
    if (place && (!country || place.country === country)) return { start, end: start + name.length, text: name, role: 'location', place };
    // The place is not in the gazetteer under that country: its district or region is near it.
    if (unitsCountry) {
      const fallback = adminFallback(sentence, withAdmin.index + withAdmin[0].indexOf(name), unitsCountry);
      if (fallback) return fallback;
    }
  }
  // "in Quetta city (Quetta, Balochistan)": a named settlement beats a country named elsewhere.
  const settlement = inSentence.find((p) => !isCountry(p) && SETTLEMENT_AFTER.test(text.slice(p.end, p.end + 16)));
  if (settlement) return settlement;
  const locatives = inSentence.filter((p) => /\b(?:in|at|near|outside|around|between|of|to)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, p.start - 12), p.start)));
  const locative = locatives.find((p) => !isCountry(p)) ?? null;
  if (locative) return locative;
  if (withAdmin) {
    const fallback = adminFallback(sentence, withAdmin.index + withAdmin[0].indexOf(withAdmin[1]!), docCountry);
    if (fallback) return fallback;
  }
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

