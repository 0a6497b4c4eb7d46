import type { Actor, PlaceMention } from '../types.js';
import { findCountryMentions, iso3OfIso2 } from './countries.js';
import { ACTOR_INDEX, NAMED_ACTORS, SECTOR_WORDS } from './lexicon.js';
import { GatedPattern } from './literals.js';
import { literalPrefixes } from './prefixes.js';

/**
 * Who acts and who is acted on. A mention is a country (name, demonym, capital metonym), a
 * curated armed group, or a generic party ("police forces", "protesters") whose country comes
 * from the event's place. The subject comes before the trigger, the object after it, and the
 * passive ("killed by gunmen") swaps them.
 */

export interface ActorMention {
  start: number;
  end: number;
  text: string;
  country: string | null;
  sector: string | null;
  /** Named by title ("Defense Minister Rajnath Singh"): a person, whose country the place only suggests. */
  official?: boolean;
}

// Parties named without a country; the country is the place's (ACLED's "Protesters (India)").
export const GENERIC_PARTY = /\b(?:(?:security |police |military |armed |government |state |rebel |militia )?(?:forces|troops|soldiers|army|police(?:men)?|gendarmes|militants|rebels|insurgents|fighters|militiamen|militia|gunmen|armed men|attackers|assailants|protesters|demonstrators|rioters|activists|students|workers|farmers|residents|villagers|civilians|teachers|supporters|authorities|government|officials|mob|locals|settlers|prisoners|refugees|opposition))\b/gi;

// An official named by title: "Defense Minister Rajnath Singh", "President Emmanuel Macron",
// "Gen. Valery Gerasimov". The country comes from a demonym before it (found first) or the context.
const TITLE = "(?:Minister|President|Secretary|Chancellor|Premier|Governor|King|Queen|Emir|Crown Prince|Ambassador|Envoy|Spokes(?:man|woman|person)|General|Gen\\.|Admiral|Adm\\.|Colonel|Col\\.|Commander|Chief of Staff)";
const OFFICIAL = new RegExp(`\\b(?:(?:Defen[cs]e|Foreign|Interior|Prime|Deputy|Finance|Home|Army|Military|Chief|Vice|State|Cabinet)\\s+)*${TITLE}(?:\\s+of\\s+(?:[A-Z][a-z]+)(?:\\s+(?:and\\s+)?[A-Z][a-z]+)?)?\\s+(?:[A-Z][a-z'’-]+\\.?\\s+){0,2}[A-Z][a-z'’-]+\\b`, 'g');
// Every official's match holds one of the titles: a sentence with none (most) is not scanned for officials.
const HAS_TITLE = new GatedPattern(new RegExp(TITLE));
// Every generic party's match holds one of its nouns: a sentence with none is not scanned (literals.ts).
const HAS_PARTY = new GatedPattern(GENERIC_PARTY);

const isW = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const lowerCode = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
const key3 = (a: number, b: number, c: number): number => (lowerCode(a) << 16) | (lowerCode(b) << 8) | lowerCode(c);

/** The three-letter starts as numbers (key3), or null when the pattern has none of exactly three ASCII letters. */
function startKeys(prefixes: readonly string[] | null): ReadonlySet<number> | null {
  if (!prefixes || !prefixes.every((p) => /^[a-z]{3}$/.test(p))) return null;
  return new Set(prefixes.map((p) => key3(p.charCodeAt(0), p.charCodeAt(1), p.charCodeAt(2))));
}

// A pattern with no fixed first character is tried by the regex engine at every character of a
// sentence (it cost as much as the rest of a sentence's parties together). Every match begins at
// a word boundary with one of a few three-letter starts, read from the pattern (prefixes.ts): it is
// tried, anchored, only at the word starts that begin with one of them.
const PARTY_AT = new RegExp(GENERIC_PARTY.source, 'iy');
const PARTY_STARTS = startKeys(literalPrefixes(GENERIC_PARTY.source, 3));

/** GENERIC_PARTY's matches in `text`, as its global scan finds them (leftmost first, each after the last); exported for its test. */
export function partyMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (!PARTY_STARTS) {
    GENERIC_PARTY.lastIndex = 0;
    for (let m = GENERIC_PARTY.exec(text); m; m = GENERIC_PARTY.exec(text)) out.push(m);
    return out;
  }
  let from = 0;
  for (let p = 0; p + 3 <= text.length; p++) {
    // Under /i without /u no character outside ASCII matches an ASCII letter: the starts are exact.
    if (p < from || !isW(text.charCodeAt(p)) || (p > 0 && isW(text.charCodeAt(p - 1)))) continue;
    if (!PARTY_STARTS.has(key3(text.charCodeAt(p), text.charCodeAt(p + 1), text.charCodeAt(p + 2)))) continue;
    PARTY_AT.lastIndex = p;
    const m = PARTY_AT.exec(text);
    if (m) {
      out.push(m);
      from = p + m[0].length;
    }
  }
  return out;
}
const MILITARY_TITLE = /^(?:.*\b)?(?:General|Gen\.|Admiral|Adm\.|Colonel|Col\.|Commander|Chief of Staff|Army|Military)\b/;

