/**
 * `sitrep serve` (and `npm start`): fill an empty store from a seed corpus through the real
 * ingest, then serve the API and the dashboard on Node's HTTP server.
 */
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';

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

/** Listens on `port` (0: any free port) and resolves once the socket is bound. */
export function listen(store: Store, opts: ServeOptions): Promise<RunningServer> {
  const app = createApp(store, { dashboardDir: opts.dashboardDir ?? DASHBOARD_DIR });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host === '0.0.0.0' || host === '[::]' ? 'localhost' : host}:${info.port}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once('error', reject);
  });
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
  process.stdout.write(`Sitrep is serving ${running.url}  (API reference: ${running.url}docs)\n`);
  const stop = () => { void running.close().then(() => store.close()).then(() => process.exit(0)); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return running;
}
