/**
 * `sitrep serve` (and `npm start`): fill an empty store from a seed corpus through the real
 * ingest, then serve the API and the dashboard on Node's HTTP server.
 */
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Store } from '../store/index.js';
import { createApp } from './app.js';
import { rawProblem } from './problem.js';

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
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
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
  const app = createApp(store, { dashboardDir: opts.dashboardDir ?? DASHBOARD_DIR });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host === '0.0.0.0' || host === '[::]' ? 'localhost' : host}:${info.port}/`,
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          // Keep-alive and slow clients would hold close() open: they get a moment, then go.
          if ('closeIdleConnections' in server) server.closeIdleConnections();
          setTimeout(() => { if ('closeAllConnections' in server) server.closeAllConnections(); }, 1000).unref();
        }),
      });
    });
    server.once('error', (err: NodeJS.ErrnoException) => reject(listenError(err, opts)));
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

export async function runServe(store: Store, opts: ServeOptions): Promise<RunningServer> {
  if (opts.seed?.length && (await store.summary()).documents === 0) {
    const { runIngest, describeReport, describeSummary } = await import('../cli/ingest-command.js');
    process.stderr.write(`Empty store: ingesting ${opts.seed.join(', ')} …\n`);
    const report = await runIngest(opts.seed, store, {});
    process.stderr.write(`${describeReport(report)}\n`);
    // What the example corpus gave, before the URL: the first run should show what Sitrep found.
    process.stdout.write(describeSummary(await store.summary(), opts.dbLabel ?? 'the store'));
  }
  const running = await listen(store, opts);
  process.stdout.write(`Sitrep is serving ${running.url}  (API reference: ${running.url}docs; Ctrl-C stops it)\n`);
  stopOnSignals(running, store);
  return running;
}
