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

/**
 * claim_tallies_by_claimant: the same sums without day, admin1 and weapon. When claims rarely
 * share a day, place and claimant, claim_tallies has nearly a row per claim; this rollup stays
 * bounded by countries × kinds × claimants, and answers tallies by country, claimant or kind
 * that have no date filter (the API's usual "launched vs intercepted over a country" question).
 */
export const COARSE_KEY = ['country', 'kind', 'claimant', 'parent_kind', 'parent_country', 'parent_claimant'] as const;

/**
 * claim_tallies_by_day: the same sums without admin1, weapon and claimant, led by kind, for the
 * timeline (a tally by day over every country) and dated tallies by country or kind; bounded
 * by kinds × days × countries however many claims share them.
 */
export const DAY_KEY = ['kind', 'day', 'country', 'parent_kind', 'parent_day', 'parent_country'] as const;

/** claim_tallies_by_region: without day and claimant, for tallies by region or weapon. */
export const REGION_KEY = ['kind', 'country', 'admin1', 'weapon', 'parent_kind', 'parent_country'] as const;

export type TallyTable = 'claim_tallies' | 'claim_tallies_by_claimant' | 'claim_tallies_by_day' | 'claim_tallies_by_region';
export const TALLY_TABLES: Record<TallyTable, readonly string[]> = {
  claim_tallies: TALLY_KEY, claim_tallies_by_claimant: COARSE_KEY, claim_tallies_by_day: DAY_KEY, claim_tallies_by_region: REGION_KEY,
};
/** The rollups, smallest first; claim_tallies answers whatever they cannot. */
export const ROLLUPS: TallyTable[] = ['claim_tallies_by_claimant', 'claim_tallies_by_region', 'claim_tallies_by_day'];

const tallyTable = (table: TallyTable) => `
CREATE TABLE ${table} (
  ${TALLY_TABLES[table].map((c) => `${c} TEXT NOT NULL`).join(', ')},
  total DOUBLE PRECISION NOT NULL,
  n BIGINT NOT NULL,
  PRIMARY KEY (${TALLY_TABLES[table].join(', ')})
);`;

export const AGGREGATE_TABLES = `${tallyTable('claim_tallies')}
CREATE TABLE record_counts (
  subject TEXT NOT NULL,
  key TEXT NOT NULL,
  n BIGINT NOT NULL,
  PRIMARY KEY (subject, key)
);
`;

export const COARSE_TABLE = tallyTable('claim_tallies_by_claimant');
export const DAY_TABLE = tallyTable('claim_tallies_by_day');
export const REGION_TABLE = tallyTable('claim_tallies_by_region');

/** Each key column's value from a claim `t`, its document `d` and its total `p` (if any). */
const KEY_SQL: Record<string, string> = {
  country: "COALESCE(t.country, '')",
  kind: 't.kind',
  day: "COALESCE(t.when_date, d.published, '')",
  admin1: "COALESCE(t.admin1, '')",
  weapon: "COALESCE(t.weapon, '')",
  claimant: "COALESCE(t.claimant, '')",
  parent_kind: "COALESCE(p.kind, '')",
  parent_day: "CASE WHEN p.id IS NULL THEN '' ELSE COALESCE(p.when_date, d.published, '') END",
  parent_country: "COALESCE(p.country, '')",
  parent_claimant: "COALESCE(p.claimant, '')",
};

/**
 * A claim that repeats a figure another article of the same incident gives (claims.repeat_of,
 * migration 16) is not counted: tallies count each incident's figure once.
 */
export const COUNTED = 't.repeat_of IS NULL';

/**
 * Adds `sign` (+1 or −1, the first two `?`) times the numeric claims of the runs `runs` selects
 * (an SQL condition on `t.run_id`, its parameters after the signs) to `table`. The WHERE
 * clause before ON CONFLICT is required: SQLite cannot otherwise parse an upsert after a SELECT.
 * `counted` leaves repeats out; false only for the migrations written before repeat_of existed.
 */
export function tallyDeltaSql(runs: string, table: TallyTable = 'claim_tallies', counted = true): string {
  const cols = TALLY_TABLES[table];
  const key = cols.join(', ');
  return `INSERT INTO ${table} (${key}, total, n)
SELECT ${cols.map((c) => KEY_SQL[c]).join(', ')}, SUM(t.value) * ?, COUNT(*) * ?
FROM claims t
  JOIN documents d ON d.id = t.document_id
  LEFT JOIN claims p ON p.id = t.part_of
WHERE ${runs} AND t.value IS NOT NULL${counted ? ` AND ${COUNTED}` : ''}
GROUP BY ${cols.map((_, i) => i + 1).join(', ')}
ON CONFLICT (${key}) DO UPDATE SET total = ${table}.total + excluded.total, n = ${table}.n + excluded.n`;
}

