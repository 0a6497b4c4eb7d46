/**
 * Toponym resolution: rank each mention's candidates by kind and size of place, then by the
 * document's other places (countries and regions first, then towns inside them) and by explicit
 * containment ("Bangor, Maine"). A name repeated in a document resolves the same way each time.
 */
import type { PlacePrecision, ResolvedPlace } from '../types.ts';
import { gazetteer, toResolved, type Place } from './gazetteer.ts';
import type { RawMention } from './recognize.ts';
import { nameKey } from './normalize.ts';

/** How much a place is expected to be meant, before context: countries over states over towns. */
export function prior(p: Place): number {
  switch (p.fcode) {
    case 'PCLI': return 10;
    case 'CONT': return 10;
    case 'RGN': case 'SEA': case 'OCN': case 'GULF': case 'STRT': case 'CHN': return 9;
    case 'ADM1': return 8.3;
    case 'ADM2': return 4.5;
  }
  let s = Math.log10(p.pop + 10);
  if (p.fcode === 'PPLC') s += 2;
  else if (p.fcode === 'PPLA') s += 1;
  else if (p.fcode === 'PPLA2') s += 0.4;
  return s;
}

/** The places a document is about, weighted: evidence that a town is in this country or state. */
export interface DocContext { countries: Map<string, number>; admins: Map<string, number> }

function inside(p: Place, c: Place): boolean {
  if (p.idx === c.idx || !c.cc || p.cc !== c.cc) return false;
  if (c.fcode === 'PCLI') return true;
  if (c.fcode === 'ADM1') return p.admin1 === c.admin1 && p.fcode !== 'ADM1';
  return false;
}

export function score(p: Place, ctx: DocContext | null, container: Place[] | null, key?: string): number {
  let s = prior(p);
  // A place's own name is stronger evidence than one of its alternate names ("New Delhi" is not Delhi).
  if (key !== undefined && nameKey(p.name) === key) s += 1.5;
  if (ctx) {
    if (p.fcode !== 'PCLI') s += 2.5 * Math.min(2, ctx.countries.get(p.cc) ?? 0);
    if (p.fcode !== 'ADM1' && p.fcode !== 'PCLI') s += 3 * Math.min(2, ctx.admins.get(`${p.cc}.${p.admin1}`) ?? 0);
  }
  if (container?.some((c) => inside(p, c))) s += 20;
  return s;
}

function rank(cands: number[], ctx: DocContext | null, container: Place[] | null, key?: string): Place | null {
  const g = gazetteer();
  let best: Place | null = null, bestScore = -Infinity;
  for (const c of cands) {
    const p = g.place(c);
    const s = score(p, ctx, container, key);
    if (s > bestScore) { best = p; bestScore = s; }
  }
  return best;
}

/** Evidence from first-pass picks: countries/regions count fully, towns half, demonyms a little. */
function contextOf(picks: (Place | null)[], ms: RawMention[], skip: number): DocContext {
  const ctx: DocContext = { countries: new Map(), admins: new Map() };
  picks.forEach((p, k) => {
    if (!p || k === skip || !p.cc) return;
    const w = ms[k].role === 'demonym' ? 0.3 : p.fcode === 'PCLI' || p.fcode === 'ADM1' ? 1 : 0.5;
    ctx.countries.set(p.cc, (ctx.countries.get(p.cc) ?? 0) + w);
    if (p.fcode !== 'PCLI') ctx.admins.set(`${p.cc}.${p.admin1}`, (ctx.admins.get(`${p.cc}.${p.admin1}`) ?? 0) + w);
  });
  return ctx;
}

export function resolveMentions(ms: RawMention[]): (Place | null)[] {
  const g = gazetteer();
  // Pass 1: each mention alone, with explicit containers.
  const keys = ms.map((m) => nameKey(m.text.replace(/['’]s$/, '')));
  const first = ms.map((m, k) => rank(m.cands, null, m.container !== null ? ms[m.container].cands.map((c) => g.place(c)) : null, keys[k]));
  // Pass 2: with the document's other places.
  const second = ms.map((m, k) => {
    const container = m.container !== null ? [first[m.container]].filter((x): x is Place => !!x) : null;
    return rank(m.cands, contextOf(first, ms, k), container, keys[k]);
  });
  // One sense per document: a repeated name takes the sense chosen where it had the most support.
  const byText = new Map<string, Place | null>();
  ms.forEach((m, k) => {
    const key = `${m.text.toLowerCase()}|${m.regionLevel}`;
    const cur = byText.get(key);
    if (m.container !== null || cur === undefined) byText.set(key, second[k]);
  });
  return ms.map((m, k) => (m.container !== null ? second[k] : byText.get(`${m.text.toLowerCase()}|${m.regionLevel}`) ?? second[k]));
}

export function toResolvedFor(m: RawMention, p: Place | null): ResolvedPlace | null {
  if (!p) return null;
  let precision: PlacePrecision | undefined;
  if (m.regionLevel && p.fcode !== 'ADM1' && p.fcode !== 'ADM2') precision = 'district';
  return toResolved(p, precision);
}
