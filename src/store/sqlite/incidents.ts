/**
 * Incidents on SQLite (tables: src/store/incident-schema.ts). A refresh reads every current
 * article's stored profile, groups them with the reconcile stage, and writes the result in one
 * transaction: members and claimants replaced, the incident row updated in place, a revision
 * appended only where figures or claimants changed, vanished incidents retired (never deleted),
 * and claims that repeat a figure the incident already counts marked so tallies skip them.
 * Linear in the store: one read of the profiles, blocking in the reconcile stage, and one pass
 * over the claims of incidents with several articles.
 */
import type Database from 'better-sqlite3';
import { countedArticles, decodeProfile, encodeProfile, profileOf, reconcileProfiles, type Incident, type Profile } from '../../reconcile/index.js';
import type { Extraction } from '../../types.js';
import type { IncidentBrief, IncidentList, IncidentQuery, IncidentRefresh, IncidentRevision, StoredIncident } from '../incidents.js';
import type { StoredDocument } from '../store.js';

type Recount = (documentId: number, runId: number, sign: 1 | -1) => void;
/** Extracts a stored document again, for one whose profile is missing or of an older version. */
export type Reextract = (d: StoredDocument) => Extraction;

interface DocRow { id: number; article_id: string; run_id: number; profile: string | null; profile_run: number | null }
interface ClaimRow { id: number; document_id: number; run_id: number; kind: string; value: number; part_of: number | null; repeat_of: number | null }

const now = () => new Date().toISOString();
const brief = (i: Incident): IncidentBrief => ({
  id: i.id, date: i.date, place: i.place, where: i.where, kind: i.kind, grade: i.grade, confidence: i.confidence, articles: i.articles.length,
  killed: i.killed && { low: i.killed.low, best: i.killed.best, high: i.killed.high },
  injured: i.injured && { low: i.injured.low, best: i.injured.best, high: i.injured.high },
});
/** What a revision records: the figures with their claimants and the members. */
const figuresOf = (i: Incident) => JSON.stringify({ articles: i.articles.map((a) => a.id), killed: i.killed, injured: i.injured });

export class SqliteIncidents {
  constructor(private readonly db: Database.Database, private readonly recount: Recount) {}

  private saveSql: Database.Statement | null = null;
  /** Keeps the profile of a document's new current run; inside the run's transaction. */
  saveProfile(documentId: number, runId: number, x: Extraction): void {
    this.saveSql ??= this.db.prepare(`INSERT INTO article_profiles (document_id, run_id, profile) VALUES (?, ?, ?)
      ON CONFLICT (document_id) DO UPDATE SET run_id = excluded.run_id, profile = excluded.profile`);
    this.saveSql.run(documentId, runId, encodeProfile(profileOf(x, 0)));
  }

  private marker(): string {
    const r = this.db.prepare('SELECT MAX(id) AS run FROM extraction_runs').get() as { run: number | null };
    return String(r.run ?? 0);
  }

  stale(): boolean {
    const r = this.db.prepare("SELECT value FROM incident_state WHERE key = 'runs'").get() as { value: string } | undefined;
    return (r?.value ?? '0') !== this.marker();
  }

  /** Every current article's profile, made again from its text where missing or outdated. */
  private profiles(reextract?: Reextract): { profiles: Profile[]; docOf: Map<string, number> } {
    const rows = this.db.prepare(`SELECT d.id, d.article_id, MAX(r.id) AS run_id, p.profile, p.run_id AS profile_run
      FROM documents d JOIN extraction_runs r ON r.document_id = d.id AND r.superseded_by IS NULL
      LEFT JOIN article_profiles p ON p.document_id = d.id GROUP BY d.id ORDER BY d.id`).all() as DocRow[];
    const docText = this.db.prepare('SELECT id, article_id, content_hash, title, published, source, text FROM documents WHERE id = ?');
    const profiles: Profile[] = [];
    const docOf = new Map<string, number>();
    for (const r of rows) {
      let p = r.profile !== null && r.profile_run === r.run_id ? decodeProfile(r.profile, profiles.length) : null;
      if (!p && reextract) {
        const d = docText.get(r.id) as Record<string, string | number | null>;
        const x = reextract({ id: r.id, articleId: String(d.article_id), contentHash: String(d.content_hash), title: d.title as string | null, published: d.published as string | null, source: d.source as string | null, text: String(d.text) });
        this.saveProfile(r.id, r.run_id, x);
        p = { ...profileOf(x, profiles.length) };
      }
      if (!p) continue;
      // Two documents given the same article id stay two articles.
      if (docOf.has(p.id)) p.id = `${p.id}@${r.id}`;
      docOf.set(p.id, r.id);
      profiles.push(p);
    }
    return { profiles, docOf };
  }

