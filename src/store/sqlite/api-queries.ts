/**
 * The API's reads on SQLite: keyset pages, one document with its record ids, places within
 * a filter. Statements are cached by their SQL text, which depends only on which filters are
 * present (values are always bound), so a busy server prepares each shape once.
 */
import type Database from 'better-sqlite3';
import type { ApiFilter, DocumentRecord, PageQuery } from '../api-query.js';
import type { PlaceSummary, StoredClaim, StoredEvent } from '../store.js';
import { claimOf, eventOf } from '../rows.js';
import { apiWhere, CURRENT_RUN, ftsQuery, type CountryColumn } from './api-where.js';
import { PLACE_KEY } from '../aggregates.js';

type Row = Record<string, unknown>;
const str = (v: unknown): string | null => (v == null ? null : String(v));

export class ApiQueries {
  private readonly cache = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {
    // A server reading a store of a million claims again and again wants its hot indexes in
    // memory: reads through a memory map (the 64 MB page cache is set for every connection).
    db.pragma('mmap_size = 1073741824');
  }

  /** A prepared statement for `sql`, kept for the next request of the same shape. */
  prepare(sql: string): Database.Statement {
    let st = this.cache.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      // Shapes are bounded by the filter combinations; the cap only guards against surprises.
      if (this.cache.size > 500) this.cache.clear();
      this.cache.set(sql, st);
    }
    return st;
  }

  private page(table: 'claims' | 'events', q: PageQuery): Row[] {
    // Full text + kind, no narrower key: walk the kind in id order (migration 17), stopping at a page.
    const source = table === 'claims' && q.q && q.kinds?.length && !q.country && q.documentId === undefined
      ? 'claims t INDEXED BY claims_kind_document' : `${table} t`;
    const select = (from: string) => `SELECT t.*, d.article_id, d.published, NULL AS superseded_by FROM ${from}
      JOIN documents d ON d.id = t.document_id`;
    const branches = this.branches(table, q);
    if (branches.length === 1) {
      const w = branches[0]!;
      // Current runs only (apiWhere), so superseded_by is NULL on every row returned.
      return this.prepare(`${select(source)} ${w.sql} ORDER BY t.id LIMIT ?`).all(...w.params, q.limit) as Row[];
    }
    // Several kinds, or an event's three country columns: an index walks one (kind, country)
    // in id order, so each branch takes its own first `limit` ids (an index range, stopped
    // early) and the page is the first `limit` of their union. One query over "kind IN (…)" or
    // an OR would instead collect and sort every match: 74k rows for one event type at 1M.
    const ids = branches.map((w) => `SELECT id FROM (SELECT t.id FROM ${source}
      ${w.needsDocument ? 'JOIN documents d ON d.id = t.document_id' : ''} ${w.sql} ORDER BY t.id LIMIT ?)`);
    return this.prepare(`${select(`${table} t`)} WHERE t.id IN (${ids.join(' UNION ALL ')}) ORDER BY t.id LIMIT ?`)
      .all(...branches.flatMap((w) => [...w.params, q.limit]), q.limit) as Row[];
  }

  /** The filter split into branches whose union is the filter: one per kind × country column. */
  private branches(table: 'claims' | 'events', q: PageQuery) {
    const kinds: (string[] | undefined)[] = q.kinds?.length ? q.kinds.map((k) => [k]) : [undefined];
    const sides: (CountryColumn | undefined)[] = table === 'events' && q.country && q.countryAlpha3
      ? ['country', 'actor_country', 'recipient_country'] : [undefined];
    // Branches multiply; past a few, one query over the whole filter is the better plan.
    if (kinds.length * sides.length > 12) return [apiWhere(q, table)];
    return kinds.flatMap((k) => sides.map((side) => apiWhere({ ...q, kinds: k }, table, 't', side)));
  }

  claimPage(q: PageQuery): StoredClaim[] {
    return this.page('claims', q).map(claimOf);
  }

  eventPage(q: PageQuery): StoredEvent[] {
    return this.page('events', q).map(eventOf);
  }

  /** The document and its record ids; its sources are added by the store (sources.ts). */
  document(id: number): Omit<DocumentRecord, 'meta' | 'sources'> | null {
    const r = this.prepare(`SELECT id, article_id, content_hash, title, published, source, text FROM documents WHERE id = ?`).get(id) as Row | undefined;
    if (!r) return null;
    const ids = (table: string) => (this.prepare(`SELECT t.id FROM ${table} t
      WHERE t.document_id = ? AND ${CURRENT_RUN('t')} ORDER BY t.id`).all(id) as { id: number }[]).map((x) => x.id);
    return {
      id: Number(r.id), articleId: String(r.article_id), contentHash: String(r.content_hash), title: str(r.title),
      published: str(r.published), source: str(r.source), text: String(r.text),
      claimIds: ids('claims'), eventIds: ids('events'),
    };
  }

  /** Resolved place mentions of current runs, grouped per place; filters that name a place or article apply. */
  placesMatching(f: ApiFilter, limit: number): PlaceSummary[] {
    const parts = [CURRENT_RUN('p'), "p.role = 'location'", 'p.place_name IS NOT NULL'];
    const params: (string | number)[] = [];
    const add = (sql: string, ...v: (string | number)[]) => { parts.push(sql); params.push(...v); };
    if (f.documentId !== undefined) add('p.document_id = ?', f.documentId);
    if (f.country) add('p.country = ?', f.country);
    if (f.place) {
      const pat = `%${f.place.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      add("(LOWER(p.place_name) LIKE LOWER(?) ESCAPE '\\' OR LOWER(p.text) LIKE LOWER(?) ESCAPE '\\')", pat, pat);
    }
    if (f.since) add('d.published >= ?', f.since);
    if (f.until) add('d.published <= ?', f.until);
    if (f.bbox) {
      const [minLon, minLat, maxLon, maxLat] = f.bbox;
      add('p.lat BETWEEN ? AND ?', minLat, maxLat);
      if (minLon <= maxLon) add('p.lon BETWEEN ? AND ?', minLon, maxLon);
      else add('(p.lon >= ? OR p.lon <= ?)', minLon, maxLon);
    }
    const fts = f.q ? ftsQuery(f.q) : null;
    if (f.q && !fts) add('0');
    if (fts) add('p.document_id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)', fts);
    // One row per place as the summary counts it (PLACE_KEY in aggregates.ts).
    const rows = this.prepare(`SELECT MIN(p.place_name) AS name, p.geonameid, MIN(p.lat) AS lat, MIN(p.lon) AS lon, MIN(p.country) AS country,
      MIN(p.admin1) AS admin1, MIN(p.precision) AS precision, COUNT(*) AS mentions, COUNT(DISTINCT p.document_id) AS documents
      FROM places p JOIN documents d ON d.id = p.document_id
      WHERE ${parts.join(' AND ')}
      GROUP BY ${PLACE_KEY('p.')}
      ORDER BY mentions DESC, name, p.geonameid LIMIT ?`).all(...params, limit) as Row[];
    return rows.map((r) => ({
      name: String(r.name), geonameid: r.geonameid == null ? null : Number(r.geonameid), lat: Number(r.lat), lon: Number(r.lon),
      country: str(r.country), admin1: str(r.admin1), precision: str(r.precision),
      mentions: Number(r.mentions), documents: Number(r.documents),
    }));
  }
}
