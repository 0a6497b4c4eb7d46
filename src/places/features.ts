/**
 * The ranker's evidence for a name's readings (rank.ts FEATURES, in order): the hand score and
 * its parts, what each place is, and how it sits among the places the rest of the document has
 * settled on; for a lent place, features of its own.
 */
import type { Place } from './gazetteer.ts';
import { FEATURES, OWN_TAIL } from './rank.ts';
import { AREAL, inside, km, ownKey, prior } from './prior.ts';
import type { Readings } from './readings.ts';
import { linkBetween } from './lent.ts';
import { WORLD_FEATURES, countryPeers, worldFeatures } from './world.ts';

const F = FEATURES.length;
/** Where the features of a lent place begin in rank.ts FEATURES, and the zeros an own reading has there (but for capitalAbroad). */
const LENT_AT = FEATURES.indexOf('isLent');
const LENT_ZEROS = F - LENT_AT - 5 - OWN_TAIL;
/** Support below which a reading counts as unsupported for the world-news features (a trace left by namesakes of other names nearby). */
const TRACE = 0.2;
const NO_WORLD: readonly number[] = new Array<number>(WORLD_FEATURES).fill(0);

/**
 * The rows of the last featureRows call, F numbers a row, one after another: every reading of
 * every name of every text is weighed, so the rows are written into one buffer, not an array each.
 */
let rows = new Float64Array(F * 32);
export const featureBuffer = (): Float64Array => rows;

/** The ranker's evidence for readings `ks` of name n, then for each of `lent`, as arrays (for training and tests). */
export function rankFeatures(r: Readings, n: number, container: Place[] | null, lent: number[] = [], short = r.shortlist(n, container)): number[][] {
  const count = featureRows(r, n, container, lent, short);
  const out: number[][] = [];
  for (let i = 0; i < count; i++) out.push(Array.from(rows.subarray(i * F, (i + 1) * F)));
  return out;
}

/**
 * The ranker's evidence for readings `ks` of name n (rank.ts FEATURES, in order), then for each
 * of `lent`: the hand score and its parts, what the place is, and how it sits among the places
 * the rest of the document has settled on. Written into featureBuffer(); returns the number of rows.
 */
