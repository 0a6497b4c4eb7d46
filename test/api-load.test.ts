/**
 * The API under load, as behaviour (never timing): answers through the worker pool are the
 * main thread's answers byte for byte; a query that never ends occupies one worker while other
 * requests are answered, and past the time limit is refused with 503; the pool stops with the
 * server; a store in memory is answered on the main thread.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openSqliteStore } from '../src/store/index.ts';
import { laneOf, listen, type RunningServer } from '../src/api/serve.ts';
import { PoolRefusal } from '../src/api/pool/pool.ts';
import { startFixture, type ApiFixture } from './api-fixtures.ts';
import { tempDir } from './ingest-fixtures.ts';

const SLOW_WORKER = new URL('./helpers/slow-worker.ts', import.meta.url);
const NO_DASHBOARD = join(tempDir(), 'no-dashboard');

let fx: ApiFixture;
/** The pooled server of the first tests: the app's routes and /api/slow, on two workers. */
let shared: RunningServer;
before(async () => {
  fx = await startFixture();
  shared = await pooled({ slow: true });
});
after(async () => {
  await shared.close();
  await fx.close();
});

/** A server on the fixture's store whose API reads go to worker processes running the slow worker. */
async function pooled(opts: { workers?: number; timeLimitMs?: number; slow?: boolean } = {}): Promise<RunningServer> {
  const server = await listen(fx.store, {
    port: 0, host: '127.0.0.1', dashboardDir: NO_DASHBOARD, workers: opts.workers ?? 2,
    timeLimitMs: opts.timeLimitMs ?? 120_000, workerModule: opts.slow ? SLOW_WORKER : undefined,
  });
  await server.pool!.ready();
  return server;
}

const get = (server: RunningServer, path: string, headers: Record<string, string> = {}) => fetch(new URL(path, server.url), { headers });

const PATHS = [
  '/api/claims?limit=5',
  '/api/claims?kind=launched,intercepted&country=RU&limit=3',
  '/api/claims?q=drones&limit=4',
  '/api/claims?kind=killed&format=csv',
  '/api/events?limit=5',
  '/api/tallies?groupBy=claimant&kinds=launched,intercepted',
  '/api/tallies?groupBy=day',
  '/api/places?limit=10',
  '/api/summary',
  '/api/documents/1',
  '/api/documents/99999',
  '/api/claims?kind=bogus',
  '/api/nothing-here',
];

test('answers through the worker pool are the main thread\'s answers', async () => {
  const before = shared.pool!.answered;
  for (const path of PATHS) {
    const [a, b] = await Promise.all([fx.get(path), get(shared, path)]);
    assert.equal(b.status, a.status, path);
    assert.equal(b.headers.get('content-type'), a.headers.get('content-type'), path);
    assert.equal(b.headers.get('etag'), a.headers.get('etag'), path);
    assert.equal(await b.text(), await a.text(), path);
  }
  assert.equal(shared.pool!.answered - before, PATHS.length, 'every path answered by a worker');
  // Conditional requests still end in 304 when the answer came from a worker.
  const first = await get(shared, '/api/summary');
  const again = await get(shared, '/api/summary', { 'If-None-Match': first.headers.get('etag')! });
  assert.equal(again.status, 304);
});

test('identical requests arriving together are one query', async () => {
  const before = shared.pool!.answered;
  const path = '/api/claims?kind=injured&limit=2';
  const answers = await Promise.all(Array.from({ length: 6 }, () => get(shared, path).then((r) => r.text())));
  assert.equal(new Set(answers).size, 1);
  assert.equal(shared.pool!.answered - before, 1);
});

