/**
 * The Store on SQLite (better-sqlite3). Synchronous underneath; the async methods of the
 * interface simply resolve at once. WAL journal: readers (a CLI query) never block an ingest.
 */
import Database from 'better-sqlite3';
import type { Extraction } from '../../types.js';
import type {
  DocumentMeta, FetchState, LinkedSource, PlaceSummary, QueryFilter, Store, StoreSummary, StoredClaim, StoredDocument, StoredEvent,
} from '../store.js';
import { claimOf, claimRows, eventOf, eventRows, placeRows, type Row } from '../rows.js';
import { like, whereClause } from '../filters.js';
import { migrate } from './migrate.js';
import type { ApiFilter, DocumentRecord, PageQuery, Tally, TallyQuery } from '../api-query.js';
import { ApiQueries } from './api-queries.js';
import { DocumentSources } from './sources.js';
import { tallies } from './tallies.js';
import { FetchStates } from './fetch-state.js';
import { SqliteIncidents, type Reextract } from './incidents.js';
import type { IncidentList, IncidentQuery, IncidentRefresh, StoredIncident } from '../incidents.js';
import { PLACE_KEY, COUNT_ONE, countDeltaSql, REFILL_ALL, PRUNE_ZEROS, pruneSql, ROLLUPS, tallyDeltaSql } from '../aggregates.js';

/**
 * A run's rows, found through the document index (a handful of rows per document): the
 * run_id indexes this replaces cost an insertion per row for nothing else (migration 9).
 */
const RUN_ROWS = (t: string) => `${t}document_id = ? AND ${t}run_id = ?`;

/**
 * What makes two rows the same record across runs: every column the extraction writes, except
 * its position and the scores a new model version may revise (a changed figure, place, claimant
 * or span is a changed record and gets a new id).
 */
const VOLATILE = new Set(['id', 'run_id', 'document_id', 'ordinal', 'part_of', 'confidence', 'rule']);
function identity(r: Row): string {
  return JSON.stringify(Object.keys(r).filter((k) => !VOLATILE.has(k)).sort().map((k) => [k, r[k] ?? null]));
}

/** Documents fetched per page by `documents()`: an open cursor would block writes. */
const PAGE = 200;

