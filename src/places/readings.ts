/**
 * The readings of a document's distinct names and how they support each other: the hand score
 * each name's readings get from the rest, and the ranker's evidence for them.
 */
import type { Place } from './gazetteer.ts';
import { ranker } from './rank.ts';
import { AREAL, base, cellOf, inside, isPair, km, prior, T } from './prior.ts';
import { featureBuffer, featureRows, rankFeatures } from './features.ts';
import { lentFor } from './lent.ts';
import { docSide, type DocSide } from './world.ts';

const TEMP = T.temp!, TEMP2 = T.temp2!, MULT = T.mult!, CAP = T.cap!;
const W_SIB = T.wSib ?? 1, W_PAIR = T.wPair ?? 1;
const W_COUNTRY = T.wCountry!, W_ADMIN = T.wAdmin!, W_IN_ADMIN = T.wInAdmin!, W_IN_COUNTRY = T.wInCountry!, W_NEAR = T.wNear!;
const NEAR_KM = 120;
/** A town and a county reading this near are taken to be the town in its county (a county's towns lie within some 40 km of its middle; a namesake county 100 km off is a neighbour, no more). */
const PAIR_KM = 50;
const CAPITAL_IN_WORLD_NEWS = T.worldCapital ?? 1;
/** Readings of one name at most that the ranker weighs (the rest by the hand score have no chance). */
const RANK_TOP = 20;

const NO_SEATS: ReadonlySet<string> = new Set();

/** A distinct name of a document: its readings, its weight as evidence, its key, and where it is mentioned. */
export interface Name {
  cands: Place[]; weight: number; key?: string; at?: number[];
  /** Characters of its first mention. */
  len?: number;
  /** Some mention speaks or acts ("Washington said") or stands in a sentence of state affairs ("talks in Washington"; affairs.ts): a capital reading stands for its government. */
  government?: boolean;
  /** Readings of the places some mention of the name is said to lie in ("Lancaster County, Nebraska"). */
  within?: Place[];
}


/**
 * The readings (candidates) of all distinct names of one document, flattened, with for each
 * reading the list of other names' readings that support it: a country by what lies in it, a
 * town by its country and state, a point by points within NEAR_KM. The lists depend only on
 * the places, so they are built once; each scoring pass then only reweighs readings.
 */
export class Readings {
  readonly place: Place[] = [];
  readonly nameOf: number[] = [];
  readonly start: number[] = [];
  readonly base: number[];
  /** Current evidence weight of each reading: its name's weight spread by softmax over its readings. */
  readonly w: number[];
  private nbStart: number[] = [];
  private nb: number[] = [];
  private nbMult: number[] = [];
  /** 1 where the link nb[e] is one of nearness (linkNear), whatever the weight of the reading it links; 0 for other links. */
  private nbNear: number[] = [];
  private best: number[];
  private touched: number[] = [];
  private partBest: number[] | null = null;
  /** Capitals read as their governments: the text names other countries (world news). */
  readonly worldCapital = new Set<number>();
  /** The text reads as US local news (resolve.ts adds the US as a name without a key). */
  readonly local: boolean;

