/**
 * Places lent to a name none of whose readings may be meant: the state, county or town the
 * text says it lies in ("X, a village in Y County"), offered to the ranker beside its own readings.
 */
import type { Place } from './gazetteer.ts';
import { linkWords } from './place-words.ts';
import { AREAL } from './prior.ts';
import type { Readings } from './readings.ts';

/** States and counties offered at most to one name as the place it lies in. */
const MAX_LENT = 6;
/** Characters at most between a name and the county lent to it. */
const LENT_GAP = 150;
/** Characters at most between a name and the town or state lent to it. */
const LENT_GAP_TOWN = 80;
/** People in a town that makes it a city, not lightly passed over for a place named after it. */
export const MAJOR_POP = 100_000;
/** Kinds of place that may lend their point to a name inside them: states, counties and towns (a country is too large). */
const LENDS = (f: string) => f === 'ADM1' || f === 'ADM2' || f.startsWith('PPL');

/**
 * Places the rest of the document has settled on, offered as the place of a name none of whose
 * namesakes may be the one meant (a hamlet, a suburb or a district the gazetteer lacks, in a
 * county, town or state the text names): "X, a village in Y County", "X is a suburb of Y",
 * "X, Y Province". The place must be named just after the name, in the same sentence: one
 * named paragraphs away, or before it, is where some other part of the story happened. The
 * ranker weighs each offer against the name's own readings (how far, how linked, what kind).
 */
export function lentFor(r: Readings, n: number): number[] {
  const a = r.start[n]!, b = r.start[n + 1]!;
  // A country, a sea or a region of the world is the one meant over any hamlet of its name ("the
  // Iranian ship anchored off the port of Limassol").
  if (r.place.slice(a, b).some((p) => AREAL.has(p.fcode) && p.fcode !== 'ADM1')) return [];
  // So is a state, a county, a capital or a city of a million, unless the text defines the name as
  // a place of some kind inside the lender ("Lima is a town in Seminole County, Oklahoma") and none
  // of its readings lies there (resolve.ts asks only then).
  const known = r.place.slice(a, b).some((p) => p.fcode === 'ADM1' || p.fcode === 'ADM2' || p.fcode === 'PPLC' || p.pop >= 1e6);
  // A city or a state capital of the name is passed over only for a place the text says it lies
  // in as such ("X is a town in Y", "X, Y"), not for a town named after it ("offices in X and in Y").
  const major = r.place.slice(a, b).some((p) => p.fcode === 'PPLA' || p.pop >= MAJOR_POP);
  const out: { q: number; gap: number }[] = [];
  for (const q of r.settled()) {
    const qp = r.place[q]!;
    if (r.nameOf[q] === n || !LENDS(qp.fcode) || out.some((o) => r.place[o.q] === qp)) continue;
    const { gap, within, apposed, kind } = linkBetween(r, n, r.nameOf[q]!);
    if (gap > LENT_GAP || (known && !kind)) continue;
    // A county whose state or country the text does not name is a stray reading ("SWAT" the team, not Swat District).
    if (qp.fcode === 'ADM2') { const [country, state] = r.parts(q); if (country! + state! <= 0) continue; }
    // A town or state lends only when the words between put the name inside it, and close by:
    // "X is a suburb of Y", not "X and Y" or "an X-based firm opening a plant in Y".
    else if (!within || gap > LENT_GAP_TOWN || (major && !apposed && !kind)) continue;
    out.push({ q, gap });
  }
  return out.sort((x, y) => x.gap - y.gap).slice(0, MAX_LENT).map((o) => o.q);
}


/**
 * The nearest mention of name m after one of name n in the same sentence and within LENT_GAP
 * characters (10^4 when none): how far, and whether
 * the words between place n inside m ("X, Y", "X is a village in Y", "a district of Y").
 */
export function linkBetween(r: Readings, n: number, m: number): { gap: number; within: boolean; apposed: boolean; kind: boolean } {
  const x = r.names[n]!.at, y = r.names[m]!.at, text = r.text;
  let best = 1e4, bi = -1, bj = -1;
  if (x && y && text !== undefined) for (const i of x) for (const j of y) if (j > i && j - i < best && j - i <= LENT_GAP && !/[.!?]\s/.test(text.slice(i, j))) { best = j - i; bi = i; bj = j; }
  if (bi < 0) return { gap: best, within: false, apposed: false, kind: false };
  return { gap: best, ...linkWords(text!.slice(bi, bj), r.names[n]!.len ?? 0) };
}

