/**
 * The WHERE clause of the API's queries on SQLite: `?` placeholders for every value the user
 * gave, column names fixed here. `d` is the documents table.
 * Full-text terms go to FTS5 as quoted strings, so no user text is ever read as query syntax.
 */
import type { ApiFilter } from '../api-query.js';

export interface SqlWhere {
  sql: string;
  params: (string | number)[];
}

/** LIKE with the user's text taken literally: % and _ escaped. */
function like(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Each whitespace-separated term becomes an FTS5 string ("" escapes a quote); a trailing `*`
 * keeps prefix search. Terms are ANDed. Returns null when nothing searchable is left.
 */
export function ftsQuery(q: string): string | null {
  const terms = q.split(/\s+/).map((t) => t.trim()).filter((t) => t.replace(/\*+$/, '').length > 0);
  if (!terms.length) return null;
  return terms.map((t) => {
    const prefix = t.endsWith('*');
    const body = t.replace(/\*+$/, '').replaceAll('"', '""');
    return `"${body}"${prefix ? '*' : ''}`;
  }).join(' ');
}

const LIKE = (col: string) => `LOWER(${col}) LIKE LOWER(?) ESCAPE '\\'`;

/**
 * Rows of current runs only. Superseded runs are few (only re-extraction makes them), so
 * their ids are looked up once per query instead of joining every row to its run.
 */
export const CURRENT_RUN = (t: string) => `${t}.run_id NOT IN (SELECT id FROM extraction_runs WHERE superseded_by IS NOT NULL)`;

/**
 * The conditions of `f` on `table` under alias `t`. Only `since`/`until` need the document
 * (`d`, an undated record takes its article's date): `needsDocument` says when to join it.
 */
/** An event's own place, its actor's or its recipient's country: the three sides of `country`. */
export type CountryColumn = 'country' | 'actor_country' | 'recipient_country';

/**
 * `countryColumn` keeps one side of an event's country test (a branch of the OR, see
 * api-queries.ts), so the branch can walk one index in id order.
 */
export function apiWhere(f: ApiFilter & { afterId?: number }, table: 'claims' | 'events', t = 't', countryColumn?: CountryColumn): SqlWhere & { needsDocument: boolean } {
  const parts: string[] = [CURRENT_RUN(t)];
  const params: (string | number)[] = [];
  const add = (sql: string, ...p: (string | number)[]) => { parts.push(sql); params.push(...p); };
  if (f.afterId !== undefined) add(`${t}.id > ?`, f.afterId);
  if (f.documentId !== undefined) add(`${t}.document_id = ?`, f.documentId);
  if (f.kinds?.length) add(`${t}.${table === 'claims' ? 'kind' : 'type'} IN (${f.kinds.map(() => '?').join(', ')})`, ...f.kinds);
  if (f.since) add(`COALESCE(${t}.when_date, d.published) >= ?`, f.since);
  if (f.until) add(`COALESCE(${t}.when_date, d.published) <= ?`, f.until);
  if (f.bbox) {
    const [minLon, minLat, maxLon, maxLat] = f.bbox;
    add(`${t}.lat BETWEEN ? AND ?`, minLat, maxLat);
    if (minLon <= maxLon) add(`${t}.lon BETWEEN ? AND ?`, minLon, maxLon);
    else add(`(${t}.lon >= ? OR ${t}.lon <= ?)`, minLon, maxLon);
  }
  if (f.place) add(`(${LIKE(`${t}.where_text`)} OR ${LIKE(`${t}.place_name`)})`, like(f.place), like(f.place));
  if (f.country) {
    if (table === 'events' && f.countryAlpha3 && countryColumn) {
      add(`${t}.${countryColumn} = ?`, countryColumn === 'country' ? f.country : f.countryAlpha3);
    } else if (table === 'events' && f.countryAlpha3) {
      add(`(${t}.country = ? OR ${t}.actor_country = ? OR ${t}.recipient_country = ?)`, f.country, f.countryAlpha3, f.countryAlpha3);
    } else add(`${t}.country = ?`, f.country);
  }
  if (f.claimant && table === 'claims') add(LIKE(`${t}.claimant`), like(f.claimant));
  if (f.actor && table === 'events') {
    const code = f.actor.toUpperCase();
    add(`(${LIKE(`${t}.actor_text`)} OR ${LIKE(`${t}.recipient_text`)} OR ${t}.actor_country = ? OR ${t}.recipient_country = ?)`,
      like(f.actor), like(f.actor), code, code);
  }
  const fts = f.q ? ftsQuery(f.q) : null;
  if (f.q && !fts) add('0');
  // The evidence sentence is a slice of its article's text, so "matches the evidence or the
  // article" is "matches the article" (title included): one index, kept by documents alone.
  if (fts) add(`${t}.document_id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)`, fts);
  return { sql: `WHERE ${parts.join(' AND ')}`, params, needsDocument: Boolean(f.since || f.until) };
}