  /** `seats`: the countries whose seats of government the text names (seats.ts), asked only when a capital's reading needs them. */
  constructor(readonly names: Name[], readonly text?: string, seats: () => ReadonlySet<string> = () => NO_SEATS) {
    names.forEach((nm, n) => {
      this.start.push(this.place.length);
      for (const p of nm.cands) { this.place.push(p); this.nameOf.push(n); }
    });
    this.start.push(this.place.length);
    const K = this.place.length;
    // Plain arrays: per-document sizes are small, and typed arrays cost more to allocate than to use.
    this.base = new Array<number>(K).fill(0);
    this.w = new Array<number>(K).fill(0);
    this.best = new Array<number>(names.length).fill(0);
    for (let k = 0; k < K; k++) this.base[k] = base(this.place[k]!, names[this.nameOf[k]!]!.key);
    this.demoteSmallStates();
    // A text that names countries is about states and their capitals: "Washington and Cairo"
    // are governments, where a local story's "Washington" is the state.
    // Each country named, by the one name that named it (-1 where several did).
    const named = new Map<string, number>();
    const nameIt = (cc: string, n: number) => { const by = named.get(cc); named.set(cc, by === undefined || by === n ? n : -1); };
    // Its people count as naming it ("Syrian troops"), and outside US local news so does a capital
    // that is its name's best-known reading ("talks between Moscow and Washington").
    const local = (this.local = names.some((nm) => nm.key === undefined));
    names.forEach((nm, n) => {
      if (nm.key === undefined) return;
      if (nm.weight >= 0.5 && nm.cands[0]?.fcode === 'PCLI' && nm.cands.length === 1) nameIt(nm.cands[0]!.cc, n);
      else if (!local && nm.cands.length) {
        let top = nm.cands[0]!;
        for (const c of nm.cands) if (prior(c) > prior(top)) top = c;
        if (top.fcode === 'PPLC') nameIt(top.cc, n);
      }
    });
    // A capital is abroad when another name of the text names some other country: a name's own
    // best-known reading names no country for its other readings (a bare "Kingston" is no world
    // news that makes the capital of Norfolk Island a government's seat).
    const abroad = (cc: string, n: number) => { for (const [c, by] of named) if (c !== cc && by !== n) return true; return false; };
    // So is a text that names a government's institutions ("the White House", "the Kremlin"), and
    // a name that speaks or acts ("Washington said"): a capital standing for its government.
    // The text is scanned for seats only when a capital is read and nothing else settles it.
    let seatsNamed: ReadonlySet<string> | null = null;
    for (let k = 0; k < K; k++) {
      const p = this.place[k]!, n = this.nameOf[k]!;
      if (p.fcode === 'PPLC' && (abroad(p.cc, n) || names[n]!.government || (seatsNamed ??= seats()).has(p.cc))) { this.base[k]! += CAPITAL_IN_WORLD_NEWS; this.worldCapital.add(k); }
    }
    this.linkNeighbours();
    this.spread(this.base, TEMP, false);
  }

  /**
   * A first-level unit smaller than a town of its name is known as a town of its size, not as a
   * state: with nothing else said, "Manchester" is the English city, not the Jamaican parish, and
   * "Hanover" the German city, not the parish; Ohio still outranks every town called Ohio.
   */
  private demoteSmallStates(): void {
    this.names.forEach((_, n) => {
      const a = this.start[n]!, b = this.start[n + 1]!;
      let town = 0;
      for (let k = a; k < b; k++) if (this.place[k]!.fcode.startsWith('PPL')) town = Math.max(town, this.place[k]!.pop);
      for (let k = a; k < b; k++) {
        const p = this.place[k]!;
        if (p.fcode === 'ADM1' && p.pop < town) this.base[k]! += Math.log10(p.pop + 10) - prior(p);
      }
    });
  }

  /**
   * Each reading's list of other names' readings that support it (nb, from nbStart[k]), with the
   * weight of the link: a country by what lies in it, a state by its towns, anything else by its
   * country and state, and a point by the points within NEAR_KM.
   */
  private linkNeighbours(): void {
    const names = this.names, K = this.place.length;
    // Group readings by country and by state (every containment relation is within one
    // country, and all but country-level ones within one state) and by grid cell (nearness is not).
    const byCc = new Map<string, number[]>(), countryOf = new Map<string, number[]>(), byAk = new Map<string, number[]>();
    const grid = new Map<number, number[]>();
    for (let k = 0; k < K; k++) {
      const p = this.place[k]!;
      if (!p.cc) continue;
      if (p.fcode === 'PCLI') { pushTo(countryOf, p.cc, k); continue; }
      pushTo(byCc, p.cc, k);
      pushTo(byAk, p.ak, k);
      if (!AREAL.has(p.fcode)) pushTo(grid, cellOf(Math.floor(p.lat), Math.floor(p.lon)), k);
    }
    const cellKeys = [...grid.keys()], cellLists = [...grid.values()];
    const around = new Map<number, number[][]>();
    this.nbStart = new Array<number>(K + 1).fill(0);
    for (let k = 0; k < K; k++) {
      this.nbStart[k] = this.nb.length;
      const p = this.place[k]!, n = this.nameOf[k]!;
      if (!p.cc) continue;
      // A country is supported by what lies in it; anything else by its country and state.
      if (p.fcode === 'PCLI') { this.link(n, byCc.get(p.cc), BY_COUNTRY_PART, p); continue; }
      this.link(n, countryOf.get(p.cc), BY_COUNTRY, p);
      if (W_IN_COUNTRY) this.link(n, byCc.get(p.cc), BY_COUNTRY_PEER, p);
      if (p.fcode === 'ADM1') {
        this.link(n, byAk.get(p.ak), BY_STATE_PART, p);
        // A state that shares its name with a country (Georgia) is the state when named among its sister states.
        if (W_SIB && names[n]!.cands.some((c) => c.fcode === 'PCLI')) this.link(n, byCc.get(p.cc), BY_SISTER, p);
      }
      else this.link(n, byAk.get(p.ak), BY_STATE, p);
      if (AREAL.has(p.fcode) || !grid.size) continue;
      const la = Math.floor(p.lat), lo = Math.floor(p.lon);
      // Readings share cells (a state's towns): the cells around one are found once per cell.
      const home = cellOf(la, lo);
      let cells = around.get(home);
      if (!cells) around.set(home, (cells = cellsAround(la, lo, grid, cellKeys, cellLists)));
      for (const cell of cells) this.linkNear(cell, p, n);
    }
    this.nbStart[K] = this.nb.length;
  }

