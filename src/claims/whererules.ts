import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { PlaceMention } from '../types.js';
import { SOURCES } from './sourcedata.js';

// A `\p{…}` literal is built anew on each evaluation (tsx's esbuild writes it as `new RegExp(…)` where it stands):
// the ones the functions below test per token or per mention are built once here.
const LETTER = /\p{L}/u;
const LOWER_WORDS_AFTER = /^((?:\s+[a-z][\p{L}-]*){1,6})/u;

/** data/claims/where.json: which mentions can never be the place of a claim, with a reason per rule. */
const FILE = 'data/claims/where.json';
const Rule = z.object({ pattern: z.string(), why: z.string().min(10) });
const Schema = z.object({
  referenceBefore: z.array(Rule),
  acronymPlaces: z.object({ why: z.string(), pattern: z.string() }),
  buildingNames: z.object({ why: z.string().min(10), pattern: z.string() }),
  scopes: z.array(z.object({ id: z.string(), effect: z.enum(['country', 'named-country']), pattern: z.string(), why: z.string().min(10) })),
  clauseBreaks: z.object({ why: z.string().min(10), pattern: z.string(), reachBack: z.string(), reachBackWhy: z.string().min(10) }),
  siteModifier: z.object({ why: z.string().min(10), words: z.number().int().min(0).max(5) }),
  totalOfParts: z.object({ why: z.string().min(10), partVerb: z.string(), partVerbWhy: z.string().min(10) }),
  focus: z.object({ why: z.string().min(10), kinds: z.array(z.string()).min(1), before: z.string(), after: z.string() }),
  countSteps: z.array(z.object({ step: z.string(), kinds: z.array(z.string()).optional(), why: z.string().min(10) })).min(1),
  frame: z.object({ pattern: z.string(), after: z.string(), locative: z.string(), why: z.string().min(10) }),
  airspace: z.object({ why: z.string().min(10), pattern: z.string(), namedBefore: z.string(), namedAfter: z.string(), namedWhy: z.string().min(10) }),
  claimantPlace: z.object({ why: z.string().min(10), officeAfter: z.string(), locativeBefore: z.string() }),
  nationalSalvo: z.object({ why: z.string().min(10), claimant: z.string(), local: z.string(), least: z.number().int().min(1) }),
  airportTold: z.object({ why: z.string().min(10), pattern: z.string() }),
  areaAnaphor: z.object({ why: z.string().min(10), pattern: z.string() }),
  background: z.object({ why: z.string().min(10), pattern: z.string(), local: z.string(), localWhy: z.string().min(10), stated: z.string(), statedWhy: z.string().min(10) }),
  nextScene: z.object({ why: z.string().min(10), pattern: z.string(), apart: z.string(), apartWhy: z.string().min(10) }),
  naturalFeatures: z.object({ why: z.string().min(10), nouns: z.string() }),
  bareName: z.object({ why: z.string().min(10), pattern: z.string() }),
  airportPair: z.object({ why: z.string().min(10), pattern: z.string() }),
  ownedDescriptor: z.object({ why: z.string().min(10), pattern: z.string() }),
  speakerPlace: z.object({ why: z.string().min(10), pattern: z.string() }),
  awayPlace: z.object({ why: z.string().min(10), pattern: z.string() }),
  otherStory: z.object({ why: z.string().min(10), pattern: z.string() }),
  controlAdjective: z.object({ why: z.string().min(10), pattern: z.string() }),
  venueBefore: z.object({ why: z.string().min(10), pattern: z.string(), relative: z.string(), relativeWhy: z.string().min(10) }),
  venueNamed: z.object({ why: z.string().min(10), after: z.string() }),
  weaponOwner: z.object({ why: z.string().min(10), after: z.string() }),
});
// The structure nouns of the damage rules: a place that modifies one names a damaged site.
const DAMAGE_FILE = 'data/rules/claims-damage.json';
const DamageSets = z.object({ sets: z.object({ structure: z.array(z.string().min(1)) }) });

