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
    case 'PCLI': return 12.5;
    case 'CONT': return 12;
    case 'RGN': case 'SEA': case 'OCN': case 'GULF': case 'STRT': case 'CHN': case 'ZN': return 10;
    // A state of 10 million (Ohio) outranks any town of that name; a small province less so.
    case 'ADM1': return 4.5 + 0.55 * Math.log10(p.pop + 10);
    case 'ADM2': return 2 + 0.4 * Math.log10(p.pop + 10);
  }
  let s = Math.log10(p.pop + 10);
  if (p.fcode === 'PPLC') s += T.capital!;
  else if (p.fcode === 'PPLA') s += 1;
  else if (p.fcode === 'PPLA2') s += 0.4;
  return s;
}

/** A place's own name key, computed once per place: normalising is the costly part of scoring. */
const ownKeys = new Map<number, string>();
function ownKey(p: Place): string {
  let k = ownKeys.get(p.idx);
  if (k === undefined) ownKeys.set(p.idx, (k = nameKey(p.name)));
  return k;
}

/** Tunables, overridable through PLACES_TUNE (JSON) while experimenting. */
export const T: Record<string, number> = { capital: 2, temp: 1, wCountry: 1, wAdmin: 1, wInAdmin: 1, wInCountry: 0, wNear: 1, mult: 3, cap: 3, iter: 1, temp2: 1, ...(process.env.PLACES_TUNE ? JSON.parse(process.env.PLACES_TUNE) : {}) };

const AREAL = new Set(['PCLI', 'CONT', 'RGN', 'SEA', 'OCN', 'GULF', 'STRT', 'CHN', 'ZN', 'ADM1']);
const NEAR_KM = 120;
const MAX_CANDS = 40;

function km(a: Place, b: Place): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * What the rest of the document says, indexed so that one candidate's support costs a few map
 * look-ups: which names offer a country, a state, or a point near a candidate.
 */
export class DocContext {
  // Each index maps to: name -> the weight of its best reading that offers this country/state/point.
  private byCountry = new Map<string, Map<number, number>>(); // cc -> names reading as that country
  private byAdmin = new Map<string, Map<number, number>>(); // cc.a1 -> names reading as that state
  private inCountry = new Map<string, Map<number, number>>(); // cc -> names with a reading inside it
  private inAdmin = new Map<string, Map<number, number>>(); // cc.a1 -> names with a reading inside it
  private grid = new Map<string, { p: Place; name: number; w: number }[]>();

  /** names: for each distinct name, its candidates, its name key and how much its evidence counts. */
  constructor(names: { cands: Place[]; weight: number; key?: string; pr?: number[] }[]) {
    const add = (m: Map<string, Map<number, number>>, k: string, n: number, w: number) => {
      let s = m.get(k);
      if (!s) m.set(k, (s = new Map()));
      s.set(n, Math.max(w, s.get(n) ?? 0));
    };
    names.forEach(({ cands, weight, key }, n) => {
      // Evidence from an ambiguous name is spread over its readings by their prior
      // ("Ohio" is almost surely the state; "Athens" is mostly Greece, a little Georgia).
      const pr = names[n]!.pr ?? cands.map((p) => prior(p) + (key !== undefined && ownKey(p) === key ? 1.5 : 0));
      const top = Math.max(...pr);
      const ex = pr.map((x) => Math.exp((x - top) / (names[n]!.pr ? T.temp2! : T.temp!)));
      const sum = ex.reduce((a, b) => a + b, 0);
      cands.forEach((p, i) => {
        const w = (weight * ex[i]!) / sum;
        if (!p.cc || w < 0.01) return;
        if (p.fcode === 'PCLI') { add(this.byCountry, p.cc, n, w * T.wCountry!); return; }
        add(this.inCountry, p.cc, n, w);
        if (p.fcode === 'ADM1') { add(this.byAdmin, `${p.cc}.${p.admin1}`, n, w * T.wAdmin!); return; }
        add(this.inAdmin, `${p.cc}.${p.admin1}`, n, w * T.wInAdmin!);
        if (AREAL.has(p.fcode)) return;
        const cell = `${Math.floor(p.lat)},${Math.floor(p.lon)}`;
        let arr = this.grid.get(cell);
        if (!arr) this.grid.set(cell, (arr = []));
        arr.push({ p, name: n, w: w * T.wNear! });
      });
    });
  }

