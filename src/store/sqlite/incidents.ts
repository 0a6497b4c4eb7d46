/**
 * Incidents on SQLite (tables: src/store/incident-schema.ts): the profile kept per article, the
 * refresh (incremental, src/store/sqlite/incident-refresh.ts; writes, incident-write.ts), and
 * the reads the API serves.
 */
import type Database from 'better-sqlite3';
import { blockingKeys, encodeProfile, articleDay, profileOf, type Incident } from '../../reconcile/index.js';
import type { Extraction } from '../../types.js';
import type { IncidentBrief, IncidentList, IncidentQuery, IncidentRefresh, IncidentRevision, StoredIncident } from '../incidents.js';
import { IncidentRefresher, type Reextract } from './incident-refresh.js';

export type { Reextract } from './incident-refresh.js';
type Recount = (documentId: number, runId: number, sign: 1 | -1) => void;

const brief = (i: Incident): IncidentBrief => ({
  id: i.id, date: i.date, place: i.place, where: i.where, kind: i.kind, grade: i.grade, confidence: i.confidence, articles: i.articles.length,
  killed: i.killed && { low: i.killed.low, best: i.killed.best, high: i.killed.high },
  injured: i.injured && { low: i.injured.low, best: i.injured.best, high: i.injured.high },
});

export class SqliteIncidents {
  private readonly refresher: IncidentRefresher;
  constructor(private readonly db: Database.Database, recount: Recount) {
    this.refresher = new IncidentRefresher(db, (d, r, x) => this.saveProfile(d, r, x), recount);
  }

  private saveSql: Database.Statement | null = null;
  /** Keeps the profile of a document's new current run, its day and blocking keys; inside the run's transaction. */
  saveProfile(documentId: number, runId: number, x: Extraction): void {
    this.saveSql ??= this.db.prepare(`INSERT INTO article_profiles (document_id, run_id, profile, day, keys) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (document_id) DO UPDATE SET run_id = excluded.run_id, profile = excluded.profile, day = excluded.day, keys = excluded.keys`);
    const p = profileOf(x, 0);
    this.saveSql.run(documentId, runId, encodeProfile(p), articleDay(p), JSON.stringify(blockingKeys(p)));
  }

  stale(): boolean {
    return this.refresher.watermark() !== this.refresher.marker();
  }

  /**
   * Groups the articles stored since the last refresh with their neighbourhood (or, with
   * `rebuild`, every article again) and writes the incidents that changed. The grouping runs
   * between short transactions, so writers wait only for the writes; articles stored meanwhile
   * are left to the next refresh (the watermark is the run read before).
   */
  refresh(reextract?: Reextract, rebuild = false): IncidentRefresh {
    return this.refresher.refresh({ reextract, rebuild });
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM incidents WHERE current = 1').get() as { n: number }).n;
  }

  list(q: IncidentQuery): IncidentList {
    const where = ['current = 1'];
    const params: (string | number)[] = [];
    if (q.since) { where.push('date >= ?'); params.push(q.since); }
    if (q.until) { where.push('date <= ?'); params.push(`${q.until}\uffff`); }
    if (q.grade) { where.push('grade = ?'); params.push(q.grade); }
    const w = where.join(' AND ');
    const t = this.db.prepare(`SELECT COUNT(*) AS n, SUM(killed_best) AS killed, SUM(injured_best) AS injured FROM incidents WHERE ${w}`).get(...params) as { n: number; killed: number | null; injured: number | null };
    const items = (this.db.prepare(`SELECT record FROM incidents WHERE ${w} ORDER BY date IS NULL, date DESC, id LIMIT ?`).all(...params, q.limit) as { record: string }[])
      .map((r) => brief(JSON.parse(r.record) as Incident));
    return { count: t.n, totals: { incidents: t.n, killed: t.killed ?? 0, injured: t.injured ?? 0 }, items };
  }

  get(id: string): StoredIncident | null {
    const row = this.db.prepare('SELECT record, current, merged_into, first_seen, updated_at FROM incidents WHERE id = ?').get(id) as
      { record: string; current: number; merged_into: string | null; first_seen: string; updated_at: string } | undefined;
    if (!row) return null;
    const history = (this.db.prepare('SELECT revised_at, figures FROM incident_revisions WHERE incident_id = ? ORDER BY id').all(id) as { revised_at: string; figures: string }[])
      .map((r, n): IncidentRevision => ({ revision: n + 1, revisedAt: r.revised_at, ...(JSON.parse(r.figures) as Omit<IncidentRevision, 'revision' | 'revisedAt'>) }));
    const record = JSON.parse(row.record) as StoredIncident;
    this.withEvidenceText(record);
    return { ...record, firstSeen: row.first_seen, updatedAt: row.updated_at, current: row.current === 1, mergedInto: row.merged_into, history };
  }

  /** Each claimant's evidence sentence as text, sliced from its article (offsets clamped). */
  private withEvidenceText(i: StoredIncident): void {
    const docOf = new Map(i.articles.map((a) => [a.id, a.documentId]));
    const text = this.db.prepare('SELECT text FROM documents WHERE id = ?');
    const texts = new Map<number, string>();
    for (const r of [...(i.killed?.reports ?? []), ...(i.injured?.reports ?? [])]) {
      const doc = docOf.get(r.article);
      if (!r.evidence || doc === undefined) continue;
      if (!texts.has(doc)) texts.set(doc, (text.get(doc) as { text: string } | undefined)?.text ?? '');
      const t = texts.get(doc)!;
      const start = Math.max(0, Math.min(t.length, r.evidence.start));
      (r.evidence as { start: number; end: number; text?: string }).text = t.slice(start, Math.max(start, Math.min(t.length, r.evidence.end)));
    }
  }
}