  /** Links reading `p` of name n to the readings `qs` of other names, each by its weight for `kind` of link (linkWeight; none where 0). */
  private link(n: number, qs: number[] | undefined, kind: number, p: Place): void {
    if (qs) for (const q of qs) if (this.nameOf[q] !== n) { const m = linkWeight(kind, p, this.place[q]!); if (m) { this.nb.push(q); this.nbMult.push(m); this.nbNear.push(0); } }
  }

  /** Links reading `p` of name n to the points of one grid cell within NEAR_KM of it (a town-county pair by its own weight). */
  private linkNear(cell: readonly number[], p: Place, n: number): void {
    for (const q of cell) {
      const qp = this.place[q]!;
      if (this.nameOf[q] === n || qp.idx === p.idx) continue;
      const d = km(p, qp);
      if (d <= NEAR_KM) { this.nb.push(q); this.nbMult.push(W_PAIR && d <= PAIR_KM && isPair(p, qp) ? -W_PAIR : W_NEAR); this.nbNear.push(1); }
    }
  }

  /** Sets each name's reading weights from scores: softmax at temperature `temp`. */
  spread(score: number[], temp: number, multiOnly: boolean): void {
    this.names.forEach((nm, n) => {
      const a = this.start[n]!, b = this.start[n + 1]!;
      // A name with one reading puts all its weight on it whatever it scores.
      if (multiOnly && b - a <= 1) return;
      let top = -Infinity, sum = 0;
      for (let k = a; k < b; k++) if (score[k]! > top) top = score[k]!;
      for (let k = a; k < b; k++) sum += (this.w[k] = Math.exp((score[k]! - top) / temp));
      for (let k = a; k < b; k++) {
        const w = (nm.weight * this.w[k]!) / sum;
        this.w[k] = !this.place[k]!.cc || w < 0.01 ? 0 : w;
      }
    });
  }

  /** Sum over other names of their best weight for containing, lying in, or lying near reading k. */
  support(k: number): number {
    const best = this.best, touched = this.touched;
    for (let e = this.nbStart[k]!, end = this.nbStart[k + 1]!; e < end; e++) {
      const q = this.nb[e]!;
      const m = this.nbMult[e]!;
      // A town and a county of the document that meet are each other's evidence whatever their priors.
      const v = m < 0 ? this.names[this.nameOf[q]!]!.weight * -m : this.w[q]! * m;
      if (v <= 0) continue;
      const n = this.nameOf[q]!;
      if (best[n] === 0) { touched.push(n); best[n] = v; } else if (v > best[n]!) best[n] = v;
    }
    let s = 0;
    for (const n of touched) { s += best[n]!; best[n] = 0; }
    touched.length = 0;
    return s;
  }

  /**
   * Reading k's support split by kind of evidence, each the sum over other names of their best
   * weight (uncapped): [its country named, its state named or a town in the named state, a
   * place nearby or a town-county pair, places named inside it (for a country or state)].
   */
  parts(k: number): number[] {
    const out = [0, 0, 0, 0];
    const p = this.place[k]!;
    // Scratch of best weights by name and kind, cleared after use: no allocation per reading.
    const best = (this.partBest ??= new Array<number>(this.names.length * 4).fill(0)), touched = this.touched;
    for (let e = this.nbStart[k]!, end = this.nbStart[k + 1]!; e < end; e++) {
      const q = this.nb[e]!, m = this.nbMult[e]!, qp = this.place[q]!;
      const v = m < 0 ? this.names[this.nameOf[q]!]!.weight * -m : this.w[q]! * m;
      if (v <= 0) continue;
      const kind = p.fcode === 'PCLI' || (p.fcode === 'ADM1' && qp.fcode !== 'ADM1' && qp.ak === p.ak) ? 3 : qp.fcode === 'PCLI' ? 0 : qp.fcode === 'ADM1' ? 1 : 2;
      const key = this.nameOf[q]! * 4 + kind;
      if (best[key] === 0) { touched.push(key); best[key] = v; } else if (v > best[key]!) best[key] = v;
    }
    for (const key of touched) { out[key % 4]! += best[key]!; best[key] = 0; }
    touched.length = 0;
    return out;
  }

