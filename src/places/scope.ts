import { candidatesFor } from './candidates.ts';
import { gazetteer, type Place } from './gazetteer.ts';
import { admin1Place, adminUnits, placesOf } from './units.ts';
import { PLACE_WORDS } from './place-words.ts';
import type { NamedSpan, PlaceChain } from './chains.ts';

/**
 * Which gazetteer entry a note's place is, given the units written after it (chains.ts).
 *
 * 1. Scope: every name of the chain votes for the countries it exists in, an admin unit more than
 *    a town and the outermost unit most ("Kale (Kale district, Sagaing region)" is in Myanmar,
 *    whatever Turkey's Kale says); armed groups named in the note add a little. The outermost
 *    unit that exists in that country as a unit or a seat names the first-level region.
 * 2. The most specific name that exists inside the scope wins: the place itself (the namesake
 *    nearest to a named inner unit), else an inner unit, else the first-level region's point. A
 *    village the gazetteer lacks is thus placed at its district or region, never at a namesake
 *    across the world.
 *
 * Notes spell units their own way ("Idleb", "Nord-Kivu", "Province du Séno" for "Seno"), so units
 * are also compared by loose spellings: without accents, articles, doubled letters or vowels.
 */

const OUTER_FACTOR = 1.5;
// Weight of a name's reading by what it is: a unit or a seat says more about the area than a village.
// The outermost unit of a note is mostly a first-level region, the inner ones districts.
const FEATURE_WEIGHT: Record<string, number> = { ADM1: 3, ADM2: 3, PCLI: 2, PPLC: 2.5, PPLG: 2.5, PPLA: 2.5, PPLA2: 2, PPLA3: 1.5, PPLA4: 1.5 };
const OFF_LEVEL = 0.5;
// A unit matched by consonants only (other vowels) weighs this much less.
const SKELETON_DISCOUNT = 0.5;
// An inner unit contains the place: a namesake farther than this from it is another place.
const INNER_UNIT_KM = 150;
const HINT_WEIGHT = 1;
// Loose matches by consonants alone need this many of them.
const MIN_SKELETON = 4;
// The place's own name, given units, only says that it exists in a country; what it is adds a little.
const ANCHOR_VOTE = 0.5;
const ANCHOR_KIND = 0.1;

interface Reading { place: Place; weight: number }

export interface ChainHit { span: NamedSpan; place: Place }