export function featureRows(r: Readings, n: number, container: Place[] | null, lent: number[], short: { ks: number[]; hand: number[] }): number {
  const a = r.start[n]!, b = r.start[n + 1]!;
  const key = r.names[n]!.key, weight = r.names[n]!.weight || 1;
  const { ks, hand } = short;
  if (rows.length < (ks.length + lent.length) * F) rows = new Float64Array((ks.length + lent.length) * F * 2);
  const buf = rows;
  let top = -Infinity;
  for (let i = 0; i < hand.length; i++) top = Math.max(top, hand[i]!);
  const { pops, townPop } = populationsOf(r.names[n]!.cands);
  const byCountry = r.settledByCountry();
  // A name none of whose readings the rest of the text supports (nor reads as a government's seat)
  // has only how well known each is to go by: among its towns, how large.
  const partsOf = ks.map((k) => r.parts(k));
  const alone = lent.length === 0 && ks.every((k, i) => !r.worldCapital.has(k) && partsOf[i]!.every((x) => x === 0));
  let topTown = 0;
  for (let i = 0; i < ks.length; i++) { const p = r.place[ks[i]!]!; if (p.fcode.startsWith('PPL')) topTown = Math.max(topTown, p.pop); }
  const topLogPop = Math.log10(topTown + 10);
  // For the world-news features, a trace of support is no support: a namesake near a namesake of
  // another name (an Athens near a Manchester in Tennessee) is no reading the text points to.
  const unsupported = lent.length === 0 && ks.every((k, i) => !r.worldCapital.has(k) && partsOf[i]!.every((x) => x < TRACE));
  // A name said to lie in a place ("Athens, Georgia") is no name alone: the text points to its reading.
  const side = r.docSide();
  const world = container ? null : worldFeatures(r, side, n, ks, unsupported);
  let o = 0;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i]!, p = r.place[k]!, parts = partsOf[i]!;
    const own = key !== undefined && ownKey(p) === key;
    // "Cologne" is Köln: the largest reading, a city, named so only by another of its names (an English exonym).
    const exonym = !own && key !== undefined && p.fcode.startsWith('PPL') && p.pop >= 100_000 && p.pop === pops[0] ? 1 : 0;
    buf[o++] = prior(p); buf[o++] = own ? 1 : 0; buf[o++] = Math.max(-30, hand[i]! - top); buf[o++] = hand[i] === top ? 1 : 0; buf[o++] = Math.log(r.w[k]! / weight + 1e-3);
    for (let x = 0; x < parts.length; x++) buf[o++] = Math.min(3, parts[x]!);
    buf[o++] = Math.log10(p.pop + 10);
    o = writeKind(buf, o, p.fcode);
    buf[o++] = container?.some((c) => inside(p, c)) ? 1 : 0; buf[o++] = Math.log1p(pops.indexOf(p.pop));
    o = writeAround(buf, o, r, byCountry, n, p);
    buf[o++] = Math.log(b - a); buf[o++] = 0; buf[o++] = 0; buf[o++] = 0; buf[o++] = 0; buf[o++] = r.worldCapital.has(k) ? 1 : 0;
    for (let z = 0; z < LENT_ZEROS; z++) buf[o++] = 0;
    buf[o++] = p.fcode === 'ADM1' && townPop > 0 ? Math.min(0, Math.log10(p.pop + 10) - Math.log10(townPop + 10)) : 0;
    buf[o++] = exonym;
    buf[o++] = alone && p.fcode.startsWith('PPL') ? Math.log10(p.pop + 10) - topLogPop : 0;
    const w = world ? world[i]! : NO_WORLD;
    for (let x = 0; x < w.length; x++) buf[o++] = w[x]!;
    const [near, nearRare] = r.nearNames(k);
    buf[o++] = Math.log1p(near); buf[o++] = Math.min(3, nearRare);
    buf[o++] = p.fcode === 'PCLI' ? countryPeers(side, n, p.cc) : 0;
  }
  if (lent.length) o = writeLent(buf, o, r, n, lent, byCountry);
  if (o !== (ks.length + lent.length) * F) throw new Error(`places features: ${o} values for ${ks.length + lent.length} rows of ${F}`);
  return ks.length + lent.length;
}

const descending = (x: number, y: number): number => y - x;

/** What a name's readings (its Name.cands, Readings.place from start[n] on) say of their sizes, whatever the text. */
interface Populations {
  /** The readings' distinct populations, largest first (a reading's rank among them is a feature). */
  pops: number[];
  /** The largest town among them (0 with none). */
  townPop: number;
}

/**
 * Populations by the list of readings: most lists are a trie node's (resolve.ts topCandidates,
 * the same array wherever the name is met), so a name like "Springfield" is sorted once, not in every text.
 */
const populations = new WeakMap<readonly Place[], Populations>();
function populationsOf(cands: readonly Place[]): Populations {
  let known = populations.get(cands);
  if (known) return known;
  const pops: number[] = [];
  let townPop = 0;
  for (const p of cands) {
    if (!pops.includes(p.pop)) pops.push(p.pop);
    if (p.fcode.startsWith('PPL')) townPop = Math.max(townPop, p.pop);
  }
  pops.sort(descending);
  populations.set(cands, (known = { pops, townPop }));
  return known;
}