export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly inserts = new Map<string, Database.Statement>();
  /** Statements used per article, prepared once: preparing costs more than running them. */
  private readonly sql: Record<'insertRun' | 'linkPart' | 'insertDocument' | 'documentByHash' | 'supersede'
    | 'currentRuns' | 'tallyDelta' | 'countDelta' | 'countOne' | 'pruneTallies' | 'pruneCounts', Database.Statement>;
  /** Per rollup (aggregates.ts): its delta for one run, and the removal of emptied groups. */
  private readonly rollups: { delta: Database.Statement; prune: Database.Statement }[];
  /** Sources and copies of documents, and their MinHash bands (migration 14). */
  private readonly sources: DocumentSources;
  /** Incidents and their profiles (src/store/sqlite/incidents.ts). */
  private readonly incidentTables: SqliteIncidents;

  /**
   * `readOnly`: a reader beside the writer (the API's worker threads): no migration, no
   * journal change, and SQLite refuses any write on it (query_only).
   */
  constructor(path: string, opts: { readOnly?: boolean } = {}) {
    this.db = new Database(path, opts.readOnly ? { fileMustExist: true } : {});
    if (opts.readOnly) this.db.pragma('query_only = ON');
    else this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode is durable across application crashes, loses at most the last commits on power loss.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    // Each article's transaction touches the same hot index pages: a 64 MB page cache keeps
    // them (the 2 MB default does not past ~100k claims), and checkpointing every 10,000 WAL
    // pages instead of 1,000 copies each hot page back to the database file less often.
    // Together they took store time per article from ~1.8 to ~1.1 ms CPU (bench/run.ts).
    this.db.pragma('cache_size = -65536');
    this.db.pragma('wal_autocheckpoint = 10000');
    if (!opts.readOnly) migrate(this.db);
    this.sql = {
      insertRun: this.db.prepare('INSERT INTO extraction_runs (document_id, pipeline_version, created_at) VALUES (?, ?, ?)'),
      linkPart: this.db.prepare('UPDATE claims SET part_of = ? WHERE id = ?'),
      insertDocument: this.db.prepare(`INSERT INTO documents (article_id, content_hash, title, published, source, text, ingested_at)
        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING RETURNING id`),
      documentByHash: this.db.prepare('SELECT id FROM documents WHERE content_hash = ?'),
      supersede: this.db.prepare('UPDATE extraction_runs SET superseded_by = ? WHERE document_id = ? AND id <> ? AND superseded_by IS NULL'),
      currentRuns: this.db.prepare('SELECT id FROM extraction_runs WHERE document_id = ? AND superseded_by IS NULL'),
      tallyDelta: this.db.prepare(tallyDeltaSql(RUN_ROWS('t.'))),
      countDelta: this.db.prepare(countDeltaSql(RUN_ROWS(''))),
      countOne: this.db.prepare(COUNT_ONE),
      pruneTallies: this.db.prepare(PRUNE_ZEROS.split(';')[0]!),
      pruneCounts: this.db.prepare(PRUNE_ZEROS.split(';')[1]!),
    };
    this.sources = new DocumentSources(this.db);
    this.rollups = ROLLUPS.map((t) => ({ delta: this.db.prepare(tallyDeltaSql(RUN_ROWS('t.'), t)), prune: this.db.prepare(pruneSql(t)) }));
    this.incidentTables = new SqliteIncidents(this.db, (d, r, sign) => this.countRun(d, r, sign));
  }

  /**
   * Inserts a row into `table` with the run and document keys. The statement is cached per
   * column list and bound positionally (named binding costs more per row).
   */
  private insertRow(table: string, keys: { run_id: number; document_id: number }, row: Row): number {
    const cols = Object.keys(row);
    const key = `${table}:${cols.join(',')}`;
    let st = this.inserts.get(key);
    if (!st) {
      st = this.db.prepare(`INSERT INTO ${table} (run_id, document_id, ${cols.join(', ')}) VALUES (?, ?, ${cols.map(() => '?').join(', ')})`);
      this.inserts.set(key, st);
    }
    return Number(st.run(keys.run_id, keys.document_id, ...Object.values(row)).lastInsertRowid);
  }

  /**
   * The rows of earlier runs a new run may keep, by content: a claim or event that comes out of
   * re-extraction unchanged keeps its id, so a shared link (`?open=2:c8`) still opens it.
   */
  private reusable(table: 'claims' | 'events', documentId: number, runs: number[], columns: string[]): Map<string, number[]> {
    const byKey = new Map<string, number[]>();
    if (!columns.length) return byKey;
    const st = this.db.prepare(`SELECT * FROM ${table} WHERE document_id = ? AND run_id = ? ORDER BY id`);
    for (const run of runs) {
      for (const r of st.all(documentId, run) as Row[]) {
        // Compared on the columns the new rows write: a column added later does not split records.
        const key = identity(Object.fromEntries(columns.map((c) => [c, r[c] ?? null])));
        byKey.set(key, [...(byKey.get(key) ?? []), Number(r.id)]);
      }
    }
    return byKey;
  }

  /** Moves an unchanged earlier row into the new run (its columns refreshed), else inserts. */
  private keepOrInsert(table: 'claims' | 'events', keys: { run_id: number; document_id: number }, row: Row, reuse: Map<string, number[]> | null): number {
    const id = reuse?.get(identity(row))?.shift();
    if (id === undefined) return this.insertRow(table, keys, row);
    const cols = Object.keys(row);
    const reset = table === 'claims' ? ', part_of = NULL' : '';
    this.db.prepare(`UPDATE ${table} SET run_id = ?${reset}, ${cols.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`)
      .run(keys.run_id, ...Object.values(row), id);
    return id;
  }

  /** Inserts a run and all its rows (keeping unchanged rows of `previous` runs); call inside a transaction. */
  private writeRun(documentId: number, x: Extraction, pipelineVersion: string, previous: number[] = []): number {
    const runId = Number(this.sql.insertRun.run(documentId, pipelineVersion, new Date().toISOString()).lastInsertRowid);
    const keys = { run_id: runId, document_id: documentId };
    const claims = claimRows(x);
    const events = eventRows(x);
    const reuseClaims = previous.length ? this.reusable('claims', documentId, previous, Object.keys(claims[0] ?? {})) : null;
    const reuseEvents = previous.length ? this.reusable('events', documentId, previous, Object.keys(events[0] ?? {})) : null;
    const claimIds = claims.map((row) => this.keepOrInsert('claims', keys, row, reuseClaims));
    // part_of names a claim by its index in the article; it may point forward, so link after all are in.
    x.claims.forEach((c, i) => {
      const parent = c.partOf === null ? undefined : claimIds[c.partOf];
      if (parent !== undefined) this.sql.linkPart.run(parent, claimIds[i]);
    });
    for (const row of events) this.keepOrInsert('events', keys, row, reuseEvents);
    for (const row of placeRows(x)) this.insertRow('places', keys, row);
    this.incidentTables.saveProfile(documentId, runId, x);
    this.countRun(documentId, runId, 1);
    this.sql.countOne.run('runs', 1);
    return runId;
  }

  /** Adds (sign 1) or takes away (−1) a run's rows in the aggregates; inside the run's transaction. */
  private countRun(documentId: number, runId: number, sign: 1 | -1): void {
    this.sql.tallyDelta.run(sign, sign, documentId, runId);
    for (const r of this.rollups) r.delta.run(sign, sign, documentId, runId);
    this.sql.countDelta.run(sign, documentId, runId, sign, documentId, runId, sign, documentId, runId);
    if (sign < 0) {
      this.sql.pruneTallies.run();
      this.sql.pruneCounts.run();
      for (const r of this.rollups) r.prune.run();
    }
  }

  async hasDocument(contentHash: string): Promise<boolean> {
    return this.sql.documentByHash.get(contentHash) !== undefined;
  }

  async addExtraction(x: Extraction, meta: DocumentMeta): Promise<{ added: boolean; documentId: number }> {
    return this.db.transaction(() => {
      const inserted = this.sql.insertDocument.get(x.article.id, meta.contentHash, x.article.title, x.article.published, meta.source, x.article.text, new Date().toISOString()) as { id: number } | undefined;
      if (!inserted) {
        const existing = this.sql.documentByHash.get(meta.contentHash) as { id: number };
        return { added: false, documentId: existing.id };
      }
      this.sql.countOne.run('documents', 1);
      if (meta.origin) this.sources.add(inserted.id, { ...meta.origin, contentHash: meta.contentHash, relation: 'original', similarity: 1 });
      if (meta.bands) this.sources.addBands(inserted.id, meta.bands);
      this.writeRun(inserted.id, x, meta.pipelineVersion);
      return { added: true, documentId: inserted.id };
    }).immediate();
  }

  async documentIdByHash(contentHash: string): Promise<number | null> {
    const r = this.sql.documentByHash.get(contentHash) as { id: number } | undefined;
    return r ? Number(r.id) : null;
  }

  async similarDocuments(bands: string[], limit = 20): Promise<{ id: number; text: string }[]> {
    return this.sources.similar(bands, limit);
  }

  async unbandedDocuments(limit: number): Promise<{ id: number; text: string }[]> {
    return this.sources.unbanded(limit);
  }

  async addBands(documentId: number, bands: string[]): Promise<void> {
    this.db.transaction(() => this.sources.addBands(documentId, bands))();
  }

  async addSource(documentId: number, s: Omit<LinkedSource, 'addedAt'>): Promise<boolean> {
    return this.sources.add(documentId, s);
  }

  async addRun(documentId: number, x: Extraction, pipelineVersion: string): Promise<{ runId: number }> {
    return this.db.transaction(() => {
      const previous = this.sql.currentRuns.all(documentId) as { id: number }[];
      // Taken out of the aggregates first, while their rows are all theirs: writeRun moves the
      // unchanged ones into the new run, which counts them again.
      for (const r of previous) this.countRun(documentId, r.id, -1);
      const runId = this.writeRun(documentId, x, pipelineVersion, previous.map((r) => r.id));
      this.sql.supersede.run(runId, documentId, runId);
      return { runId };
    }).immediate();
  }

  async *documents(): AsyncIterable<StoredDocument> {
    const page = this.db.prepare(`SELECT id, article_id, content_hash, title, published, source, text
      FROM documents WHERE id > ? ORDER BY id LIMIT ${PAGE}`);
    for (let after = 0; ;) {
      const rows = page.all(after) as Record<string, unknown>[];
      if (!rows.length) return;
      for (const r of rows) {
        yield {
          id: Number(r.id), articleId: String(r.article_id), contentHash: String(r.content_hash),
          title: r.title == null ? null : String(r.title), published: r.published == null ? null : String(r.published),
          source: r.source == null ? null : String(r.source), text: String(r.text),
        };
      }
      after = Number(rows[rows.length - 1]!.id);
    }
  }

  private selection(table: 'claims' | 'events', f: QueryFilter): { st: Database.Statement; params: (string | number)[] } {
    const w = whereClause(f, table);
    const limit = f.limit && f.limit > 0 ? ` LIMIT ${Math.floor(f.limit)}` : '';
    const st = this.db.prepare(`SELECT t.*, d.article_id, d.published, r.superseded_by FROM ${table} t
      JOIN documents d ON d.id = t.document_id JOIN extraction_runs r ON r.id = t.run_id
      ${w.sql} ORDER BY COALESCE(t.when_date, d.published), t.id${limit}`);
    return { st, params: w.params };
  }

  private select(table: 'claims' | 'events', f: QueryFilter): Record<string, unknown>[] {
    const { st, params } = this.selection(table, f);
    return st.all(...params) as Record<string, unknown>[];
  }

  async claims(filter: QueryFilter = {}): Promise<StoredClaim[]> {
    return this.select('claims', filter).map(claimOf);
  }

  async events(filter: QueryFilter = {}): Promise<StoredEvent[]> {
    return this.select('events', filter).map(eventOf);
  }

  /** Row by row through SQLite's cursor: memory stays flat however many rows match. */
  async *claimStream(filter: QueryFilter = {}): AsyncIterable<StoredClaim> {
    const { st, params } = this.selection('claims', filter);
    for (const r of st.iterate(...params)) yield claimOf(r as Record<string, unknown>);
  }

  async *eventStream(filter: QueryFilter = {}): AsyncIterable<StoredEvent> {
    const { st, params } = this.selection('events', filter);
    for (const r of st.iterate(...params)) yield eventOf(r as Record<string, unknown>);
  }

  async places(f: QueryFilter = {}): Promise<PlaceSummary[]> {
    const params: string[] = [];
    // One row per place as the summary counts it (PLACE_KEY): an id's several names are one place.
    let sql = `SELECT MIN(p.place_name) AS name, p.geonameid, MIN(p.lat) AS lat, MIN(p.lon) AS lon, MIN(p.country) AS country,
      MIN(p.admin1) AS admin1, MIN(p.precision) AS precision,
      COUNT(*) AS mentions, COUNT(DISTINCT p.document_id) AS documents
      FROM places p JOIN extraction_runs r ON r.id = p.run_id
      WHERE r.superseded_by IS NULL AND p.role = 'location' AND p.place_name IS NOT NULL`;
    if (f.country) { sql += ' AND p.country = ?'; params.push(f.country.toUpperCase()); }
    if (f.place) { sql += " AND (LOWER(p.place_name) LIKE LOWER(?) ESCAPE '\\' OR LOWER(p.text) LIKE LOWER(?) ESCAPE '\\')"; params.push(like(f.place), like(f.place)); }
    sql += ` GROUP BY ${PLACE_KEY('p.')} ORDER BY mentions DESC, name`;
    if (f.limit && f.limit > 0) sql += ` LIMIT ${Math.floor(f.limit)}`;
    return (this.db.prepare(sql).all(...params) as Record<string, unknown>[]).map((r) => ({
      name: String(r.name), geonameid: r.geonameid == null ? null : Number(r.geonameid), lat: Number(r.lat), lon: Number(r.lon),
      country: r.country == null ? null : String(r.country), admin1: r.admin1 == null ? null : String(r.admin1),
      precision: r.precision == null ? null : String(r.precision), mentions: Number(r.mentions), documents: Number(r.documents),
    }));
  }

  /** From the maintained counters (src/store/aggregates.ts): a few rows, whatever the store's size. */
  async summary(): Promise<StoreSummary> {
    const rows = this.db.prepare('SELECT subject, key, n FROM record_counts ORDER BY subject, n DESC, key').all() as { subject: string; key: string; n: number }[];
    const of = (subject: string) => rows.filter((r) => r.subject === subject);
    const one = (subject: string) => Number(of(subject)[0]?.n ?? 0);
    return {
      documents: one('documents'),
      runs: one('runs'),
      claimsByKind: Object.fromEntries(of('claims').map((r) => [r.key, Number(r.n)])),
      eventsByType: Object.fromEntries(of('events').map((r) => [r.key, Number(r.n)])),
      places: of('places').length,
      incidents: this.incidentTables.count(),
    };
  }

  /**
   * Recomputes the aggregates from the stored rows. Only needed after rows were written around
   * the Store (bench/api.ts replicates rows with INSERT … SELECT); the Store keeps them in step.
   */
  rebuildAggregates(): void {
    this.db.transaction(() => {
      for (const t of ['claim_tallies', ...ROLLUPS, 'record_counts']) this.db.exec(`DELETE FROM ${t}`);
      this.db.exec(REFILL_ALL);
    })();
  }

  async close(): Promise<void> {
    this.db.close();
  }

  private versionSql: Database.Statement | null = null;
  /**
   * data_version moves when another connection commits; total_changes when this one writes.
   * One prepared statement: asked on every API request, db.pragma() would prepare it each time.
   */
  version(): string {
    this.versionSql ??= this.db.prepare('SELECT total_changes() AS t, data_version AS v FROM pragma_data_version');
    const r = this.versionSql.get() as { t: number; v: number };
    return `${r.v}:${r.t}`;
  }

  /** The API's queries (src/store/sqlite/api-queries.ts), prepared on first use. */
  private apiQueries: ApiQueries | null = null;
  private get api(): ApiQueries {
    return (this.apiQueries ??= new ApiQueries(this.db));
  }

  async document(id: number): Promise<DocumentRecord | null> {
    const doc = this.api.document(id);
    if (!doc) return null;
    const sources = this.sources.of(id);
    const own = sources.find((x) => x.relation === 'original');
    const meta = own ? (({ source: _s, contentHash: _h, relation: _r, similarity: _m, addedAt: _a, ...rest }) => rest)(own) : null;
    return { ...doc, meta, sources };
  }
  async claimPage(q: PageQuery): Promise<StoredClaim[]> { return this.api.claimPage(q); }
  async eventPage(q: PageQuery): Promise<StoredEvent[]> { return this.api.eventPage(q); }
  async tallies(q: TallyQuery): Promise<Tally[]> { return tallies(this.api, q); }
  /** Tallies read from the claims themselves, never the aggregate: tests check the two agree. */
  directTallies(q: TallyQuery): Tally[] { return tallies(this.api, q, true); }
  async refreshIncidents(opts: { reextract?: Reextract; rebuild?: boolean } = {}): Promise<IncidentRefresh> { return this.incidentTables.refresh(opts.reextract, opts.rebuild); }
  async incidentsStale(): Promise<boolean> { return this.incidentTables.stale(); }
  async incidents(q: IncidentQuery): Promise<IncidentList> { return this.incidentTables.list(q); }
  async incident(id: string): Promise<StoredIncident | null> { return this.incidentTables.get(id); }
  async placesMatching(f: ApiFilter, limit: number): Promise<PlaceSummary[]> { return this.api.placesMatching(f, limit); }

  private fetchStates: FetchStates | null = null;
  private get fetches(): FetchStates { return (this.fetchStates ??= new FetchStates(this.db)); }
  async fetchState(url: string): Promise<FetchState | null> { return this.fetches.read(url); }
  async saveFetchState(state: FetchState): Promise<void> { this.fetches.write(state); }
}

/** Opens (creating and migrating as needed) a SQLite store at `path`; ':memory:' for tests. */
export async function openSqliteStore(path: string, opts: { readOnly?: boolean } = {}): Promise<SqliteStore> {
  return new SqliteStore(path, opts);
}