  /**
   * The other names some reading of which lies near reading k (within NEAR_KM), whatever weight the
   * text has so far given that reading: [how many, and the same each counted by 1 / its number of
   * readings]. Local news names a town's neighbours by names with namesakes in many states (a New
   * London beside a Mount Pleasant and a Winfield): their best-known readings lie scattered, their
   * local ones meet. The hand score's support (support, parts) counts only the readings the text
   * already leans to.
   */
  nearNames(k: number): [number, number] {
    // The parts() scratch, cleared after use: each name is counted once.
    const seen = (this.partBest ??= new Array<number>(this.names.length * 4).fill(0)), touched = this.touched;
    let count = 0, rare = 0;
    for (let e = this.nbStart[k]!, end = this.nbStart[k + 1]!; e < end; e++) {
      if (!this.nbNear[e]) continue;
      const m = this.nameOf[this.nb[e]!]!, key = m * 4;
      if (seen[key] !== 0) continue;
      seen[key] = 1; touched.push(key);
      count++; rare += 1 / (this.start[m + 1]! - this.start[m]!);
    }
    for (const key of touched) seen[key] = 0;
    touched.length = 0;
    return [count, rare];
  }

  score(k: number): number {
    return this.base[k]! + MULT * Math.min(CAP, this.support(k));
  }

  private scores: number[] | null = null;

  /** Re-weighs each ambiguous name's readings by how well they fit the rest. */
  iterate(): void {
    // One scratch array for every pass: spread reads only the names with several readings, which each pass writes.
    const s = (this.scores ??= new Array<number>(this.place.length).fill(0));
    for (let n = 0; n < this.names.length; n++) {
      const a = this.start[n]!, b = this.start[n + 1]!;
      const within = this.names[n]!.within;
      // A name said to lie in a place weighs its readings there as the ranker's hand score does.
      if (b - a > 1) for (let k = a; k < b; k++) s[k] = this.score(k) + (within?.some((c) => inside(this.place[k]!, c)) ? 20 : 0);
    }
    this.spread(s, TEMP2, true);
  }

  /** Where the rest of the text lies, by name (world.ts), once the weights are settled. */
  private sideCache: DocSide | null = null;
  docSide(): DocSide {
    return (this.sideCache ??= docSide(this));
  }

  /** Readings of other names that the document has all but settled on (weight >= 0.5), points only. */
  private settledCache: number[] | null = null;
  settled(): number[] {
    if (this.settledCache) return this.settledCache;
    const out: number[] = [];
    for (let q = 0; q < this.place.length; q++) if (this.w[q]! >= 0.5 && this.place[q]!.cc) out.push(q);
    return (this.settledCache = out);
  }

  /** The settled readings by country, so that a reading is compared only with those of its own. */
  private byCountryCache: Map<string, number[]> | null = null;
  settledByCountry(): Map<string, number[]> {
    if (this.byCountryCache) return this.byCountryCache;
    const m = new Map<string, number[]>();
    for (const q of this.settled()) {
      const cc = this.place[q]!.cc, list = m.get(cc);
      if (list) list.push(q); else m.set(cc, [q]);
    }
    return (this.byCountryCache = m);
  }

  /**
   * The readings of name n worth ranking: all of them, or for a name with more than RANK_TOP the
   * RANK_TOP best by the hand score (a cheap sum over precomputed neighbour lists), so that the
   * ranker's costlier evidence is gathered only for readings with a chance. Returns the reading
   * indices and their hand scores (with +20 inside a reading of `container`).
   */
  shortlist(n: number, container: Place[] | null): { ks: number[]; hand: number[] } {
    const a = this.start[n]!, b = this.start[n + 1]!;
    const ks: number[] = [], hand: number[] = [];
    for (let k = a; k < b; k++) { ks.push(k); hand.push(this.score(k) + (container?.some((c) => inside(this.place[k]!, c)) ? 20 : 0)); }
    if (ks.length <= RANK_TOP) return { ks, hand };
    // Stable: ties keep gazetteer order, as the full ranking did.
    const order = ks.map((_, i) => i).sort((x, y) => hand[y]! - hand[x]! || x - y).slice(0, RANK_TOP).sort((x, y) => x - y);
    return { ks: order.map((i) => ks[i]!), hand: order.map((i) => hand[i]!) };
  }

