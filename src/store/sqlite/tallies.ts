/**
 * Tallies on SQLite: per group and kind, the sum and count of numeric claims. A claim whose
 * `part_of` total also matches the filter is a part ("25 over Belgorod" of "60 drones"): it
 * goes to `parts`, never into `sums`, so the groups add up to what was reported without double
 * counting. A part whose total was filtered out stands for itself and is summed.
 *
 * A part and its total always share article and run (part_of links within one extraction),
 * so the total "matches" when the filter's own conditions hold for it under alias `p`; the
 * document conditions are the part's. The check runs only for the few claims with a part_of.
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

interface TallyRow { g: string | null; kind: string; is_part: number; total: number | null; n: number }

export function tallies(api: ApiQueries, q: TallyQuery): Tally[] {
  const f = { ...q, kinds: q.kinds?.length ? q.kinds : [...TALLY_KINDS] };
  const w = apiWhere(f, 'claims');
  const parent = apiWhere(f, 'claims', 'p');
  const joinDocument = w.needsDocument || q.groupBy === 'day';
  // With a country, the covering index answers without reading a claim row; the planner,
  // seeing kind = ? AND country = ?, may otherwise pick the narrower list index and read rows.
  const rows = api.prepare(`SELECT g, kind, is_part, SUM(value) AS total, COUNT(*) AS n FROM (
      SELECT ${GROUP_SQL[q.groupBy]} AS g, t.kind AS kind, t.value AS value,
        (t.part_of IS NOT NULL AND EXISTS (SELECT 1 FROM claims p ${parent.sql} AND p.id = t.part_of)) AS is_part
      FROM claims t ${q.country ? 'INDEXED BY claims_tally' : ''} ${joinDocument ? 'JOIN documents d ON d.id = t.document_id' : ''}
      ${w.sql} AND t.value IS NOT NULL)
    GROUP BY g, kind, is_part ORDER BY g, kind`).all(...parent.params, ...w.params) as TallyRow[];

  const groups = new Map<string | null, Tally>();
  for (const r of rows) {
    let t = groups.get(r.g);
    if (!t) {
      t = { key: r.g, sums: {}, counts: {}, parts: { sums: {}, counts: {} }, interceptionRate: null };
      groups.set(r.g, t);
    }
    const into = r.is_part ? t.parts : t;
    into.sums[r.kind] = r.total ?? 0;
    into.counts[r.kind] = r.n;
  }
  for (const t of groups.values()) {
    const launched = t.sums.launched;
    const intercepted = t.sums.intercepted;
    if (launched && intercepted !== undefined) t.interceptionRate = Math.round((intercepted / launched) * 1e4) / 1e4;
  }
  return [...groups.values()];
}