function compile(pattern: string, flags: string, where: string): RegExp {
  try {
    return new RegExp(pattern, flags);
  } catch (e) {
    throw new Error(`${FILE}: ${where}: bad pattern ${pattern}: ${(e as Error).message}`);
  }
}

const parsed = Schema.safeParse(JSON.parse(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8')));
if (!parsed.success) throw new Error(`${FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
const REFERENCE_BEFORE = parsed.data.referenceBefore.map((r, i) => compile(r.pattern, 'i', `referenceBefore[${i}] (${r.why.slice(0, 40)})`));
const ACRONYM = compile(parsed.data.acronymPlaces.pattern, '', 'acronymPlaces');
const BUILDING = compile(parsed.data.buildingNames.pattern, 'u', 'buildingNames');
const SCOPES = parsed.data.scopes.map((r) => ({ ...r, re: compile(r.pattern, 'i', `scopes.${r.id}`) }));
const CLAUSE_BREAKS = parsed.data.clauseBreaks.pattern;
compile(CLAUSE_BREAKS, 'gi', 'clauseBreaks');
const REACH_BACK = compile(parsed.data.clauseBreaks.reachBack, 'i', 'clauseBreaks.reachBack');
const FRAME_BEFORE = compile(parsed.data.frame.pattern, '', 'frame.pattern');
const FRAME_AFTER = compile(parsed.data.frame.after, '', 'frame.after');
const FRAME_LOCATIVE = parsed.data.frame.locative;
compile(FRAME_LOCATIVE, 'g', 'frame.locative');
const AIRPORT = compile(parsed.data.airspace.pattern, 'i', 'airspace');
const SKY_BEFORE = compile(parsed.data.airspace.namedBefore, 'i', 'airspace.namedBefore');
const SKY_AFTER = compile(parsed.data.airspace.namedAfter, 'i', 'airspace.namedAfter');
const SITE_WORDS = parsed.data.siteModifier.words;
const NATIONAL_LEAST = parsed.data.nationalSalvo.least;
const AIRPORT_TOLD = compile(parsed.data.airportTold.pattern, '', 'airportTold');
const NATIONAL_BODY = compile(parsed.data.nationalSalvo.claimant, 'i', 'nationalSalvo.claimant');
const LOCAL_BODY = compile(parsed.data.nationalSalvo.local, 'i', 'nationalSalvo.local');
const PART_VERB = compile(parsed.data.totalOfParts.partVerb, 'i', 'totalOfParts.partVerb');
const AREA_ANAPHOR = compile(parsed.data.areaAnaphor.pattern, 'i', 'areaAnaphor');
const BACKGROUND = compile(parsed.data.background.pattern, 'i', 'background');
const LOCAL_TOTAL = compile(parsed.data.background.local, 'i', 'background.local');
const STATED = compile(parsed.data.background.stated, 'i', 'background.stated');
compile(`^(?:${parsed.data.naturalFeatures.nouns})$`, 'i', 'naturalFeatures.nouns');
/** The nouns of a natural feature named after its name ("the Sambisa forest"), an alternation for a larger pattern (where.json `naturalFeatures`). */
export const NATURAL_NOUNS: string = parsed.data.naturalFeatures.nouns;
const OWNED_DESCRIPTOR = compile(parsed.data.ownedDescriptor.pattern, 'u', 'ownedDescriptor');
const SPEAKER_PLACE = compile(parsed.data.speakerPlace.pattern, 'i', 'speakerPlace');
const AWAY_PLACE = compile(parsed.data.awayPlace.pattern, 'u', 'awayPlace');
const OTHER_STORY = compile(parsed.data.otherStory.pattern, 'i', 'otherStory');
const CONTROL_ADJECTIVE = compile(parsed.data.controlAdjective.pattern, 'i', 'controlAdjective');
// Case kept: the opening 'In X,' is told by its capital, a wire dateline by its capitals.
const VENUE_BEFORE = compile(parsed.data.venueBefore.pattern, '', 'venueBefore');
const VENUE_RELATIVE = compile(parsed.data.venueBefore.relative, '', 'venueBefore.relative');
const VENUE_NAMED = compile(parsed.data.venueNamed.after, 'i', 'venueNamed.after');
const WEAPON_OWNER = compile(parsed.data.weaponOwner.after, 'i', 'weaponOwner.after');
const AIRPORT_PAIR = compile(parsed.data.airportPair.pattern, 'u', 'airportPair');
// One global pattern, read with exec from the stretch's start (a pattern built per call costs its construction and warm-up each time).
const BARE_NAME = compile(parsed.data.bareName.pattern, 'gu', 'bareName');
const ARMED_GROUPS: ReadonlySet<string> = new Set(SOURCES.armedGroups.names);
const NEXT_SCENE = compile(parsed.data.nextScene.pattern, 'i', 'nextScene');
const NEXT_APART = compile(parsed.data.nextScene.apart, 'i', 'nextScene.apart');
const FOCUS_BEFORE = compile(parsed.data.focus.before, 'i', 'focus.before');
const FOCUS_AFTER = compile(parsed.data.focus.after, 'i', 'focus.after');
/** The kinds of count a salvo's focus does not place (where.json `focus`). */
export const FOCUS_KINDS: ReadonlySet<string> = new Set(parsed.data.focus.kinds);
const damage = DamageSets.safeParse(JSON.parse(readFileSync(new URL(`../../${DAMAGE_FILE}`, import.meta.url), 'utf8')));
if (!damage.success) throw new Error(`${DAMAGE_FILE}: ${damage.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
const STRUCTURES: ReadonlySet<string> = new Set(damage.data.sets.structure.map((w) => w.toLowerCase()));

/** "300 kilometers north of Mogadishu", "except Mogadishu": a place named only as a point of reference. */
export function isReferencePlace(text: string, m: PlaceMention): boolean {
  const had = referenceRead.get(m);
  if (had && had.text === text && had.start === m.start) return had.is;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const is = REFERENCE_BEFORE.some((re) => re.test(before));
  referenceRead.set(m, { text, start: m.start, is });
  return is;
}
// Read once per mention: the place filters of each sentence, count and candidate ask it of the same mentions.
const referenceRead = new WeakMap<PlaceMention, { text: string; start: number; is: boolean }>();

/** "NISA", "KCNA": an agency's acronym read as a town; a country's short form ("UAE") stays a place. */
const OFFICE_AFTER = compile(parsed.data.claimantPlace.officeAfter, 'i', 'claimantPlace.officeAfter');
const LOCATIVE_BEFORE = compile(parsed.data.claimantPlace.locativeBefore, 'i', 'claimantPlace.locativeBefore');

/** A town, district or region, or a name the gazetteer lacks ("officials in Tenenkou"): an official's own place, never a country. */
function belowCountry(m: PlaceMention): boolean {
  const precision = m.place?.precision;
  return precision !== 'country' && precision !== 'continent';
}

/**
 * The town or region a claimant speaks for (where.json `claimantPlace`): the last mention before
 * `before` that the claimant names with an office after it or a locative before it. Countries are
 * left to the claimant-country step.
 */
export function placeInClaimant(mentions: readonly PlaceMention[], claimant: string | null, before: number): PlaceMention | null {
  if (!claimant) return null;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.start >= before || !belowCountry(m)) continue;
    const at = claimant.indexOf(m.text);
    if (at < 0 || LETTER.test(claimant[at - 1] ?? '') || LETTER.test(claimant[at + m.text.length] ?? '')) continue;
    if (OFFICE_AFTER.test(claimant.slice(at + m.text.length)) || LOCATIVE_BEFORE.test(claimant.slice(0, at))) return m;
  }
  return null;
}

/**
 * "The Penza governor, Oleg Melnichenko, said": a place of the sentence with an office right after it,
 * when the claimant is named within the same stretch (the office's holder). Read once per sentence that
 * names its claimant, and kept for the sentences where that claimant speaks again.
 */
export function officePlace(text: string, mentions: readonly PlaceMention[], claimant: string | null): PlaceMention | null {
  if (!claimant) return null;
  const surname = claimant.trim().split(/\s+/).pop()!;
  for (const m of mentions) {
    if (!belowCountry(m) || !OFFICE_AFTER.test(text.slice(m.end, m.end + 60))) continue;
    if (claimant.includes(m.text) || text.slice(m.end, m.end + 80).includes(surname)) return m;
  }
  return null;
}

export function isAcronymPlace(m: PlaceMention): boolean {
  return ACRONYM.test(m.text) && m.place?.precision !== 'country';
}

/** "the Sahara Hotel", "Al-Noor Mosque": a named building, a venue inside the place of a fact. */
export function isBuildingName(name: string): boolean {
  return BUILDING.test(name.trim());
}

/** A clause break of a text (where.json `clauseBreaks`): where it starts, and its words. */
export interface ClauseBreak { index: number; text: string }

const CLAUSE_BREAK = new RegExp(CLAUSE_BREAKS, 'gi');
// The breaks of the texts asked last: each count of a sentence and several of its place steps ask the sentence's.
let breaksRead = new Map<string, readonly ClauseBreak[]>();

/** The clause breaks of a text in order, as matchAll finds them (see where.json `clauseBreaks`). */
export function clauseBreaksIn(text: string): readonly ClauseBreak[] {
  let found = breaksRead.get(text);
  if (found) return found;
  found = Array.from(text.matchAll(CLAUSE_BREAK), (m) => ({ index: m.index!, text: m[0] }));
  if (breaksRead.size >= 256) breaksRead = new Map();
  breaksRead.set(text, found);
  return found;
}

/**
 * The scope a count's own words give it (where.json `scopes`): 'country' for "across the country",
 * or the country mention a "across Ukraine" names; null when its words name no scope.
 */
export function countScope(text: string, window: { from: number; to: number }, mentions: readonly PlaceMention[]): 'country' | PlaceMention | null {
  const words = text.slice(window.from, window.to);
  for (const rule of SCOPES) {
    if (rule.effect === 'country' && rule.re.test(words)) return 'country';
    if (rule.effect === 'named-country') {
      const named = mentions.find((m) => m.start >= window.from && m.end <= window.to && m.place?.precision === 'country' && rule.re.test(text.slice(Math.max(0, m.start - 24), m.start)));
      if (named) return named;
    }
  }
  return null;
}

/** "Aarhus airport", "Vaernes Airport": a mention that names an airport (where.json `airportTold`). */
export function namesAirport(name: string): boolean {
  return AIRPORT_TOLD.test(name);
}

/** The least count of a sentence that tallies a whole country's night (where.json `nationalSalvo.least`). */
export function nationalTallyLeast(): number {
  return NATIONAL_LEAST;
}

/** "the air force", "Ukraine's air defence command": a national military body that tallies a night's salvo over its whole country, not a local official (where.json `nationalSalvo`). */
export function isNationalBody(claimant: string | null): boolean {
  return !!claimant && NATIONAL_BODY.test(claimant) && !LOCAL_BODY.test(claimant);
}

/** "22 S-300 missiles fired at Kharkiv": whether the words between a part of a total and a place are the part's own participle (where.json `totalOfParts.partVerb`). */
export function isPartVerb(between: string): boolean {
  return PART_VERB.test(between);
}

/** "the Ryazan oil refinery": a place that modifies a structure noun a few words on (where.json `siteModifier`). */
export function isSiteModifier(text: string, m: PlaceMention): boolean {
  const after = LOWER_WORDS_AFTER.exec(text.slice(m.end, m.end + 60))?.[1];
  if (!after) return false;
  return after.trim().split(/\s+/).slice(0, SITE_WORDS).some((w) => STRUCTURES.has(w.replace(/s$/, '')) || STRUCTURES.has(w));
}

/** An airport's name: never where an airspace closure is (where.json `airspace`). */
export function isAirportName(name: string): boolean {
  return AIRPORT.test(name);
}

/** A break after which a place still reaches back to a clause that names none ("killed 4, and 35 injured … in X"). */
export function reachesBack(breakText: string): boolean {
  return REACH_BACK.test(breakText);
}

/** "the airspace over southern Israel", "Iraqi airspace": a place named with the sky (where.json `airspace`). */
export function namesAirspace(text: string, m: PlaceMention): boolean {
  return SKY_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start)) || SKY_AFTER.test(text.slice(m.end, m.end + 16));
}