/** The rows of the places lent to name n (lentFor), from offset o: the name's own readings' features are zero there. */
function writeLent(buf: Float64Array, o: number, r: Readings, n: number, lent: number[], byCountry: Map<string, number[]>): number {
  const a = r.start[n]!, b = r.start[n + 1]!;
  // How well known the name's own best reading is: a state capital or a city is not lightly passed over.
  let ownTop = 0, ownSeat = 0;
  for (let k = a; k < b; k++) { ownTop = Math.max(ownTop, Math.log10(r.place[k]!.pop + 10)); if (r.place[k]!.fcode === 'PPLA') ownSeat = 1; }
  for (const q of lent) {
    const l = r.place[q]!;
    // How near the name's own nearest namesake lies: a namesake inside the county makes lending idle.
    let nearest = 20000;
    for (let k = a; k < b; k++) nearest = Math.min(nearest, km(l, r.place[k]!));
    const holds = r.place.slice(a, b).some((p) => (l.fcode === 'ADM1' ? p.ak === l.ak : km(p, l) <= 40));
    const link = linkBetween(r, n, r.nameOf[q]!), lp = r.parts(q);
    // A lent place's evidence has features of its own: the weights of the name's own readings
    // are then learned as if no place were lent.
    for (let z = 0; z < LENT_AT; z++) buf[o + z] = z === 2 ? -30 : z === 4 ? Math.log(1e-3) : 0;
    o += LENT_AT;
    buf[o++] = 1; buf[o++] = holds ? 1 : 0; buf[o++] = Math.log10(1 + nearest); buf[o++] = Math.log10(1 + link.gap); buf[o++] = 0; buf[o++] = link.within ? 1 : 0; buf[o++] = Math.log10(l.pop + 10);
    buf[o++] = l.fcode === 'ADM1' ? 1 : 0; buf[o++] = l.fcode === 'ADM2' ? 1 : 0;
    o = writeAround(buf, o, r, byCountry, n, l);
    buf[o++] = Math.log(1 + b - a); buf[o++] = Math.min(3, lp[0]! + lp[1]!); buf[o++] = link.apposed ? 1 : 0; buf[o++] = link.kind ? 1 : 0; buf[o++] = ownTop; buf[o++] = ownSeat;
    for (let z = 0; z < OWN_TAIL; z++) buf[o++] = 0;
  }
  return o;
}

/** The kind of place a reading is, as rank.ts FEATURES isCountry..isRegion, from offset o. */
function writeKind(buf: Float64Array, o: number, f: string): number {
  buf[o++] = f === 'PCLI' ? 1 : 0; buf[o++] = f === 'ADM1' ? 1 : 0; buf[o++] = f === 'ADM2' ? 1 : 0; buf[o++] = f === 'PPLC' ? 1 : 0; buf[o++] = f === 'PPLA' ? 1 : 0; buf[o++] = f === 'PPLA2' ? 1 : 0;
  buf[o++] = f === 'PPLA3' || f === 'PPLA4' ? 1 : 0; buf[o++] = f === 'AIRP' ? 1 : 0; buf[o++] = AREAL.has(f) && f !== 'PCLI' && f !== 'ADM1' ? 1 : 0;
  return o;
}

/**
 * How place p sits among the settled readings of its country (other names' only, countries
 * aside): how many share its state, how many its country, and how far the nearest point lies.
 */
function writeAround(buf: Float64Array, o: number, r: Readings, byCountry: Map<string, number[]>, n: number, p: Place): number {
  let sameState = 0, sameCountry = 0, nearest = Infinity;
  const areal = AREAL.has(p.fcode), c = Math.cos((p.lat * Math.PI) / 180);
  const qs = byCountry.get(p.cc);
  if (qs) for (let i = 0; i < qs.length; i++) {
    const q = qs[i]!, qp = r.place[q]!;
    if (r.nameOf[q] === n || qp.fcode === 'PCLI' || qp === p) continue;
    sameCountry++;
    if (qp.ak === p.ak && qp.fcode !== 'ADM1') sameState++;
    // Flat-earth squared degrees: within one country, ranking by it is ranking by distance.
    if (!areal && !AREAL.has(qp.fcode)) nearest = Math.min(nearest, (qp.lat - p.lat) ** 2 + ((qp.lon - p.lon) * c) ** 2);
  }
  buf[o++] = Math.log1p(sameState); buf[o++] = Math.log1p(sameCountry); buf[o++] = Math.log10(1 + Math.min(20000, 111.2 * Math.sqrt(nearest)));
  return o;
}
