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

/** Where the features of a lent place begin in rank.ts FEATURES, and the zeros an own reading has there (but for capitalAbroad). */
const LENT_AT = FEATURES.indexOf('isLent');
const LENT_ZEROS = new Array<number>(FEATURES.length - LENT_AT - 5 - OWN_TAIL).fill(0);

/**
 * The ranker's evidence for readings `ks` of name n (rank.ts FEATURES, in order), then for each
 * of `lent`: the hand score and its parts, what the place is, and how it sits among the places
 * the rest of the document has settled on.
 */
export function rankFeatures(r: Readings, n: number, container: Place[] | null, lent: number[] = [], short = r.shortlist(n, container)): number[][] {
  const a = r.start[n]!, b = r.start[n + 1]!;
  const key = r.names[n]!.key, weight = r.names[n]!.weight || 1;
  const { ks, hand } = short;
  let top = -Infinity;
  for (const h of hand) top = Math.max(top, h);
  // The readings' distinct populations, largest first (a reading's rank among them is a feature).
  const pops: number[] = [];
  for (let k = a; k < b; k++) { const pop = r.place[k]!.pop; if (!pops.includes(pop)) pops.push(pop); }
  pops.sort((x, y) => y - x);
  const byCountry = r.settledByCountry();
  const out: number[][] = [];
  let townPop = 0;
  for (let k = a; k < b; k++) if (r.place[k]!.fcode.startsWith('PPL')) townPop = Math.max(townPop, r.place[k]!.pop);
  // A name none of whose readings the rest of the text supports (nor reads as a government's seat)
  // has only how well known each is to go by: among its towns, how large.
  const partsOf = ks.map((k) => r.parts(k));
  const alone = lent.length === 0 && ks.every((k, i) => !r.worldCapital.has(k) && partsOf[i]!.every((x) => x === 0));
  let topTown = 0;
  for (const k of ks) if (r.place[k]!.fcode.startsWith('PPL')) topTown = Math.max(topTown, r.place[k]!.pop);
  const topLogPop = Math.log10(topTown + 10);
  // Each row is pushed value by value (no spreads, closures or tuples per reading): this runs for every reading of every name.
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i]!, p = r.place[k]!, parts = partsOf[i]!;
    const own = key !== undefined && ownKey(p) === key;
    // "Cologne" is Köln: the largest reading, a city, named so only by another of its names (an English exonym).
    const exonym = !own && key !== undefined && p.fcode.startsWith('PPL') && p.pop >= 100_000 && p.pop === pops[0] ? 1 : 0;
    const row: number[] = [prior(p), own ? 1 : 0, Math.max(-30, hand[i]! - top), hand[i] === top ? 1 : 0, Math.log(r.w[k]! / weight + 1e-3)];
    for (const x of parts) row.push(Math.min(3, x));
    row.push(Math.log10(p.pop + 10));
    pushKind(row, p.fcode);
    row.push(container?.some((c) => inside(p, c)) ? 1 : 0, Math.log1p(pops.indexOf(p.pop)));
    pushAround(row, r, byCountry, n, p);
    row.push(Math.log(b - a), 0, 0, 0, 0, r.worldCapital.has(k) ? 1 : 0);
    for (let z = 0; z < LENT_ZEROS.length; z++) row.push(0);
    row.push(p.fcode === 'ADM1' && townPop > 0 ? Math.min(0, Math.log10(p.pop + 10) - Math.log10(townPop + 10)) : 0, exonym, alone && p.fcode.startsWith('PPL') ? Math.log10(p.pop + 10) - topLogPop : 0);
    out.push(row);
  }
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
    const shared = new Array<number>(LENT_AT).fill(0);
    shared[2] = -30; shared[4] = Math.log(1e-3);
    const row = [
      ...shared, 1, holds ? 1 : 0, Math.log10(1 + nearest), Math.log10(1 + link.gap), 0, link.within ? 1 : 0, Math.log10(l.pop + 10),
      l.fcode === 'ADM1' ? 1 : 0, l.fcode === 'ADM2' ? 1 : 0,
    ];
    pushAround(row, r, byCountry, n, l);
    row.push(Math.log(1 + b - a), Math.min(3, lp[0]! + lp[1]!), link.apposed ? 1 : 0, link.kind ? 1 : 0, ownTop, ownSeat, ...new Array<number>(OWN_TAIL).fill(0));
    out.push(row);
  }
  return out;
}


/** The kind of place a reading is, as rank.ts FEATURES isCountry..isRegion. */
function pushKind(row: number[], f: string): void {
  row.push(f === 'PCLI' ? 1 : 0, f === 'ADM1' ? 1 : 0, f === 'ADM2' ? 1 : 0, f === 'PPLC' ? 1 : 0, f === 'PPLA' ? 1 : 0, f === 'PPLA2' ? 1 : 0,
    f === 'PPLA3' || f === 'PPLA4' ? 1 : 0, f === 'AIRP' ? 1 : 0, AREAL.has(f) && f !== 'PCLI' && f !== 'ADM1' ? 1 : 0);
}

/**
 * How place p sits among the settled readings of its country (other names' only, countries
 * aside): how many share its state, how many its country, and how far the nearest point lies.
 */
function pushAround(row: number[], r: Readings, byCountry: Map<string, number[]>, n: number, p: Place): void {
  let sameState = 0, sameCountry = 0, nearest = Infinity;
  const areal = AREAL.has(p.fcode), c = Math.cos((p.lat * Math.PI) / 180);
  for (const q of byCountry.get(p.cc) ?? []) {
    const qp = r.place[q]!;
    if (r.nameOf[q] === n || qp.fcode === 'PCLI' || qp === p) continue;
    sameCountry++;
    if (qp.ak === p.ak && qp.fcode !== 'ADM1') sameState++;
    // Flat-earth squared degrees: within one country, ranking by it is ranking by distance.
    if (!areal && !AREAL.has(qp.fcode)) nearest = Math.min(nearest, (qp.lat - p.lat) ** 2 + ((qp.lon - p.lon) * c) ** 2);
  }
  row.push(Math.log1p(sameState), Math.log1p(sameCountry), Math.log10(1 + Math.min(20000, 111.2 * Math.sqrt(nearest))));
}
