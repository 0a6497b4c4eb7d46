/**
 * `npm run bench:api`: API latency on a store of ≥ 1M claims. The pipeline makes the first
 * claims from the generated corpus (bench/corpus.ts: varied places, weapons, claimants,
 * kinds); extracting a million claims that way would take the better part of an hour, so the
 * stored documents, runs, claims and events are then replicated with INSERT … SELECT (ids
 * offset, part_of links kept within each copy, each copy in a region of its own, FTS kept in
 * step by the triggers) until there are enough. Requests go through real HTTP to the real server, one at a time.
 *
 *     npm run bench:api                          # 4 MB through the pipeline, ≥ 1M claims
 *     npm run bench:api -- --mb 1 --claims 200000
 *     npm run bench:api -- --keep /tmp/api.db    # build the store there and leave it
 *     npm run bench:api -- --reuse /tmp/api.db   # measure a kept store again (migrating it if needed)
 *     npm run bench:api -- --reuse /tmp/api.db --loaded-only --workers 0   # the loaded phase only, server without workers
 *
 * Each figure is given in wall time and in CPU time (client and server share this process,
 * so CPU is both sides of the request), with the load average: on a busy machine wall time
 * measures the scheduler as much as the code.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFiles } from '../src/ingest/index.ts';
import { openSqliteStore, type SqliteStore } from '../src/store/index.ts';
import { listen } from '../src/api/serve.ts';
import { writeCorpus } from './corpus.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const MB = arg('mb', 4);
const CLAIMS = arg('claims', 1_000_000);
const REQUESTS = arg('requests', 300);
const GOAL_P99_MS = 50;
/** The load phase: this many connections, each sending its next request as the last returns. */
const CONNECTIONS = arg('connections', 50);
const SECONDS = arg('seconds', 20);
const GOAL_LOADED_P99_MS = 100;
/** `--keep FILE`: build the store there and leave it, to study query plans. */
const KEEP = process.argv.includes('--keep') ? process.argv[process.argv.indexOf('--keep') + 1] : undefined;
const REUSE = process.argv.includes('--reuse') ? process.argv[process.argv.indexOf('--reuse') + 1] : undefined;
/** `--loaded-only`: skip the one-at-a-time phase (with --reuse, to repeat the loaded figure). */
const LOADED_ONLY = process.argv.includes('--loaded-only');
/** `--workers N`: the served child's SITREP_API_WORKERS (its default when absent). */
const WORKERS = process.argv.includes('--workers') ? process.argv[process.argv.indexOf('--workers') + 1] : undefined;