/**
 * Adds `sign` times the claims per kind, events per type and location mentions per resolved
 * place of the selected runs (condition on `run_id`; its parameters follow each sign) to
 * record_counts. Documents and runs are counted by `COUNT_ONE`.
 */
/**
 * One resolved place, as the summary counts it and `places` lists it: its gazetteer id, or for
 * a place the gazetteer has no id for (most regions and districts) its name within its
 * country and region. Counting ids only made the summary say 11 where `places` listed 16.
 */
export const PLACE_KEY = (t = '') => `COALESCE(CAST(${t}geonameid AS TEXT), ${t}place_name || '@' || COALESCE(${t}country, '') || '-' || COALESCE(${t}admin1, ''))`;

/** The place counts of the current runs, for a store whose counts were made by an older key. */
export const REFILL_PLACE_COUNTS = `DELETE FROM record_counts WHERE subject = 'places';
INSERT INTO record_counts (subject, key, n) SELECT 'places', ${PLACE_KEY()}, COUNT(*) FROM places
  WHERE run_id IN (SELECT id FROM extraction_runs WHERE superseded_by IS NULL) AND role = 'location' AND place_name IS NOT NULL
  GROUP BY ${PLACE_KEY()};`;

export function countDeltaSql(runs: string): string {
  return `INSERT INTO record_counts (subject, key, n)
SELECT subject, key, n FROM (
  SELECT 'claims' AS subject, kind AS key, COUNT(*) * ? AS n FROM claims WHERE ${runs} GROUP BY kind
  UNION ALL SELECT 'events', type, COUNT(*) * ? FROM events WHERE ${runs} GROUP BY type
  UNION ALL SELECT 'places', ${PLACE_KEY()}, COUNT(*) * ? FROM places
    WHERE ${runs} AND role = 'location' AND place_name IS NOT NULL GROUP BY ${PLACE_KEY()}
) x WHERE n <> 0
ON CONFLICT (subject, key) DO UPDATE SET n = record_counts.n + excluded.n`;
}

/** Adds `n` (second `?`) to the count of `subject` (first `?`): documents and runs. */
export const COUNT_ONE = `INSERT INTO record_counts (subject, key, n) VALUES (?, '', ?)
ON CONFLICT (subject, key) DO UPDATE SET n = record_counts.n + excluded.n`;

/** Groups whose rows all left (a superseded run) are removed, not kept as zeros. */
export const PRUNE_ZEROS = `DELETE FROM claim_tallies WHERE n = 0;
DELETE FROM record_counts WHERE n = 0;`;
export const pruneSql = (table: TallyTable) => `DELETE FROM ${table} WHERE n = 0`;

/** The runs that are current: not superseded. */
const CURRENT = (col: string) => `${col} IN (SELECT id FROM extraction_runs WHERE superseded_by IS NULL)`;

/**
 * Fills claim_tallies and record_counts from the rows already stored (migration 4, and after a
 * bulk load that bypassed the Store, as bench/api.ts does). Expects empty tables.
 */
export const FILL_AGGREGATES = `
${tallyDeltaSql(CURRENT('t.run_id'), 'claim_tallies', false).replaceAll(' * ?', '')};
${countDeltaSql(CURRENT('run_id')).replaceAll(' * ?', '')};
INSERT INTO record_counts (subject, key, n) SELECT 'documents', '', COUNT(*) FROM documents;
INSERT INTO record_counts (subject, key, n) SELECT 'runs', '', COUNT(*) FROM extraction_runs;
${PRUNE_ZEROS}
`;

/** Fills claim_tallies_by_claimant from the rows already stored (migration 6, rebuilds). */
export const FILL_COARSE = `${tallyDeltaSql(CURRENT('t.run_id'), 'claim_tallies_by_claimant', false).replaceAll(' * ?', '')};`;

/** Fills claim_tallies_by_day from the rows already stored (migration 7, rebuilds). */
export const FILL_DAY = `${tallyDeltaSql(CURRENT('t.run_id'), 'claim_tallies_by_day', false).replaceAll(' * ?', '')};`;

/** Fills claim_tallies_by_region from the rows already stored (migration 8, rebuilds). */
export const FILL_REGION = `${tallyDeltaSql(CURRENT('t.run_id'), 'claim_tallies_by_region', false).replaceAll(' * ?', '')};`;

/**
 * Every aggregate filled from the stored rows, repeats left out: for a rebuild on a store at
 * migration 16 or later (the FILL_ constants above are the shipped migrations' own).
 */
export const REFILL_ALL = [
  tallyDeltaSql(CURRENT('t.run_id')).replaceAll(' * ?', ''),
  ...ROLLUPS.map((t) => tallyDeltaSql(CURRENT('t.run_id'), t).replaceAll(' * ?', '')),
  FILL_AGGREGATES.split(';').slice(1).join(';'),
].join(';\n');
