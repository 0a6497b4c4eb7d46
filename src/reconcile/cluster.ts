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

export function averageLink(n: number, pairs: readonly ScoredPair[], threshold: number): number[] {
  const members = new Map<number, number[]>();
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
  for (;;) {
    let best: [number, number] | null = null;
    let bestScore = threshold;
    for (const [a, row] of links) {
      const na = members.get(a)!.length;
      for (const [b, sum] of row) {
        if (b <= a) continue;
        const score = sum / (na * members.get(b)!.length);
        // Ties go to the lower ids, so the result does not depend on map order.
        if (score > bestScore || (score === bestScore && best === null)) {
          bestScore = score;
          best = [a, b];
        }
      }
    }
    if (!best) break;
    const [a, b] = best;
    members.get(a)!.push(...members.get(b)!);
    members.delete(b);
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
  }
  const label = new Array<number>(n).fill(0);
  for (const list of members.values()) {
    const first = Math.min(...list);
    for (const m of list) label[m] = first;
  }
  return label;
}