/** "In Dnipro, …": a place fronted before a comma at the sentence's start frames it (where.json `frame`). */
export function isFrame(text: string, sentenceStart: number, m: PlaceMention): boolean {
  return FRAME_BEFORE.test(text.slice(sentenceStart, m.start)) && FRAME_AFTER.test(text.slice(m.end, m.end + 4));
}

/** The offsets (in `s`) right after each locative preposition of a stretch of text (where.json `frame.locative`). */
export function locativesIn(s: string): number[] {
  return [...s.matchAll(new RegExp(FRAME_LOCATIVE, 'g'))].map((m) => m.index! + m[0].length);
}

/** The order in which a count's place is sought, each step with the kinds it is for (where.json `countSteps`). */
export const COUNT_STEPS: readonly { step: string; kinds?: readonly string[] }[] = parsed.data.countSteps;

/** "mainly targeting Kyiv", "with Kyiv the main target": the place a salvo mostly aimed at (where.json `focus`). */
export function isFocus(text: string, m: PlaceMention): boolean {
  return FOCUS_BEFORE.test(text.slice(Math.max(0, m.start - 70), m.start)) || FOCUS_AFTER.test(text.slice(m.end, m.end + 40));
}

/** "since the war began", "since October": a running total over a war or a period (where.json `background`). */
export function isBackgroundTotal(sentence: string): boolean {
  return BACKGROUND.test(sentence) && STATED.test(sentence) && !LOCAL_TOTAL.test(sentence);
}

