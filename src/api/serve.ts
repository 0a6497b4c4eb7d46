/**
 * `sitrep serve` (and `npm start`): fill an empty store from a seed corpus through the real
 * ingest, then serve the API and the dashboard on Node's HTTP server.
 */
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { MiddlewareHandler } from 'hono';
import { SqliteStore, type Store } from '../store/index.js';
import { createApp } from './app.js';
import { Problem, rawProblem } from './problem.js';
import { PoolRefusal, RequestPool, type Lane } from './pool/pool.js';

/** Where the dashboard engineer's build puts its files (vite, src/web/vite.config.ts). */
export const DASHBOARD_DIR = fileURLToPath(new URL('../web/dist', import.meta.url));

export interface ServeOptions {
  port: number;
  host: string;
  /** Files or folders ingested when the store holds no documents. */
  seed?: string[];
  dashboardDir?: string;
  /** How to name the store in messages (its path). */
  dbLabel?: string;
  /**
   * Worker processes answering API reads (pool/pool.ts); 0 or absent: on the main thread. A store
   * in memory has no file a worker could open, so it is always answered on the main thread.
   */
  workers?: number;
  /** A pooled request not answered in this many ms is refused with 503 (default 10,000). */
  timeLimitMs?: number;
  /** The module the workers run (tests: one with a deliberately slow route). */
  workerModule?: URL;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
  /** The worker pool, when requests are answered on workers. */
  pool?: RequestPool;
}

/** The SQLite file a worker can open beside this store, if there is one. */
function fileOf(store: Store): string | null {
  return store instanceof SqliteStore && !store.db.memory ? store.db.name : null;
}

/**
 * The requests that can take a worker for long on a large store: full text (any route with
 * `q`), incidents (computed from every document), and tallies that read the claims rather
 * than the pre-summed aggregates: by box, place or document, or pairing launches with
 * interceptions (both kinds asked, as they are when no kind is named).
 */
export function laneOf(url: URL): Lane {
  const p = url.searchParams;
  if (p.has('q') || url.pathname.startsWith('/api/incidents')) return 'slow';
  if (!url.pathname.startsWith('/api/tallies')) return 'fast';
  if (p.has('bbox') || p.has('place') || p.has('documentId')) return 'slow';
  const kinds = [...p.getAll('kind'), ...p.getAll('kinds')].flatMap((k) => k.split(','));
  return kinds.length === 0 || (kinds.includes('launched') && kinds.includes('intercepted')) ? 'slow' : 'fast';
}

/** API reads (GET, HEAD) go to the pool; a refusal is a 503 the client may retry. */
function offloadTo(pool: RequestPool): MiddlewareHandler {
  return async (c, next) => {
    // Until a worker is ready (a few seconds after start), the main thread answers.
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || !pool.available) return next();
    // Conditional headers are the main thread's (its etag middleware answers 304 from the ETag).
    const headers = [...c.req.raw.headers].filter(([k]) => k !== 'if-none-match');
    try {
      const r = await pool.run({ url: c.req.url, method: 'GET', headers }, laneOf(new URL(c.req.url)));
      return new Response(r.body as Uint8Array<ArrayBuffer>, { status: r.status, headers: r.headers });
    } catch (err) {
      if (err instanceof PoolRefusal) throw new Problem(503, `${err.message}; try again, or narrow the query`, {}, { 'Retry-After': '5' });
      throw err;
    }
  };
}

/**
 * Workers for a server on `store`, or null when requests are answered on the main thread.
 * The server does not wait for them: each loads the app's modules, seconds on a busy machine.
 */
function poolFor(store: Store, opts: ServeOptions): RequestPool | null {
  const file = fileOf(store);
  if (!file || !opts.workers || opts.workers < 1) return null;
  return new RequestPool({
    dbPath: file, size: opts.workers, timeLimitMs: opts.timeLimitMs ?? 10_000,
    dashboardDir: opts.dashboardDir ?? DASHBOARD_DIR, module: opts.workerModule,
  });
}

/** Why a server could not listen, as a sentence for a person (not a stack trace). */
export function listenError(err: NodeJS.ErrnoException, opts: { port: number; host: string }): Error {
  const where = `${opts.host}:${opts.port}`;
  if (err.code === 'EADDRINUSE') return new Error(`port ${opts.port} is already in use on ${opts.host}; stop what serves there, or pass --port (or PORT=) another port, 0 for any free one`);
  if (err.code === 'EACCES') return new Error(`not allowed to listen on ${where} (ports below 1024 need privileges); pass --port 8080 or higher`);
  if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') return new Error(`cannot listen on ${where}: no such interface on this machine; pass --host 127.0.0.1 or 0.0.0.0`);
  return new Error(`cannot listen on ${where}: ${err.message}`);
}