const now = () => performance.now();
const count = (s: SqliteStore, table: string) => Number((s.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n);
const maxId = (s: SqliteStore, table: string) => Number((s.db.prepare(`SELECT COALESCE(MAX(id), 0) AS n FROM ${table}`).get() as { n: number }).n);

/** Column lists of a table without its id, for INSERT … SELECT. */
function columns(s: SqliteStore, table: string): string[] {
  return (s.db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map((r) => r.name).filter((c) => c !== 'id');
}

/** One copy of every row that came out of the pipeline, under fresh ids. */
function replicate(s: SqliteStore, copy: number, base: { documents: number; runs: number; claims: number; events: number }): void {
  const off = { documents: maxId(s, 'documents'), runs: maxId(s, 'extraction_runs'), claims: maxId(s, 'claims'), events: maxId(s, 'events') };
  const shifted: Record<string, string> = {
    document_id: `document_id + ${off.documents}`,
    run_id: `run_id + ${off.runs}`,
    part_of: `part_of + ${off.claims}`,
    content_hash: `content_hash || '-${copy}'`,
    article_id: `article_id || '~${copy}'`,
    // Copies must not fall into the groups of their originals, or claim_tallies would hold
    // one copy's rows however many there are: a region of its own per copy makes them as
    // distinct as a million different claims would be (claimants, countries, kinds stay).
    admin1: `COALESCE(admin1, '') || '~${copy}'`,
  };
  const copyTable = (table: string, key: keyof typeof off, last: number) => {
    const cols = columns(s, table);
    const exprs = cols.map((c) => shifted[c] ?? c);
    s.db.exec(`INSERT INTO ${table} (id, ${cols.join(', ')}) SELECT id + ${off[key]}, ${exprs.join(', ')} FROM ${table} WHERE id <= ${last} ORDER BY id`);
  };
  s.db.transaction(() => {
    copyTable('documents', 'documents', base.documents);
    copyTable('extraction_runs', 'runs', base.runs);
    copyTable('claims', 'claims', base.claims);
    copyTable('events', 'events', base.events);
  })();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const ms = (x: number) => x.toFixed(1).padStart(6);

async function measure(base: string, label: string, paths: string[]): Promise<void> {
  // Each distinct request once before timing: prepares its statements and pages its index
  // ranges in, so the figures are steady-state latency, not the first read from disk.
  for (const p of paths) await (await fetch(base + p)).arrayBuffer();
  const wall: number[] = [];
  const cpu: number[] = [];
  let bytes = 0;
  const loadBefore = load();
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = now();
    const c0 = process.cpuUsage();
    const res = await fetch(base + paths[i % paths.length]!);
    const body = await res.arrayBuffer();
    const c = process.cpuUsage(c0);
    wall.push(now() - t0);
    cpu.push((c.user + c.system) / 1000);
    if (res.status !== 200) throw new Error(`${paths[i % paths.length]}: ${res.status} ${Buffer.from(body).toString()}`);
    bytes += body.byteLength;
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const p99 = percentile(wall, 99);
  console.log(`  ${label}`);
  console.log(`    wall p50 ${ms(percentile(wall, 50))} ms  p99 ${ms(p99)} ms   CPU p50 ${ms(percentile(cpu, 50))} ms  p99 ${ms(percentile(cpu, 99))} ms   ${p99 < GOAL_P99_MS ? 'ok' : `OVER the ${GOAL_P99_MS} ms goal`}`);
  console.log(`    (${REQUESTS} requests, ${(bytes / REQUESTS / 1024).toFixed(1)} KB avg; load average ${loadBefore} before, ${load()} after)`);
}

/**
 * One GET over a kept-alive connection of `agent`, resolving with the status once the body is
 * read. node:http, not fetch: undici's fetch cost the client ~1 ms CPU a request, as much as
 * the server's cache hit, and on two shared cores a client that slow measures itself.
 */
function get(agent: Agent, url: URL): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, timeout: 10_000 }, (res) => {
      res.on('data', () => {}).on('end', () => resolve(res.statusCode ?? 0)).on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timeout'))).on('error', reject).end();
  });
}

