/**
 * Which article's figures a tally counts for an incident, kind by kind, so that a figure three
 * articles repeat about one incident is counted once.
 *
 * The rule: for killed and injured, the article whose total is the incident's reconciled `best`
 * (or nearest it); for other kinds (launched, intercepted, hit …), the total most independent
 * articles give, ties to the latest report (later reports revise earlier ones). Copies never vote.
 * Ties between articles giving the chosen figure go to the latest, then the smallest id. Every
 * other article's figures of that kind are repeats: kept, shown, not summed.
 */
import type { Incident } from './types.js';

/** An article's sum of numeric claims per kind, totals only (parts of a total left out). */
export type ArticleTotals = ReadonlyMap<string, ReadonlyMap<string, number>>;

export const COUNTING_RULE = 'each incident counts once per kind: the article giving its reconciled best (killed, injured) or the figure most independent reports give (other kinds; ties to the latest report); other articles\' figures of that kind in the incident are repeats';

function target(incident: Incident, kind: string, givers: { id: string; value: number; published: string }[]): number {
  const reconciled = kind === 'killed' ? incident.killed : kind === 'injured' ? incident.injured : null;
  if (reconciled) return reconciled.best;
  const votes = new Map<number, { n: number; last: string }>();
  for (const g of givers) {
    const v = votes.get(g.value) ?? { n: 0, last: '' };
    v.n++;
    if (g.published > v.last) v.last = g.published;
    votes.set(g.value, v);
  }
  return [...votes].sort((a, b) => b[1].n - a[1].n || b[1].last.localeCompare(a[1].last) || b[0] - a[0])[0]![0];
}

/** Per kind that two or more of the incident's articles give, the article whose figure counts. */
export function countedArticles(incident: Incident, totals: ArticleTotals): Map<string, string> {
  const out = new Map<string, string>();
  if (incident.articles.length < 2) return out;
  const kinds = new Set<string>();
  for (const a of incident.articles) for (const k of totals.get(a.id)?.keys() ?? []) kinds.add(k);
  for (const kind of kinds) {
    const givers = incident.articles.flatMap((a) => {
      const value = totals.get(a.id)?.get(kind);
      return value === undefined ? [] : [{ id: a.id, value, published: a.published ?? '', copy: a.copyOf !== null }];
    });
    if (givers.length < 2) continue;
    const independent = givers.filter((g) => !g.copy);
    const voters = independent.length ? independent : givers;
    const t = target(incident, kind, voters);
    const chosen = [...voters].sort((a, b) => Math.abs(a.value - t) - Math.abs(b.value - t) || b.published.localeCompare(a.published) || a.id.localeCompare(b.id))[0]!;
    out.set(kind, chosen.id);
  }
  return out;
}