  /** Sum over other names of their weight for containing, lying in, or lying near this place. */
  support(p: Place, self: number): number {
    const names = new Map<number, number>();
    const take = (s?: Map<number, number>) => s?.forEach((w, n) => { if (n !== self) names.set(n, Math.max(w, names.get(n) ?? 0)); });
    if (p.fcode === 'PCLI') take(this.inCountry.get(p.cc));
    else if (p.cc) {
      take(this.byCountry.get(p.cc));
      if (T.wInCountry) this.inCountry.get(p.cc)?.forEach((w, n) => { if (n !== self) names.set(n, Math.max(w * T.wInCountry!, names.get(n) ?? 0)); });
      if (p.fcode === 'ADM1') take(this.inAdmin.get(`${p.cc}.${p.admin1}`));
      else take(this.byAdmin.get(`${p.cc}.${p.admin1}`));
      if (!AREAL.has(p.fcode)) {
        const la = Math.floor(p.lat), lo = Math.floor(p.lon);
        for (let i = -1; i <= 1; i++) for (let j = -2; j <= 2; j++) {
          for (const q of this.grid.get(`${la + i},${lo + j}`) ?? []) {
            if (q.name !== self && q.w > (names.get(q.name) ?? 0) && q.p.idx !== p.idx && km(p, q.p) <= NEAR_KM) names.set(q.name, q.w);
          }
        }
      }
    }
    let s = 0;
    for (const w of names.values()) s += w;
    return s;
  }
}

export function score(p: Place, ctx: DocContext | null, container: Place[] | null, key?: string, self = -1): number {
  let s = prior(p);
  // A place's own name is stronger evidence than one of its alternate names ("New Delhi" is not Delhi).
  if (key !== undefined && ownKey(p) === key) s += 1.5;
  if (ctx) s += T.mult! * Math.min(T.cap!, ctx.support(p, self));
  if (container?.some((c) => inside(p, c))) s += 20;
  return s;
}

function inside(p: Place, c: Place): boolean {
  if (p.idx === c.idx || !c.cc || p.cc !== c.cc) return false;
  if (c.fcode === 'PCLI') return true;
  if (c.fcode === 'ADM1') return p.admin1 === c.admin1 && p.fcode !== 'ADM1';
  return false;
}

function topCandidates(cands: number[]): Place[] {
  const g = gazetteer();
  const ps = cands.map((c) => g.place(c));
  if (ps.length <= MAX_CANDS) return ps;
  return ps.sort((a, b) => prior(b) - prior(a)).slice(0, MAX_CANDS);
}

export function resolveMentions(ms: RawMention[]): (Place | null)[] {
  // Distinct names: a name repeated in a document is one piece of evidence and one sense.
  const keyOf = (m: RawMention) => `${nameKey(m.text.replace(/['’]s$/, ''))}|${m.regionLevel ?? ''}`;
  const ids = new Map<string, number>();
  const names: { cands: Place[]; weight: number; key: string }[] = [];
  const nameOf = ms.map((m) => {
    const k = keyOf(m);
    let id = ids.get(k);
    if (id === undefined) {
      ids.set(k, (id = names.length));
      names.push({ cands: topCandidates(m.cands), weight: m.role === 'demonym' ? 0.5 : 1, key: nameKey(m.text.replace(/['’]s$/, '')) });
    }
    return id;
  });
  let ctx = new DocContext(names);
  // Re-weigh each name's readings by how well they fit the rest: coherent readings
  // (towns of one state) reinforce each other instead of each being drowned by its prior.
  for (let it = 0; it < T.iter!; it++) {
    const c0 = ctx;
    ctx = new DocContext(names.map((n, id) => ({ ...n, pr: n.cands.map((p) => score(p, c0, null, n.key, id)) })));
  }
  const pick = (cands: Place[], key: string, self: number, container: Place[] | null): Place | null => {
    let best: Place | null = null, bestScore = -Infinity;
    for (const p of cands) {
      const s = score(p, ctx, container, key, self);
      if (s > bestScore) { best = p; bestScore = s; }
    }
    return best;
  };
  const bySense = names.map((n, id) => pick(n.cands, n.key, id, null));
  return ms.map((m, k) => {
    if (m.container === null) return bySense[nameOf[k]];
    const container = names[nameOf[m.container]].cands;
    return pick(names[nameOf[k]].cands, names[nameOf[k]].key, nameOf[k], container);
  });
}

export function toResolvedFor(m: RawMention, p: Place | null): ResolvedPlace | null {
  if (!p) return null;
  let precision: PlacePrecision | undefined;
  if (m.regionLevel && p.fcode !== 'ADM1' && p.fcode !== 'ADM2') precision = 'district';
  return toResolved(p, precision);
}
