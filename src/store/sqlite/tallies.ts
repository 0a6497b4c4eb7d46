/**
 * Tallies on SQLite: per group and kind, the sum and count of numeric claims. A claim whose
 * `part_of` total also matches the filter is a part ("40 Shaheds" of "52 drones"): it goes to
 * `parts`, never into `sums`, so the groups add up to what was reported without double counting.
 * A part whose total was filtered out stands for itself and is summed.
 */
import type { Tally, TallyGroupBy, TallyQuery } from '../api-query.js';
import { TALLY_KINDS } from '../api-query.js';
import type { ApiQueries } from './api-queries.js';
import { apiWhere } from './api-where.js';

/** The grouping expression per `groupBy`: a fixed whitelist, never user text. */
const GROUP_SQL: Record<TallyGroupBy, string> = {
  day: 'COALESCE(t.when_date, d.published)',
  country: 't.country',
  // admin1 codes repeat across countries, so a region is named with its country.
  region: "CASE WHEN t.admin1 IS NULL THEN t.country ELSE t.country || '-' || t.admin1 END",
  weapon: 't.weapon',
  claimant: 't.claimant',
  kind: 't.kind',
};

interface TallyRow { g: string | null; kind: string; total: number | null; n: number; parts: number | null; pn: number }

export function tallies(api: ApiQueries, q: TallyQuery): Tally[] {
  const kinds = q.kinds?.length ? q.kinds : [...TALLY_KINDS];
  const w = apiWhere({ ...q, kinds }, 'claims');
  const rows = api.prepare(`WITH m AS MATERIALIZED (
      SELECT t.id, t.part_of, t.kind, t.value, ${GROUP_SQL[q.groupBy]} AS g
      FROM claims t JOIN documents d ON d.id = t.document_id JOIN extraction_runs r ON r.id = t.run_id
      ${w.sql} AND t.value IS NOT NULL)
    SELECT m.g AS g, m.kind AS kind,
      SUM(CASE WHEN p.id IS NULL THEN m.value END) AS total, SUM(p.id IS NULL) AS n,
      SUM(CASE WHEN p.id IS NOT NULL THEN m.value END) AS parts, SUM(p.id IS NOT NULL) AS pn
    FROM m LEFT JOIN m AS p ON m.part_of IS NOT NULL AND p.id = m.part_of
    GROUP BY m.g, m.kind ORDER BY m.g, m.kind`).all(...w.params) as TallyRow[];

  const groups = new Map<string | null, Tally>();
  for (const r of rows) {
    let t = groups.get(r.g);
    if (!t) {
      t = { key: r.g, sums: {}, counts: {}, parts: { sums: {}, counts: {} }, interceptionRate: null };
      groups.set(r.g, t);
    }
    if (r.n) { t.sums[r.kind] = r.total ?? 0; t.counts[r.kind] = r.n; }
    if (r.pn) { t.parts.sums[r.kind] = r.parts ?? 0; t.parts.counts[r.kind] = r.pn; }
  }
  for (const t of groups.values()) {
    const launched = t.sums.launched;
    const intercepted = t.sums.intercepted;
    if (launched && intercepted !== undefined) t.interceptionRate = Math.round((intercepted / launched) * 1e4) / 1e4;
  }
  return [...groups.values()];
}