test('endless slow queries hold up no other request, and closing the server stops every worker', { timeout: 120_000 }, async () => {
  // Two endless queries in the slow lane (`q` is full text): one runs, the other waits, as the
  // slow lane never takes the last free worker. Without lanes both workers would be stuck.
  let slowSettled = 0;
  const slow = ['a', 'b'].map((q) => get(shared, `/api/slow?q=${q}`).then((r) => r.status, () => 'reset').finally(() => { slowSettled++; }));
  // Distinct queries, so none is answered from the cache: each needs a free worker.
  for (const kind of ['killed', 'launched', 'intercepted']) {
    const res = await get(shared, `/api/claims?kind=${kind}&limit=1`);
    assert.equal(res.status, 200);
    await res.arrayBuffer();
  }
  assert.equal(slowSettled, 0, 'the endless queries are still running or waiting while the others were answered');

  const pool = shared.pool!;
  const pids = pool.pids;
  assert.equal(pids.length, 2);
  await shared.close();
  // Shutdown does not wait for the query: its worker is killed, the requests refused or cut.
  for (const s of await Promise.all(slow)) assert.ok([503, 'reset'].includes(s), String(s));
  assert.equal(pool.size, 0);
  for (const pid of pids) assert.throws(() => process.kill(pid, 0), { code: 'ESRCH' }, `worker ${pid} still running`);
  await assert.rejects(pool.run({ url: 'http://x/api/summary', method: 'GET', headers: [] }), PoolRefusal);
});

test('a query past the time limit is refused with 503 problem+json and its worker replaced', async () => {
  const server = await pooled({ slow: true, workers: 1, timeLimitMs: 300 });
  try {
    const res = await get(server, '/api/slow');
    assert.equal(res.status, 503);
    assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
    assert.ok(res.headers.get('retry-after'));
    const problem = await res.json() as { status: number; detail: string };
    assert.equal(problem.status, 503);
    assert.match(problem.detail, /limit/);
    assert.equal(server.pool!.replaced, 1);
    assert.equal(server.pool!.size, 1, 'a new worker takes the killed one\'s place');
  } finally {
    await server.close();
  }
});

test('full text + kind, walked in kind order (migration 17), is full text then kind', async () => {
  for (const q of ['drones', 'ministry', 'no-such-word-anywhere']) {
    const all = await fx.store.claimPage({ q, limit: 10_000 });
    for (const kind of ['launched', 'intercepted', 'killed']) {
      const expected = all.filter((c) => c.kind === kind).slice(0, 3).map((c) => c.id);
      const page = await fx.store.claimPage({ q, kinds: [kind], limit: 3 });
      assert.deepEqual(page.map((c) => c.id), expected, `${q} ${kind}`);
      const after = expected[0];
      if (after === undefined) continue;
      const next = await fx.store.claimPage({ q, kinds: [kind], limit: 3, afterId: after });
      assert.deepEqual(next.map((c) => c.id), all.filter((c) => c.kind === kind && c.id > after).slice(0, 3).map((c) => c.id));
    }
  }
  const two = await fx.store.claimPage({ q: 'drones', kinds: ['launched', 'intercepted'], limit: 5 });
  const all = await fx.store.claimPage({ q: 'drones', limit: 10_000 });
  assert.deepEqual(two.map((c) => c.id), all.filter((c) => c.kind === 'launched' || c.kind === 'intercepted').slice(0, 5).map((c) => c.id));
  assert.ok(two.length > 0, 'the fixture has drone launches and interceptions');
});

test('full text, salvo-pairing tallies and incidents wait in the slow lane; lists and pre-summed tallies in the fast one', () => {
  const lane = (path: string) => laneOf(new URL(path, 'http://x'));
  for (const path of ['/api/claims?q=drones&kind=hit', '/api/events?q=x', '/api/tallies?groupBy=claimant&kinds=launched,intercepted',
    '/api/tallies?groupBy=day', '/api/tallies?groupBy=day&kind=launched&kind=intercepted', '/api/tallies?groupBy=kind&kinds=killed&place=Kharkiv',
    '/api/incidents', '/api/incidents/inc-0123456789ab']) assert.equal(lane(path), 'slow', path);
  for (const path of ['/api/claims?kind=hit&country=UA', '/api/tallies?groupBy=day&kinds=launched', '/api/tallies?groupBy=claimant&kinds=killed,injured',
    '/api/summary', '/api/places?country=UA', '/api/documents/3']) assert.equal(lane(path), 'fast', path);
});

test('a store in memory is answered on the main thread', async () => {
  const store = await openSqliteStore(':memory:');
  const server = await listen(store, { port: 0, host: '127.0.0.1', dashboardDir: NO_DASHBOARD, workers: 2 });
  try {
    assert.equal(server.pool, undefined);
    const res = await get(server, '/api/summary');
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { documents: number }).documents, 0);
  } finally {
    await server.close();
    await store.close();
  }
});
