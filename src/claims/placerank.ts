import { readFileSync, existsSync } from 'node:fs';
import { z } from 'zod';
import type { PlaceMention } from '../types.js';
import { isCumulative, type Sentence } from '../language/index.js';
import type { CountDraft } from './counts.js';
import type { Scene } from './placing.js';
import { actsAsActor, asClaimPlace, chooseWhere, isModifier, type ClaimPlace } from './where.js';
import { clauseBreaksIn, isAcronymPlace, isAwayPlace, isControlAdjective, isReferencePlace, tellsApart, tellsScene } from './whererules.js';
import { countryPlace, isSite, locativeUnknowns, type LocativeName } from '../places/index.js';
import { sceneCandidates, sceneFeatures } from './scenefeatures.js';
import { inOtherSection } from './sectionscope.js';

/**
 * Which place a count belongs to, as a fitted choice (data/models/claimplace.json, trained by
 * scripts/train/claimplace.ts): the places of the count's sentence, the next sentence of its
 * paragraph, the paragraph's and story's place, the claimant's place, the dateline and the
 * article's main country are candidates; a conditional logit over their features, the rules'
 * choice (placing.ts) among them, picks one and gives a calibrated confidence.
 */

/** One place a count may belong to, with the features the model reads. */
export interface Candidate {
  place: ClaimPlace;
  f: Record<string, number>;
}

/** How the rules placed the count: their choice and the step of where.json `countSteps` that found it. */
export interface RuleChoice {
  where: ClaimPlace | null;
  step: string | null;
}

// Steps that place a count from the sentences around it, not its own words.
const CONTEXT_STEPS: ReadonlySet<string> = new Set(['carried', 'claimant-place', 'story', 'dateline', 'salvo-place', 'background', 'area-anaphor']);
const COUNTRY_STEPS: ReadonlySet<string> = new Set(['claimant-country', 'reporting-country', 'line-country', 'defending-country', 'testing-country', 'scope', 'national-salvo']);
const CASUALTY: ReadonlySet<string> = new Set(['killed', 'injured', 'damaged', 'evacuated', 'displaced', 'missing', 'abducted', 'arrested']);
const SALVO: ReadonlySet<string> = new Set(['launched', 'intercepted']);
const LOCATIVE = /\b(?:in|at|near|over|on|outside|inside|around|across|into|targeting|struck|hit|attacked|shelled|raided)\s+(?:the\s+)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+|central\s+)?(?:(?:town|city|village|district|region|province|port|area|camp)\s+of\s+)?$/i;
const ORIGIN = /\b(?:from|by)\s+(?:the\s+)?$/i;
const DESTINATION = /\b(?:to|towards?)\s+(?:a\s+|the\s+)?(?:hospitals?\s+in\s+)?$|\bhospitals?\s+in\s+$/i;
const POSSESSIVE = /^['’]s\b/;
const NUMBERED = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?)\b/i;

const key = (p: ClaimPlace): string => p.text.toLowerCase().replace(/^the\s+/, '');
// A list of places ("Kharkiv, Sumy and Poltava", resolved to their country) is as fine as its items.
const isList = (p: ClaimPlace): boolean => /\sand\s/.test(p.text) && !p.place?.name.includes(' and ');
const level = (p: ClaimPlace): string => (isList(p) ? 'city' : p.place?.precision ?? 'none');

/** The next sentence (nextSentence) with what it tells of its places, read once for all the counts of a sentence. */
interface NextRead { s: Sentence; places: PlaceMention[]; numbered: number; told: number; apart: number; chosen: PlaceMention | null; counted: number[] }
const nextOf = new WeakMap<Sentence, NextRead | null>();

