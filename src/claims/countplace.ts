import type { PlaceMention } from '../types.js';
import type { CountDraft } from './counts.js';
import type { Scene } from './placing.js';
import { actsAsActor, asClaimPlace, chooseWhere, claimantCountry, defendingCountry, isModifier, type ClaimPlace } from './where.js';
import { countryPlace } from '../places/index.js';
import { isArea } from './area.js';
import { rankPlace, type RuleChoice } from './placerank.js';
import { SETTLE_KINDS, SEVERAL_KINDS, refined, theatre } from './settle.js';
import { clauseEnd, clauseStart, finerPlace } from './finer.js';
import { airportTold, nationalSalvo } from './toldplaces.js';
import { isCumulative } from '../language/index.js';
import { isAwayPlace, isBackgroundTotal, isPartVerb, isSpeakerPlace, tellsApart, refersToArea, COUNT_STEPS, FOCUS_KINDS, isFocus, clauseBreaksIn, countScope, isFrame, reachesBack } from './whererules.js';

/**
 * Where a count happened (placeOfCount): the steps of where.json `countSteps`, each one way of
 * finding a count's place, tried in their order; the place ranker (placerank.ts) then weighs the
 * rules' choice against the other candidates.
 */
const SCENE_KINDS: ReadonlySet<string> = new Set(['killed', 'injured', 'damaged', 'evacuated']);

/** The scene when `candidate` is only the country that contains it, else `candidate`. */
export function narrowest(scene: ClaimPlace | null, candidate: ClaimPlace): ClaimPlace {
  const wide = candidate.place;
  const narrow = scene?.place;
  if (!wide || !narrow || wide.precision !== 'country' || narrow.precision === 'country') return candidate;
  return narrow.country === wide.country ? scene! : candidate;
}

const ORIGIN_BEFORE = /\b(?:from|by)\s+(?:the\s+)?$/i;
const isOrigin = (text: string, m: PlaceMention): boolean => ORIGIN_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));

const TEST_LAUNCH = /\b(?:tests?|test-fir\w*|test launch\w*)\b/i;

const BEFORE_INTERCEPTION = /\b(over|above|in|near)\s+(?:the\s+)?$/i;

function hasParts(counts: readonly CountDraft[], c: CountDraft): boolean {
  const i = counts.indexOf(c);
  return c.partOf === null && counts.some((o) => o.partOf === i);
}

/**
 * The place of a total whose parts name places ("five killed …, including two at Nuseirat"): a
 * place said before the parts, else the one the claimant names ("the Gaza Health Ministry").
 */
function totalWhere(scene: Scene, counts: readonly CountDraft[], c: CountDraft): ClaimPlace | null {
  const { text, sentence: s, places, claimant } = scene;
  const firstPart = counts.find((o) => o.partOf !== null);
  const before = firstPart ? chooseWhere(text, places, { from: s.start, to: s.start + firstPart.start, attachedAt: null }) : null;
  if (before) return asClaimPlace(before, text);
  const named = claimant ? places.find((m) => m.role === 'location' && m.place && claimant.includes(m.text)) : undefined;
  if (named) return asClaimPlace(named, text);
  // "58 drones, including 20 over the Belgorod region and 14 over the Bryansk region": parts in
  // several regions of one country total in that country; so does a count of the same thing with one
  // part placed in a region (where.json `totalOfParts`).
  const partPlaces = firstPart ? places.filter((m) => m.role === 'location' && m.place?.country && m.start >= s.start + firstPart.start && m.end <= s.end) : [];
  const cc = partPlaces[0]?.place?.country;
  const regions = new Set(partPlaces.filter((m) => m.place!.admin1).map((m) => m.place!.admin1));
  const country = cc && (regions.size >= 2 || placedParts(counts, c)) && partPlaces.every((m) => m.place!.country === cc) ? countryPlace(cc) : null;
  return country ? { text: country.name, place: country } : null;
}

/** "337 drones, including 91 over the Moscow region": a counted total with a part of its own kind placed by its own locative. */
function placedParts(counts: readonly CountDraft[], c: CountDraft): boolean {
  const i = counts.indexOf(c);
  return c.value !== null && counts.some((o) => o.partOf === i && o.kind === c.kind && o.placeFrom !== null);
}