/** Listens on `port` (0: any free port) and resolves once the socket is bound. */
export function listen(store: Store, opts: ServeOptions): Promise<RunningServer> {
  const pool = poolFor(store, opts);
  const app = createApp(store, { dashboardDir: opts.dashboardDir ?? DASHBOARD_DIR, offload: pool ? offloadTo(pool) : undefined });
  return new Promise<RunningServer>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host === '0.0.0.0' || host === '[::]' ? 'localhost' : host}:${info.port}/`,
        pool: pool ?? undefined,
        // Open requests are answered (or cut after a second), then the workers stop.
        close: () => new Promise<void>((done) => {
          server.close(() => void (pool ? pool.close() : Promise.resolve()).then(done));
          // Keep-alive and slow clients would hold close() open: they get a moment, then go.
          if ('closeIdleConnections' in server) server.closeIdleConnections();
          setTimeout(() => { if ('closeAllConnections' in server) server.closeAllConnections(); }, 1000).unref();
        }),
      });
    });
    server.once('error', (err: NodeJS.ErrnoException) => {
      void pool?.close();
      reject(listenError(err, opts));
    });
    // What Node's parser refuses before the app sees it (a 70 kB URL, a header flood, bad
    // syntax) is answered as problem+json too, not with an empty 431 or a dropped socket.
    server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
      if (!socket.writable || err.code === 'ECONNRESET') return void socket.destroy();
      const overflow = err.code === 'HPE_HEADER_OVERFLOW';
      socket.end(rawProblem(overflow ? 431 : 400, overflow
        ? 'the request line and headers are longer than the server reads (16 kB); shorten the URL or move filters into fewer parameters'
        : 'the request could not be parsed as HTTP/1.1'));
    });
  });
}

/** Stops on SIGINT or SIGTERM: no new connections, open ones ended, the store closed; a second signal exits at once. */
function stopOnSignals(running: RunningServer, store: Store): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(130);
    stopping = true;
    process.stderr.write(`Sitrep: ${signal}, stopping.\n`);
    // A server that cannot close in time still exits: nothing may be left serving.
    setTimeout(() => process.exit(1), 5000).unref();
    void running.close().then(() => store.close()).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
  // Under `npm start` or `npx sitrep serve`, a kill reaches npm, not this process: npm dies and
  // the server, re-parented, would go on serving. Its launcher gone, it stops too. (A server
  // started directly, e.g. under nohup, is not tied to its parent.)
  if (process.env.npm_lifecycle_event || process.env.npm_command) {
    const parent = process.ppid;
    setInterval(() => { if (process.ppid !== parent) stop('npm exited'); }, 500).unref();
  }
}

/**
 * SITREP_API_WORKERS (worker processes, default 2; 0 answers on the main thread) and SITREP_QUERY_TIME_LIMIT_MS
 * (default 10,000): a server's only tuning, read from the environment as PORT and HOST are.
 */
function workersFromEnv(): number {
  const v = process.env.SITREP_API_WORKERS;
  if (v === undefined || v === '') return 2;
  if (!/^\d{1,2}$/.test(v)) throw new Error(`SITREP_API_WORKERS=${v} is not a number of worker processes (0–99)`);
  return Number(v);
}

function timeLimitFromEnv(): number | undefined {
  const v = process.env.SITREP_QUERY_TIME_LIMIT_MS;
  if (v === undefined || v === '') return undefined;
  if (!/^\d{2,7}$/.test(v)) throw new Error(`SITREP_QUERY_TIME_LIMIT_MS=${v} is not a time in milliseconds (10–9999999)`);
  return Number(v);
}

export async function runServe(store: Store, opts: ServeOptions): Promise<RunningServer> {
  if (opts.seed?.length && (await store.summary()).documents === 0) {
    const { runIngest, describeReport, describeSummary } = await import('../cli/ingest-command.js');
    process.stderr.write(`Empty store: ingesting ${opts.seed.join(', ')} …\n`);
    const report = await runIngest(opts.seed, store, {});
    process.stderr.write(`${describeReport(report)}\n`);
    // What the example corpus gave, before the URL: the first run should show what Sitrep found.
    process.stdout.write(describeSummary(await store.summary(), opts.dbLabel ?? 'the store'));
  }
  const running = await listen(store, { workers: workersFromEnv(), timeLimitMs: timeLimitFromEnv(), ...opts });
  // The URL once the workers are up (the main thread answers meanwhile, and alone if they fail).
  await running.pool?.ready().catch(() => undefined);
  process.stdout.write(`Sitrep is serving ${running.url}  (API reference: ${running.url}docs; Ctrl-C stops it)\n`);
  stopOnSignals(running, store);
  return running;
}