/**
 * The sector implied by the words right after (or right before) a country mention. `whole`: the
 * sentence `text` is part of; a sector word it lacks is in no part of it (literals.ts), so is not run.
 */
function sectorNear(text: string, start: number, end: number, whole: string): string | null {
  const after = text.slice(end, end + 40);
  const before = text.slice(Math.max(0, start - 30), start);
  for (const { pattern, gate, sector, before: fromBefore } of SECTOR_WORDS) {
    if (!gate.may(whole)) continue;
    const m = pattern.exec(after);
    // A word that marks only the country word before it must sit in its noun phrase ("Israeli air strikes").
    if (m && (fromBefore ? m.index < 25 : m.index < 15 && !/[^\w\s-]/.test(after.slice(0, m.index)))) return sector;
  }
  for (const { pattern, gate, sector, before: fromBefore } of SECTOR_WORDS) if (fromBefore && gate.may(whole) && pattern.test(before)) return sector;
  return null;
}

/** The noun phrase a country word heads or modifies: "Ukrainian forces", "Indian Minister of Defense Rajnath Singh". */
function extendPhrase(text: string, start: number, end: number): string {
  const rest = text.slice(end);
  const m = /^(?:'s)?(?:\s+(?:[A-Z][\w.'-]*|of|for|and(?= [A-Z])|counterparts?|forces|troops|soldiers|police|army|military|navy|drones|missiles|warplanes|jets|aircraft|artillery|warships|government|officials?|authorities|rebels|militants|fighters|protesters|civilians)(?![\w]))*/.exec(rest);
  // A sentence's full stop is not part of the name ("… counterpart Benny Gantz."), an abbreviation's is ("U.S.").
  return text.slice(start, end + (m ? m[0].length : 0)).trim().replace(/(?<![A-Z]\.[A-Z]|\b[A-Z])\.$/, '');
}

/** All actor mentions in a sentence; `offset` places the sentence in the article. */
/**
 * A wire dateline opening a sentence: "NEW DELHI, June 2 (Reuters) -", "KYIV (AP) —". It says
 * where the story was filed, not who acted.
 */
const WIRE_DATELINE = /^\s*[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][A-Za-z.' ]{1,30})?(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{2,30}\)\s*)?[-–—]+\s/;

/** Whether [s, e) falls in the dateline or on a mention already found. */
function overlaps(found: readonly ActorMention[], dateline: number, s: number, e: number): boolean {
  return s < dateline || found.some((f) => s < f.end && f.start < e);
}

export function findActorMentions(sentence: string, offset: number, places: PlaceMention[]): ActorMention[] {
  const dateline = WIRE_DATELINE.exec(sentence)?.[0].length ?? 0;
  const found: ActorMention[] = [];
  for (const { n, m } of ACTOR_INDEX.matches(sentence)) {
    const named = NAMED_ACTORS[n]!;
    if (overlaps(found, dateline, m.index, m.index + m[0].length)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], country: named.country, sector: named.sector });
  }
  for (const place of places) {
    const s = place.start - offset;
    const e = place.end - offset;
    if (s < 0 || e > sentence.length || overlaps(found, dateline, s, e) || !place.place?.country) continue;
    // A location is an actor only as the government it stands for; as a place it is a recipient candidate.
    found.push({ start: s, end: e, text: extendPhrase(sentence, s, e), country: iso3OfIso2(place.place.country), sector: place.role === 'location' ? null : sectorNear(sentence, s, e, sentence) });
  }
  for (const c of findCountryMentions(sentence)) {
    if (overlaps(found, dateline, c.start, c.end)) continue;
    found.push({ start: c.start, end: c.end, text: extendPhrase(sentence, c.start, c.end), country: c.iso3, sector: sectorNear(sentence, c.start, c.end, sentence) });
  }
  OFFICIAL.lastIndex = 0;
  for (let m = HAS_TITLE.test(sentence) ? OFFICIAL.exec(sentence) : null; m; m = OFFICIAL.exec(sentence)) {
    if (overlaps(found, dateline, m.index, m.index + m[0].length)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], country: null, sector: MILITARY_TITLE.test(m[0]) ? 'MIL' : 'GOV', official: true });
  }
  for (const m of HAS_PARTY.may(sentence) ? partyMatches(sentence) : []) {
    if (overlaps(found, dateline, m.index, m.index + m[0].length)) continue;
    // "Ukrainian forces": the demonym already stands for this party.
    if (found.some((f) => f.end <= m.index && m.index - f.end <= 2)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], country: null, sector: sectorNear(sentence, m.index, m.index, sentence) ?? sectorNear(m[0], 0, 0, sentence) });
  }
  return found.sort((a, b) => a.start - b.start);
}