/** Whether a total's sentence place is one of its placed parts' ("including 91 over the Moscow region"): then it is no place of the total. */
function amongParts(scene: Scene, counts: readonly CountDraft[], c: CountDraft, m: PlaceMention | null): boolean {
  if (!m) return false;
  if (laterPartTarget(scene, counts, c, m)) return true;
  if (!placedParts(counts, c)) return false;
  const firstPart = counts.find((o) => o.partOf !== null);
  return !!firstPart && m.start >= scene.sentence.start + firstPart.start;
}

/**
 * "40 missiles, including 6 Kinzhals and 22 S-300s fired at Kharkiv": whether `m` is where a later count of the same kind
 * went by its own participle; it places that count only, not its total nor the counts listed before it (where.json `totalOfParts.partVerb`).
 */
function laterPartTarget(scene: Scene, counts: readonly CountDraft[], c: CountDraft, m: PlaceMention): boolean {
  const s = scene.sentence;
  return counts.some((o) => o.start > c.end && o.kind === c.kind && m.start >= s.start + o.end && isPartVerb(scene.text.slice(s.start + o.end, m.start)));
}

/**
 * "25 drones were neutralised across the country", "killed seven across Ukraine": a count whose own
 * clause gives it a national scope is the country's (where.json `scopes`).
 */
function scopedCountry(scene: Scene, c: CountDraft): ClaimPlace | null {
  const { text, sentence: s, places, claimant } = scene;
  let to = s.text.length;
  // "Across Ukraine, 11 people were killed": a scope fronted in the count's own clause is its scope too.
  let from = 0;
  for (const m of clauseBreaksIn(s.text)) {
    if (m.index >= c.end) { to = m.index; break; }
    if (m.index + m.text.length <= c.start) from = m.index + m.text.length;
  }
  // Only a short phrase fronted before a comma ("Across Ukraine, …"), not a clause of its own ("Sirens sounded across Israel as …").
  const front = /^\s*[^,]{0,40},/.exec(s.text.slice(from, c.start));
  const scope = (front ? countScope(text, { from: s.start + from, to: s.start + from + front[0].length }, places) : null)
    ?? countScope(text, { from: s.start + c.start, to: s.start + Math.min(to, c.end + 80) }, places);
  if (!scope) return null;
  if (scope !== 'country') return asClaimPlace(scope);
  // The country where things happened: one named as a place ("attacked Ukraine"), not the attacker's
  // people ("Russian forces"); else the country of the sentence's finer places; else the claimant's.
  const named = places.find((m) => m.role === 'location' && m.place?.precision === 'country' && !isOrigin(text, m) && !actsAsActor(text, m));
  if (named) return asClaimPlace(named);
  const cc = places.find((m) => m.role === 'location' && m.place?.country && m.place.precision !== 'country')?.place?.country;
  const country = cc ? countryPlace(cc) : null;
  if (country) return { text: country.name, place: country };
  const own = claimantCountry(places, s.start, s.end, claimant) ?? defendingCountry(text, places, s.start, s.end, claimant);
  if (own) return asClaimPlace(own);
  // "Drones hit Belgorod. Across the country, 25 were shot down": the country of the story's place, or of the
  // claimant's own place ("the governor of the Belgorod region said …, while the ministry said 47 were downed over the country").
  const told = (scene.lastWhere ?? scene.storyWhere ?? scene.claimantPlace ?? scene.datelinePlace)?.place?.country;
  const story = told ? countryPlace(told) : null;
  return story ? { text: story.name, place: story } : null;
}

/** "killed 5 soldiers and 6 civilians in X": counts of one kind joined by "and" share the place after the last. */
function sharedPlaceFrom(sentence: string, c: CountDraft, counts: readonly CountDraft[]): number | null {
  const next = counts[counts.indexOf(c) + 1];
  if (!next || next.kind !== c.kind || next.partOf !== null || next.placeFrom === null) return null;
  return /^\s*(?:,\s*)?(?:and|or)\s*$/.test(sentence.slice(c.end, next.start)) ? next.placeFrom : null;
}


/** The sentence's place, unless it lies in another clause than the count's: then the count's clause's own place first. */
function ownClause(scene: Scene, c: CountDraft): PlaceMention | null {
  const { sentenceWhere, sentence: s, text, places } = scene;
  if (!sentenceWhere) return null;
  let from = 0;
  let to = s.text.length;
  let softEnd = false;
  // Clauses with facts of their own: "5 were injured in X, while in Y 2 were killed" (where.json `clauseBreaks`).
  for (const m of clauseBreaksIn(s.text)) {
    if (m.index + m.text.length <= c.start) from = m.index + m.text.length;
    else if (m.index >= c.end) { to = m.index; softEnd = reachesBack(m.text); break; }
  }
  if (from === 0 && to === s.text.length) return sentenceWhere;
  const at = sentenceWhere.start - s.start;
  if (at >= from && at < to) return sentenceWhere;
  // A place in an earlier clause carries on ("attacks in Balochistan killed 42, while forces killed 54
  // militants in the incidents"); one in a later clause never reaches back.
  const own = chooseWhere(text, places, { from: s.start + from, to: s.start + to, attachedAt: null });
  return own ?? (at < from || softEnd ? sentenceWhere : null);
}

