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
 * Two clusters merge only when some pair between them scores at least the threshold, so no
 * cluster ever spans two components of the graph of such pairs: each component is clustered on
 * its own (the same result, in time bounded by the components, not the whole store).
 */
export function averageLink(n: number, pairs: readonly ScoredPair[], threshold: number, dates?: DateConstraint): number[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => { while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!; return x; };
  for (const { i, j, p } of pairs) if (p >= threshold && i !== j) parent[find(i)] = find(j);
  const nodes = new Map<number, number[]>();
  const push = <T>(m: Map<number, T[]>, k: number, v: T) => { const l = m.get(k); if (l) l.push(v); else m.set(k, [v]); };
  for (let i = 0; i < n; i++) push(nodes, find(i), i);
  const inside = new Map<number, ScoredPair[]>();
  for (const pair of pairs) if (find(pair.i) === find(pair.j)) push(inside, find(pair.i), pair);
  const label = Array.from({ length: n }, (_, i) => i);
  for (const [root, members] of nodes) {
    if (members.length < 2) continue;
    const local = new Map(members.map((m, k) => [m, k]));
    const sub = (inside.get(root) ?? []).map((q) => ({ i: local.get(q.i)!, j: local.get(q.j)!, p: q.p }));
    const subDates = dates && { firstDays: members.map((m) => dates.firstDays[m] ?? null), daysApart: dates.daysApart };
    clusterComponent(members.length, sub, threshold, subDates).forEach((l, k) => { label[members[k]!] = members[l]!; });
  }
  return label;
}

function clusterComponent(n: number, pairs: readonly ScoredPair[], threshold: number, dates?: DateConstraint): number[] {
  const members = new Map<number, number[]>();
  const span = new Map<number, [number, number] | null>();
  for (let i = 0; i < n; i++) {
    const d = dates?.firstDays[i] ?? null;
    span.set(i, d === null ? null : [d, d]);
  }
  const compatible = (a: number, b: number): boolean => {
    const [x, y] = [span.get(a), span.get(b)];
    if (!dates || !x || !y) return true;
    return Math.max(x[1], y[1]) - Math.min(x[0], y[0]) < dates.daysApart;
  };
  const links = new Map<number, Map<number, number>>();
  for (let i = 0; i < n; i++) {
    members.set(i, [i]);
    links.set(i, new Map());
  }
  for (const { i, j, p } of pairs) {
    if (i === j) continue;
    links.get(i)!.set(j, (links.get(i)!.get(j) ?? 0) + p);
    links.get(j)!.set(i, (links.get(j)!.get(i) ?? 0) + p);
  }
  // The best pair comes from a heap instead of a scan of every link per merge (quadratic in a
  // large component: minutes for a few thousand look-alike articles). An entry is stale once
  // either cluster has merged since it was pushed (its version moved); incompatible spans only
  // widen, so an incompatible pair never comes back.
  const version = new Int32Array(n);
  const heap = new PairHeap();
  const push = (a: number, b: number, sum: number): void => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const score = sum / (members.get(x)!.length * members.get(y)!.length);
    if (score >= threshold) heap.push({ score, a: x, b: y, va: version[x]!, vb: version[y]! });
  };
  for (const [a, row] of links) for (const [b, sum] of row) if (b > a) push(a, b, sum);
  for (let e = heap.pop(); e; e = heap.pop()) {
    if (e.va !== version[e.a] || e.vb !== version[e.b] || !members.has(e.a) || !members.has(e.b)) continue;
    if (!compatible(e.a, e.b)) continue;
    const { a, b } = e;
    members.get(a)!.push(...members.get(b)!);
    members.delete(b);
    version[a]!++;
    version[b]!++;
    const [x, y] = [span.get(a), span.get(b)];
    span.set(a, x && y ? [Math.min(x[0], y[0]), Math.max(x[1], y[1])] : x ?? y ?? null);
    const rowB = links.get(b)!;
    links.delete(b);
    const rowA = links.get(a)!;
    rowA.delete(b);
    for (const [c, sum] of rowB) {
      if (c === a) continue;
      rowA.set(c, (rowA.get(c) ?? 0) + sum);
      const rowC = links.get(c)!;
      rowC.delete(b);
      rowC.set(a, (rowC.get(a) ?? 0) + sum);
    }
    for (const [c, sum] of rowA) push(a, c, sum);
  }
  const label = new Array<number>(n).fill(0);
  for (const list of members.values()) {
    const first = Math.min(...list);
    for (const m of list) label[m] = first;
  }
  return label;
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
