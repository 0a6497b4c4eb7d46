/**
 * Aggregates kept in step with the current extraction runs, so tallies and the summary read a
 * few thousand pre-summed rows instead of every claim. Plain SQL that SQLite and PostgreSQL
 * share (INSERT … SELECT … ON CONFLICT DO UPDATE); every Store implementation applies a run's
 * delta in the transaction that makes the run current (+1) or superseded (−1).
 *
 * `claim_tallies` holds, per day × country × admin1 × kind × weapon × claimant, the sum and
 * count of numeric claims. A claim that is part of another (`part_of`) also carries its total's
 * kind, day, country and claimant: whether it is a part depends on whether that total matches
 * the query's filters, which only those columns decide (a part and its total share article,
 * run, place filter and full-text match, see sqlite/tallies.ts). Totals have parent_kind ''.
 *
 * Absent values are stored as '' (NOT NULL key columns: a NULL would make every row with it a
 * distinct key, in both databases); readers turn them back with NULLIF(col, '').
 */

/** Key columns of claim_tallies, in primary-key order (country and kind lead: the usual filters). */
export const TALLY_KEY = [
  'country', 'kind', 'day', 'admin1', 'weapon', 'claimant',
  'parent_kind', 'parent_day', 'parent_country', 'parent_claimant',
] as const;

export const AGGREGATE_TABLES = `
CREATE TABLE claim_tallies (
  ${TALLY_KEY.map((c) => `${c} TEXT NOT NULL`).join(', ')},
  total DOUBLE PRECISION NOT NULL,
  n BIGINT NOT NULL,
  PRIMARY KEY (${TALLY_KEY.join(', ')})
);
CREATE TABLE record_counts (
  subject TEXT NOT NULL,
  key TEXT NOT NULL,
  n BIGINT NOT NULL,
  PRIMARY KEY (subject, key)
);
`;

/**
 * Adds `sign` (+1 or −1, the first two `?`) times the numeric claims of the runs `runs` selects
 * (an SQL condition on `t.run_id`, its parameters after the signs) to claim_tallies. The
 * WHERE clause before ON CONFLICT is required: SQLite cannot otherwise parse an upsert after
 * a SELECT.
 */
export function tallyDeltaSql(runs: string): string {
  const key = TALLY_KEY.join(', ');
  return `INSERT INTO claim_tallies (${key}, total, n)
SELECT COALESCE(t.country, ''), t.kind, COALESCE(t.when_date, d.published, ''), COALESCE(t.admin1, ''),
  COALESCE(t.weapon, ''), COALESCE(t.claimant, ''),
  COALESCE(p.kind, ''), CASE WHEN p.id IS NULL THEN '' ELSE COALESCE(p.when_date, d.published, '') END,
  COALESCE(p.country, ''), COALESCE(p.claimant, ''),
  SUM(t.value) * ?, COUNT(*) * ?
FROM claims t
  JOIN documents d ON d.id = t.document_id
  LEFT JOIN claims p ON p.id = t.part_of
WHERE ${runs} AND t.value IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
ON CONFLICT (${key}) DO UPDATE SET total = claim_tallies.total + excluded.total, n = claim_tallies.n + excluded.n`;
}

/**
 * Adds `sign` times the claims per kind, events per type and location mentions per resolved
 * place of the selected runs (condition on `run_id`; its parameters follow each sign) to
 * record_counts. Documents and runs are counted by `COUNT_ONE`.
 */
export function countDeltaSql(runs: string): string {
  return `INSERT INTO record_counts (subject, key, n)
SELECT subject, key, n FROM (
  SELECT 'claims' AS subject, kind AS key, COUNT(*) * ? AS n FROM claims WHERE ${runs} GROUP BY kind
  UNION ALL SELECT 'events', type, COUNT(*) * ? FROM events WHERE ${runs} GROUP BY type
  UNION ALL SELECT 'places', CAST(geonameid AS TEXT), COUNT(*) * ? FROM places
    WHERE ${runs} AND role = 'location' AND geonameid IS NOT NULL GROUP BY geonameid
) x WHERE n <> 0
ON CONFLICT (subject, key) DO UPDATE SET n = record_counts.n + excluded.n`;
}

/** Adds `n` (second `?`) to the count of `subject` (first `?`): documents and runs. */
export const COUNT_ONE = `INSERT INTO record_counts (subject, key, n) VALUES (?, '', ?)
ON CONFLICT (subject, key) DO UPDATE SET n = record_counts.n + excluded.n`;

/** Groups whose rows all left (a superseded run) are removed, not kept as zeros. */
export const PRUNE_ZEROS = `DELETE FROM claim_tallies WHERE n = 0;
DELETE FROM record_counts WHERE n = 0;`;

/** The runs that are current: not superseded. */
const CURRENT = (col: string) => `${col} IN (SELECT id FROM extraction_runs WHERE superseded_by IS NULL)`;

/**
 * Fills both aggregates from the rows already stored (migration 4, and after a bulk load that
 * bypassed the Store, as bench/api.ts does). Expects empty tables.
 */
export const FILL_AGGREGATES = `
${tallyDeltaSql(CURRENT('t.run_id')).replaceAll(' * ?', '')};
${countDeltaSql(CURRENT('run_id')).replaceAll(' * ?', '')};
INSERT INTO record_counts (subject, key, n) SELECT 'documents', '', COUNT(*) FROM documents;
INSERT INTO record_counts (subject, key, n) SELECT 'runs', '', COUNT(*) FROM extraction_runs;
${PRUNE_ZEROS}
`;
