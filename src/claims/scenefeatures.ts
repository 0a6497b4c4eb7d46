import type { PlaceMention, ResolvedPlace } from '../types.js';
import type { Scene } from './placing.js';
import { asClaimPlace, type ClaimPlace } from './where.js';
import { isAcronymPlace, isAirportName, isReferencePlace, opensOtherStory } from './whererules.js';

/**
 * Features of the story's scene for the place ranker (placerank.ts): whether a candidate place is
 * where the story is (its headline, its lede, the first place of the count's paragraph, named again
 * and again, or holding the other places told) or an incidental place (an airport, a capital
 * named sentences before, a place last named far back). They read only the article's place
 * mentions, its sentences and its title: no phrase of any story.
 */

/** What the article's mentions say once for all its counts. */
interface StoryPlaces {
  /** Each name's sentence indices, in text order. */
  sentencesOf: Map<string, number[]>;
  /** How many location mentions lie finer inside each country, and inside each first-level region ("RU/47"), for containment. */
  inCountry: Map<string, number>;
  inRegion: Map<string, number>;
  /** The first location name of each paragraph. */
  paragraphFirst: Map<number, string>;
  /** The location mentions of each sentence that has any. */
  bySentence: Map<number, PlaceMention[]>;
  /** The location mentions of the lede (the story's first sentence with a place), and their names. */
  lede: PlaceMention[];
  ledeNames: Set<string>;
  title: string;
}

export const keyOf = (p: ClaimPlace): string => p.text.toLowerCase().replace(/^the\s+/, '');

const read = new WeakMap<readonly PlaceMention[], StoryPlaces>();

function isLocation(text: string, m: PlaceMention): boolean {
  return m.role === 'location' && !isAcronymPlace(m) && !isReferencePlace(text, m);
}

/** The dateline's mention: its name at the start of the text's first line. */
function isDateline(scene: Scene, m: PlaceMention): boolean {
  const d = scene.datelinePlace;
  return !!d && m.start < 40 && !scene.text.slice(0, m.start).includes('\n') && keyOf(asClaimPlace(m, scene.text)) === keyOf(d);
}

/** The article's places by sentence, paragraph and lede, read once per article. */
export function storyPlaces(scene: Scene): StoryPlaces | null {
  const a = scene.article;
  if (!a) return null;
  const had = read.get(a.places);
  if (had) return had;
  const out: StoryPlaces = { sentencesOf: new Map(), inCountry: new Map(), inRegion: new Map(), paragraphFirst: new Map(), bySentence: new Map(), lede: [], ledeNames: new Set(), title: (a.title ?? '').toLowerCase() };
  let si = 0;
  let ledeAt = -1;
  for (const m of a.places) {
    while (si < a.sentences.length && a.sentences[si]!.end <= m.start) si++;
    const s = a.sentences[si];
    // A wire dateline ("KYIV, May 3 (Reuters) -") says where the story was filed: no place of its scene.
    if (!s || m.start < s.start || !isLocation(scene.text, m) || isDateline(scene, m)) continue;
    const k = keyOf(asClaimPlace(m, scene.text));
    const at = out.sentencesOf.get(k);
    if (at) at.push(si); else out.sentencesOf.set(k, [si]);
    if (m.place) countInside(out, m.place);
    if (!out.paragraphFirst.has(s.paragraph)) out.paragraphFirst.set(s.paragraph, k);
    const own = out.bySentence.get(si);
    if (own) own.push(m); else out.bySentence.set(si, [m]);
    if (ledeAt < 0) ledeAt = si;
    if (si === ledeAt) { out.lede.push(m); out.ledeNames.add(k); }
  }
  read.set(a.places, out);
  return out;
}

const FINE: ReadonlySet<string> = new Set(['district', 'city', 'point']);

/** Counts a mention's place in the country and the region it lies in (see `contains`). */
function countInside(out: StoryPlaces, p: ResolvedPlace): void {
  if (!p.country || p.precision === 'country' || p.precision === 'continent') return;
  out.inCountry.set(p.country, (out.inCountry.get(p.country) ?? 0) + 1);
  if (p.admin1 && FINE.has(p.precision)) out.inRegion.set(`${p.country}/${p.admin1}`, (out.inRegion.get(`${p.country}/${p.admin1}`) ?? 0) + 1);
}

/** How many of the story's places lie inside `outer`, a country or a first-level region. */
function namedInside(story: StoryPlaces, outer: ResolvedPlace | null): number {
  if (!outer?.country) return 0;
  if (outer.precision === 'country') return story.inCountry.get(outer.country) ?? 0;
  return outer.precision === 'region' && outer.admin1 ? story.inRegion.get(`${outer.country}/${outer.admin1}`) ?? 0 : 0;
}

/** True when `inner` lies inside `outer`, a country or a first-level region, and is finer than it. */
export function contains(outer: ResolvedPlace | null, inner: ResolvedPlace | null): boolean {
  if (!outer || !inner || !outer.country || outer.country !== inner.country) return false;
  if (outer.precision === 'country') return inner.precision !== 'country' && inner.precision !== 'continent';
  if (outer.precision !== 'region' || !outer.admin1) return false;
  return inner.admin1 === outer.admin1 && FINE.has(inner.precision);
}

// A place's name as a whole word of a title, compiled once per name (a story's candidates ask of the same few names for each count).
const titleWords = new Map<string, RegExp>();
function titleWord(name: string): RegExp {
  let re = titleWords.get(name);
  if (re) return re;
  if (titleWords.size >= 4096) titleWords.clear();
  titleWords.set(name, (re = new RegExp(`(?:^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}])`, 'u')));
  return re;
}

