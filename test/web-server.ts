/**
 * Starts the real HTTP API (src/api/) on a free localhost port over a store filled by the real
 * pipeline (`sitrep ingest`), serving the built dashboard from src/web/dist/. Shared by the
 * browser tests and bench/web.ts. Returns null with a reason when the API module is absent,
 * so a tree without it skips instead of failing on an import.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Store } from '../src/store/store.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = fileURLToPath(new URL('../src/web/dist/', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/sitrep.mjs', import.meta.url));
const APP = fileURLToPath(new URL('../src/api/app.ts', import.meta.url));

export interface RunningApi { url: string; store: Store; close(): Promise<void> }

/** Builds the dashboard when it is missing (a fresh clone before `npm install` ran postinstall). */
export function ensureBuilt(): void {
  if (existsSync(`${DIST}index.html`)) return;
  const r = spawnSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build:web failed');
}

/** `sitrep ingest` as a user runs it; exit 2 (some inputs failed) is an error here. */
export function ingest(db: string, paths: string[]): void {
  const r = spawnSync(process.execPath, [BIN, '--db', db, 'ingest', '-q', ...paths], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`sitrep ingest exited ${r.status}: ${r.stderr}`);
}

/** Why the API cannot be started here, or false when it can. */
export const apiMissing = (): string | false => (existsSync(APP) ? false : 'the HTTP API (src/api/app.ts) is not in this tree');

/** The part of src/api/app.ts used here, typed locally so this file compiles without it. */
interface ApiModule { createApp(store: Store, opts: { dashboardDir?: string }): { fetch: (req: Request) => Response | Promise<Response> } }

export async function startApi(db: string): Promise<RunningApi> {
  const missing = apiMissing();
  if (missing) throw new Error(missing);
  const { createApp } = await import(APP) as ApiModule;
  const { serve } = await import('@hono/node-server');
  const { openStore } = await import('../src/store/index.ts');
  const store = await openStore(db);
  const app = createApp(store, { dashboardDir: DIST });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