/** CPU milliseconds a process has used (Linux /proc; NaN elsewhere). */
function cpuOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** CPU milliseconds of a process and its children (the server's workers). */
function treeCpu(pid: number): number {
  let total = cpuOf(pid);
  try {
    for (const child of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) total += treeCpu(Number(child));
  } catch { /* not Linux */ }
  return total;
}

/**
 * A mixed workload at CONNECTIONS concurrent connections for SECONDS: each connection picks
 * a route at random (the dashboard's fast lists beside full-text searches and claimant
 * tallies, the slow kinds), so a slow query that held the event loop would show in every
 * route's p99. The server runs in a child process, as `sitrep serve` does, so the client's
 * work is not counted as the server's; nothing is warmed first, so the first asks of each
 * slow query happen under load. Server CPU is its process's and its workers' (those alive at
 * the end: a worker killed for a time limit takes its CPU with it).
 */
async function loaded(base: string, serverPid: number, routes: Record<string, string[]>): Promise<boolean> {
  const names = Object.keys(routes);
  const times = new Map<string, number[]>(names.map((n) => [n, []]));
  const errors = new Map<string, number>();
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const loadBefore = load();
  const serverBefore = treeCpu(serverPid);
  const clientBefore = process.cpuUsage();
  const end = now() + SECONDS * 1000;
  let seq = 0;
  const connection = async () => {
    while (now() < end) {
      const name = names[seq++ % names.length]!;
      const list = routes[name]!;
      const path = list[Math.floor(Math.random() * list.length)]!;
      const t0 = now();
      try {
        if ((await get(agent, new URL(base + path))) !== 200) errors.set(name, (errors.get(name) ?? 0) + 1);
      } catch {
        errors.set(name, (errors.get(name) ?? 0) + 1);
      }
      times.get(name)!.push(now() - t0);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, connection));
  const client = process.cpuUsage(clientBefore);
  const server = treeCpu(serverPid) - serverBefore;
  agent.destroy();
  const total = [...times.values()].reduce((n, t) => n + t.length, 0);
  let ok = true;
  console.log(`Under load: ${CONNECTIONS} connections for ${SECONDS} s, mixed routes (server workers: ${WORKERS ?? 'default'}; load average ${loadBefore} before, ${load()} after):`);
  for (const name of names) {
    const t = times.get(name)!.sort((a, b) => a - b);
    const p99 = percentile(t, 99);
    const e = errors.get(name) ?? 0;
    const pass = p99 < GOAL_LOADED_P99_MS && e === 0;
    ok &&= pass;
    console.log(`  ${name.padEnd(44)} ${String(t.length).padStart(6)} req  p50 ${ms(percentile(t, 50))} ms  p99 ${ms(p99)} ms  errors ${e}  ${pass ? 'ok' : `OVER (goal p99 < ${GOAL_LOADED_P99_MS} ms, no errors)`}`);
  }
  console.log(`  ${total} requests (${(total / SECONDS).toFixed(0)}/s); CPU per request: server ${(server / total).toFixed(2)} ms, client ${((client.user + client.system) / 1000 / total).toFixed(2)} ms`);
  return ok;
}

/** `sitrep serve` on the bench store in a child process; resolves with its URL. */
function serveChild(db: string): Promise<{ url: string; pid: number; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const env = WORKERS === undefined ? process.env : { ...process.env, SITREP_API_WORKERS: WORKERS };
    const child = spawn(process.execPath, [fileURLToPath(new URL('../bin/sitrep.mjs', import.meta.url)), '--db', db, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'], env });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /serving (http:\/\/\S+?)\/?\s/.exec(out);
      if (m) resolve({ url: m[1]!, pid: child.pid!, stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`serve exited (${code}) before listening`)));
  });
}