/**
 * The places of the lede, of the sentence before and the paragraph's first: where the story is, when the count's sentence
 * names none of its own. Each with its feature: a lede told only after the count's sentence is `ledeAfter`, not `scene`.
 */
export function sceneCandidates(scene: Scene): { place: ClaimPlace; feature: 'scene' | 'ledeAfter' }[] {
  const story = storyPlaces(scene);
  const a = scene.article;
  if (!story || !a) return [];
  const lede = sectionLede(scene, story);
  const ledeAfter = lede.length > 0 && lede[0]!.start >= scene.sentence.end;
  const previous = a.index > 0 && a.sentences[a.index - 1]!.paragraph === scene.sentence.paragraph ? story.bySentence.get(a.index - 1) ?? [] : [];
  let paragraph = a.index;
  while (paragraph > 0 && a.sentences[paragraph - 1]!.paragraph === scene.sentence.paragraph) paragraph--;
  const first = paragraph < a.index ? (story.bySentence.get(paragraph) ?? []).slice(0, 1) : [];
  return [
    ...lede.map((m) => ({ place: asClaimPlace(m, scene.text), feature: ledeAfter ? 'ledeAfter' as const : 'scene' as const })),
    ...[...previous, ...first].map((m) => ({ place: asClaimPlace(m, scene.text), feature: 'scene' as const })),
  ];
}

/**
 * The lede's places, or on a page of several sections (a live blog's updates, a second story) the places of
 * the count's own section's first sentence that names one: another section's lede is no scene of this count.
 */
function sectionLede(scene: Scene, story: StoryPlaces): readonly PlaceMention[] {
  const a = scene.article!;
  const section = scene.sentence.section;
  const ledeAt = story.lede.length ? a.sentences.findIndex((s) => s.start <= story.lede[0]!.start && story.lede[0]!.start < s.end) : -1;
  if (section === undefined || ledeAt < 0 || a.sentences[ledeAt]!.section === section) return story.lede;
  for (let i = 0; i <= a.index; i++) {
    if (a.sentences[i]!.section !== section) continue;
    const own = story.bySentence.get(i);
    if (own?.length) return own;
  }
  return [];
}

/** The scene features of one candidate of the count of `scene`, merged into its features `f`; `k` its name as keyOf reads it. */
export function sceneFeatures(place: ClaimPlace, f: Record<string, number>, scene: Scene, k = keyOf(place)): void {
  const story = storyPlaces(scene);
  if (!story || !scene.article) return;
  const index = scene.article.index;
  const at = story.sentencesOf.get(k) ?? [];
  if (k && story.title.includes(k) && titleWord(k).test(story.title)) f.headline = 1;
  if (story.ledeNames.has(k)) f.lede = 1;
  if (story.paragraphFirst.get(scene.sentence.paragraph) === k) f.paragraphFirst = 1;
  if (at.includes(index - 1) && scene.article.sentences[index - 1]!.paragraph === scene.sentence.paragraph) f.previous = 1;
  // How far back the story last named it: a place of many sentences before is seldom this count's.
  const before = at.filter((i) => i <= index);
  if (before.length) f.sentencesBack = Math.min(4, index - before[before.length - 1]!) / 4;
  else if (!at.length) f.unnamed = 1;
  // A region or country the story's other places lie in ("the Kursk region … in Rylsk … in Lgov") holds its scene.
  const inside = namedInside(story, place.place);
  if (inside) f.holdsNamed = Math.min(4, inside) / 4;
  if (scene.places.some((m) => m.role === 'location' && contains(place.place, m.place))) f.holdsOwn = 1;
  if (isAirportName(place.text) || place.place?.featureCode === 'AIRP') f.airport = 1;
  // A capital named outside the count's sentence is mostly where a government speaks, not where the count happened.
  if (place.place?.featureCode === 'PPLC' && !f.own) f.capitalAway = 1;
  if (scene.area && keyOf(scene.area) === k) f.areaSummary = 1;
  // "In other news, Poland's army said … Two soldiers were injured": a place of another country than every place the
  // count's paragraph has named so far (as a place, an actor or a people) is an earlier story's, not this count's.
  const told = paragraphCountries(scene);
  if (told.size && place.place?.country && !told.has(place.place.country) && !at.some((i) => i <= index && scene.article!.sentences[i]!.paragraph === scene.sentence.paragraph)) f.awayFromParagraph = 1;
}

const paragraphRead = new WeakMap<readonly PlaceMention[], Map<number, ReadonlySet<string>>>();

/** The countries of every mention (any role) of the count's paragraph up to the end of the count's sentence, read once per sentence. */
function paragraphCountries(scene: Scene): ReadonlySet<string> {
  const a = scene.article!;
  let bySentence = paragraphRead.get(a.places);
  if (!bySentence) paragraphRead.set(a.places, (bySentence = new Map()));
  const had = bySentence.get(a.index);
  if (had) return had;
  let first = a.index;
  while (first > 0 && a.sentences[first - 1]!.paragraph === scene.sentence.paragraph) first--;
  const from = a.sentences[first]!.start;
  const out = new Set<string>();
  // Only a paragraph that turns to another story ("In other news, …") holds an earlier story's places apart.
  if (!opensOtherStory(a.sentences[first]!.text)) {
    bySentence.set(a.index, out);
    return out;
  }
  for (const m of a.places) if (m.start >= from && m.end <= scene.sentence.end && m.place?.country && !isAcronymPlace(m)) out.add(m.place.country);
  bySentence.set(a.index, out);
  return out;
}
