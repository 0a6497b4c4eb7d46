/**
 * The hand rule for a capital or world city named alone in news (to be replaced by ranker features).
 */
import { AREAL, ownKey } from './prior.ts';
import type { Readings } from './readings.ts';
import { MAJOR_POP } from './lent.ts';

/** People in a city that news names bare for itself whatever its namesakes (Hannover, not Hanover parish). */
const WORLD_CITY_POP = 500_000;
/** How many times larger than every other town of its name such a city is (Santa Ana, California is no namesake of a larger Santa Ana). */
const WORLD_CITY_LEAD = 5;
/** Support (another name's weight on a place that contains or neighbours it) that makes a namesake of such a city a reading the text points to. */
const WORLD_CITY_SUPPORT = 0.2;

/**
 * Of readings `ks` of name n, the capital or world city a news text means by the name alone, or
 * -1: outside US local news, when the text gives none of the name's other readings support, the
 * name's largest town if it is a capital of MAJOR_POP or a city of WORLD_CITY_POP, WORLD_CITY_LEAD
 * times larger than any other, and no country or larger state shares the name ("talks in Rome", "the fair in Hanover"). The ranker's weights
 * come from encyclopedia articles on namesakes and from US local papers, where a bare name is
 * the namesake, and put such a city below a US town of its name.
 */
export function worldCity(r: Readings, n: number, ks: number[]): number {
  if (r.local) return -1;
  let best = -1, area = 0;
  ks.forEach((k, i) => {
    const p = r.place[k]!;
    if (p.fcode.startsWith('PPL')) { if (best < 0 || p.pop > r.place[ks[best]!]!.pop) best = i; }
    else if (p.fcode === 'PCLI' || AREAL.has(p.fcode) || p.fcode === 'ADM2') area = Math.max(area, p.fcode === 'PCLI' ? Infinity : p.pop);
  });
  if (best < 0) return -1;
  const city = r.place[ks[best]!]!;
  // Its namesakes are the towns called by the name itself (Lomé is no namesake of Rome).
  const key = r.names[n]!.key;
  const next = ks.reduce((m, k, i) => (i !== best && r.place[k]!.fcode.startsWith('PPL') && ownKey(r.place[k]!) === key ? Math.max(m, r.place[k]!.pop) : m), 0);
  // A city named by the name itself is the one meant over a larger one known by it too (New Delhi, not Delhi).
  if (ownKey(city) !== key && next >= MAJOR_POP) return -1;
  if (area >= city.pop || next * WORLD_CITY_LEAD > city.pop || !((city.fcode === 'PPLC' && city.pop >= MAJOR_POP) || city.pop >= WORLD_CITY_POP)) return -1;
  // Support for another reading (its state, a town near it, its country named) is the text pointing
  // elsewhere, and the ranker decides; a trace of it is only a namesake of another name nearby (a Liverpool near Rome, New York).
  return ks.some((k, i) => i !== best && r.parts(k).some((x) => x >= WORLD_CITY_SUPPORT)) ? -1 : best;
}