  /**
   * The grouping runs between two transactions, so writers wait only for the reads and the
   * writes. Articles stored meanwhile are not grouped yet: the marker is the one read before,
   * so the store stays stale and the next refresh takes them in.
   */
  refresh(reextract?: Reextract): IncidentRefresh {
    const { profiles, docOf, marker } = this.db.transaction(() => ({ ...this.profiles(reextract), marker: this.marker() })).immediate();
    const { incidents } = reconcileProfiles(profiles);
    return this.db.transaction(() => {
      const out = this.write(incidents, docOf);
      out.recounted = this.markRepeats(incidents, docOf);
      this.db.prepare("INSERT INTO incident_state (key, value) VALUES ('runs', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(marker);
      return out;
    }).immediate();
  }

  private write(incidents: Incident[], docOf: Map<string, number>): IncidentRefresh {
    const at = now();
    const before = new Map((this.db.prepare('SELECT document_id, incident_id FROM incident_articles').all() as { document_id: number; incident_id: string }[]).map((r) => [r.document_id, r.incident_id]));
    const wasCurrent = new Set((this.db.prepare('SELECT id FROM incidents WHERE current = 1').all() as { id: string }[]).map((r) => r.id));
    const latest = new Map((this.db.prepare(`SELECT incident_id, figures FROM incident_revisions
      WHERE id IN (SELECT MAX(id) FROM incident_revisions GROUP BY incident_id)`).all() as { incident_id: string; figures: string }[]).map((r) => [r.incident_id, r.figures]));
    this.db.exec('DELETE FROM incident_articles; DELETE FROM incident_reports;');
    const upsert = this.db.prepare(`INSERT INTO incidents (id, current, merged_into, date, grade, articles, killed_best, injured_best, record, first_seen, updated_at)
      VALUES (?, 1, NULL, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET current = 1, merged_into = NULL, date = excluded.date,
      grade = excluded.grade, articles = excluded.articles, killed_best = excluded.killed_best, injured_best = excluded.injured_best,
      updated_at = CASE WHEN incidents.record = excluded.record THEN incidents.updated_at ELSE excluded.updated_at END, record = excluded.record`);
    const member = this.db.prepare('INSERT INTO incident_articles (document_id, incident_id, copy_of) VALUES (?, ?, ?)');
    const report = this.db.prepare(`INSERT INTO incident_reports (incident_id, kind, document_id, published, value, basis, qualifier, claimant, evidence_start, evidence_end, copies)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const revise = this.db.prepare('INSERT INTO incident_revisions (incident_id, revised_at, figures) VALUES (?, ?, ?)');
    let revised = 0;
    const nowOf = new Map<number, string>();
    for (const i of incidents) {
      const record = { ...i, articles: i.articles.map((a) => ({ ...a, documentId: docOf.get(a.id)! })) };
      upsert.run(i.id, i.date, i.grade, i.articles.length, i.killed?.best ?? null, i.injured?.best ?? null, JSON.stringify(record), at, at);
      for (const a of i.articles) {
        member.run(docOf.get(a.id)!, i.id, a.copyOf === null ? null : docOf.get(a.copyOf) ?? null);
        nowOf.set(docOf.get(a.id)!, i.id);
      }
      for (const kind of ['killed', 'injured'] as const) {
        for (const r of i[kind]?.reports ?? []) {
          report.run(i.id, kind, docOf.get(r.article)!, r.published, r.value, r.basis, r.qualifier, r.claimant, r.evidence?.start ?? null, r.evidence?.end ?? null, r.copies.length);
        }
      }
      const figures = figuresOf(i);
      if (latest.get(i.id) !== figures) { revise.run(i.id, at, figures); revised++; }
      wasCurrent.delete(i.id);
    }
    const retire = this.db.prepare('UPDATE incidents SET current = 0, merged_into = ?, updated_at = ? WHERE id = ?');
    for (const gone of wasCurrent) {
      const heirs = new Map<string, number>();
      for (const [doc, inc] of before) if (inc === gone && nowOf.has(doc)) heirs.set(nowOf.get(doc)!, (heirs.get(nowOf.get(doc)!) ?? 0) + 1);
      retire.run([...heirs].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null, at, gone);
    }
    return { incidents: incidents.length, revised, retired: wasCurrent.size, recounted: 0 };
  }

  /**
   * Sets claims.repeat_of to what src/reconcile/counted.ts decides, keeping the tallies in step:
   * a document's current run leaves the aggregates, its claims change, and it comes back.
   */
  private markRepeats(incidents: Incident[], docOf: Map<string, number>): number {
    const current = `run_id IN (SELECT id FROM extraction_runs WHERE superseded_by IS NULL)`;
    const ofDoc = this.db.prepare(`SELECT id, document_id, run_id, kind, value, part_of, repeat_of FROM claims
      WHERE document_id = ? AND value IS NOT NULL AND ${current} ORDER BY id`);
    const want = new Map<number, number | null>();
    const rows = new Map<number, ClaimRow>();
    for (const i of incidents.filter((x) => x.articles.length > 1)) {
      const byArticle = new Map(i.articles.map((a) => [a.id, ofDoc.all(docOf.get(a.id)!) as ClaimRow[]]));
      const totals = new Map([...byArticle].map(([id, cs]) => [id, totalsOf(cs)]));
      const counted = countedArticles(i, totals);
      for (const [id, cs] of byArticle) {
        for (const c of cs) {
          rows.set(c.id, c);
          const chosen = counted.get(c.kind);
          const first = chosen && chosen !== id ? byArticle.get(chosen)!.find((o) => o.kind === c.kind && o.part_of === null) ?? byArticle.get(chosen)!.find((o) => o.kind === c.kind) : undefined;
          want.set(c.id, first?.id ?? null);
        }
      }
    }
    for (const c of this.db.prepare(`SELECT id, document_id, run_id, kind, value, part_of, repeat_of FROM claims WHERE repeat_of IS NOT NULL AND ${current}`).all() as ClaimRow[]) {
      if (!want.has(c.id)) { want.set(c.id, null); rows.set(c.id, c); }
    }
    const changed = [...want].filter(([id, to]) => rows.get(id)!.repeat_of !== to);
    const runs = new Map<string, [number, number]>();
    for (const [id] of changed) { const r = rows.get(id)!; runs.set(`${r.document_id}:${r.run_id}`, [r.document_id, r.run_id]); }
    const set = this.db.prepare('UPDATE claims SET repeat_of = ? WHERE id = ?');
    for (const [doc, run] of runs.values()) this.recount(doc, run, -1);
    for (const [id, to] of changed) set.run(to, id);
    for (const [doc, run] of runs.values()) this.recount(doc, run, 1);
    return changed.length;
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

/** An article's sum per kind of its totals (parts of a total left out, unless it gives only parts). */
function totalsOf(claims: readonly ClaimRow[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const kind of new Set(claims.map((c) => c.kind))) {
    const of = claims.filter((c) => c.kind === kind);
    const tops = of.filter((c) => c.part_of === null);
    out.set(kind, (tops.length ? tops : of).reduce((s, c) => s + c.value, 0));
  }
  return out;
}
