/**
 * The real stack for the browser tests and bench/web.ts: a store filled by the real pipeline
 * (`sitrep ingest`) and served by the real API (`sitrep serve`) with the built dashboard.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = fileURLToPath(new URL('../src/web/dist/', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/sitrep.mjs', import.meta.url));

export interface RunningApi { url: string; close(): Promise<void> }

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

/**
 * `sitrep serve --port 0` in its own process, as `npm start` runs it; resolves with the URL
 * it prints once it listens. Its own process, so the browser's client and the server do not
 * share an event loop (as in real use).
 */
export function startApi(db: string): Promise<RunningApi> {
  const child = spawn(process.execPath, [BIN, '--db', db, 'serve', '--port', '0', '--host', '127.0.0.1'], {
    cwd: ROOT, env: { ...process.env, PORT: '', HOST: '' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => { err += d; });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill(); reject(new Error(`sitrep serve did not start in 30 s: ${err}`)); }, 30_000);
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`sitrep serve exited ${code}: ${err}`)); });
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /serving (http:\/\/[^\s/]+)\//.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        url: m[1]!,
        close: () => new Promise<void>((done) => {
          if (child.exitCode !== null) { done(); return; }
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
      });
    });
  });
}
