/**
 * Average-link agglomerative clustering over scored pairs. Unscored pairs count as probability 0,
 * so a group only grows while most of its members vouch for the newcomer: one chance
 * resemblance cannot chain two incidents together as single-link would.
 */
export interface ScoredPair {
  i: number;
  j: number;
  p: number;
}

/**
 * `firstDays[i]` is the day number of the violent event article i first reports (or null); two
 * clusters whose first reports lie `daysApart` or more apart are never merged.
 */
export interface DateConstraint {
  firstDays: readonly (number | null)[];
  daysApart: number;
}

/**
 * What an incremental refresh brings besides the pairs: `groups[i]` (non-null) puts article i
 * in the incident it was grouped into before, all of whose articles start as one cluster;
 * `frozen[i]` marks an article grouped before. Two clusters merge only if at least one holds
 * an article not grouped before: incidents already formed change only through new articles.
 * `days[i]` (day number or null) orders a component too large to cluster as one.
 */
export interface Seeds {
  groups?: readonly (string | null)[];
  frozen?: readonly boolean[];
  days?: readonly (number | null)[];
}

/**
 * The largest component clustered as one. Average-link over a component costs time and memory
 * with its links (every merge folds one row of links into another); an incident is a handful
 * of articles, so a component of thousands is a chain of look-alike reports (one long war,
 * one region's nightly attacks), not one incident. Such a component is cut into blocks of
 * whole seed groups in date order, each clustered alone, so a year of feeds stays bounded.
 */
export const MAX_COMPONENT = 1000;

/**
 * Two clusters merge only when some pair between them scores at least the threshold, so no
 * cluster ever spans two components of the graph of such pairs: each component is clustered on
 * its own (the same result, in time bounded by the components, not the whole store).
 */
export function averageLink(n: number, pairs: readonly ScoredPair[], threshold: number, dates?: DateConstraint, seeds: Seeds = {}): number[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => { while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!; return x; };
  const groupOf = seedGroups(n, seeds.groups);
  for (let i = 0; i < n; i++) if (groupOf[i] !== i) parent[find(i)] = find(groupOf[i]!);
  for (const { i, j, p } of pairs) if (p >= threshold && i !== j) parent[find(i)] = find(j);
  const nodes = new Map<number, number[]>();
  const push = <T>(m: Map<number, T[]>, k: number, v: T) => { const l = m.get(k); if (l) l.push(v); else m.set(k, [v]); };
  for (let i = 0; i < n; i++) push(nodes, find(i), i);
  const blockOf = new Int32Array(n);
  let blocks = 0;
  for (const members of nodes.values()) {
    for (const block of cut(members, groupOf, seeds.days)) {
      for (const m of block) blockOf[m] = blocks;
      blocks++;
    }
  }
  const blockMembers = new Map<number, number[]>();
  for (let i = 0; i < n; i++) push(blockMembers, blockOf[i]!, i);
  const inside = new Map<number, ScoredPair[]>();
  for (const pair of pairs) if (blockOf[pair.i] === blockOf[pair.j]) push(inside, blockOf[pair.i]!, pair);
  const label = Array.from({ length: n }, (_, i) => i);
  for (const [block, members] of blockMembers) {
    if (members.length < 2) continue;
    const local = new Map(members.map((m, k) => [m, k]));
    const sub = (inside.get(block) ?? []).map((q) => ({ i: local.get(q.i)!, j: local.get(q.j)!, p: q.p }));
    const subDates = dates && { firstDays: members.map((m) => dates.firstDays[m] ?? null), daysApart: dates.daysApart };
    const subSeeds = { group: members.map((m) => local.get(groupOf[m]!) ?? 0), frozen: members.map((m) => seeds.frozen?.[m] ?? false) };
    clusterComponent(members.length, sub, threshold, subDates, subSeeds).forEach((l, k) => { label[members[k]!] = members[l]!; });
  }
  return label;
}

/** For each article, the first article of its seed group (itself when it has none). */
function seedGroups(n: number, groups?: readonly (string | null)[]): number[] {
  const first = new Map<string, number>();
  return Array.from({ length: n }, (_, i) => {
    const g = groups?.[i];
    if (g === null || g === undefined) return i;
    if (!first.has(g)) first.set(g, i);
    return first.get(g)!;
  });
}

/** A component as blocks of at most MAX_COMPONENT articles (whole seed groups, in date order). */
function cut(members: number[], groupOf: readonly number[], days?: readonly (number | null)[]): number[][] {
  if (members.length <= MAX_COMPONENT) return [members];
  const units = new Map<number, number[]>();
  for (const m of members) { const u = units.get(groupOf[m]!); if (u) u.push(m); else units.set(groupOf[m]!, [m]); }
  const dayOf = (u: number[]) => Math.min(...u.map((m) => days?.[m] ?? Infinity));
  const ordered = [...units.values()].map((u) => ({ u, d: dayOf(u), first: Math.min(...u) })).sort((a, b) => a.d - b.d || a.first - b.first);
  const out: number[][] = [];
  let block: number[] = [];
  for (const { u } of ordered) {
    if (block.length && block.length + u.length > MAX_COMPONENT) { out.push(block); block = []; }
    block.push(...u);
  }
  if (block.length) out.push(block);
  return out.map((b) => b.sort((x, y) => x - y));
}

