/**
 * The places each mention is said to lie in: its comma or "in" container ("Bangor, Maine"), else
 * the next mention when the words between define the name as a place inside it ("X is a town in
 * Y County", "X, a suburb of Y"); then that one's own, and so on ("X is a town in Y County, Maine,
 * United States" puts X in Y County, Maine and the United States).
 */
import type { Place } from './gazetteer.ts';
import type { RawMention } from './recognize.ts';
import { definesWithin } from './place-words.ts';
import { inside, km } from './prior.ts';

/** Characters at most between a name and the place a defining phrase puts it in. */
const DEFINING_GAP = 150;
/** Containers followed at most from one mention (county, state, country). */
const MAX_DEPTH = 4;

/** Index of the mention that mention k is said to lie in, or null. Mentions are in text order. */
function containerOf(ms: readonly RawMention[], k: number, text: string): number | null {
  const m = ms[k]!;
  if (m.container !== null) return m.container;
  const next = ms[k + 1];
  if (!next || m.role === 'demonym' || next.start - m.end > DEFINING_GAP) return null;
  return definesWithin(text.slice(m.end, next.start)) ? k + 1 : null;
}

/** Readings that lie inside no place a comma names after them but a larger one (a state in its country). */
const isStateOrCountry = (p: Place): boolean => p.fcode === 'PCLI' || p.fcode === 'ADM1';

/** How near a name's reading must lie to a county's or a town's point to be inside it, in km. */
const NEAR_KM: Readonly<Record<string, number>> = { ADM2: 80, town: 40 };

/**
 * Whether some reading of `own` lies near a county or town reading of `container`; true too when
 * `container` has a reading of another kind (a state, a country) or none in the name's countries
 * (a county the gazetteer lacks, read as a namesake abroad, says nothing).
 */
function nearAny(own: readonly Place[], container: readonly Place[]): boolean {
  if (container.some((q) => q.fcode !== 'ADM2' && !q.fcode.startsWith('PPL'))) return true;
  if (!container.some((q) => own.some((p) => p.cc === q.cc))) return true;
  return container.some((q) => own.some((p) => km(p, q) <= (q.fcode === 'ADM2' ? NEAR_KM.ADM2! : NEAR_KM.town!)));
}

/**
 * For each mention, the readings of the place it is said to lie in (null when none): the
 * innermost container holding one of its own readings up to the first state or country, else,
 * for a comma or "in" container, that container's readings as they are.
 */
export function containersHolding(ms: readonly RawMention[], text: string | undefined, cands: (k: number) => Place[]): (Place[] | null)[] {
  const direct = ms.map((m, k) => (text === undefined ? m.container : containerOf(ms, k, text)));
  return direct.map((c0, k) => {
    if (c0 === null) return null;
    const own = cands(k);
    // A country or a state named before a comma and a place that holds none of its readings is a
    // list's member, not a place inside it: "China, Canada and Japan", "Ohio, Indiana and Illinois".
    const comma = ms[k]!.container !== null && !own.some(isStateOrCountry);
    // A county or town it is said to lie in with no reading of the name near it: the place
    // meant is one the gazetteer lacks ("Clifton, a suburb of Bristol" is no other Clifton in
    // England), lent the container's point (lent.ts) rather than put in the state around it.
    if (!nearAny(own, cands(c0))) return comma ? cands(c0) : null;
    const seen: number[] = [];
    for (let c: number | null | undefined = c0; c !== null && c !== undefined && seen.length < MAX_DEPTH && !seen.includes(c); c = direct[c]) {
      seen.push(c);
      const cs = cands(c);
      if (own.some((p) => cs.some((q) => inside(p, q)))) return cs;
      // A state or country that holds none of its readings is the first that could: the United
      // States after "Taylor County, Wisconsin" says nothing of which Aurora, only that it is none of them.
      if (cs.some((q) => q.fcode === 'ADM1' || q.fcode === 'PCLI')) break;
    }
    return comma ? cands(c0) : null;
  });
}
