/**
 * Writes one refresh step's incidents (src/store/sqlite/incident-refresh.ts): only the incidents
 * whose members or figures changed are touched. Members and claimants are replaced, the row
 * updated in place, a revision appended only where figures or claimants changed, vanished
 * incidents retired (never deleted, named with the incident most of their articles joined),
 * and claims that repeat a figure the incident already counts marked so tallies skip them.
 * Call inside a transaction.
 */
import type Database from 'better-sqlite3';
import { countedArticles, type Incident } from '../../reconcile/index.js';

type Recount = (documentId: number, runId: number, sign: 1 | -1) => void;
interface ClaimRow { id: number; document_id: number; run_id: number; kind: string; value: number; part_of: number | null; repeat_of: number | null }

/** What a revision records: the figures with their claimants and the members. */
export const figuresOf = (i: Incident) => JSON.stringify({ articles: i.articles.map((a) => a.id), killed: i.killed, injured: i.injured });

/** The stored record of an incident: its articles with their document ids. */
export const recordOf = (i: Incident, docOf: ReadonlyMap<string, number>) => JSON.stringify({ ...i, articles: i.articles.map((a) => ({ ...a, documentId: docOf.get(a.id)! })) });

export interface Written { revised: number; retired: number; recounted: number }

export class IncidentWriter {
  private readonly st;
  constructor(private readonly db: Database.Database, private readonly recount: Recount) {
    const current = 'run_id IN (SELECT id FROM extraction_runs WHERE superseded_by IS NULL)';
    this.st = {
      membersOf: db.prepare('SELECT document_id FROM incident_articles WHERE incident_id = ?').pluck(),
      dropMembers: db.prepare('DELETE FROM incident_articles WHERE incident_id = ?'),
      dropReports: db.prepare('DELETE FROM incident_reports WHERE incident_id = ?'),
      latest: db.prepare('SELECT figures FROM incident_revisions WHERE incident_id = ? ORDER BY id DESC LIMIT 1').pluck(),
      upsert: db.prepare(`INSERT INTO incidents (id, current, merged_into, date, grade, articles, killed_best, injured_best, record, first_seen, updated_at)
        VALUES (?, 1, NULL, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET current = 1, merged_into = NULL, date = excluded.date,
        grade = excluded.grade, articles = excluded.articles, killed_best = excluded.killed_best, injured_best = excluded.injured_best,
        updated_at = CASE WHEN incidents.record = excluded.record THEN incidents.updated_at ELSE excluded.updated_at END, record = excluded.record`),
      member: db.prepare('INSERT OR REPLACE INTO incident_articles (document_id, incident_id, copy_of) VALUES (?, ?, ?)'),
      report: db.prepare(`INSERT INTO incident_reports (incident_id, kind, document_id, published, value, basis, qualifier, claimant, evidence_start, evidence_end, copies)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      revise: db.prepare('INSERT INTO incident_revisions (incident_id, revised_at, figures) VALUES (?, ?, ?)'),
      retire: db.prepare('UPDATE incidents SET current = 0, merged_into = ?, updated_at = ? WHERE id = ? AND current = 1'),
      claimsOf: db.prepare(`SELECT id, document_id, run_id, kind, value, part_of, repeat_of FROM claims WHERE document_id = ? AND value IS NOT NULL AND ${current} ORDER BY id`),
      repeatsOf: db.prepare(`SELECT id, document_id, run_id, kind, value, part_of, repeat_of FROM claims WHERE document_id = ? AND repeat_of IS NOT NULL AND ${current}`),
      setRepeat: db.prepare('UPDATE claims SET repeat_of = ? WHERE id = ?'),
    };
  }

  /**
   * `written`: incidents to store as they are now; `retire`: ids no longer formed; `recount`:
   * incidents stored as they are whose articles' repeats are marked again all the same.
   */
  apply(written: readonly Incident[], docOf: ReadonlyMap<string, number>, retire: readonly string[], recount: readonly Incident[] = []): Written {
    const at = new Date().toISOString();
    const touched = new Set<number>();
    const before = new Map<string, number[]>();
    for (const id of new Set([...retire, ...written.map((i) => i.id)])) {
      const docs = this.st.membersOf.all(id) as number[];
      before.set(id, docs);
      docs.forEach((d) => touched.add(d));
      this.st.dropMembers.run(id);
      this.st.dropReports.run(id);
    }
    let revised = 0;
    const nowOf = new Map<number, string>();
    for (const i of written) {
      this.st.upsert.run(i.id, i.date, i.grade, i.articles.length, i.killed?.best ?? null, i.injured?.best ?? null, recordOf(i, docOf), at, at);
      for (const a of i.articles) {
        const doc = docOf.get(a.id)!;
        this.st.member.run(doc, i.id, a.copyOf === null ? null : docOf.get(a.copyOf) ?? null);
        nowOf.set(doc, i.id);
        touched.add(doc);
      }
      for (const kind of ['killed', 'injured'] as const) {
        for (const r of i[kind]?.reports ?? []) {
          this.st.report.run(i.id, kind, docOf.get(r.article)!, r.published, r.value, r.basis, r.qualifier, r.claimant, r.evidence?.start ?? null, r.evidence?.end ?? null, r.copies.length);
        }
      }
      const figures = figuresOf(i);
      if (this.st.latest.get(i.id) !== figures) { this.st.revise.run(i.id, at, figures); revised++; }
    }
    const formed = new Set(written.map((i) => i.id));
    let retired = 0;
    for (const gone of retire) {
      if (formed.has(gone)) continue;
      const heirs = new Map<string, number>();
      for (const doc of before.get(gone) ?? []) { const h = nowOf.get(doc); if (h) heirs.set(h, (heirs.get(h) ?? 0) + 1); }
      retired += this.st.retire.run([...heirs].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null, at, gone).changes;
    }
    for (const i of recount) for (const a of i.articles) touched.add(docOf.get(a.id)!);
    return { revised, retired, recounted: this.markRepeats([...written, ...recount], docOf, touched) };
  }

  /**
   * Sets claims.repeat_of to what src/reconcile/counted.ts decides for the articles of the
   * written incidents (and those that left them), keeping the tallies in step: a document's
   * current run leaves the aggregates, its claims change, and it comes back.
   */
  private markRepeats(written: readonly Incident[], docOf: ReadonlyMap<string, number>, touched: ReadonlySet<number>): number {
    const want = new Map<number, number | null>();
    const rows = new Map<number, ClaimRow>();
    for (const i of written.filter((x) => x.articles.length > 1)) {
      const byArticle = new Map(i.articles.map((a) => [a.id, this.st.claimsOf.all(docOf.get(a.id)!) as ClaimRow[]]));
      const counted = countedArticles(i, new Map([...byArticle].map(([id, cs]) => [id, totalsOf(cs)])));
      for (const [id, cs] of byArticle) {
        for (const c of cs) {
          rows.set(c.id, c);
          const chosen = counted.get(c.kind);
          const first = chosen && chosen !== id ? byArticle.get(chosen)!.find((o) => o.kind === c.kind && o.part_of === null) ?? byArticle.get(chosen)!.find((o) => o.kind === c.kind) : undefined;
          want.set(c.id, first?.id ?? null);
        }
      }
    }
    for (const doc of touched) {
      for (const c of this.st.repeatsOf.all(doc) as ClaimRow[]) if (!want.has(c.id)) { want.set(c.id, null); rows.set(c.id, c); }
    }
    const changed = [...want].filter(([id, to]) => rows.get(id)!.repeat_of !== to);
    const runs = new Map<string, [number, number]>();
    for (const [id] of changed) { const r = rows.get(id)!; runs.set(`${r.document_id}:${r.run_id}`, [r.document_id, r.run_id]); }
    for (const [doc, run] of runs.values()) this.recount(doc, run, -1);
    for (const [id, to] of changed) this.st.setRepeat.run(to, id);
    for (const [doc, run] of runs.values()) this.recount(doc, run, 1);
    return changed.length;
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
