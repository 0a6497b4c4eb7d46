/** The evaluator's incident figures (../shared/eval/score), recomputed here for training reports. */
import type { IncidentSet, Reconciled } from '../../src/reconcile/index.js';

export interface Gold {
  id: string;
  text: string;
  title?: string | null;
  published?: string | null;
  incident: string;
  topic?: string;
  incident_facts?: { killed?: number; injured?: number };
}

const r4 = (v: number) => Number(v.toFixed(4));

export function bcubed(gold: readonly string[], sys: readonly string[]) {
  const groups = (labels: readonly string[]) => {
    const m = new Map<string, Set<number>>();
    labels.forEach((l, i) => m.set(l, (m.get(l) ?? new Set()).add(i)));
    return m;
  };
  const g = groups(gold);
  const s = groups(sys);
  let p = 0;
  let r = 0;
  for (let d = 0; d < gold.length; d++) {
    const gs = g.get(gold[d]!)!;
    const ss = s.get(sys[d]!)!;
    let both = 0;
    for (const x of ss) if (gs.has(x)) both++;
    p += both / ss.size;
    r += both / gs.size;
  }
  p /= gold.length;
  r /= gold.length;
  const pairs = (m: Map<string, Set<number>>) => [...m.values()].reduce((t, v) => t + (v.size * (v.size - 1)) / 2, 0);
  const joint = groups(gold.map((l, i) => `${l}\u0000${sys[i]}`));
  const tp = pairs(joint);
  const pp = tp / (pairs(s) || 1);
  const pr = tp / (pairs(g) || 1);
  return { precision: r4(p), recall: r4(r), f1: r4(p + r ? (2 * p * r) / (p + r) : 0), pairwise_f1: r4(pp + pr ? (2 * pp * pr) / (pp + pr) : 0) };
}

/** Per gold incident: the system incident holding most of its articles, and its figures. */
export function figureShares(gold: readonly { incident: string; incident_facts?: { killed?: number; injured?: number } }[], set: IncidentSet) {
  const out: Record<string, unknown> = {};
  const byId = new Map(set.incidents.map((i) => [i.id, i]));
  for (const field of ['killed', 'injured'] as const) {
    let n = 0, exact = 0, inRange = 0, width = 0, est = 0;
    const seen = new Set<string>();
    gold.forEach((g) => {
      const want = g.incident_facts?.[field];
      if (want === undefined || seen.has(g.incident)) return;
      seen.add(g.incident);
      n++;
      const votes = new Map<string, number>();
      gold.forEach((h, k) => { if (h.incident === g.incident) votes.set(set.incidentOf[k]!, (votes.get(set.incidentOf[k]!) ?? 0) + 1); });
      const top = Math.max(...votes.values());
      const chosen = [...votes].find(([, v]) => v === top)![0];
      const fig: Reconciled | null = byId.get(chosen)?.[field] ?? null;
      if (!fig) return;
      est++;
      exact += fig.best === want ? 1 : 0;
      inRange += fig.low <= want && want <= fig.high ? 1 : 0;
      width += fig.high - fig.low;
    });
    if (n) out[field] = { incidents: n, best_exact: r4(exact / n), in_low_high: r4(inRange / n), mean_width: est ? Number((width / est).toFixed(2)) : null };
  }
  return out;
}