function clusterComponent(n: number, pairs: readonly ScoredPair[], threshold: number, dates: DateConstraint | undefined, seeds: { group: number[]; frozen: boolean[] }): number[] {
  const clusters = new ComponentClusters(n, pairs, dates, seeds.frozen);
  // The best pair comes from a heap instead of a scan of every link per merge (quadratic in a
  // large component: minutes for a few thousand look-alike articles). An entry is stale once
  // either cluster has merged since it was pushed (its version moved); incompatible spans only
  // widen, so an incompatible pair never comes back.
  const heap = new PairHeap();
  const push = (a: number, b: number, sum: number): void => {
    const entry = clusters.entry(a, b, sum);
    if (entry && entry.score >= threshold) heap.push(entry);
  };
  // Seed groups start merged, whatever their pairs score in this batch.
  for (let i = 0; i < n; i++) if (seeds.group[i] !== i && clusters.members.has(i)) clusters.merge(seeds.group[i]!, i);
  for (const [a, row] of clusters.links) for (const [b, sum] of row) if (b > a) push(a, b, sum);
  for (let e = heap.pop(); e; e = heap.pop()) {
    if (!clusters.current(e) || !clusters.compatible(e.a, e.b)) continue;
    clusters.merge(e.a, e.b);
    for (const [c, sum] of clusters.links.get(e.a)!) push(e.a, c, sum);
  }
  return clusters.labels(n);
}

/** The clusters of one component during average-link merging: members, date spans, summed link weights. */
class ComponentClusters {
  readonly members = new Map<number, number[]>();
  readonly links = new Map<number, Map<number, number>>();
  private readonly span = new Map<number, [number, number] | null>();
  private readonly version: Int32Array;
  /** A cluster holding an article of this batch; two frozen (stored) clusters are never merged here. */
  private readonly live: Uint8Array;

  constructor(n: number, pairs: readonly ScoredPair[], private readonly dates: DateConstraint | undefined, frozen: boolean[]) {
    for (let i = 0; i < n; i++) {
      const d = dates?.firstDays[i] ?? null;
      this.span.set(i, d === null ? null : [d, d]);
      this.members.set(i, [i]);
      this.links.set(i, new Map());
    }
    for (const { i, j, p } of pairs) {
      if (i === j) continue;
      this.links.get(i)!.set(j, (this.links.get(i)!.get(j) ?? 0) + p);
      this.links.get(j)!.set(i, (this.links.get(j)!.get(i) ?? 0) + p);
    }
    this.version = new Int32Array(n);
    this.live = Uint8Array.from(frozen, (f) => (f ? 0 : 1));
  }

  /** The heap entry of two clusters: their average link, stamped with their versions. */
  entry(a: number, b: number, sum: number): HeapEntry | null {
    const [x, y] = a < b ? [a, b] : [b, a];
    if (!this.live[x] && !this.live[y]) return null;
    const score = sum / (this.members.get(x)!.length * this.members.get(y)!.length);
    return { score, a: x, b: y, va: this.version[x]!, vb: this.version[y]! };
  }

  current(e: HeapEntry): boolean {
    return e.va === this.version[e.a] && e.vb === this.version[e.b] && this.members.has(e.a) && this.members.has(e.b);
  }

  compatible(a: number, b: number): boolean {
    const [x, y] = [this.span.get(a), this.span.get(b)];
    if (!this.dates || !x || !y) return true;
    return Math.max(x[1], y[1]) - Math.min(x[0], y[0]) < this.dates.daysApart;
  }

  merge(a: number, b: number): void {
    this.members.get(a)!.push(...this.members.get(b)!);
    this.members.delete(b);
    this.live[a] = this.live[a]! | this.live[b]!;
    this.version[a]!++;
    this.version[b]!++;
    const [x, y] = [this.span.get(a), this.span.get(b)];
    this.span.set(a, x && y ? [Math.min(x[0], y[0]), Math.max(x[1], y[1])] : x ?? y ?? null);
    const rowB = this.links.get(b)!;
    this.links.delete(b);
    const rowA = this.links.get(a)!;
    rowA.delete(b);
    for (const [c, sum] of rowB) {
      if (c === a) continue;
      rowA.set(c, (rowA.get(c) ?? 0) + sum);
      const rowC = this.links.get(c)!;
      rowC.delete(b);
      rowC.set(a, (rowC.get(a) ?? 0) + sum);
    }
  }

  /** Each article's cluster, named by its lowest member. */
  labels(n: number): number[] {
    const label = new Array<number>(n).fill(0);
    for (const list of this.members.values()) {
      const first = Math.min(...list);
      for (const m of list) label[m] = first;
    }
    return label;
  }
}

interface HeapEntry { score: number; a: number; b: number; va: number; vb: number }

/** Highest score first; ties to the lower ids, so the result does not depend on map order. */
const before = (x: HeapEntry, y: HeapEntry): boolean => x.score > y.score || (x.score === y.score && (x.a < y.a || (x.a === y.a && x.b < y.b)));

class PairHeap {
  private readonly items: HeapEntry[] = [];
  push(e: HeapEntry): void {
    const h = this.items;
    h.push(e);
    for (let i = h.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (!before(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }
  pop(): HeapEntry | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length && last) {
      h[0] = last;
      for (let i = 0; ;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let m = i;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}