const SUBORDINATE = /\b(?:after|as|when|because|following|amid|while|since|due|over)\b/i;
const FROM_LEAD = /\b(?:from|out\s+of)\s+(?:the\s+)?/gi;

/** "50 flights were diverted from Vilnius": the place right after 'from' in the count's clause, as the place flights left (where.json countSteps `flown-from`). */
function flownFrom(scene: Scene, c: CountDraft): ClaimPlace | null {
  const { text, sentence: s, places } = scene;
  // Only the flights' own phrase: "after drones from Ukraine approached Moscow" tells where the drones came from.
  const clause = clauseEnd(scene, s.start + c.end);
  const cause = SUBORDINATE.exec(text.slice(s.start + c.end, clause));
  const end = cause ? s.start + c.end + cause.index : clause;
  for (const lead of text.slice(s.start + c.start, end).matchAll(FROM_LEAD)) {
    const at = s.start + c.start + lead.index! + lead[0].length;
    const m = chooseWhere(text, places, { from: at, to: end, attachedAt: null, fromIsPlace: true });
    if (m && m.start === at) return asClaimPlace(m, text);
  }
  return null;
}

/** "North Korea conducted 13 missile tests": a test launch is in the country that tests. */
function testingCountry(scene: Scene): ClaimPlace | null {
  if (!TEST_LAUNCH.test(scene.sentence.text)) return null;
  const firing = scene.places.find((m) => m.place?.precision === 'country' && m.role === 'location' && actsAsActor(scene.text, m));
  return firing ? asClaimPlace(firing) : null;
}

/**
 * "Ukraine's military says Russia attacked with 273 drones": a launch with no target named is over
 * the country of who reports it (an attack's launcher is never its place).
 */