function nextRead(scene: Scene): NextRead | null {
  const known = nextOf.get(scene.sentence);
  if (known !== undefined) return known;
  const next = nextSentence(scene);
  const { text } = scene;
  const read = next && {
    ...next,
    numbered: NUMBERED.test(next.s.text) ? 1 : 0,
    told: tellsScene(next.s.text) ? 1 : 0,
    apart: tellsApart(next.s.text) ? 1 : 0,
    chosen: chooseWhere(text, next.places, { from: next.s.start, to: next.s.end, attachedAt: null }),
    // "… since March, when 20 died near Tera": a place with a count of its own before it is that count's.
    counted: next.places.map((m) => (NUMBERED.test(text.slice(Math.max(next.s.start, m.start - 40), m.start)) ? 1 : 0)),
  };
  // A scene without its article reads no next sentence (and keeps nothing).
  if (scene.article) nextOf.set(scene.sentence, read);
  return read;
}

/** The sentence after the count's, in the same paragraph and not a heading, with its place mentions. */
function nextSentence(scene: Scene): { s: Sentence; places: PlaceMention[] } | null {
  const a = scene.article;
  if (!a) return null;
  const s = a.sentences[a.index + 1];
  if (!s || s.paragraph !== scene.sentence.paragraph || !/[.!?"”]\s*$/.test(scene.sentence.text)) return null;
  const places = a.places.filter((m) => m.start >= s.start && m.end <= s.end && m.role === 'location' && !isAcronymPlace(m) && !isReferencePlace(scene.text, m));
  return { s, places };
}

/** What the article's mentions say once for all its counts: its main country, how often each name recurs, its first place. */
interface ArticlePlaces { main: ClaimPlace | null; named: Map<string, number>; first: string | null }
const read = new WeakMap<readonly PlaceMention[], ArticlePlaces>();

function articlePlaces(scene: Scene): ArticlePlaces {
  const all = scene.article?.places ?? [];
  const had = read.get(all);
  if (had) return had;
  const votes = new Map<string, number>();
  const named = new Map<string, number>();
  let first: string | null = null;
  for (const m of all) {
    if (m.role !== 'location') continue;
    if (m.place?.country) votes.set(m.place.country, (votes.get(m.place.country) ?? 0) + 1);
    const k = m.text.toLowerCase();
    named.set(k, (named.get(k) ?? 0) + 1);
    first ??= key(asClaimPlace(m, scene.text));
  }
  // The country most location mentions of the article lie in.
  const cc = [...votes].sort((x, y) => y[1] - x[1])[0]?.[0];
  const country = cc ? countryPlace(cc) : null;
  const out = { main: country ? { text: country.name, place: country } : null, named, first };
  read.set(all, out);
  return out;
}

/** The count's own clause in the sentence, as offsets in the text. */
function clauseOf(scene: Scene, c: CountDraft): { from: number; to: number } {
  const s = scene.sentence;
  let from = 0;
  let to = s.text.length;
  for (const m of clauseBreaksIn(s.text)) {
    if (m.index + m.text.length <= c.start) from = m.index + m.text.length;
    else if (m.index >= c.end) { to = m.index; break; }
  }
  return { from: s.start + from, to: s.start + to };
}

/** What the words around a mention say, whichever count it is a candidate of (mentionFeatures). */
interface Around { text: string; locative: number; origin: number; destination: number; actor: number; modifier: number }
// Read once per mention (or unknown name's span, `key`): a sentence's mentions are candidates of each of its counts.
const aroundRead = new WeakMap<object, Around>();

function around(text: string, m: PlaceMention, key: object): Around {
  const had = aroundRead.get(key);
  if (had && had.text === text) return had;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const a: Around = {
    text,
    locative: LOCATIVE.test(before) ? 1 : 0,
    origin: ORIGIN.test(before.slice(-12)) || isAwayPlace(text, m) ? 1 : 0,
    destination: DESTINATION.test(before) ? 1 : 0,
    actor: actsAsActor(text, m) ? 1 : 0,
    modifier: isModifier(text, m) || POSSESSIVE.test(text.slice(m.end, m.end + 3)) ? 1 : 0,
  };
  aroundRead.set(key, a);
  return a;
}

/** Features a mention of the text gives by the words around it; `key` keeps what they say (around). */
function mentionFeatures(scene: Scene, m: PlaceMention, c: CountDraft, counts: readonly CountDraft[], clause: { from: number; to: number }, key: object = m): Record<string, number> {
  const { text, sentence: s } = scene;
  const at = s.start + c.start;
  const a = around(text, m, key);
  const f: Record<string, number> = {
    locative: a.locative,
    origin: a.origin,
    destination: a.destination,
    actor: a.actor,
    modifier: a.modifier,
    inClaimant: scene.claimant && scene.claimant.includes(m.text) ? 1 : 0,
  };
  // "the X oil refinery": a named site (places/sites.ts), placed or not.
  if (isSite(m)) {
    f.site = 1;
    if (!m.place) f.siteUnplaced = 1;
  }
  if (m.start >= s.start && m.end <= s.end) {
    f.own = 1;
    f.ownClause = m.start >= clause.from && m.end <= clause.to ? 1 : 0;
    f.after = m.start >= at ? 1 : 0;
    f.distance = Math.min(2, Math.abs(m.start - at) / 100);
    // "In X two were wounded; in Orikhiv 3 were hurt": a place nearer another count of the sentence is that count's.
    const gap = Math.abs(m.start - at);
    if (counts.some((o) => o !== c && Math.abs(m.start - (s.start + o.start)) < gap)) f.nearerOther = 1;
  }
  return f;
}

// Each sentence's names in locative frames, read once for all its counts.
const unknownsRead = new WeakMap<Sentence, readonly LocativeName[]>();
function unknownsOf(scene: Scene): readonly LocativeName[] {
  let found = unknownsRead.get(scene.sentence);
  // Against all the article's mentions: a known place the sentence's own list leaves out (a speaker's) is no unknown name.
  if (!found) {
    const { text } = scene;
    found = locativeUnknowns(text, scene.sentence, scene.article?.places ?? scene.places).filter((u) => !isControlAdjective(text.slice(u.start, u.end)));
    unknownsRead.set(scene.sentence, found);
  }
  return found;
}

/** Adds a candidate, or merges its features into the one of the same name (a flag set once stays set). */
function add(out: Map<string, Candidate>, place: ClaimPlace, f: Record<string, number>): void {
  const k = key(place);
  const had = out.get(k);
  if (!had) { out.set(k, { place, f: { ...f } }); return; }
  // for…in reads a plain object's own keys in Object.entries' order, with no array of pairs made per merge.
  for (const name in f) {
    const v = f[name]!;
    had.f[name] = name === 'distance' ? Math.min(had.f[name] ?? 2, v) : Math.max(had.f[name] ?? 0, v);
  }
  if (!had.place.place && place.place) had.place = place;
}

/** A candidate already held for the same gazetteer place under other words ("Donetsk city" in a headline, "Donetsk" in the body). */
function sameCandidate(out: ReadonlyMap<string, Candidate>, p: ClaimPlace): ClaimPlace | null {
  const id = p.place?.geonameid ?? null;
  const bare = key(p).replace(PLACE_NOUN_TAIL, '');
  for (const k of out.values()) if ((id !== null && k.place.place?.geonameid === id) || key(k.place).replace(PLACE_NOUN_TAIL, '') === bare) return k.place;
  return null;
}
const PLACE_NOUN_TAIL = /\s+(?:city|town|village|region|province|district|state|oblast|governorate|county)$/;

/** Every place the count may belong to, with the features of where each was found. */
export function candidates(scene: Scene, c: CountDraft, counts: readonly CountDraft[], rule: RuleChoice): Candidate[] {
  const out = new Map<string, Candidate>();
  const { text } = scene;
  if (rule.where) add(out, rule.where, { rule: 1 });
  const clause = clauseOf(scene, c);
  for (const m of scene.places) if (m.role === 'location') add(out, asClaimPlace(m, text), mentionFeatures(scene, m, c, counts, clause));
  // "killed in X", "an attack on X": a name the gazetteer lacks that a locative frame makes a place (places/locatives.ts).
  for (const span of unknownsOf(scene)) {
    const m: PlaceMention = { start: span.start, end: span.end, text: text.slice(span.start, span.end), role: 'location', place: null };
    add(out, { text: m.text, place: null }, { ...mentionFeatures(scene, m, c, counts, clause, span), unknownName: 1, ...(span.fronted ? { fronted: 1 } : {}) });
  }
  const next = nextRead(scene);
  if (next) {
    const { numbered, told, apart, chosen } = next;
    if (chosen) add(out, asClaimPlace(chosen, text), { next: 1, nextChosen: 1, nextNumbered: numbered, nextScene: told, nextApart: apart, ...mentionFeatures(scene, chosen, c, counts, clause) });
    next.places.forEach((m, i) => {
      add(out, asClaimPlace(m, text), { next: 1, nextNumbered: numbered, nextScene: told, nextApart: apart, nextCounted: next.counted[i]!, ...mentionFeatures(scene, m, c, counts, clause) });
    });
  }
  const context: [ClaimPlace | null | undefined, string][] = [
    [scene.lastWhere, 'paragraph'], [scene.storyWhere, 'story'], [scene.claimantPlace, 'claimantPlace'], [scene.datelinePlace, 'dateline'], [articlePlaces(scene).main, 'mainCountry'],
  ];
  for (const [p, name] of context) if (p) add(out, p, { [name]: 1 });
  // A count whose sentence names no place is the story's: its lede's, its paragraph's first, the sentence before's.
  if (!scene.places.some((m) => m.role === 'location')) for (const { place, feature } of sceneCandidates(scene)) add(out, place, { [feature]: 1 });
  // "Drone strike kills three in Nikopol": the headline's places (after all others, so that a place the body names too is one candidate), the one its words place the news at apart.
  const head = scene.article?.headline;
  if (head) for (const p of head.places) add(out, sameCandidate(out, p) ?? p, p === head.where ? { headlinePlace: 1, headlineChosen: 1 } : { headlinePlace: 1 });
  // On a page of several stories, a place only another section names is that story's (sectionscope.ts). The rules' choice
  // stays: its steps already keep to the count's section (a heading drops the story's place), and where one reaches
  // past it (a claimant's seat, the dateline) it was right more often than the places left (domain odd .874 without it).
  const found = [...out.values()];
  const kept = found.filter((k) => k.f.rule || !inOtherSection(scene, k.place, !!k.f.headlinePlace));
  const all = kept.length ? kept : found;
  const told: Told = { total: counts.some((o) => o.partOf === counts.indexOf(c)), period: undefined };
  for (const k of all) describe(k, scene, c, rule, all, told);
  return all;
}

/** What describe reads of the count's sentence, once for all the candidates: whether the count is a total, whether it spans a period (read on first ask). */
interface Told { total: boolean; period: boolean | undefined }

/** The features of a candidate that compare it with the count, the rules' choice and the article. */
function describe(k: Candidate, scene: Scene, c: CountDraft, rule: RuleChoice, all: readonly Candidate[], told: Told): void {
  const f = k.f;
  const lv = level(k.place);
  if (isList(k.place)) f.listed = 1;
  f[lv === 'none' ? 'level:unknown' : lv === 'country' ? 'level:country' : lv === 'region' ? 'level:region' : 'level:local'] = 1;
  const r = rule.where?.place;
  const p = k.place.place;
  const finer = lv !== 'country' && (!p || !r || p.country === r.country);
  if (!f.rule && rule.where) {
    if (level(rule.where) === 'country' && finer) f.finerThanRuleCountry = 1;
    if (level(rule.where) === 'region' && finer && lv !== 'region' && (!p || !r || !p.admin1 || p.admin1 === r.admin1)) f.finerThanRuleRegion = 1;
    if (p && r && p.country && r.country && p.country !== r.country) f.otherCountry = 1;
  }
  if (f.rule) {
    f[CONTEXT_STEPS.has(rule.step ?? '') ? 'rule:context' : COUNTRY_STEPS.has(rule.step ?? '') ? 'rule:country' : 'rule:own'] = 1;
    // "Thirty buildings were damaged throughout the region": the area the report named, told by the count's own words.
    if (rule.step === 'area-anaphor') f['rule:area'] = 1;
  }
  if (told.total && lv === 'country') f.totalAtCountry = 1;
  if (c.partOf !== null && lv !== 'country') f.partBelowCountry = 1;
  if (CASUALTY.has(c.kind) && lv !== 'country') f.casualtyLocal = 1;
  // A toll of fifty or more, or one over a period ("since April"), is seldom one town's.
  if ((c.value ?? 0) >= 50 && lv !== 'country') f.bigLocal = 1;
  if (lv !== 'country' && (told.period ??= isCumulative(scene.sentence.text))) f.periodLocal = 1;
  if (SALVO.has(c.kind) && lv === 'country') f.salvoCountry = 1;
  // "Air defences shot down 51 of the drones. Two were killed in Odesa": the next sentence's scene is its casualties', not the salvo's.
  if (SALVO.has(c.kind) && f.next && !f.own) f.salvoNext = 1;
  const story = articlePlaces(scene);
  const name = key(k.place);
  f.repeated = Math.min(3, story.named.get(name) ?? 0) / 3;
  if (story.first === name) f.firstInArticle = 1;
  f.candidates = Math.min(6, all.length) / 6;
  sceneFeatures(k.place, f, scene, name);
}

const FILE = 'data/models/claimplace.json';
const Model = z.object({
  weights: z.record(z.string(), z.number()),
  calibration: z.object({ a: z.number(), b: z.number() }),
}).passthrough();
type Model = z.infer<typeof Model>;

function loadModel(): Model | null {
  const url = new URL(`../../${FILE}`, import.meta.url);
  if (!existsSync(url)) return null;
  const parsed = Model.safeParse(JSON.parse(readFileSync(url, 'utf8')));
  if (!parsed.success) throw new Error(`${FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
let model: Model | null | undefined;

/** The linear score of one candidate. */
export function scoreOf(weights: Readonly<Record<string, number>>, f: Readonly<Record<string, number>>): number {
  let s = 0;
  // In the order Object.entries gives (a plain object's own keys in order of insertion), with no array of pairs made.
  for (const name in f) s += (weights[name] ?? 0) * f[name]!;
  return s;
}

/** The softmax probabilities of a set of candidates. */
export function probabilities(weights: Readonly<Record<string, number>>, cands: readonly Candidate[]): number[] {
  const scores = cands.map((k) => scoreOf(weights, k.f));
  const top = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - top));
  const sum = e.reduce((x, y) => x + y, 0);
  return e.map((x) => x / sum);
}

/** Platt scaling of the winner's probability into a calibrated confidence. */
export function calibrated(p: number, cal: { a: number; b: number }): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return 1 / (1 + Math.exp(-(cal.a * Math.log(q / (1 - q)) + cal.b)));
}

type Recorder = (r: { kind: string; value: number | null; cands: Candidate[] }) => void;
let recorder: Recorder | null = null;

/** For training: every count's candidates, in the order counts are placed, each count left at the rules' place (null to stop). */
export function recordCandidates(fn: Recorder | null): void {
  recorder = fn;
}

/** The place of a count the model picks among its candidates, with its calibrated confidence; the rules' choice without a model. */
export function rankPlace(scene: Scene, c: CountDraft, counts: readonly CountDraft[], rule: RuleChoice): ClaimPlace | null {
  // Training reads the candidates as the rules alone leave the story, whatever model is committed.
  if (recorder) {
    if (!rule.where) return null;
    recorder({ kind: c.kind, value: c.value, cands: candidates(scene, c, counts, rule) });
    return rule.where;
  }
  if (model === undefined) model = loadModel();
  // Where no step found a place, not even the dateline, the story gave none: the model does not invent one.
  if (!model || !rule.where) return rule.where;
  const cands = candidates(scene, c, counts, rule);
  if (!cands.length) return rule.where;
  const probs = probabilities(model.weights, cands);
  let best = 0;
  for (let i = 1; i < probs.length; i++) if (probs[i]! > probs[best]!) best = i;
  return { ...cands[best]!.place, confidence: Math.round(calibrated(probs[best]!, model.calibration) * 1000) / 1000 };
}