// Accents go (NFD costs, so only for names that have any), and apostrophes ("Dar'a" = "Dara").
const fold = (s: string): string[] =>
  (/^[\x00-\x7f]*$/.test(s) ? s : s.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase().replace(/['‘’ʼʻ`´]/g, '').split(/[^a-z0-9]+/).filter(Boolean);
// Transliteration noise: doubled letters ("Daraa" = "Dara"), h in digraphs ("Zaporizhzhia" =
// "Zaporizhia") and after a final vowel ("Raqqah" = "Raqqa"), y for i ("Hulyaypole" = "Huliaipole").
const squeeze = (tokens: string[]): string =>
  tokens.join('').replace(/([kzscdtgp])h/g, '$1').replace(/y/g, 'i').replace(/(.)\1+/g, '$1').replace(/([aeiou])h$/, '$1');
const skeleton = (plain: string): string => {
  const s = plain.replace(/[cq]/g, 'k').replace(/w/g, 'v');
  return (s[0] ?? '') + s.slice(1).replace(/[aeiouyh]/g, '').replace(/(.)\1+/g, '$1');
};

/** Loose spellings of a name, most faithful first; `stripCompass` adds one without direction words ("Shan-North" → Shan). */
export function spellings(name: string, stripCompass = true): string[] {
  let t = fold(name).filter((w) => !PLACE_WORDS.generic.has(w));
  if (t.length > 1 && PLACE_WORDS.article.has(t[0]!)) t = t.slice(1);
  if (t.length === 0) return [];
  const out = [squeeze(t), squeeze(t.map((w) => PLACE_WORDS.compass.get(w) ?? w))];
  const bare = t.filter((w) => !PLACE_WORDS.compass.has(w));
  if (stripCompass && bare.length > 0 && bare.length < t.length) out.push(squeeze(bare));
  return [...new Set(out)];
}

interface Spelled { place: Place; plain: string }
interface LooseIndex { plain: Map<string, Spelled[]>; skeleton: Map<string, Spelled[]> }

function looseIndex(places: Place[]): LooseIndex {
  const index: LooseIndex = { plain: new Map(), skeleton: new Map() };
  const add = (map: Map<string, Spelled[]>, key: string, entry: Spelled): void => {
    const list = map.get(key);
    if (!list) map.set(key, [entry]);
    else if (!list.some((e) => e.place === entry.place)) list.push(entry);
  };
  for (const place of places) {
    for (const plain of spellings(place.name, false)) {
      add(index.plain, plain, { place, plain });
      add(index.skeleton, skeleton(plain), { place, plain });
    }
  }
  return index;
}

let unitIndex: LooseIndex | null = null;
const countryIndex = new Map<string, LooseIndex>();

/**
 * Places whose name is spelled like `name`; by consonants only when the vowels differ ("Idleb",
 * "Idlib") in a word as long, and world-wide (`anywhere`) only when it also starts the same.
 */
function looseMatch(index: LooseIndex, name: string, keep: (p: Place) => boolean = () => true, anywhere = false): { places: Place[]; bySkeleton: boolean } {
  const forms = spellings(name);
  for (const s of forms) {
    const hit = index.plain.get(s)?.filter((e) => keep(e.place));
    if (hit?.length) return { places: hit.map((e) => e.place), bySkeleton: false };
  }
  for (const s of forms) {
    const k = skeleton(s);
    if (k.length < MIN_SKELETON) continue;
    const like = (e: Spelled): boolean => Math.abs(e.plain.length - s.length) <= 1 && (!anywhere || e.plain.slice(0, 2) === s.slice(0, 2));
    const hit = index.skeleton.get(k)?.filter((e) => like(e) && keep(e.place));
    if (hit?.length) return { places: hit.map((e) => e.place), bySkeleton: true };
  }
  return { places: [], bySkeleton: false };
}

/** Gazetteer entries of a name as written, with its unit word ("Sagaing region") and without. */
function exactPlaces(name: string, word: string | null): Place[] {
  const g = gazetteer();
  const seen = new Set<number>();
  for (const form of word && PLACE_WORDS.unit.has(word) ? [`${name} ${word}`, name] : [name]) {
    const c = candidatesFor(form);
    if (!c.demonym) for (const i of c.cands) seen.add(i);
  }
  return [...seen].map((i) => g.place(i));
}

/** Readings of a unit: as written, and admin units spelled alike ("Province du Séno" for "Seno"). */
function unitReadings(unit: NamedSpan, outer: boolean): Reading[] {
  const weight = (p: Place): number => (FEATURE_WEIGHT[p.fcode] ?? 1) - ((p.fcode === 'ADM2') === outer && isAdmin(p) ? OFF_LEVEL : 0);
  const byIdx = new Map<number, Reading>();
  for (const place of exactPlaces(unit.name, unit.word)) byIdx.set(place.idx, { place, weight: weight(place) });
  unitIndex ??= looseIndex(adminUnits());
  const loose = looseMatch(unitIndex, unit.name, undefined, true);
  for (const place of loose.places) {
    const w = weight(place) - (loose.bySkeleton ? SKELETON_DISCOUNT : 0);
    if ((byIdx.get(place.idx)?.weight ?? 0) < w) byIdx.set(place.idx, { place, weight: w });
  }
  return [...byIdx.values()];
}

/** The best weight of a name's readings in each country. */
function votes(readings: Reading[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of readings) if (r.place.cc) m.set(r.place.cc, Math.max(m.get(r.place.cc) ?? 0, r.weight));
  return m;
}

/** "Northern", "Capital", "North West": a unit named only with words that many countries use for theirs. */
const vague = (name: string): boolean => fold(name).every((w) => PLACE_WORDS.vague.has(w) || PLACE_WORDS.compass.has(w) || PLACE_WORDS.generic.has(w));

function chooseCountry(chain: PlaceChain, anchor: Reading[], units: Reading[][], hints: readonly string[]): string | null {
  const score = new Map<string, number>();
  const add = (cc: string, w: number): void => void score.set(cc, (score.get(cc) ?? 0) + w);
  // A city before its quarter ("Dhaka - Paltan") is named for what it is, like a name without units.
  // Alone (no unit exists anywhere) the place's name is read as a settlement: Santiago the city before a province of that name.
  const alone = chain.quarter || units.every((rs) => rs.length === 0);
  const asSettlement = anchor.map((r) => ({ place: r.place, weight: isUnit(r.place) ? 1.5 : r.weight }));
  for (const [cc, w] of votes(alone ? asSettlement : anchor)) add(cc, alone ? w : ANCHOR_VOTE + ANCHOR_KIND * w);
  // A unit said twice votes once, as the outermost: "Kale town of Kale township (Kale district, ...)".
  const said = new Set<string | undefined>();
  for (let i = units.length - 1; i >= 0; i--) {
    const name = chain.units[i]!.name;
    const key = spellings(name)[0];
    if (vague(name) || said.has(key)) continue;
    said.add(key);
    for (const [cc, w] of votes(units[i]!)) add(cc, i === units.length - 1 ? w * OUTER_FACTOR : w);
  }
  for (const h of new Set(hints)) if (score.has(h)) add(h, HINT_WEIGHT);
  // Ties go to the country where the names are the larger towns (Wellington, New Zealand).
  const size = (cc: string): number => Math.max(0, ...[...anchor, ...units.flat()].filter((r) => r.place.cc === cc && !isAdmin(r.place)).map((r) => r.place.pop));
  let best: string | null = null;
  let top = 0;
  for (const [cc, s] of score) if (s > top || (s === top && best && size(cc) > size(best))) [best, top] = [cc, s];
  return best;
}

const km = (a: Place, b: Place): number => {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
};
const isAdmin = (p: Place): boolean => p.fcode === 'ADM1' || p.fcode === 'ADM2';
const isUnit = (p: Place): boolean => isAdmin(p) || p.fcode === 'PCLI';

const ahead = (a: number[], b: number[]): boolean => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
};

/** The reading to use for a name: its kind first (a unit for "X district", a settlement otherwise), then nearest to `ref`, then the largest. */
function pick(places: Place[], wantUnit: boolean, ref: Place | null): Place | null {
  let best: Place | null = null;
  let bestRank: number[] = [];
  for (const p of places) {
    const rank = [isUnit(p) === wantUnit ? 1 : 0, ref ? -km(p, ref) : 0, p.pop];
    if (!best || ahead(rank, bestRank)) [best, bestRank] = [p, rank];
  }
  return best;
}

function placesIndex(cc: string): LooseIndex {
  let index = countryIndex.get(cc);
  if (!index) countryIndex.set(cc, (index = looseIndex(placesOf(cc))));
  return index;
}

/** The first-level regions named by the outermost unit that is a unit or a seat in the country, and that unit's index. */
function regionsOf(units: Reading[][], cc: string): { regions: Set<string> | null; at: number } {
  for (let i = units.length - 1; i >= 0; i--) {
    const inCountry = units[i]!.filter((r) => r.place.cc === cc && r.weight >= 2 && r.place.fcode !== 'PCLI');
    // Only its best readings: "Oregon" is the state, not also the Illinois town.
    const top = Math.max(...inCountry.map((r) => r.weight));
    if (inCountry.length) return { regions: new Set(inCountry.filter((r) => r.weight === top).map((r) => r.place.admin1)), at: i };
  }
  return { regions: null, at: -1 };
}

/** The gazetteer entry for a chain, or null when no name of it exists where its units say. */
export function resolveChain(chain: PlaceChain, hints: readonly string[]): ChainHit | null {
  const anchor = exactPlaces(chain.anchor.name, chain.anchor.word).map((place) => ({ place, weight: FEATURE_WEIGHT[place.fcode] ?? 1 }));
  // "Centre of India (Communist)": a country does not stand before its own units.
  if (anchor.some((r) => r.place.fcode === 'PCLI')) return null;
  const units = chain.units.map((u, i) => unitReadings(u, i === chain.units.length - 1));
  const cc = chooseCountry(chain, anchor, units, hints);
  if (!cc) return null;
  const { regions, at: regionUnit } = regionsOf(units, cc);
  // A country is never the answer here: the units were written to say where inside it.
  const inScope = (p: Place): boolean => p.cc === cc && p.fcode !== 'PCLI' && (!regions || regions.has(p.admin1));
  const unitPlaces = units.map((rs) => rs.map((r) => r.place).filter(inScope));
  const inner = unitPlaces.slice(0, regionUnit < 0 ? undefined : regionUnit);
  const wantUnit = chain.anchor.word !== null && PLACE_WORDS.unit.has(chain.anchor.word);
  const hit = (span: NamedSpan, place: Place | null): ChainHit | null => (place ? { span, place } : null);
  // 1. The place itself, as written: the namesake nearest to a named inner unit. A city's quarter
  //    may lie in the next region ("Caracas - Chacao (Miranda)"): the city is looked for country-wide.
  const here = anchor.map((r) => r.place).filter(chain.quarter ? (p) => p.cc === cc && p.fcode !== 'PCLI' : inScope);
  const regionRef = regionUnit >= 0 ? pick(unitPlaces[regionUnit]!, true, null) : null;
  const ref = inner.flat()[0] ?? regionRef;
  // A district contains the place: an inner unit, or the outermost one when it is a district (Sulu).
  const container = inner.flat()[0] ?? (regionRef?.fcode === 'ADM2' ? regionRef : null);
  const near = (p: Place | null): Place | null => (p && container && km(p, container) > INNER_UNIT_KM ? null : p);
  const found = hit(chain.anchor, near(pick(here, wantUnit, ref)));
  if (found) return found;
  // 2. An inner unit as written ("(Dori, Seno)": Dori), the namesake nearest to the region's point.
  for (const [i, places] of inner.entries()) {
    const h = hit(chain.units[i]!, pick(places, true, regionRef));
    if (h) return h;
  }
  // 3. The place or an inner unit in another spelling, looked for only inside the region.
  if (regions) {
    const h = hit(chain.anchor, near(pick(looseMatch(placesIndex(cc), chain.anchor.name, inScope).places, wantUnit, ref)));
    if (h) return h;
    for (const unit of chain.units.slice(0, regionUnit)) {
      const u = hit(unit, pick(looseMatch(placesIndex(cc), unit.name, inScope).places, true, null));
      if (u) return u;
    }
  }
  // 4. The region, or whatever the outer units are in the country. ("Pernambuco" is the state, not Recife's old name.)
  for (const [i, places] of unitPlaces.entries()) {
    if (i < regionUnit) continue;
    const h = hit(chain.units[i]!, pick(places, true, null));
    if (h) return h;
  }
  const region = regions?.size === 1 ? admin1Place(cc, [...regions][0]!) : null;
  return region ? { span: chain.units[regionUnit]!, place: region } : null;
}
