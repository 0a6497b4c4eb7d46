/**
 * Tallies on SQLite: per group and kind, the sum and count of numeric claims. A claim whose
 * `part_of` total also matches the filter is a part ("25 over Belgorod" of "60 drones"): it
 * goes to `parts`, never into `sums`, so the groups add up to what was reported without double
 * counting. A part whose total was filtered out stands for itself and is summed.
 *
 * A part and its total always share article and run (part_of links within one extraction),
 * so the total "matches" when the filter's own conditions hold for it under alias `p`; the
 * document conditions are the part's. The check runs only for the few claims with a part_of.
 *
 * Filters on the aggregate's columns (kinds, dates, country, claimant) are answered from
 * claim_tallies (src/store/aggregates.ts): thousands of pre-summed rows, not every claim. A
 * box, a place substring, full text or one document need the claims themselves.
 */
import type { Tally, TallyGroupBy, TallyQuery } from '../api-query.js';
import { TALLY_KINDS } from '../api-query.js';
import type { ApiQueries } from './api-queries.js';
import { apiWhere } from './api-where.js';
import { COUNTED, ROLLUPS, TALLY_TABLES, type TallyTable } from '../aggregates.js';

/** The grouping expression per `groupBy`: a fixed whitelist, never user text. */
const GROUP_SQL: Record<TallyGroupBy, string> = {
  day: 'COALESCE(t.when_date, d.published)',
  country: 't.country',
  // admin1 codes repeat across countries, so a region is named with its country.
  region: "CASE WHEN t.admin1 IS NULL THEN t.country ELSE t.country || '-' || t.admin1 END",
  weapon: 't.weapon',
  // "The Russian defence ministry" and "the Russian defence ministry" are one claimant.
  claimant: 'LOWER(t.claimant)',
  kind: 't.kind',
};

/** A written form of the group, where the key is normalised (claimants): shown as written. */
const LABEL_SQL: Partial<Record<TallyGroupBy, string>> = { claimant: 'MIN(t.claimant)' };
const AGGREGATE_LABEL_SQL: Partial<Record<TallyGroupBy, string>> = { claimant: "MIN(NULLIF(claimant, ''))" };

/** The same groups over claim_tallies, whose absent values are '' (see aggregates.ts). */
const AGGREGATE_GROUP_SQL: Record<TallyGroupBy, string> = {
  day: "NULLIF(day, '')",
  country: "NULLIF(country, '')",
  region: "CASE WHEN admin1 = '' THEN NULLIF(country, '') WHEN country = '' THEN NULL ELSE country || '-' || admin1 END",
  weapon: "NULLIF(weapon, '')",
  claimant: "LOWER(NULLIF(claimant, ''))",
  kind: 'kind',
};

const LIKE = (col: string) => `LOWER(${col}) LIKE LOWER(?) ESCAPE '\\'`;
const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** True when every filter of `q` is a column of claim_tallies. */
function fromAggregate(q: TallyQuery): boolean {
  return !q.bbox && !q.place && !q.q && q.documentId === undefined;
}

/**
 * The conditions of the filter on the claim (`prefix` '') or on its total (`parent_`), over
 * claim_tallies. They mirror apiWhere's, with the date already COALESCE(when_date, published).
 */
function aggregateWhere(f: TallyQuery & { kinds: string[] }, prefix: '' | 'parent_') {
  const parts = [`${prefix}kind IN (${f.kinds.map(() => '?').join(', ')})`];
  const params: string[] = [...f.kinds];
  const add = (sql: string, p: string) => { parts.push(sql); params.push(p); };
  if (f.since) add(`NULLIF(${prefix}day, '') >= ?`, f.since);
  if (f.until) add(`NULLIF(${prefix}day, '') <= ?`, f.until);
  if (f.country) add(`${prefix}country = ?`, f.country);
  if (f.claimant) add(LIKE(`NULLIF(${prefix}claimant, '')`), like(f.claimant));
  return { sql: parts.join(' AND '), params };
}

/** Columns each group reads from an aggregate. */
const GROUP_COLUMNS: Record<TallyGroupBy, string[]> = {
  day: ['day'], country: ['country'], region: ['country', 'admin1'], weapon: ['weapon'], claimant: ['claimant'], kind: [],
};

/** The smallest aggregate holding every column the query reads (claim_tallies holds all). */
function tableFor(f: TallyQuery): TallyTable {
  const dated = Boolean(f.since || f.until);
  const need = ['kind', 'parent_kind', ...GROUP_COLUMNS[f.groupBy]];
  if (dated) need.push('day', 'parent_day');
  if (f.country) need.push('country', 'parent_country');
  if (f.claimant) need.push('claimant', 'parent_claimant');
  return ROLLUPS.find((t) => need.every((c) => TALLY_TABLES[t].includes(c))) ?? 'claim_tallies';
}