/** "damaged throughout the region": a count's clause told over the area the report named (where.json `areaAnaphor`). */
export function refersToArea(clause: string): boolean {
  return AREA_ANAPHOR.test(clause);
}

/** "The drone hit a block of flats in Sumy": a sentence that tells the attack itself, so its place may be the scene of the lead's count (where.json `nextScene`). */
export function tellsScene(sentence: string): boolean {
  // Asked once per count of the sentence before it, of the same sentence: the last answer is kept.
  if (sentence !== sceneAsked) [sceneAsked, sceneTold] = [sentence, NEXT_SCENE.test(sentence)];
  return sceneTold;
}
let sceneAsked: string | null = null;
let sceneTold = false;

/** "In a separate attack, …", "Elsewhere, …": a sentence that tells another incident than the one before (where.json `nextScene.apart`). */
export function tellsApart(sentence: string): boolean {
  return NEXT_APART.test(sentence);
}

/** The names a locative or an attack verb leads to in a stretch, with their offsets in it (where.json `bareName`); armed groups left out. */
export function bareNames(stretch: string): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  BARE_NAME.lastIndex = 0;
  for (let m = BARE_NAME.exec(stretch); m; m = BARE_NAME.exec(stretch)) {
    // An empty match (none with today's pattern) moves on by a code point, as matchAll does.
    if (!m[0]) BARE_NAME.lastIndex += (stretch.codePointAt(BARE_NAME.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    const name = m[1]!;
    if (!isArmedGroup(name)) out.push({ name, at: m.index! + m[0].length - name.length });
  }
  return out;
}

/** "at the Kazan and Nizhnekamsk airports": the two towns whose airports a sentence names together (where.json `airportPair`), else null. */
export function airportPair(sentence: string): [string, string] | null {
  const m = AIRPORT_PAIR.exec(sentence);
  if (!m) return null;
  const a = m[1] ?? m[3];
  const b = m[2] ?? m[4];
  return a && b && !/['’]s$/.test(a) ? [a, b] : null;
}

/** "Hamas", "al-Shabab": an armed group of data/claims/sources.json, named as such, is never a place. */
export function isArmedGroup(name: string): boolean {
  return ARMED_GROUPS.has(name);
}

/**
 * "'s second city Kharkiv", "'s northern city of Haifa", "'s capital, Mogadishu": the name a possessive
 * owner describes through a descriptor noun (where.json `ownedDescriptor`), read from the text right
 * after the owner; its offset in `after`, and whether a comma stood before it.
 */
export function ownedDescribed(after: string): { name: string; at: number; comma: boolean } | null {
  const m = OWNED_DESCRIPTOR.exec(after);
  if (!m) return null;
  return { name: m[2]!, at: m[0].length - m[2]!.length, comma: m[1]!.includes(',') };
}

/** "speaking in Ankara", "told a news conference in Bamako": a place where a speaker spoke (where.json `speakerPlace`). */
export function isSpeakerPlace(text: string, m: PlaceMention): boolean {
  return SPEAKER_PLACE.test(text.slice(Math.max(0, m.start - 50), m.start));
}

/** "travelled to Lima for talks", "In Baku on Tuesday, X held talks": a place the sentence's party went to before its meeting verb (where.json `venueBefore`); `sentenceStart` bounds the text read. */
export function isVenueBefore(text: string, sentenceStart: number, m: PlaceMention): boolean {
  return VENUE_BEFORE.test(text.slice(sentenceStart, m.start));
}

/** "Vienna talks between Iran and …", "the Riyadh meeting": a place that names the talks it was the venue of (where.json `venueNamed`). */
export function namesTalks(text: string, m: PlaceMention): boolean {
  return VENUE_NAMED.test(text.slice(m.end, m.end + 40));
}

/** "travelled to Paris, where she met …": a place a relative 'where' follows (where.json `venueBefore.relative`). */
export function isVenueOfWhere(text: string, m: PlaceMention): boolean {
  return VENUE_RELATIVE.test(text.slice(m.end, m.end + 40));
}

/** "fired from Tu-95 bombers over the Caspian Sea", "diverted to Kazan": a place weapons came from or flights were sent to (where.json `awayPlace`). */
export function isAwayPlace(text: string, m: PlaceMention): boolean {
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  // Most mentions follow neither word the pattern needs: a plain search spares them the pattern (chooseWhere asks per mention).
  if (!before.includes('from') && !before.includes('iverted') && !before.includes('edirected') && !before.includes('routed')) return false;
  return AWAY_PLACE.test(before);
}

/** Whether the sentence names `where` only as a place weapons came from ("from Iran", "fired from bombers over the Black Sea") or flights were sent to. */
export function isAwayName(text: string, places: readonly PlaceMention[], where: { text: string }): boolean {
  const named = places.filter((m) => m.text === where.text);
  return named.length > 0 && named.every((m) => isAwayPlace(text, m) || /\b(?:from|by)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 12), m.start)));
}

/** "In other news, …", "Separately, …": a paragraph's first sentence that turns to another story (where.json `otherStory`). */
export function opensOtherStory(sentence: string): boolean {
  return OTHER_STORY.test(sentence);
}

/** "Houthi-held", "rebel-controlled": who holds a place, not the name of one (where.json `controlAdjective`). */
export function isControlAdjective(name: string): boolean {
  return CONTROL_ADJECTIVE.test(name);
}

/** "41 Ukrainian drones", "Iranian-made missiles": a people's name on the weapon counted, the attacker's (where.json `weaponOwner`). */
export function ownsWeapon(text: string, m: PlaceMention): boolean {
  return m.role === 'demonym' && WEAPON_OWNER.test(text.slice(m.end, m.end + 50));
}