function reportingCountry(scene: Scene): ClaimPlace | null {
  const { claimant, places } = scene;
  if (!claimant) return null;
  const own = places.find((m) => m.place?.precision === 'country' && m.place.geonameid !== null && claimant.includes(m.text.replace(/['’]s$/, '')));
  return own ? asClaimPlace(own) : null;
}

/**
 * The sentence's place when it is fronted as the sentence's frame ("In Dnipro, …"), or the place it owns that is
 * ("In Sudan's North Kordofan state, …": the sentence's place may be the owner).
 */
function framing(scene: Scene, m: PlaceMention | null): PlaceMention | null {
  if (!m) return null;
  const { text, sentence: s } = scene;
  if (isFrame(text, s.start, m)) return m;
  if (!/^['’]s\s/.test(text.slice(m.end, m.end + 3))) return null;
  return scene.places.find((x) => x.role === 'location' && x.start > m.end && x.start - m.end < 40 && isFrame(text, s.start, x)) ?? null;
}

/** What the steps that place one count share. */
interface CountContext {
  scene: Scene;
  c: CountDraft;
  counts: readonly CountDraft[];
  done: readonly { where: ClaimPlace | null }[];
  /** The count's clause's place (see ownClause), not among its total's parts; read once. */
  clause: () => PlaceMention | null;
}

type Step = (x: CountContext) => ClaimPlace | null;

const countryOf = (m: PlaceMention | null): ClaimPlace | null => (m ? asClaimPlace(m) : null);

/** The steps named in where.json `countSteps`, each one way of finding a count's place. */
const STEPS: Readonly<Record<string, Step>> = {
  'in-head': ({ scene: { text, sentence: s, places }, c }) => {
    const m = places.find((p) => p.role === 'location' && p.start >= s.start + c.headStart && p.end <= s.start + c.end && !isModifier(text, p));
    return m ? asClaimPlace(m, text) : null;
  },
  scope: ({ scene, c }) => scopedCountry(scene, c),
  // Only where the sentence names no area of its own: "In the Mykolaiv region, 5 houses were damaged across the region".
  'area-anaphor': ({ scene, c }) => (scene.namedArea && refersToArea(scene.sentence.text.slice(Math.max(0, c.start - 30), c.end + 60))
    && !scene.places.some((m) => m.role === 'location' && isArea(asClaimPlace(m, scene.text))) ? scene.namedArea : null),
  attached: ({ scene: { text, sentence: s, places }, c, counts }) => {
    const from = c.placeFrom ?? sharedPlaceFrom(s.text, c, counts);
    if (from === null) return null;
    const m = chooseWhere(text, places, { from: s.start + from, to: s.end, attachedAt: s.start + from });
    // "killed eight on Thursday: five in X, two in Y": a colon opens a breakdown, whose places are its parts'.
    return m && m.start - (s.start + from) < 40 && !/[,;]|:(?!\d)/.test(text.slice(s.start + from, m.start)) ? asClaimPlace(m, text) : null;
  },
  total: ({ c, done }) => (c.partOf !== null ? done[c.partOf]?.where ?? null : null),
  'left-from': ({ scene: { text, sentence: s, places } }) => {
    const m = chooseWhere(text, places, { from: s.start, to: s.end, attachedAt: null, fromIsPlace: true });
    return m ? asClaimPlace(m, text) : null;
  },
  'flown-from': ({ scene, c }) => flownFrom(scene, c),
  'total-of-parts': ({ scene, c, counts }) => (hasParts(counts, c) ? totalWhere(scene, counts, c) : null),
  'testing-country': ({ scene }) => testingCountry(scene),
  framed: ({ scene, c, clause }) => {
    const frame = framing(scene, clause());
    if (!frame) return null;
    const at = scene.sentence.start + c.start;
    const end = scene.sentence.start + c.end;
    const found = finerPlace(scene, asClaimPlace(frame, scene.text), { at, end, from: clauseStart(scene, frame.end, at), to: clauseEnd(scene, end) });
    // A district the gazetteer lacks lies in the frame's town: it takes the town's point.
    return found && !found.place ? { text: found.text, place: frame.place } : found;
  },
  clause: ({ scene, c, counts, clause }) => {
    const m = clause();
    const { text, sentenceWhere } = scene;
    // A country named in passing ("the United States and our allies delivered…") is not where an interception was.
    const passing = c.kind === 'intercepted' && sentenceWhere?.place?.precision === 'country'
      && !BEFORE_INTERCEPTION.test(text.slice(Math.max(0, sentenceWhere.start - 10), sentenceWhere.start));
    if (passing) return null;
    if (!m) {
      // A salvo whose part went to a place by its own participle is over the country that holds it, as a salvo's focus is.
      const raw = FOCUS_KINDS.has(c.kind) ? ownClause(scene, c) : null;
      const country = raw?.place?.country && laterPartTarget(scene, counts, c, raw) ? countryPlace(raw.place.country) : null;
      return country ? { text: country.name, place: country } : null;
    }
    // "405 drones overnight, mainly targeting Kyiv": the salvo's focus is in the country that holds it (where.json `focus`).
    if (FOCUS_KINDS.has(c.kind) && isFocus(text, m)) {
      const country = m.place?.country ? countryPlace(m.place.country) : null;
      return country ? { text: country.name, place: country } : null;
    }
    // "in the Somali city of Beledweyne … At least six dead in central Somalia": the country that contains
    // the scene named before says no more than the scene, within one running paragraph.
    return SCENE_KINDS.has(c.kind) && scene.sameLine ? narrowest(scene.lastWhere, asClaimPlace(m, text)) : asClaimPlace(m, text);
  },
  'defending-country': ({ scene: { text, sentence: s, places, claimant } }) => countryOf(defendingCountry(text, places, s.start, s.end, claimant)),
  background: ({ scene }) => (isBackgroundTotal(scene.sentence.text) ? theatre(scene) : null),
  'claimant-country': ({ scene, c }) => {
    const own = countryOf(claimantCountry(scene.places, scene.sentence.start, scene.sentence.end, scene.claimant));
    // "Shelling hit Kherson. Ukrainian officials said two were killed": the claimant's country says no
    // more than the town the story already placed the casualties in.
    if (!own || !SCENE_KINDS.has(c.kind)) return own;
    const paragraph = narrowest(scene.area ?? scene.lastWhere, own);
    return paragraph !== own ? paragraph : narrowest(scene.storyWhere ?? null, own);
  },
  'salvo-place': ({ done }) => (done.length ? done[done.length - 1]!.where : null),
  'reporting-country': ({ scene }) => reportingCountry(scene),
  'line-country': ({ scene: { text, places, sameLine } }) => {
    if (sameLine) return null;
    // Not "the Lebanese border": a border or side named after a country lies at its edge, not in it.
    return countryOf(places.find((m) => m.place?.precision === 'country' && m.role === 'location' && !isOrigin(text, m) && !/^['’]s\b/.test(text.slice(m.end, m.end + 3)) && !actsAsActor(text, m)
      && !/^\s+(?:border|frontier|side)\b/i.test(text.slice(m.end, m.end + 12))) ?? null);
  },
  'airport-told': ({ scene }) => airportTold(scene),
  'national-salvo': ({ scene, counts }) => nationalSalvo(scene, counts),
  carried: ({ scene, c }) => scene.area ?? carried(scene.lastWhere, scene.lastWhereKind ?? null, c.kind),
  'claimant-place': ({ scene }) => scene.claimantPlace ?? null,
  story: ({ scene }) => scene.area ?? scene.storyWhere ?? null,
  headline: ({ scene }) => scene.article?.headline?.where ?? null,
  dateline: ({ scene }) => scene.datelinePlace,
  'away-last': ({ scene: { text, places } }) => {
    const m = places.find((x) => x.role === 'location' && isAwayPlace(text, x));
    return m ? asClaimPlace(m, text) : null;
  },
};

const ORDER: readonly { name: string; run: Step; kinds: ReadonlySet<string> | null }[] = COUNT_STEPS.map((x) => {
  const run = STEPS[x.step];
  if (!run) throw new Error(`data/claims/where.json: countSteps: unknown step "${x.step}"`);
  return { name: x.step, run, kinds: x.kinds ? new Set(x.kinds) : null };
});

/**
 * Where a count happened: the first place the steps of where.json `countSteps` find, in their order
 * (most specific first: the count's own words, its total, its clause, the countries of the sentence,
 * the paragraph's place, the dateline). `done` holds the sentence's claims placed before it.
 */
export function placeOfCount(told: Scene, c: CountDraft, counts: readonly CountDraft[], done: readonly { where: ClaimPlace | null }[]): ClaimPlace | null {
  const scene = withoutSpeakerPlaces(told);
  let clause: PlaceMention | null | undefined;
  const x: CountContext = {
    scene, c, counts, done,
    clause: () => (clause !== undefined ? clause : (clause = amongParts(scene, counts, c, ownClause(scene, c)) ? null : ownClause(scene, c))),
  };
  return rankPlace(scene, c, counts, skyPlace(scene, c, counts, storyScene(scene, c, ruleChoice(x))));
}

const SKY_PART = /\b(?:including|most|mostly|mainly|many|some|half|part|among|of\s+them|of\s+which|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b/i;
const SKY_LEAD = /\b(?:over|above)\s+/gi;

/**
 * "Air defences over Russia destroyed 18 drones above the Bryansk region": an interception its sentence
 * places at a country is at the finer place of that country the sky after the count names ('over',
 * 'above'), up to the next count or clause (GUIDELINES: the most specific place; the defending country
 * only when the text gives none).
 */
function skyPlace(scene: Scene, c: CountDraft, counts: readonly CountDraft[], rule: RuleChoice): RuleChoice {
  const wide = rule.where?.place;
  if (c.kind !== 'intercepted' || !wide || wide.precision !== 'country') return rule;
  const { text, sentence: s, places } = scene;
  const next = counts.find((o) => o.start > c.end);
  let end = Math.min(clauseEnd(scene, s.start + c.end), next ? s.start + next.start : s.end);
  // "… over Russia, most of them above the Belgorod region": a part's place is no place of the whole count.
  const part = SKY_PART.exec(text.slice(s.start + c.end, end));
  if (part) end = s.start + c.end + part.index;
  for (const lead of text.slice(s.start + c.end, end).matchAll(SKY_LEAD)) {
    const at = s.start + c.end + lead.index! + lead[0].length;
    const m = chooseWhere(text, places, { from: at, to: end, attachedAt: at });
    if (!m || !m.place || m.place.country !== wide.country || m.place.precision === 'country' || !/^(?:the\s+)?$/.test(text.slice(at, m.start))) continue;
    return { where: asClaimPlace(m, text), step: rule.step };
  }
  return rule;
}

// "Ukraine's east" in "In Ukraine's east, …": a part of the country named with it.
const OWNED_PART = /^['’]s(?:\s+[a-z-]+){1,2}(?=\s*,)/;

// The steps that read a country off the count's own sentence, which may only name the country of the scene the story told.
const COUNTRY_OF_SCENE: ReadonlySet<string> = new Set(['attached', 'clause']);

/**
 * "Militants overran a camp in Boulkessi. ¶ The army said 21 soldiers were killed in the attack in Mali":
 * a casualty count its own sentence places only at a country (the country's own name, not a lesser name
 * placed at it: 'in Sadr City, Iraq') is at the finer scene the story told inside that country, unless it
 * is a large (50+) or running total or another incident.
 */
function storyScene(scene: Scene, c: CountDraft, rule: RuleChoice): RuleChoice {
  const wide = rule.where?.place;
  if (!wide || wide.precision !== 'country' || rule.where!.text !== wide.name || !SCENE_KINDS.has(c.kind) || !COUNTRY_OF_SCENE.has(rule.step ?? '')) return rule;
  const told = scene.lastWhere ?? scene.storyWhere ?? null;
  if (!told || (c.value ?? 0) >= 50 || isCumulative(scene.sentence.text) || isBackgroundTotal(scene.sentence.text) || tellsApart(scene.sentence.text)) return rule;
  // "In Ukraine's east, 5 soldiers were killed": a country fronted as the sentence's frame opens another scene.
  const { text, sentence: s, places } = scene;
  const framed = (m: PlaceMention): boolean => isFrame(text, s.start, { ...m, end: m.end + (OWNED_PART.exec(text.slice(m.end, m.end + 30))?.[0].length ?? 0) });
  if (places.some((m) => m.place === wide && m.start >= s.start && m.end <= s.end && framed(m))) return rule;
  const where = narrowest(told, rule.where!);
  return where === rule.where ? rule : { where, step: rule.step };
}

/**
 * "A car bomb exploded in Diyarbakir. The minister, speaking in Ankara, said 2 were killed": where the
 * speaker spoke is no place of the counts of the sentence once the story has told a scene of its own,
 * or the sentence names a place after it (where.json `speakerPlace`); the sentence is read without it.
 */
function withoutSpeakerPlaces(scene: Scene): Scene {
  const { text, sentence: s } = scene;
  const speaking = scene.places.find((m) => m.role === 'location' && isSpeakerPlace(text, m));
  if (!speaking) return scene;
  // "told reporters in Geneva that 31 were killed near Goma": a place the sentence names after the speaker's is a scene of its own.
  const sceneAfter = scene.places.some((m) => m.role === 'location' && m.start > speaking.end && m.end <= s.end && !isSpeakerPlace(text, m));
  if (!(scene.lastWhere ?? scene.storyWhere) && !sceneAfter) return scene;
  const places = scene.places.filter((m) => !(m.role === 'location' && isSpeakerPlace(text, m)));
  const bare = chooseWhere(text, places, { from: s.start, to: s.end, attachedAt: null, bare: true });
  // A name the gazetteer lacks read at the speaker's place is that place too.
  const sentenceWhere = bare && isSpeakerPlace(text, bare) ? chooseWhere(text, places, { from: s.start, to: s.end, attachedAt: null }) : bare;
  return { ...scene, places, sentenceWhere, claimantPlace: scene.claimantPlace };
}

/** The rules' place of a count: the first the steps find, and the step that found it. */
function ruleChoice(x: CountContext): RuleChoice {
  const { scene, c, counts } = x;
  for (const step of ORDER) {
    if (step.kinds && !step.kinds.has(c.kind)) continue;
    const where = step.run(x);
    if (where) return { where: SETTLE_KINDS.has(c.kind) || SEVERAL_KINDS.has(c.kind) ? refined(scene, c, counts, where) : where, step: step.name };
  }
  return { where: null, step: null };
}

const AVIATION_KINDS: ReadonlySet<string> = new Set(['airport_closed', 'flights_disrupted']);

/**
 * The place carried from the sentences before. An airport closed is the place of closures and flights:
 * "12 lightly injured while running to shelters" after a closure at an airport is in the airport's
 * town, if known, not at the airport.
 */
function carried(last: ClaimPlace | null, lastKind: string | null, kind: string): ClaimPlace | null {
  // An airport struck ("a drone hit Nakhchivan airport, injuring two") stays the scene.
  if (!last || AVIATION_KINDS.has(kind) || !AVIATION_KINDS.has(lastKind ?? '') || !/\bairports?\b/i.test(last.text)) return last;
  return last.place && !/\bairports?\b/i.test(last.place.name) ? { text: last.place.name, place: last.place } : null;
}
