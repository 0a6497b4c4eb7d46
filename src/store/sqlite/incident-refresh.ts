/**
 * Incremental incident refresh. Only the articles whose current run is newer than the last
 * refresh (the watermark, incident_state 'runs') are grouped, with their neighbourhood: the
 * stored articles inside the reconcile stage's time window that share blocking keys with them
 * (src/reconcile/keys.ts) and every article of those articles' incidents. Incidents outside
 * it are not read, not recomputed and not written. Inside it, incidents already formed start
 * as clusters and change only through new articles (src/reconcile/cluster.ts, Seeds).
 *
 * Many new articles (a first refresh, a large ingest, a rebuild) are taken in date order, a
 * chunk at a time, as a sequence of refreshes would: time and memory follow the chunk and its
 * neighbourhood, never the store. A rebuild groups every article again that way, from the
 * oldest, in memory, and writes only what differs from the stored incidents.
 *
 * Articles without a current profile are extracted again outside any write transaction, in
 * batches; one whose extraction throws is reported and left out, the others go on.
 */
import type Database from 'better-sqlite3';
import { articleDay, blockingKeys, constraintRules, decodeProfile, neighbours, PROFILE_VERSION, reconcileProfiles, type Incident, type Keyed, type Profile } from '../../reconcile/index.js';
import type { Extraction } from '../../types.js';
import type { IncidentRefresh } from '../incidents.js';
import type { StoredDocument } from '../store.js';
import { IncidentWriter, recordOf } from './incident-write.js';

export type Reextract = (d: StoredDocument) => Extraction;
type SaveProfile = (documentId: number, runId: number, x: Extraction) => void;

/**
 * New articles grouped per step, in date order. Large, so that a step's neighbourhood is mostly
 * its own articles: the stored ones around a chunk are read again by each chunk, and a chunk of
 * a few days would re-read the month before it every time (chunks of 300 regrouped each of
 * 30,000 articles seven times over). Measured on 30,000 (bench/incidents.ts): chunks of 2000
 * (steps to 5000) peaked at 962 MB, 1000 (steps to 3000) at 721 MB for 15% more CPU.
 */
const CHUNK = 1000;
/** At most this many articles grouped at once: a chunk whose neighbourhood is larger is halved. */
const MAX_STEP = 3000;
/** Articles extracted again between two short write transactions. */
const EXTRACT_BATCH = 50;
/** Rows per `IN (...)` list. */
const IN_LIST = 500;
const PROFILE_PREFIX = `{"v":${PROFILE_VERSION},`;

interface Current { doc: number; run: number; ok: number }

/** Where a step reads incidents so far and leaves its result: the store, or a rebuild's memory. */
interface Grouping {
  incidentsOf(docs: readonly number[]): Map<number, string>;
  membersOf(ids: readonly string[]): Map<string, number[]>;
  apply(written: Incident[], docOf: Map<string, number>, retire: string[]): void;
}

const chunks = <T>(xs: readonly T[], n: number): T[][] => Array.from({ length: Math.ceil(xs.length / n) }, (_, k) => xs.slice(k * n, k * n + n));

export class IncidentRefresher {
  private readonly writer: IncidentWriter;
  constructor(private readonly db: Database.Database, private readonly save: SaveProfile, recount: (d: number, r: number, s: 1 | -1) => void) {
    this.writer = new IncidentWriter(db, recount);
  }

  marker(): string {
    return String((this.db.prepare('SELECT MAX(id) AS run FROM extraction_runs').get() as { run: number | null }).run ?? 0);
  }

  watermark(): string {
    return (this.db.prepare("SELECT value FROM incident_state WHERE key = 'runs'").pluck().get() as string | undefined) ?? '0';
  }

