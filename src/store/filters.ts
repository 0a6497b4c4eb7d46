/**
 * Turns a QueryFilter into a SQL WHERE clause with `?` placeholders, the same for every
 * dialect (PostgreSQL's driver renumbers them to $1, $2 …). `t` is the claims or events table
 * alias; documents are `d`, runs `r`.
 */
import type { QueryFilter } from './store.js';

export interface SqlWhere {
  sql: string;
  params: (string | number)[];
}

/** LIKE with the user's text taken literally: % and _ escaped. */
export function like(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function whereClause(f: QueryFilter, table: 'claims' | 'events'): SqlWhere {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  const add = (sql: string, ...p: (string | number)[]) => { parts.push(sql); params.push(...p); };
  if (!f.history) add('r.superseded_by IS NULL');
  const kinds = (Array.isArray(f.kind) ? f.kind : f.kind ? [f.kind] : []).map((k) => (table === 'claims' ? k : k.toUpperCase()));
  if (kinds.length) add(`t.${table === 'claims' ? 'kind' : 'type'} IN (${kinds.map(() => '?').join(', ')})`, ...kinds);
  // An undated claim falls back to its article's date, so "since" still means something.
  if (f.since) add('COALESCE(t.when_date, d.published) >= ?', f.since);
  if (f.until) add('COALESCE(t.when_date, d.published) <= ?', f.until);
  if (f.place) add("(LOWER(t.where_text) LIKE LOWER(?) ESCAPE '\\' OR LOWER(t.place_name) LIKE LOWER(?) ESCAPE '\\')", like(f.place), like(f.place));
  if (f.country) {
    const c = f.country.toUpperCase();
    if (table === 'events') add('(t.country = ? OR t.actor_country = ? OR t.recipient_country = ?)', c, c, c);
    else add('t.country = ?', c);
  }
  if (f.claimant) {
    if (table === 'claims') add("LOWER(t.claimant) LIKE LOWER(?) ESCAPE '\\'", like(f.claimant));
    else add("(LOWER(t.actor_text) LIKE LOWER(?) ESCAPE '\\' OR LOWER(t.recipient_text) LIKE LOWER(?) ESCAPE '\\')", like(f.claimant), like(f.claimant));
  }
  if (f.text) add("LOWER(t.evidence_text) LIKE LOWER(?) ESCAPE '\\'", like(f.text));
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}