function aggregateRows(api: ApiQueries, f: TallyQuery & { kinds: string[] }): TallyRow[] {
  const own = aggregateWhere(f, '');
  const parent = aggregateWhere(f, 'parent_');
  const table = tableFor(f);
  return api.prepare(`SELECT ${AGGREGATE_GROUP_SQL[f.groupBy]} AS g, ${AGGREGATE_LABEL_SQL[f.groupBy] ?? 'NULL'} AS label, kind,
      (parent_kind <> '' AND ${parent.sql}) AS is_part, SUM(total) AS total, SUM(n) AS n
    FROM ${table} WHERE ${own.sql}
    GROUP BY g, kind, is_part ORDER BY g, kind`).all(...parent.params, ...own.params) as TallyRow[];
}

function claimRows(api: ApiQueries, f: TallyQuery & { kinds: string[] }): TallyRow[] {
  const w = apiWhere(f, 'claims');
  const parent = apiWhere(f, 'claims', 'p');
  const joinDocument = w.needsDocument || f.groupBy === 'day';
  return api.prepare(`SELECT g, ${LABEL_SQL[f.groupBy] ? 'MIN(label)' : 'NULL'} AS label, kind, is_part, SUM(value) AS total, COUNT(*) AS n FROM (
      SELECT ${GROUP_SQL[f.groupBy]} AS g, ${LABEL_SQL[f.groupBy] ? 't.claimant' : 'NULL'} AS label, t.kind AS kind, t.value AS value,
        (t.part_of IS NOT NULL AND EXISTS (SELECT 1 FROM claims p ${parent.sql} AND p.id = t.part_of)) AS is_part
      FROM claims t ${joinDocument ? 'JOIN documents d ON d.id = t.document_id' : ''}
      ${w.sql} AND t.value IS NOT NULL AND ${COUNTED})
    GROUP BY g, kind, is_part ORDER BY g, kind`).all(...parent.params, ...w.params) as TallyRow[];
}

interface TallyRow { g: string | null; label: string | null; kind: string; is_part: number; total: number | null; n: number }

/** `direct` forces the read over claims: tests compare it with the aggregate. */
export function tallies(api: ApiQueries, q: TallyQuery, direct = false): Tally[] {
  const f = { ...q, kinds: q.kinds?.length ? q.kinds : [...TALLY_KINDS] };
  const rows = fromAggregate(f) && !direct ? aggregateRows(api, f) : claimRows(api, f);

  const groups = new Map<string | null, Tally>();
  for (const r of rows) {
    let t = groups.get(r.g);
    if (!t) {
      t = { key: r.g, sums: {}, counts: {}, parts: { sums: {}, counts: {} }, interceptionRate: null, rateFrom: null };
      if (LABEL_SQL[f.groupBy]) t.label = r.label;
      groups.set(r.g, t);
    }
    if (t.label !== undefined && r.label !== null && (t.label === null || r.label < t.label)) t.label = r.label;
    const into = r.is_part ? t.parts : t;
    into.sums[r.kind] = r.total ?? 0;
    into.counts[r.kind] = r.n;
  }
  if (f.kinds.includes('launched') && f.kinds.includes('intercepted')) {
    for (const p of pairedRows(api, f)) {
      const t = groups.get(p.g);
      if (!t || !(p.launched > 0)) continue;
      t.interceptionRate = Math.round((p.intercepted / p.launched) * 1e4) / 1e4;
      t.rateFrom = { launched: p.launched, intercepted: p.intercepted, reports: p.n };
    }
  }
  return [...groups.values()];
}

interface PairRow { g: string | null; launched: number; intercepted: number; n: number }

/**
 * Launches paired with the interceptions of the same salvo: one article and run, the same
 * claimant (case aside), weapon and date, at most as many intercepted as launched. A rate of a
 * launch count over an interception count from another report (another claimant, another
 * night) is no rate at all, and is how a group reached 370%. Each launch takes its first match.
 */
function pairedRows(api: ApiQueries, f: TallyQuery & { kinds: string[] }): PairRow[] {
  const w = apiWhere({ ...f, kinds: ['launched'] }, 'claims');
  const joinDocument = w.needsDocument || f.groupBy === 'day';
  const same = (col: string) => `COALESCE(i.${col}, '') = COALESCE(t.${col}, '')`;
  // The match is a CTE column read twice (filter and sum): MATERIALIZED runs its subquery once per launch.
  return api.prepare(`WITH pairs AS MATERIALIZED (
      SELECT ${GROUP_SQL[f.groupBy]} AS g, t.value AS lv,
        (SELECT i.value FROM claims i WHERE i.document_id = t.document_id AND i.kind = 'intercepted' AND i.run_id = t.run_id
          AND i.part_of IS NULL AND i.value IS NOT NULL AND i.value <= t.value
          AND LOWER(COALESCE(i.claimant, '')) = LOWER(COALESCE(t.claimant, '')) AND ${same('weapon')} AND ${same('when_date')}
          ORDER BY i.id LIMIT 1) AS iv
      FROM claims t ${joinDocument ? 'JOIN documents d ON d.id = t.document_id' : ''}
      ${w.sql} AND t.part_of IS NULL AND t.value > 0 AND ${COUNTED})
    SELECT g, SUM(lv) AS launched, SUM(iv) AS intercepted, COUNT(*) AS n FROM pairs
    WHERE iv IS NOT NULL GROUP BY g`).all(...w.params) as PairRow[];
}