  /** The best reading of name n (or a lent place) and the ranker's probability for it; the hand pick where no ranker is loaded. */
  rank(n: number, container: Place[] | null, trace?: (cands: Place[], feats: number[][]) => void): { place: Place | null; p: number; lent?: boolean } {
    const a = this.start[n]!, b = this.start[n + 1]!;
    const model = ranker();
    if (!model && !trace) return { place: this.pick(n, container), p: b - a <= 1 ? 1 : NaN };
    const lent = container ? [] : lentFor(this, n);
    if (b - a + lent.length === 0) return { place: null, p: NaN };
    if (b - a + lent.length === 1 && !trace) return { place: b > a ? this.place[a]! : this.place[lent[0]!]!, p: 1, lent: lent.length === 1 };
    const short = this.shortlist(n, container);
    const cands = [...short.ks.map((k) => this.place[k]!), ...lent.map((q) => this.place[q]!)];
    if (trace) trace(cands, rankFeatures(this, n, container, lent, short));
    if (cands.length === 1) return { place: cands[0]!, p: 1, lent: lent.length === 1 };
    if (!model) return { place: this.pick(n, container), p: NaN };
    const rows = featureRows(this, n, container, lent, short);
    const probs = model.probabilitiesOf(featureBuffer(), rows);
    let i = 0;
    for (let j = 1; j < probs.length; j++) if (probs[j]! > probs[i]!) i = j;
    return { place: cands[i]!, p: probs[i]!, lent: i >= short.ks.length };
  }

  /** The ranker's probability for reading `place` of name n among its readings (1 for a sole reading, NaN with no ranker). */
  probabilityOf(n: number, container: Place[] | null, place: Place | null): number {
    const a = this.start[n]!, b = this.start[n + 1]!;
    if (b - a <= 1) return 1;
    const model = ranker();
    if (!model || !place) return NaN;
    const short = this.shortlist(n, container);
    const i = short.ks.findIndex((k) => this.place[k] === place);
    if (i < 0) return NaN;
    const rows = featureRows(this, n, container, [], short);
    return model.probabilitiesOf(featureBuffer(), rows)[i]!;
  }

  /** The best reading of name n, with +20 for lying inside one of `container`'s readings. */
  pick(n: number, container: Place[] | null): Place | null {
    const a = this.start[n]!, b = this.start[n + 1]!;
    if (b - a <= 1) return b > a ? this.place[a]! : null;
    let best: Place | null = null, bestScore = -Infinity;
    for (let k = a; k < b; k++) {
      const p = this.place[k]!;
      let s = this.score(k);
      if (container?.some((c) => inside(p, c))) s += 20;
      if (s > bestScore) { best = p; bestScore = s; }
    }
    return best;
  }
}


/** The occupied cells within a degree of latitude and two of longitude of cell (la, lo), in the order they are linked. */
function cellsAround(la: number, lo: number, grid: Map<number, number[]>, cellKeys: number[], cellLists: number[][]): number[][] {
  const out: number[][] = [];
  // With few occupied cells, test each rather than look up 15.
  if (cellKeys.length <= 15) {
    for (let c = 0; c < cellKeys.length; c++) {
      const key = cellKeys[c]!;
      if (Math.abs(Math.floor(key / 1000) - 90 - la) <= 1 && Math.abs((key % 1000) - 360 - lo) <= 2) out.push(cellLists[c]!);
    }
  } else {
    for (let i = -1; i <= 1; i++) for (let j = -2; j <= 2; j++) {
      const cell = grid.get(cellOf(la + i, lo + j));
      if (cell) out.push(cell);
    }
  }
  return out;
}

function pushTo<K>(m: Map<K, number[]>, key: K, k: number): void {
  const a = m.get(key);
  if (a) a.push(k); else m.set(key, [k]);
}

/** Kinds of link between readings (Readings.link), each with its weight in linkWeight. */
const BY_COUNTRY_PART = 0, BY_COUNTRY = 1, BY_COUNTRY_PEER = 2, BY_STATE_PART = 3, BY_SISTER = 4, BY_STATE = 5;

/** The weight of a link of `kind` from reading p to reading q: a country by what lies in it, a state by its towns, anything else by its country and state. */
function linkWeight(kind: number, p: Place, q: Place): number {
  switch (kind) {
    case BY_COUNTRY_PART: return 1;
    case BY_COUNTRY: return W_COUNTRY;
    case BY_COUNTRY_PEER: return W_IN_COUNTRY;
    case BY_STATE_PART: return q.fcode === 'ADM1' ? 0 : W_IN_ADMIN;
    case BY_SISTER: return q.fcode === 'ADM1' && q.ak !== p.ak ? W_SIB : 0;
    default: return q.fcode === 'ADM1' ? W_ADMIN : 0;
  }
}
