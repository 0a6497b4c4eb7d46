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
import { WORLD_FEATURES, worldFeatures } from './world.ts';

/** Where the features of a lent place begin in rank.ts FEATURES, and the zeros an own reading has there (but for capitalAbroad). */
const LENT_AT = FEATURES.indexOf('isLent');
const LENT_ZEROS = new Array<number>(FEATURES.length - LENT_AT - 5 - OWN_TAIL).fill(0);
/** Support below which a reading counts as unsupported for the world-news features (a trace left by namesakes of other names nearby). */
const TRACE = 0.2;
const NO_WORLD: readonly number[] = new Array<number>(WORLD_FEATURES).fill(0);

/**
 * The ranker's evidence for readings `ks` of name n (rank.ts FEATURES, in order), then for each
 * of `lent`: the hand score and its parts, what the place is, and how it sits among the places
 * the rest of the document has settled on.
 */
export function rankFeatures(r: Readings, n: number, container: Place[] | null, lent: number[] = [], short = r.shortlist(n, container)): number[][] {
  const a = r.start[n]!, b = r.start[n + 1]!;
  const key = r.names[n]!.key, weight = r.names[n]!.weight || 1;
  const { ks, hand } = short;
  const top = Math.max(...hand);
  const pops = [...new Set(r.place.slice(a, b).map((p) => p.pop))].sort((x, y) => y - x);
  const byCountry = r.settledByCountry();
  const around = (p: Place): [number, number, number] => {
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
    return [Math.log1p(sameState), Math.log1p(sameCountry), Math.log10(1 + Math.min(20000, 111.2 * Math.sqrt(nearest)))];
  };
  const kind = (f: string) => [f === 'PCLI' ? 1 : 0, f === 'ADM1' ? 1 : 0, f === 'ADM2' ? 1 : 0, f === 'PPLC' ? 1 : 0, f === 'PPLA' ? 1 : 0, f === 'PPLA2' ? 1 : 0,
    f === 'PPLA3' || f === 'PPLA4' ? 1 : 0, f === 'AIRP' ? 1 : 0, AREAL.has(f) && f !== 'PCLI' && f !== 'ADM1' ? 1 : 0];
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
  // For the world-news features, a trace of support is no support: a namesake near a namesake of
  // another name (an Athens near a Manchester in Tennessee) is no reading the text points to.
  const unsupported = lent.length === 0 && ks.every((k, i) => !r.worldCapital.has(k) && partsOf[i]!.every((x) => x < TRACE));
  // A name said to lie in a place ("Athens, Georgia") is no name alone: the text points to its reading.
  const world = container ? ks.map(() => NO_WORLD) : worldFeatures(r, r.docSide(), n, ks, unsupported);
  ks.forEach((k, i) => {
    const p = r.place[k]!, parts = partsOf[i]!;
    const own = key !== undefined && ownKey(p) === key;
    // "Cologne" is Köln: the largest reading, a city, named so only by another of its names (an English exonym).
    const exonym = !own && key !== undefined && p.fcode.startsWith('PPL') && p.pop >= 100_000 && p.pop === pops[0] ? 1 : 0;
    const tail = [p.fcode === 'ADM1' && townPop > 0 ? Math.min(0, Math.log10(p.pop + 10) - Math.log10(townPop + 10)) : 0, exonym, alone && p.fcode.startsWith('PPL') ? Math.log10(p.pop + 10) - topLogPop : 0, ...world[i]!];
    out.push([
      prior(p), key !== undefined && ownKey(p) === key ? 1 : 0, Math.max(-30, hand[i]! - top), hand[i] === top ? 1 : 0,
      Math.log(r.w[k]! / weight + 1e-3), ...parts.map((x) => Math.min(3, x)), Math.log10(p.pop + 10), ...kind(p.fcode),
      container?.some((c) => inside(p, c)) ? 1 : 0, Math.log1p(pops.indexOf(p.pop)), ...around(p), Math.log(b - a), 0, 0, 0, 0,
      r.worldCapital.has(k) ? 1 : 0, ...LENT_ZEROS, ...tail,
    ]);
  });
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
    out.push([
      ...shared, 1, holds ? 1 : 0, Math.log10(1 + nearest), Math.log10(1 + link.gap), 0, link.within ? 1 : 0, Math.log10(l.pop + 10),
      l.fcode === 'ADM1' ? 1 : 0, l.fcode === 'ADM2' ? 1 : 0, ...around(l), Math.log(1 + b - a), Math.min(3, lp[0]! + lp[1]!),
      link.apposed ? 1 : 0, link.kind ? 1 : 0, ownTop, ownSeat, ...new Array<number>(OWN_TAIL).fill(0),
    ]);
  }
  return out;
}

