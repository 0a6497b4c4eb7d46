/**
 * Incident refresh at scale. Builds a store of ~30,000 articles (a few hundred generated
 * articles extracted once, then copied with shifted dates and changed numbers: a bench, not
 * text), then times and measures the peak RSS of a full rebuild and of the incremental refresh
 * after adding 1 and 100 articles. Goals (a 2-core machine): 1 article < 2 s, 100 < 10 s, peak
 * RSS < 1 GB.
 *
 *     npm run bench:incidents                       # 30,000 articles
 *     npm run bench:incidents -- --articles 5000
 *     npm run bench:incidents -- --compare FILE.jsonl   # once vs in 3 batches vs rebuild
 *
 * `--compare` ingests a JSONL set at once, in three batches with a refresh after each, and
 * rebuilt, and says how far the groupings differ (B-cubed F1 between them, and against the
 * set's `incident` labels when it has them).
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIngest } from '../src/cli/ingest-command.ts';
import { extractArticle } from '../src/pipeline.ts';
import { openSqliteStore, type SqliteStore } from '../src/store/index.ts';
import { articles } from './corpus.ts';

const arg = (name: string): string | undefined => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : undefined; };
const now = () => performance.now();
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;

/** Peak RSS while `f` runs (sampled; the process's own high-water mark is for the whole run). */
async function measured<T>(f: () => Promise<T>): Promise<{ value: T; ms: number; cpu: number; peak: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
  const t0 = now();
  const c0 = process.cpuUsage();
  try {
    const value = await f();
    peak = Math.max(peak, process.memoryUsage().rss);
    const c = process.cpuUsage(c0);
    return { value, ms: now() - t0, cpu: (c.user + c.system) / 1000, peak };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Fills `store` with `n` articles: `base` generated articles extracted and stored, then their
 * rows copied in SQL with dates shifted by up to two years and their figures changed, so the
 * store has the size (and the look-alike density) of a year or two of feeds without extracting
 * 30,000 texts.
 */
async function fill(store: SqliteStore, n: number, base: number): Promise<void> {
  const gen = articles(7);
  for (let i = 0; i < base; i++) {
    const a = gen.next().value!;
    await store.addExtraction(extractArticle({ ...a, id: `seed-${i}` }), { contentHash: `seed-${i}`, source: null, pipelineVersion: 'bench' });
  }
  const db = store.db;
  const seeds = db.prepare(`SELECT d.id, d.published, p.profile FROM documents d JOIN article_profiles p ON p.document_id = d.id ORDER BY d.id`).all() as { id: number; published: string; profile: string }[];
  const insertDoc = db.prepare(`INSERT INTO documents (article_id, content_hash, title, published, source, text, ingested_at)
    SELECT ?, ?, title, ?, source, text, ingested_at FROM documents WHERE id = ?`);
  const insertRun = db.prepare(`INSERT INTO extraction_runs (document_id, pipeline_version, created_at) SELECT ?, pipeline_version, created_at FROM extraction_runs WHERE document_id = ? AND superseded_by IS NULL`);
  const cols = (db.prepare('PRAGMA table_info(claims)').all() as { name: string }[]).map((c) => c.name).filter((c) => !['id', 'run_id', 'document_id', 'value', 'part_of', 'repeat_of'].includes(c));
  const insertClaims = db.prepare(`INSERT INTO claims (run_id, document_id, value, ${cols.join(', ')})
    SELECT ?, ?, CASE WHEN value IS NULL THEN NULL ELSE value + ? END, ${cols.join(', ')} FROM claims WHERE document_id = ?`);
  const insertProfile = db.prepare('INSERT INTO article_profiles (document_id, run_id, profile, day, keys) VALUES (?, ?, ?, ?, ?)');
  const { articleDay, blockingKeys, decodeProfile, encodeProfile } = await import('../src/reconcile/index.ts');
  let made = base;
  let copy = 0;
  while (made < n) {
    db.transaction(() => {
      for (const s of seeds) {
        if (made >= n) break;
        copy++;
        const shift = (copy * 37 + s.id * 11) % 730;
        const p = decodeProfile(s.profile, 0)!;
        const date = (d: string | null) => (d ? new Date(Date.parse(d.slice(0, 10)) + shift * 864e5).toISOString().slice(0, 10) : null);
        const delta = copy % 5;
        p.id = `copy-${copy}-${s.id}`;
        p.published = date(p.published);
        p.eventDate = date(p.eventDate);
        p.firstReportOf = date(p.firstReportOf);
        p.figureValues = new Set([...p.figureValues].map((f) => f.replace(/\d+$/, (v) => String(Number(v) + delta))));
        for (const k of ['killed', 'injured'] as const) if (p.figures[k]) p.figures[k] = { ...p.figures[k]!, value: p.figures[k]!.value + delta };
        // Another article on the same template: a third of its words and names others, its shingles its own.
        const swap = (ts: string[], pool: number) => ts.map((t, k) => ((k * 7 + copy * 13) % 3 === 0 ? `${t.slice(0, 2)}${(k * 31 + copy * 17) % pool}` : t));
        p.terms = { lead: swap(p.terms.lead, 5000), body: swap(p.terms.body, 5000), names: swap(p.terms.names, 2000) };
        p.nameSet = new Set(p.terms.names);
        p.salient = new Set([...p.salient].map((t) => `${t}${copy % 50}`));
        p.signature = p.signature.map((v, k) => (Math.imul(v ^ (copy * 2654435761), k + 1) >>> 0));
        const doc = Number(insertDoc.run(p.id, p.id, p.published, s.id).lastInsertRowid);
        const run = Number(insertRun.run(doc, s.id).lastInsertRowid);
        insertClaims.run(run, doc, delta, s.id);
        insertProfile.run(doc, run, encodeProfile(p), articleDay(p), JSON.stringify(blockingKeys(p)));
        made++;
      }
    })();
  }
  store.rebuildAggregates();
}

async function scale(n: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-incidents-'));
  try {
    // --db PATH keeps the built store (a copy is used), so runs after the first skip building it.
    const kept = arg('db');
    const path = join(dir, 'incidents.db');
    extractArticle({ id: 'warm', title: null, published: null, text: 'Officials in Kyiv said 12 drones were shot down.' });
    let t0 = now();
    if (kept && existsSync(kept)) copyFileSync(kept, path);
    const store = await openSqliteStore(path);
    if (!kept || !existsSync(kept)) {
      await fill(store, n, Math.min(400, n));
      if (kept) { store.db.pragma('wal_checkpoint(TRUNCATE)'); copyFileSync(path, kept); }
    }
    console.log(`incidents: a store of ${(await store.summary()).documents} articles ready in ${secs(now() - t0)}`);
    const full = await measured(() => store.refreshIncidents({ rebuild: true }));
    // CPU time beside wall time: on a shared machine the wall clock also counts other processes' turns.
    console.log(`  full rebuild        ${secs(full.ms).padStart(9)} (CPU ${secs(full.cpu)})  peak RSS ${mb(full.peak)}  (${full.value.incidents} incidents, ${full.value.regrouped} articles)`);
    const gen = articles(99);
    for (const k of [1, 100]) {
      const file = join(dir, `add-${k}.jsonl`);
      writeFileSync(file, Array.from({ length: k }, (_, i) => JSON.stringify({ ...gen.next().value!, id: `new-${k}-${i}` })).join('\n'));
      t0 = now();
      await runIngest([file], Object.assign(Object.create(store) as SqliteStore, { incidentsStale: async () => false }), { quiet: true });
      const ingestMs = now() - t0;
      const r = await measured(() => store.refreshIncidents());
      console.log(`  refresh after ${String(k).padStart(3)}   ${secs(r.ms).padStart(9)} (CPU ${secs(r.cpu)})  peak RSS ${mb(r.peak)}  (${r.value.regrouped} articles regrouped, ${r.value.revised} incidents revised; ingest alone ${secs(ingestMs)})`);
    }
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Grouping = Map<string, string>;

async function grouping(store: SqliteStore): Promise<Grouping> {
  const rows = store.db.prepare('SELECT d.article_id, ia.incident_id FROM incident_articles ia JOIN documents d ON d.id = ia.document_id').all() as { article_id: string; incident_id: string }[];
  return new Map(rows.map((r) => [r.article_id, r.incident_id]));
}

/** B-cubed F1 of `sys` against `ref` over the items both hold. */
export function bcubed(sys: Grouping, ref: Grouping): number {
  const items = [...sys.keys()].filter((k) => ref.has(k));
  const members = (g: Grouping) => { const m = new Map<string, Set<string>>(); for (const k of items) { const c = g.get(k)!; if (!m.has(c)) m.set(c, new Set()); m.get(c)!.add(k); } return m; };
  const [ms, mr] = [members(sys), members(ref)];
  let p = 0, r = 0;
  for (const k of items) {
    const a = ms.get(sys.get(k)!)!, b = mr.get(ref.get(k)!)!;
    const both = [...a].filter((x) => b.has(x)).length;
    p += both / a.size;
    r += both / b.size;
  }
  [p, r] = [p / items.length, r / items.length];
  return p + r ? (2 * p * r) / (p + r) : 0;
}

const moved = (a: Grouping, b: Grouping) => [...a.keys()].filter((k) => a.get(k) !== b.get(k)).length;

async function compare(file: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-incidents-'));
  try {
    const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
    const gold: Grouping = new Map(lines.map((l) => JSON.parse(l) as { id: string; incident?: string }).filter((r) => r.incident).map((r) => [r.id, String(r.incident)]));
    const part = (k: number) => { const f = join(dir, `part-${k}.jsonl`); writeFileSync(f, lines.filter((_, i) => i % 3 === k).join('\n')); return f; };
    const once = await openSqliteStore(join(dir, 'once.db'));
    await runIngest([file], once, { quiet: true });
    const steps = await openSqliteStore(join(dir, 'steps.db'));
    for (const k of [0, 1, 2]) await runIngest([part(k)], steps, { quiet: true });
    const [a, b] = [await grouping(once), await grouping(steps)];
    await steps.refreshIncidents({ rebuild: true });
    const c = await grouping(steps);
    const differ = (x: Grouping, y: Grouping) => `B3 ${bcubed(x, y).toFixed(4)}, ${moved(x, y)} of ${x.size} articles in an incident of another id`;
    console.log(`${file}: ${a.size} articles grouped`);
    console.log(`  once vs 3 batches:        ${differ(a, b)}`);
    console.log(`  once vs 3 batches+rebuild: ${differ(a, c)}`);
    if (gold.size) console.log(`  against its labels: once ${bcubed(a, gold).toFixed(4)}, 3 batches ${bcubed(b, gold).toFixed(4)}, rebuilt ${bcubed(c, gold).toFixed(4)}`);
    await once.close();
    await steps.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchIncidents(): Promise<void> {
  const file = arg('compare');
  if (file) await compare(file);
  else await scale(Number(arg('articles') ?? 30000));
}

if (import.meta.url === `file://${process.argv[1]}`) await benchIncidents();