  refresh(opts: { reextract?: Reextract; rebuild?: boolean }): IncidentRefresh {
    this.fillKeys();
    const marker = Number(this.marker());
    const out: IncidentRefresh = { incidents: 0, revised: 0, retired: 0, recounted: 0, regrouped: 0, failed: [] };
    // Articles stored meanwhile (a run above the marker) wait for the next refresh.
    const all = this.db.prepare(`SELECT r.document_id AS doc, r.run AS run,
        (p.run_id = r.run AND substr(p.profile, 1, ${PROFILE_PREFIX.length}) = ?) AS ok,
        EXISTS (SELECT 1 FROM incident_articles ia WHERE ia.document_id = r.document_id) AS grouped
      FROM (SELECT document_id, MAX(id) AS run FROM extraction_runs WHERE superseded_by IS NULL GROUP BY document_id) r
      LEFT JOIN article_profiles p ON p.document_id = r.document_id WHERE r.run <= ? ORDER BY r.document_id`).all(PROFILE_PREFIX, marker) as (Current & { grouped: number })[];
    const watermark = Number(this.watermark());
    const fresh = opts.rebuild ? all : all.filter((c) => c.run > watermark || !c.grouped || !c.ok);
    this.extractMissing(fresh.filter((c) => !c.ok), opts.reextract, out.failed);
    const memory = opts.rebuild ? new MemoryGrouping() : null;
    const grouping: Grouping = memory ?? this.storeGrouping(out);
    const pending = new Set(fresh.map((c) => c.doc));
    for (const chunk of chunks(this.inDateOrder([...pending]), CHUNK)) {
      out.regrouped += this.step(chunk, pending, grouping, opts.reextract, out.failed);
      chunk.forEach((d) => pending.delete(d));
    }
    this.db.transaction(() => {
      if (memory) this.flush(memory, out);
      this.db.prepare("INSERT INTO incident_state (key, value) VALUES ('runs', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(String(marker));
    }).immediate();
    out.incidents = (this.db.prepare('SELECT COUNT(*) AS n FROM incidents WHERE current = 1').get() as { n: number }).n;
    return out;
  }

  /** The store as a step's grouping: each step's result written in its own transaction. */
  private storeGrouping(out: IncidentRefresh): Grouping {
    const db = this.db;
    return {
      incidentsOf: (docs) => {
        const m = new Map<number, string>();
        for (const part of chunks(docs, IN_LIST)) {
          for (const r of db.prepare(`SELECT document_id, incident_id FROM incident_articles WHERE document_id IN (${part.map(() => '?').join(',')})`).all(...part) as { document_id: number; incident_id: string }[]) m.set(r.document_id, r.incident_id);
        }
        return m;
      },
      membersOf: (ids) => {
        const m = new Map<string, number[]>();
        for (const part of chunks(ids, IN_LIST)) {
          for (const r of db.prepare(`SELECT document_id, incident_id FROM incident_articles WHERE incident_id IN (${part.map(() => '?').join(',')})`).all(...part) as { document_id: number; incident_id: string }[]) {
            m.set(r.incident_id, [...(m.get(r.incident_id) ?? []), r.document_id]);
          }
        }
        return m;
      },
      apply: (written, docOf, retire) => {
        // Formed again as stored (a re-extraction that changed nothing): not written at all.
        const stored = db.prepare('SELECT record FROM incidents WHERE id = ? AND current = 1').pluck();
        const same = new Set(written.filter((i) => stored.get(i.id) === recordOf(i, docOf)).map((i) => i.id));
        // Their articles' claims may still be new rows (a new run): repeats are marked again.
        const w = db.transaction(() => this.writer.apply(written.filter((i) => !same.has(i.id)), docOf, retire.filter((id) => !same.has(id)), written.filter((i) => same.has(i.id)))).immediate();
        out.revised += w.revised;
        out.retired += w.retired;
        out.recounted += w.recounted;
      },
    };
  }

  /**
   * One step: `fresh` regrouped with its neighbourhood. Articles of later steps (`pending`)
   * are not in it yet, as a refresh after each chunk's ingest would not have seen them.
   */
  private step(fresh: number[], pending: Set<number>, g: Grouping, reextract: Reextract | undefined, failed: IncidentRefresh['failed']): number {
    const freshKeyed = this.keyed(fresh);
    if (!freshKeyed.length) return 0;
    const pool = this.pool(freshKeyed).filter((k) => !pending.has(k.doc));
    const near = [...neighbours(freshKeyed, pool)];
    const isFresh = new Set(freshKeyed.map((k) => k.doc));
    const members = g.membersOf([...new Set(g.incidentsOf([...isFresh, ...near]).values())]);
    const before = new Map([...members].flatMap(([id, ds]) => ds.map((d) => [d, id] as const)));
    const docs = [...new Set([...isFresh, ...near, ...[...members.values()].flat()])].sort((a, b) => a - b);
    if (docs.length > MAX_STEP && fresh.length > 1) {
      // Spread-out articles whose neighbourhoods add up: the earlier half first, then the rest.
      const half = fresh.slice(0, Math.ceil(fresh.length / 2));
      const n = this.step(half, pending, g, reextract, failed);
      half.forEach((d) => pending.delete(d));
      return n + this.step(fresh.slice(half.length), pending, g, reextract, failed);
    }
    const { profiles, docOf } = this.profiles(docs, reextract, failed);
    const groups = profiles.map((p) => { const d = docOf.get(p.id)!; return isFresh.has(d) ? null : before.get(d) ?? null; });
    const frozen = profiles.map((p) => !isFresh.has(docOf.get(p.id)!));
    const { incidents } = reconcileProfiles(profiles, undefined, { groups, frozen });
    const sizeOf = new Map([...members].map(([id, m]) => [id, m.length]));
    // An incident of old articles only, all of one incident as before, is left as it is.
    const unchanged = (i: Incident) => {
      const ids = new Set(i.articles.map((a) => before.get(docOf.get(a.id)!)));
      const [only] = [...ids];
      return i.articles.every((a) => !isFresh.has(docOf.get(a.id)!)) && ids.size === 1 && only !== undefined && sizeOf.get(only) === i.articles.length;
    };
    const written = incidents.filter((i) => !unchanged(i));
    const kept = new Set(incidents.filter(unchanged).map((i) => i.id));
    g.apply(written, docOf, [...members.keys()].filter((id) => !kept.has(id)));
    return docs.length;
  }

  /** `docs` ordered by their day (undated last), as a sequence of refreshes would meet them. */
  private inDateOrder(docs: number[]): number[] {
    const day = new Map<number, number | null>();
    for (const part of chunks(docs, IN_LIST)) {
      for (const r of this.db.prepare(`SELECT document_id, day FROM article_profiles WHERE document_id IN (${part.map(() => '?').join(',')})`).all(...part) as { document_id: number; day: number | null }[]) day.set(r.document_id, r.day);
    }
    const at = (d: number) => day.get(d) ?? Infinity;
    return [...docs].sort((a, b) => at(a) - at(b) || a - b);
  }

  private keyed(docs: readonly number[]): Keyed[] {
    const out: Keyed[] = [];
    for (const part of chunks(docs, IN_LIST)) {
      const rows = this.db.prepare(`SELECT document_id, day, keys FROM article_profiles WHERE keys IS NOT NULL AND document_id IN (${part.map(() => '?').join(',')})`).all(...part) as { document_id: number; day: number | null; keys: string }[];
      for (const r of rows) out.push({ doc: r.document_id, day: r.day, keys: JSON.parse(r.keys) as number[] });
    }
    return out;
  }

  /**
   * The keyed articles within the window of any of `fresh` (every article, if one is undated):
   * one range per run of overlapping windows, so articles spread over a year read only their
   * own months, and undated articles always.
   */
  private pool(fresh: readonly Keyed[]): Keyed[] {
    const w = constraintRules().window.days;
    const rows = (sql: string, ...p: number[]) => (this.db.prepare(`SELECT document_id, day, keys FROM article_profiles WHERE keys IS NOT NULL${sql}`).all(...p) as { document_id: number; day: number | null; keys: string }[]);
    const read = (r: { document_id: number; day: number | null; keys: string }): Keyed => ({ doc: r.document_id, day: r.day, keys: JSON.parse(r.keys) as number[] });
    if (fresh.some((f) => f.day === null)) return rows('').map(read);
    const days = fresh.map((f) => f.day!).sort((a, b) => a - b);
    const ranges: [number, number][] = [];
    for (const d of days) {
      const last = ranges[ranges.length - 1];
      if (last && d - w <= last[1]) last[1] = d + w; else ranges.push([d - w, d + w]);
    }
    return [...rows(' AND day IS NULL'), ...ranges.flatMap(([a, b]) => rows(' AND day BETWEEN ? AND ?', a, b))].map(read);
  }

  /** The profiles of `docs` in document order; any that do not decode are extracted again first. */
  private profiles(docs: readonly number[], reextract: Reextract | undefined, failed: IncidentRefresh['failed']): { profiles: Profile[]; docOf: Map<string, number> } {
    const read = (part: readonly number[]) => this.db.prepare(`SELECT document_id, profile FROM article_profiles WHERE document_id IN (${part.map(() => '?').join(',')})`).all(...part) as { document_id: number; profile: string }[];
    const texts = new Map<number, string>();
    for (const part of chunks(docs, IN_LIST)) for (const r of read(part)) texts.set(r.document_id, r.profile);
    const decoded = new Map<number, Profile>();
    const undecoded: number[] = [];
    for (const d of docs) {
      const text = texts.get(d);
      const p = text === undefined ? null : decodeProfile(text, 0);
      if (p) decoded.set(d, p); else undecoded.push(d);
    }
    if (undecoded.length && reextract) {
      this.extractMissing(this.currentRuns(undecoded), reextract, failed);
      for (const part of chunks(undecoded, IN_LIST)) for (const r of read(part)) { const p = decodeProfile(r.profile, 0); if (p) decoded.set(r.document_id, p); }
    }
    const profiles: Profile[] = [];
    const docOf = new Map<string, number>();
    for (const d of docs) {
      const p = decoded.get(d);
      if (!p) continue;
      // Two documents given the same article id stay two articles.
      if (docOf.has(p.id)) p.id = `${p.id}@${d}`;
      p.index = profiles.length;
      docOf.set(p.id, d);
      profiles.push(p);
    }
    return { profiles, docOf };
  }

  private currentRuns(docs: readonly number[]): Current[] {
    const out: Current[] = [];
    for (const part of chunks(docs, IN_LIST)) {
      out.push(...(this.db.prepare(`SELECT document_id AS doc, MAX(id) AS run, 0 AS ok FROM extraction_runs WHERE superseded_by IS NULL AND document_id IN (${part.map(() => '?').join(',')}) GROUP BY document_id`).all(...part) as Current[]));
    }
    return out;
  }

  /**
   * Profiles made again from the stored text, a batch at a time: extraction (the slow part)
   * outside any transaction, then one short transaction writes the batch's profiles.
   */
  private extractMissing(missing: readonly Current[], reextract: Reextract | undefined, failed: IncidentRefresh['failed']): void {
    if (!reextract) return;
    const text = this.db.prepare('SELECT id, article_id, content_hash, title, published, source, text FROM documents WHERE id = ?');
    for (const batch of chunks(missing, EXTRACT_BATCH)) {
      const made: [Current, Extraction][] = [];
      for (const c of batch) {
        const d = text.get(c.doc) as Record<string, string | number | null>;
        try {
          made.push([c, reextract({ id: c.doc, articleId: String(d.article_id), contentHash: String(d.content_hash), title: d.title as string | null, published: d.published as string | null, source: d.source as string | null, text: String(d.text) })]);
        } catch (err) {
          failed.push({ documentId: c.doc, articleId: String(d.article_id), error: (err as Error).message });
        }
      }
      this.db.transaction(() => { for (const [c, x] of made) this.save(c.doc, c.run, x); })();
    }
  }

  /** Day and keys for profiles stored before migration 18 (once; a profile of another version gets none). */
  private fillKeys(): void {
    const next = this.db.prepare('SELECT document_id, profile FROM article_profiles WHERE keys IS NULL LIMIT 500');
    const set = this.db.prepare('UPDATE article_profiles SET day = ?, keys = ? WHERE document_id = ?');
    for (let rows = next.all() as { document_id: number; profile: string }[]; rows.length; rows = next.all() as typeof rows) {
      const filled = rows.map((r) => { const p = decodeProfile(r.profile, 0); return [p ? articleDay(p) : null, JSON.stringify(p ? blockingKeys(p) : []), r.document_id] as const; });
      this.db.transaction(() => { for (const f of filled) set.run(...f); })();
    }
  }

  /** A rebuild's result against the stored incidents: only what differs is written. */
  private flush(memory: MemoryGrouping, out: IncidentRefresh): void {
    const stored = this.db.prepare('SELECT record FROM incidents WHERE id = ? AND current = 1').pluck();
    const written = [...memory.incidents.values()].filter((x) => stored.get(x.incident.id) !== recordOf(x.incident, x.docOf));
    const formed = new Set(memory.incidents.keys());
    const retire = (this.db.prepare('SELECT id FROM incidents WHERE current = 1').pluck().all() as string[]).filter((id) => !formed.has(id));
    const docOf = new Map(written.flatMap((x) => [...x.docOf]));
    const w = this.writer.apply(written.map((x) => x.incident), docOf, retire);
    out.revised += w.revised;
    out.retired += w.retired;
    out.recounted += w.recounted;
  }
}

/** A rebuild's incidents so far, in memory: each with the document of each of its articles. */
class MemoryGrouping implements Grouping {
  readonly incidents = new Map<string, { incident: Incident; docOf: Map<string, number> }>();
  private readonly of = new Map<number, string>();

  incidentsOf(docs: readonly number[]): Map<number, string> {
    return new Map(docs.flatMap((d) => (this.of.has(d) ? [[d, this.of.get(d)!] as const] : [])));
  }

  membersOf(ids: readonly string[]): Map<string, number[]> {
    return new Map(ids.flatMap((id) => { const x = this.incidents.get(id); return x ? [[id, [...x.docOf.values()]] as const] : []; }));
  }

  apply(written: Incident[], docOf: Map<string, number>, retire: string[]): void {
    for (const id of retire) this.incidents.delete(id);
    for (const i of written) {
      const own = new Map(i.articles.map((a) => [a.id, docOf.get(a.id)!]));
      this.incidents.set(i.id, { incident: i, docOf: own });
      for (const d of own.values()) this.of.set(d, i.id);
    }
  }
}