/** Builds the bench store at `path`: pipeline rows, then copies of them up to CLAIMS. */
async function build(dir: string, path: string): Promise<SqliteStore> {
  const corpus = join(dir, 'corpus.jsonl');
  await writeCorpus(corpus, MB * 1e6);
  const store = await openSqliteStore(path);
  let t0 = now();
  const report = await ingestFiles([corpus], store);
  const base = { documents: maxId(store, 'documents'), runs: maxId(store, 'extraction_runs'), claims: maxId(store, 'claims'), events: maxId(store, 'events') };
  console.log(`pipeline: ${report.added} articles (${MB} MB generated) → ${base.claims} claims, ${base.events} events in ${((now() - t0) / 1000).toFixed(1)} s`);

  t0 = now();
  let copies = 0;
  while (count(store, 'claims') < CLAIMS) replicate(store, ++copies, base);
  // The copies went around the Store, so its aggregates are recomputed from the rows.
  store.rebuildAggregates();
  // Nor are the copies grouped into incidents: this bench measures reads, and regrouping ~30k
  // copies of the same thousand texts (all on the same days) is a different workload. The
  // incidents are marked current so the server's refresh-before-read does not start on it.
  store.db.prepare(`INSERT INTO incident_state (key, value) VALUES ('runs', (SELECT CAST(MAX(id) AS TEXT) FROM extraction_runs))
    ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run();
  store.db.pragma('optimize');
  store.db.exec('ANALYZE');
  console.log(`replicated with INSERT … SELECT ×${copies + 1} in ${((now() - t0) / 1000).toFixed(1)} s: ${count(store, 'documents')} documents, ${count(store, 'claims')} claims, ${count(store, 'events')} events (not generated text: copies of the pipeline's rows)`);
  return store;
}

/** The first phase: each kind of request alone, in-process, one at a time. */
async function oneAtATime(store: SqliteStore, countries: string[], kinds: string[]): Promise<void> {
  const server = await listen(store, { port: 0, host: '127.0.0.1' });
  const url = server.url.replace(/\/$/, '');
  console.log('API latency (one request at a time, real HTTP, ETag and JSON included):');
  await measure(url, 'claims ?kind&country&since&limit=100', countries.flatMap((c, i) => kinds.map((k, j) => `/api/claims?kind=${k}&country=${c}&since=${2022 + ((i + j) % 4)}-01-01&limit=100`)));
  await measure(url, 'tallies ?groupBy=claimant&country&kinds=launched,intercepted', countries.map((c) => `/api/tallies?groupBy=claimant&country=${c}&kinds=launched,intercepted`));
  await measure(url, 'claims ?kind=a,b&country&limit=100 (two kinds)', countries.map((c) => `/api/claims?kind=launched,intercepted&country=${c}&limit=100`));
  await measure(url, 'events ?type&country&since&limit=100', countries.flatMap((c, i) => ['ASSAULT', 'CONSULT', 'AGREE'].map((t, j) => `/api/events?type=${t}&country=${c}&since=${2022 + ((i + j) % 4)}-01-01&limit=100`)));
  await measure(url, 'tallies ?groupBy=day&kinds (dashboard timeline, no country)', kinds.map((k) => `/api/tallies?groupBy=day&kinds=${k}`));
  await measure(url, 'tallies ?groupBy=region&kinds (every region of every copy)', ['launched', 'intercepted', 'killed'].map((k) => `/api/tallies?groupBy=region&kinds=${k}`));
  await measure(url, 'summary', ['/api/summary']);
  await server.close();
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-api-'));
  try {
    let store: SqliteStore;
    const path = REUSE ?? KEEP ?? join(dir, 'api.db');
    if (REUSE) {
      const t0 = now();
      store = await openSqliteStore(REUSE);
      console.log(`reused ${REUSE} (opened and migrated in ${((now() - t0) / 1000).toFixed(1)} s): ${count(store, 'claims')} claims, ${count(store, 'events')} events`);
    } else store = await build(dir, path);

    const countries = ['UA', 'RU', 'IL', 'SD', 'SY', 'IQ', 'YE', 'LB'];
    const kinds = ['intercepted', 'launched', 'killed', 'injured', 'hit'];
    if (!LOADED_ONLY) await oneAtATime(store, countries, kinds);
    await store.close();

    const child = await serveChild(path);
    const ok = await loaded(child.url, child.pid, {
      'claims ?kind&country&since (list)': countries.flatMap((c) => kinds.map((k) => `/api/claims?kind=${k}&country=${c}&since=2023-01-01&limit=100`)),
      'claims ?q&kind (full text + kind)': ['drones', 'missiles', 'ministry', 'shot down', 'Kyiv', 'air defence'].flatMap((q) => kinds.map((k) => `/api/claims?q=${encodeURIComponent(q)}&kind=${k}&limit=100`)),
      'tallies ?groupBy=claimant&country&kinds': countries.map((c) => `/api/tallies?groupBy=claimant&country=${c}&kinds=launched,intercepted`),
      'tallies ?groupBy=day (timeline)': kinds.map((k) => `/api/tallies?groupBy=day&kinds=${k}`),
      'events ?type&country': countries.flatMap((c) => ['ASSAULT', 'AGREE'].map((t) => `/api/events?type=${t}&country=${c}&limit=100`)),
      'places ?country': countries.map((c) => `/api/places?country=${c}&limit=50`),
      'summary': ['/api/summary'],
    });
    child.stop();
    if (!ok) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
