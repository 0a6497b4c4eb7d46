/**
 * What a place is worth before its document weighs in: its prior (countries over states over
 * towns), its own name's key, and the geometry the document's readings are linked by.
 */
import type { Place } from './gazetteer.ts';
import { nameKey } from './normalize.ts';
import { internal } from '../language/index.ts';

/** The hand rules' tunables (their outputs are the ranker's features, so changing one means retraining). */
export const T: Record<string, number> = { capital: 1.5, temp: 1, wCountry: 1, wAdmin: 1, wInAdmin: 1, wInCountry: 0, wNear: 1, mult: 3, cap: 3, iter: 1, temp2: 1 };
const CAPITAL = T.capital!;

/** How much a place is expected to be meant, before context: countries over states over towns. */
export function prior(p: Place): number {
  switch (p.fcode) {
    case 'PCLI': return 12.5;
    case 'CONT': return 12;
    case 'RGN': case 'SEA': case 'OCN': case 'GULF': case 'STRT': case 'CHN': case 'ZN': return 10;
    // A state of 10 million (Ohio) outranks any town of that name; a small province less so.
    case 'ADM1': return 4.5 + 0.55 * Math.log10(p.pop + 10);
    case 'ADM2': return 2 + 0.4 * Math.log10(p.pop + 10);
    // An airport is better known than the villages that share its name (bare names are only
    // registered when no town of 20k shares them), as well known as a town of a million.
    case 'AIRP': return 6;
  }
  let s = Math.log10(p.pop + 10);
  // A capital is better known than its size says, but not so much that one local-news cue cannot name a US namesake (Dublin OH).
  if (p.fcode === 'PPLC') s += CAPITAL;
  else if (p.fcode === 'PPLA') s += T.ppla ?? 1;
  // A county seat is no better known than a larger namesake that is not one (Arlington VA vs TX).
  else if (p.fcode === 'PPLA2') s += T.ppla2 ?? 0;
  return s;
}

/**
 * A place's own name key, computed once per place and kept on it: normalising is the costly part of
 * scoring, and a look-up by index missed the cache. Internalized, as the mention keys it is
 * compared with are (resolve.ts mentionKey): equal keys compare by reference.
 */
export function ownKey(p: Place): string {
  return (p.ownKey ??= internal(nameKey(p.name)));
}

/** Prior plus the bonus for being called by its own name ("New Delhi" is not Delhi). */
export const base = (p: Place, key: string | undefined) => prior(p) + (key !== undefined && ownKey(p) === key ? 1.5 : 0);

/** Areal features support the places inside them, not the places near them. */
export const AREAL = new Set(['PCLI', 'CONT', 'RGN', 'SEA', 'OCN', 'GULF', 'STRT', 'CHN', 'ZN', 'ADM1']);

export function km(a: Place, b: Place): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Grid cell of 1°×1° as one number, so neighbour look-ups build no strings. */
export const cellOf = (la: number, lo: number) => (la + 90) * 1000 + (lo + 360);

/**
 * A town and a county that lie together, the county not being named after the town (Anderson
 * and Anderson County meet in every state that has both): two names that meet at one place.
 */
export function isPair(p: Place, q: Place): boolean {
  const [town, county] = p.fcode === 'ADM2' ? [q, p] : [p, q];
  if (county.fcode !== 'ADM2' || town.fcode === 'ADM2') return false;
  const t = ownKey(town);
  return !ownKey(county).startsWith(t + ' ');
}

export function inside(p: Place, c: Place): boolean {
  if (p.idx === c.idx || !c.cc || p.cc !== c.cc) return false;
  if (c.fcode === 'PCLI') return true;
  if (c.fcode === 'ADM1') return p.admin1 === c.admin1 && p.fcode !== 'ADM1';
  return false;
}