export interface ActorPair {
  actor: Actor | null;
  recipient: Actor | null;
}

const toActor = (m: ActorMention | undefined, fallbackCountry: string | null): Actor | null =>
  m ? { text: m.text, country: m.country ?? fallbackCountry, sector: m.sector } : null;

// Locations after a preposition are where, not who ("in Kyiv"), unless nothing else is named.
const PLACE_PHRASE = /\b(?:in|at|near|of|from|outside|around|across)\s+(?:the\s+)?$/i;
const isPlacePhrase = (m: ActorMention, sentence: string): boolean => PLACE_PHRASE.test(sentence.slice(Math.max(0, m.start - 12), m.start));

/**
 * Picks actor and recipient around the trigger. `placeCountry` (alpha-3 of the event's place)
 * fills generic parties: protesters in India are Indian. It may be given as a function, called
 * only when a party needs it (the place costs more to read than the parties).
 */
export function pickActors(mentions: ActorMention[], sentence: string, trigger: { start: number; end: number }, placeCountryOf: string | null | (() => string | null)): ActorPair {
  const before = mentions.filter((m) => m.end <= trigger.start && !isPlacePhrase(m, sentence));
  const after = mentions.filter((m) => m.start >= trigger.end);
  const passive = /^\s*by\b/i.test(sentence.slice(trigger.end)) || /\b(?:was|were|been|being)\s+(?:\w+\s+)?$/i.test(sentence.slice(0, trigger.start));
  let subject: ActorMention | undefined = before.find((m) => m.country) ?? before[0];
  let object: ActorMention | undefined = after.find((m) => !isPlacePhrase(m, sentence) && m.country && m.country !== subject?.country) ?? after.find((m) => !isPlacePhrase(m, sentence)) ?? after[0];
  if (passive) {
    const agent = after.find((m) => /\bby\s+(?:the\s+)?(?:\w+\s+){0,2}$/i.test(sentence.slice(Math.max(0, m.start - 25), m.start)));
    if (agent) {
      object = subject;
      subject = agent;
    }
  }
  // "X strikes Y with cruise missiles": the weapon named last is the trigger; Y lies between X and it.
  if (!object && subject) {
    object = mentions.find((m) => m.start >= subject!.end && m.end <= trigger.start && m.country && m.country !== subject!.country);
  }
  if (!subject && after.length > 1) {
    subject = after[0];
    object = after.find((m) => m !== subject && m.country !== subject?.country);
  }
  // A party named without a country belongs to the place's country; an official does unless
  // another party there already is of it ("Minister X met his Indian counterpart in New Delhi": X is the guest).
  const host = new HostCountry(placeCountryOf, mentions, sentence);
  return { actor: subject ? toActor(subject, host.fill(subject)) : null, recipient: object && object !== subject ? toActor(object, host.fill(object)) : null };
}

/**
 * The country a party named without one gets: the place's, read on first need. A class, not
 * closures made per call: under tsx (keepNames) each closure made costs a name set on it.
 */
class HostCountry {
  #known: boolean;
  #country: string | null;
  constructor(private readonly of: string | null | (() => string | null), private readonly mentions: readonly ActorMention[], private readonly sentence: string) {
    this.#known = typeof of !== 'function';
    this.#country = typeof of === 'function' ? null : of;
  }

  get country(): string | null {
    if (!this.#known) [this.#country, this.#known] = [(this.of as () => string | null)(), true];
    return this.#country;
  }

  /** Another party of the place's country is named (not as a place). */
  hostNamed(): boolean {
    return this.mentions.some((m) => m.country === this.country && !isPlacePhrase(m, this.sentence));
  }

  /** The country party `m` is filled with, or null (it has its own, or is a guest official). */
  fill(m: ActorMention): string | null {
    return m.country !== null ? null : m.official && this.hostNamed() ? null : this.country;
  }
}
