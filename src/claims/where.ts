import type { PlaceMention, PlacePrecision, ResolvedPlace } from '../types.js';
import { VERB_INDEX } from './lexicon.js';
import { WORDS } from './words.js';
import { formOf } from '../language/index.js';
import { bareNames, isArmedGroup, isAwayPlace, isBuildingName, isReferencePlace, isSiteModifier, NATURAL_NOUNS, ownedDescribed, ownsWeapon } from './whererules.js';

// A `\p{…}` literal is built anew on each evaluation (tsx's esbuild writes it as `new RegExp(…)` where it stands):
// the ones the functions below test per token or per mention are built once here.
const NAME_WORD_BEFORE = /([A-Z][\p{L}'’-]*)[ \t]+$/u;
const HYPHEN_JOINED = /^-[\p{L}\d]/u;
const NEXT_WORD = /^\s+([\p{L}'’-]+)/u;
const HYPHENATED_NAME = /^[A-Z][\p{L}'’]+(?:-[A-Z][\p{L}'’]+)+$/u;
const NAME_THEN_LOCATIVE = /[A-Z][\p{L}'’-]*\s+(?:in|at|near|outside)\s+(?:the\s+)?$/u;
const LIST_ITEM = /^((?:[A-Z][\p{L}'’.-]*)(?:\s+[A-Z][\p{L}'’.-]*){0,3})(\s*,\s*(?:and\s+)?|\s+and\s+)?/u;
const PLACED_INSIDE_BEFORE = /\b[a-z]+\s+(?:the\s+)?((?:[A-Z][\p{L}'’-]+\s+){0,2}[A-Z][\p{L}'’-]+(?:\s+(?:[Rr]egion|[Dd]istrict|[Aa]rea|[Cc]amp|[Vv]illage|[Tt]own|[Pp]rovince|[Ss]ector))?)(?:,\s+(?:in\s+)?(?:the\s+)?|\s+\()$/u;
const OWNED_NAME = /^((?:[A-Z][\p{L}'’-]+\s+){0,2}[A-Z][\p{L}'’-]+(?:\s+(?:district|neighbou?rhood|area|camp|suburb|quarter|province|state|region|governorate|county|oblast))?)/u;
const LOCATIVE_NAME = /^(?:in|at|near|outside|on)\s+(?:the\s+)?(?:(?:towns?|city|cities|villages?|districts?|regions?|provinces?|camps?)\s+of\s+)?((?:[A-Z][\p{L}'’-]+\s+){0,2}[A-Z][\p{L}'’-]+(?:\s+(?:region|district|area|camp|refugee camp|village|town|township|province)\b)?)/u;

// A claim verb after a name ("in the West Bank injure …") ends the name's phrase.
const VERB_WORDS: ReadonlySet<string> = new Set(VERB_INDEX.keys());

/** The place a claim is about, as the claim reports it. */
export interface ClaimPlace {
  text: string;
  place: ResolvedPlace | null;
  /** Calibrated probability (0..1) that this is the count's place, from data/models/claimplace.json (placerank.ts). */
  confidence?: number;
}

const TOWN_OF_BEFORE = /\b(?:town|city|village|hamlet|district|suburb|camp)\s+of\s+((?:[A-Z][\p{L}'’-]+\s+){0,2}[A-Z][\p{L}'’-]+)\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+|central\s+)?$/u;
// "struck the Caspian port city of Derbaz": a sea or people's adjective and a descriptor may stand before the noun.
const TOWN_OF = /\b(?:in|at|near|struck|hit|targeted|shelled|attacked|bombed|raided|stormed|overran|besieged|on)\s+the\s+(?:[A-Z][\p{L}'’-]+\s+){0,2}(?:(?:north|south|east|west)\w*\s+|central\s+)?(?:[A-Z][\p{L}'’-]+\s+){0,2}(?:(?:port|coastal|border|frontline|front-line|provincial|regional)\s+)?(?:towns?|villages?|city|cities|districts?|hamlets?|suburbs?|port|state|province|region|governorate)\s+of\s+((?:[A-Z][\p{L}'’-]+\s+){0,2}[A-Z][\p{L}'’-]+)/u;
const COUNTRY_SHORT_FORM = /^(?:[A-Z]\.?){2,6}$/;
const ORIGIN = /\b(from|by)\s+(?:the\s+)?$/i;
// A place that acts ("Ukraine launched", "Russia's aviation watchdog said") names an actor, not where.
const ACTS_AFTER = /^(?:['’]s\b|\s+(?:has\s+|have\s+|had\s+|also\s+|later\s+|then\s+|again\s+)*(?!was\b|is\b|has\b|as\b)(?:[a-z]+ed|[a-z]{2,}s|launch|strike|fire|say|said|told|hit|struck|shot|sent|began|won|led|will|would|could|must|can)\b)/;
const ATTACKS_AFTER = /^(?:['’]s\s+(?:\w+\s+){0,2})?\s*(?:has\s+|have\s+|had\s+|also\s+|again\s+)*(?:launch|fire|fired|attack|strike|struck|sent|send|shell|bomb|target)/i;
const LIST_THEN_CONTAINER = /^(?:\s*,\s*[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*)*,?\s+and\s+(?:the\s+)?[A-Z][\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}?(?:\s*,\s*|\s+in\s+(?:the\s+)?)/u;
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const LIST_BEFORE = /(?:[A-Z][\p{L}'’-]+,\s+)+(?:[A-Z][\p{L}'’-]+\s+)?and\s+$/u;
const PREPOSITION_BEFORE = /\b(in|at|on|over|near|to|into|towards?|across|outside|inside|around|of|from|against|targeting|struck|hit|attacked|between)\s+(?:the\s+)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+|central\s+)?$/i;
// Words that may follow a place name without making it a modifier of something else
// ("Kismayo came under shelling", "the town suffered": a subject place that undergoes the attack).
const FREE_AFTER = WORDS.FREE_AFTER;
const NAME_WORD = /^[A-Z][\p{L}'’-]*$/u;
// Common nouns that complete a place name: "Nuseirat refugee camp", "Burbur area".
const PLACE_NOUN = new RegExp(`^\\s+((?:refugee\\s+)?camp|area|district|region|village|town|neighbou?rhood|governorate|province|oblast|county|city|municipality|state|(?:international\\s+)?airport|airbase|air\\s+base|port|harbou?r|${NATURAL_NOUNS})\\b`, 'i');
const SENTENCE_OPENERS = WORDS.SENTENCE_OPENERS;

/** How fine a place is, coarsest first: a count moves only to a finer place than the one it has. */
export const PRECISION_RANK: Readonly<Record<PlacePrecision, number>> = { continent: 0, country: 1, region: 2, district: 3, city: 4, point: 5 };

/** A mention as the place of a claim: a demonym ("Russian") or a country's short form stands for its country's name. */
export function asClaimPlace(m: PlaceMention, text?: string): ClaimPlace {
  // A country's abbreviation ("DPRK", "U.S.") reads as its name; a lesser place the gazetteer placed
  // at its country ("the Catatumbo region", "evacuating Nasir, South Sudan") keeps its own words.
  const countryForm = m.place?.precision === 'country' && m.place.geonameid !== null && (m.role !== 'location' || COUNTRY_SHORT_FORM.test(m.text.replace(/^the\s+/i, '')));
  if (m.place && (m.role !== 'location' || countryForm)) return { text: m.place.name, place: m.place };
  return { text: text ? fullName(text, m) : m.text, place: m.place };
}

/** Extends a mention over the capitalised words that precede it in the same name ("Kherbet Selem"). */
function fullName(text: string, m: PlaceMention): string {
  const had = fullNames.get(m);
  if (had && had.text === text && had.start === m.start && had.end === m.end && had.words === m.text) return had.name;
  const name = readFullName(text, m);
  fullNames.set(m, { text, start: m.start, end: m.end, words: m.text, name });
  return name;
}
// Read once per mention: a mention is made a claim's place (asClaimPlace) by each sentence, count and candidate that asks.
const fullNames = new WeakMap<PlaceMention, { text: string; start: number; end: number; words: string; name: string }>();

function readFullName(text: string, m: PlaceMention): string {
  let start = m.start;
  for (;;) {
    // A name never runs over a line break ("Kharkiv" closing a headline is not part of "KYIV").
    const before = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
    if (!before) break;
    const word = before[1]!;
    const at = start - before[0].length;
    const lineStart = at === 0 || /[.!?\n]\s*$/.test(text.slice(Math.max(0, at - 3), at));
    // "Russia's Volgograd region": a possessive owns the name, it is not part of it.
    if (SENTENCE_OPENERS.has(word) || lineStart || /^[A-Z]{2,}$/.test(word) || /['’]s$/.test(word)) break;
    start = at;
  }
  const tail = PLACE_NOUN.exec(text.slice(m.end, m.end + 30));
  return text.slice(start, m.end + (tail && !/\b(region|district|province|oblast|governorate|county|state|city)\b/i.test(m.text) ? tail[0].length : 0));
}

/** True when the place is the subject that acts ("Ukraine launched", "Iran fired"), not where something happened. */
export function actsAsActor(text: string, m: PlaceMention): boolean {
  if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) return false;
  return ACTS_AFTER.test(text.slice(m.end, m.end + 30));
}

/** True when the name only qualifies another noun: "Iskander-M missiles", "Gaza Health Ministry", "MDT David light vehicle". */
export function isModifier(text: string, m: PlaceMention): boolean {
  const after = text.slice(m.end, m.end + 40);
  if (HYPHEN_JOINED.test(after)) return true;
  const next = NEXT_WORD.exec(after)?.[1];
  if (!next || /^['’]s$/.test(next)) return false;
  if (NAME_WORD.test(next)) return !/^(Oblast|Province|Region|District|Governorate|State|County|City)$/.test(next);
  // A verb after the name ("southern Lebanon killed") leaves it a place, and so does an adverb
  // ("a building in Sumy partially destroyed") or a count ("in Bucha four houses were damaged").
  if (/^[a-z]+(?:ed|ing|ly)$/.test(next) || VERB_WORDS.has(next) || formOf(next).likeNum) return false;
  if (PLACE_NOUN.test(after)) return false;
  return !FREE_AFTER.has(next.toLowerCase());
}

// A module function, not a closure made per call (the loader names each such closure as it is made).
function usable(text: string, m: PlaceMention, fromIsPlace: boolean | undefined): boolean {
  // "evacuated from the Belgorod region": for evacuations the place left is the place.
  return (fromIsPlace || !ORIGIN.test(text.slice(Math.max(0, m.start - 12), m.start))) && !actsAsActor(text, m) && !isModifier(text, m) && !HYPHEN_TAIL.test(text.slice(Math.max(0, m.start - 30), m.start))
    && !isAwayPlace(text, m);
}

/**
 * Chooses the most specific location a sentence gives for a claim: the place attached to the
 * count ("91 over the Moscow region"), else the first location of the sentence that is not an
 * origin ("from Iran"), an actor ("Ukraine launched") or a modifier ("Gaza Health Ministry").
 */
export function chooseWhere(
  text: string,
  mentions: readonly PlaceMention[],
  range: { from: number; to: number; attachedAt: number | null; container?: boolean; fromIsPlace?: boolean; bare?: boolean },
): PlaceMention | null {
  const inRange = mentions.filter((m) => m.start >= range.from && m.end <= range.to && m.role === 'location');
  if (range.attachedAt !== null) {
    const named = unlistedName(text, range.attachedAt, mentions);
    if (named) return named;
    // "40 people on Monday, including 15 in Khan Younis": a place past a clause break is another count's.
    const attached = inRange.find((m) => m.start >= range.attachedAt! && m.start - range.attachedAt! < 40 && !isModifier(text, m) && !HYPHEN_TAIL.test(text.slice(Math.max(0, m.start - 30), m.start)) && !/[,;]|:(?!\d)/.test(text.slice(range.attachedAt!, m.start)));
    if (attached) return owned(text, attached, mentions);
  }
  let first = inRange.find((m) => usable(text, m, range.fromIsPlace)) ?? townOf(text, range.from, range.to) ?? settlementBefore(text, range.from, range.to, mentions, true) ?? (range.bare ? bareName(text, range.from, range.to, mentions) : null);
  if (first) first = owned(text, first, mentions);
  // "on Pecherskyi, Sviatoshynskyi and Darnytskyi districts in Kyiv": the last item of a list of
  // places the gazetteer partly lacks; the list's container is the place.
  if (first && range.container !== false && LIST_BEFORE.test(text.slice(Math.max(range.from, first.start - 120), first.start))) {
    const after = /^\s*(?:,\s*|\s+in\s+(?:the\s+)?)/.exec(text.slice(first.end, first.end + 12));
    const container = after ? inRange.find((m) => m.start === first!.end + after[0].length) : undefined;
    if (container) first = container;
  }
  // "in Bajaur District and South Waziristan District, Khyber Pakhtunkhwa": a fact spread over a list of places is in their container.
  if (first && range.container !== false) {
    const list = LIST_THEN_CONTAINER.exec(text.slice(first.end, Math.min(range.to, first.end + 120)));
    if (list) {
      const at = first.end + list[0].length;
      const container = inRange.find((m) => m.start === at);
      if (container) return container;
    }
  }
  // "in the central town of Aungban in eastern Shan state": the town the gazetteer lacks is the more specific place.
  if (first) {
    const town = TOWN_OF_BEFORE.exec(text.slice(Math.max(range.from, first.start - 80), first.start));
    if (town && !CALENDAR.test(town[1]!)) {
      const start = first.start - town[0].length + town[0].indexOf(town[1]!, town[0].indexOf(' of ') + 4);
      return { start, end: start + town[1]!.length, text: town[1]!, role: 'location', place: first.place };
    }
  }
  // "in Pu Tee village (Pauk township, Magway region)", "shelled Ibbin town in Aleppo governorate": a settlement
  // the gazetteer lacks, named with its noun before the first known place, is the more specific place.
  if (first) {
    const settled = settlementBefore(text, Math.max(range.from, first.start - 120), first.start, mentions);
    if (settled) return settled;
  }
  // "in Thandwe, Rakhine State", "in Ruropolis (Para)", "in Bakouma, in the Mbomou prefecture": a name the gazetteer lacks, placed inside a known one, is the more specific place.
  if (first) {
    const before = PLACED_INSIDE_BEFORE.exec(text.slice(Math.max(0, first.start - 60), first.start));
    if (before && !/^[A-Z]{2,6}$/.test(before[1]!) && !CALENDAR.test(before[1]!) && !mentions.some((m) => m.end > first.start - before[0].length && m.start < first.start && m.role === 'location' && !partOfHyphenated(before[1]!, m))) {
      const start = first.start - before[0].length + before[0].indexOf(before[1]!);
      return { start, end: start + before[1]!.length, text: before[1]!, role: 'location', place: first.place };
    }
  }
  return first;
}

/**
 * "in Russia's Volgograd region", "in Baghdad's Sadr City district": the place a possessive owns is
 * the more specific one, a name the gazetteer lacks included (it takes its owner's place).
 */
function owned(text: string, m: PlaceMention, mentions: readonly PlaceMention[]): PlaceMention {
  const descriptor = DESCRIBED_OF.exec(text.slice(m.end, m.end + 80));
  if (descriptor) return describedName(text, m, descriptor, mentions);
  const described = ownedDescriptorName(text, m, mentions);
  if (described) return described;
  // "in Pakistan's northwestern Kurram province": a direction adjective may stand between owner and owned.
  const own = OWNS.exec(text.slice(m.end, m.end + 30));
  if (!own) return m;
  const at = m.end + own[0].length;
  // "in Sudan's North Kordofan state": a known name that opens with a direction word keeps it.
  const right = m.end + /^['’]s\s+/.exec(text.slice(m.end, m.end + 4))![0].length;
  const known = mentions.find((x) => (x.start === at || x.start === right) && x.role === 'location');
  const unlisted = OWNED_NAME.exec(text.slice(at, at + 60));
  // "El Fasher's Abu Shouk camp": a known word that only begins the owned name is not the place.
  if (known && !(unlisted && isModifier(text, known) && unlisted[1]!.length > known.text.length)) return known;
  // Only as the place a locative names ("in Baghdad's …", "in the Sagaing region's …"): "according to Gaza's Health Ministry" owns an office.
  if (!/\b(?:in|at|near|outside|inside|on|over)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 14), m.start))) return m;
  if (!unlisted || CALENDAR.test(unlisted[1]!) || /^[A-Z]{2,6}$/.test(unlisted[1]!) || (!known && mentions.some((x) => x.start === at))) return m;
  return { start: at, end: at + unlisted[1]!.length, text: unlisted[1]!, role: 'location', place: m.place };
}

const OWNS = /^['’]s\s+(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+|central\s+|far\s+(?:north|south|east|west)(?:ern)?\s+)?/i;
// "the Red Sea port of Hodeidah", "Ukraine's Black Sea city of Odesa": a sea, region or country
// describing a port, city or town names where the town lies; the town is the place.
const DESCRIBED_OF = /^(?:['’]s)?(?:\s+(?:Sea|Gulf|Coast|Mediterranean|Black\s+Sea|Red\s+Sea))?\s+(?:(?:port|harbou?r|coastal|border|frontline|front-line|oblast|regional|provincial|resort|garrison|market)\s+)?(?:port|harbou?r|city|town|village|capital|district)\s+of\s+((?:[A-Z][\p{L}'’-]+\s+){0,2}[A-Z][\p{L}'’-]+)/u;

/** "in Ukraine's second city Kharkiv", "in Somalia's capital, Mogadishu,": the owned place a descriptor noun names (where.json `ownedDescriptor`). */
function ownedDescriptorName(text: string, m: PlaceMention, mentions: readonly PlaceMention[]): PlaceMention | null {
  if (!/^['’]s\s/.test(text.slice(m.end, m.end + 3))) return null;
  const d = ownedDescribed(text.slice(m.end, m.end + 90));
  if (!d || CALENDAR.test(d.name) || /^[A-Z]{2,6}$/.test(d.name)) return null;
  const start = m.end + d.at;
  const known = mentions.find((x) => x.start === start && x.role === 'location');
  if (known) return known;
  // A name the gazetteer lacks: not a speaker after a comma ("in Ukraine's capital, Zelensky said"), nor a known word's start.
  if (mentions.some((x) => x.start === start) || (d.comma && !/^\s*[,.;)]/.test(text.slice(start + d.name.length, start + d.name.length + 3)))) return null;
  return { start, end: start + d.name.length, text: d.name, role: 'location', place: m.place };
}

function describedName(text: string, m: PlaceMention, d: RegExpExecArray, mentions: readonly PlaceMention[]): PlaceMention {
  const name = d[1]!;
  if (CALENDAR.test(name)) return m;
  const start = m.end + d[0].length - name.length;
  const known = mentions.find((x) => x.start === start && x.role === 'location');
  return known ?? { start, end: start + name.length, text: name, role: 'location', place: m.place?.precision === 'country' ? m.place : null };
}

const SETTLEMENT_NOUN = '(?:village|town|city|hamlet|locality|commune|township|camp)';
const SETTLEMENT_NAME = "((?:[A-Z][\\p{L}'’-]+\\s+){0,3}[A-Z][\\p{L}'’-]+)";
// "in the Sambisa forest": a natural feature is named with its noun after the name only (where.json `naturalFeatures`).
const SETTLEMENT_NAMED = new RegExp(`\\b(?:in|at|near|outside|around|on|of|attacked|shelled|struck|hit|targeted|bombed|raided|stormed)\\s+(?:the\\s+)?(?:${SETTLEMENT_NOUN}\\s+of\\s+${SETTLEMENT_NAME}|${SETTLEMENT_NAME}\\s+(?:${SETTLEMENT_NOUN}|${NATURAL_NOUNS})\\b)`, 'gu');
const NAMED_NOUN = new RegExp(`\\b(?:village|town|city|hamlet|locality|commune|township|camp|${NATURAL_NOUNS})\\b`);

/** The last (or first) settlement of `from`..`to` named with its noun ("Ibbin town", "the village of Kondouagou") that no known mention names. */
function settlementBefore(text: string, from: number, to: number, mentions: readonly PlaceMention[], firstOne = false): PlaceMention | null {
  const stretch = text.slice(from, to);
  if (!NAMED_NOUN.test(stretch) || (!firstOne && /[;.]\s/.test(stretch))) return null;
  let found: PlaceMention | null = null;
  for (const m of stretch.matchAll(SETTLEMENT_NAMED)) {
    const name = (m[1] ?? m[2])!;
    if (CALENDAR.test(name) || /^[A-Z]{2,6}$/.test(name)) continue;
    const start = from + m.index! + m[0].lastIndexOf(name);
    const end = start + name.length;
    if (mentions.some((x) => x.start === start && x.end === end)) continue;
    found = { start, end, text: name, role: 'location', place: null };
    if (firstOne) break;
  }
  return found;
}

/** "found in the villages of Bomari and Kessoua": a sentence's unlisted town, named as such, when it names no known place. */
function townOf(text: string, from: number, to: number): PlaceMention | null {
  const m = TOWN_OF.exec(text.slice(from, to));
  if (!m || CALENDAR.test(m[1]!)) return null;
  const start = from + m.index + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length, text: m[1]!, role: 'location', place: null };
}

// "Hirske-Nove": a known name after a hyphen that joins it to a capitalised word is the tail of a longer name.
const HYPHEN_TAIL = /\b[A-Z][\p{L}'’]*-$/u;

/** "Zarichne" inside "Zarichne-Pershe", "Nove" inside "Hirske-Nove": a known word that is only a part of a longer hyphenated name the gazetteer lacks. */
function partOfHyphenated(name: string, m: PlaceMention): boolean {
  return HYPHENATED_NAME.test(name) && name.length > m.text.length && name.includes(m.text);
}

/**
 * "a drone hit a house in Hlibne, killing two": the first name a locative or an attack verb leads to
 * that no mention covers (where.json `bareName`), when the stretch names no usable known place.
 */
function bareName(text: string, from: number, to: number, mentions: readonly PlaceMention[]): PlaceMention | null {
  for (const { name, at } of bareNames(text.slice(from, to))) {
    const start = from + at;
    const named: PlaceMention = { start, end: start + name.length, text: name, role: 'location', place: null };
    if (CALENDAR.test(name) || /^[A-Z]{2,6}$/.test(name) || SENTENCE_OPENERS.has(name.split(/\s/)[0]!) || isBuildingName(name)) continue;
    if (mentions.some((x) => x.start < named.end && named.start < x.end && !(x.start >= named.start && x.end <= named.end && partOfHyphenated(name, x))) || /['’]s$/.test(name) || /^\s+(?:and|&)\s+[A-Z]/.test(text.slice(named.end, named.end + 6)) || isModifier(text, named) || isSiteModifier(text, named) || isReferencePlace(text, named)) continue;
    // "the Stabilization Mission in Somalia", "the Bank of X": a lead inside a capitalised name is part of an organisation's name.
    if (NAME_THEN_LOCATIVE.test(text.slice(Math.max(0, start - 30), start)) && !/(?:^|[.!?]\s+|\n)\S+\s+(?:the\s+)?$/.test(text.slice(Math.max(0, start - 30), start))) continue;
    return named;
  }
  return null;
}

/** A capitalised name right after a count's locative preposition that the gazetteer does not know ("two in Kfar Reman"). */
function unlistedName(text: string, at: number, mentions: readonly PlaceMention[]): PlaceMention | null {
  const m = LOCATIVE_NAME.exec(text.slice(at, at + 80));
  if (!m) return null;
  if (/^[A-Z]{2,6}$/.test(m[1]!) || CALENDAR.test(m[1]!)) return null; // "KPA posts" is an organisation, "on Saturday" a date
  const start = at + m[0].length - m[1]!.length;
  const end = start + m[1]!.length;
  if (mentions.some((x) => x.start < end && start < x.end)) return null;
  const named: PlaceMention = { start, end, text: m[1]!, role: 'location', place: null };
  // "killed in Hamas attacks": an armed group, or a name that qualifies the next word, is no place.
  return isArmedGroup(named.text) || isModifier(text, named) ? null : named;
}

/**
 * The country of a claim with no place, such as an interception: the country of its claimant
 * ("the Qatari military"), else the first country the sentence names that is not an origin.
 */
export function defendingCountry(text: string, mentions: readonly PlaceMention[], from: number, to: number, claimant: string | null): PlaceMention | null {
  // "destroyed 41 Ukrainian drones": the weapon's people are the attacker's, never the defender (where.json `weaponOwner`).
  const countries = mentions.filter((m) => m.start >= from && m.end <= to && m.place?.precision === 'country' && !ownsWeapon(text, m));
  if (claimant) {
    const own = countries.find((m) => claimant.includes(m.text));
    if (own) return own;
  }
  // The attacker ("Russia launched …") is not the defender.
  return countries.find((m) => !ORIGIN.test(text.slice(Math.max(0, m.start - 12), m.start)) && !ATTACKS_AFTER.test(text.slice(m.end, m.end + 40))) ?? null;
}

/** Countries named inside the claimant ("Iranian state television" → Iran). */
export function claimantCountry(mentions: readonly PlaceMention[], from: number, to: number, claimant: string | null): PlaceMention | null {
  if (!claimant) return null;
  return mentions.find((m) => m.start >= from && m.end <= to && m.place?.precision === 'country' && m.role !== 'location' && claimant.includes(m.text)) ?? null;
}

/**
 * The places of a list ("in Al-Mawasi, Khan Yunis, and Jabalia", "in Saint Petersburg and Tver"),
 * starting at `from`; each capitalised item is a place, resolved where a mention covers it.
 */
export function listedPlaces(text: string, from: number, to: number, mentions: readonly PlaceMention[], each = false): ClaimPlace[] {
  const out: ClaimPlace[] = [];
  let listed = false;
  const item = LIST_ITEM;
  let at = from;
  while (at < to) {
    const m = item.exec(text.slice(at, to));
    if (!m) break;
    const start = at;
    const end = at + m[1]!.length;
    const covering = mentions.find((x) => x.start < end && start < x.end && x.role === 'location');
    out.push({ text: m[1]!.replace(/\.$/, ''), place: covering?.place ?? null });
    if (!m[2]) break;
    // After "and" comes the last item; a ", Country" after it contains the list.
    if (/\band\b/.test(m[2])) {
      listed = true;
      const last = item.exec(text.slice(at + m[0].length, to));
      if (last) out.push({ text: last[1]!.replace(/\.$/, ''), place: mentions.find((x) => x.start >= at + m[0].length && x.start < at + m[0].length + last[1]!.length)?.place ?? null });
      break;
    }
    at += m[0].length;
  }
  // Without an "and", commas chain containers ("Fastiv, Kyiv Oblast, Ukraine"), not a list.
  return listed || each ? out : out.slice(0, 1);
}
