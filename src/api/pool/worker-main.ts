/**
 * One API worker process: the same Hono app as the server, over its own read-only
 * connection to the store, answering the requests the pool sends one at a time. Its answers
 * carry their ETag (represent.ts hashes every body), so the server hashes nothing.
 */
import { Hono } from 'hono';
import { openSqliteStore, type SqliteStore } from '../../store/index.js';
import { createApp } from '../app.js';
import type { FromWorker, ToWorker, WorkerData } from './protocol.js';

/** Starts answering; `routes` adds routes ahead of the app's own (tests add a slow one). */
export async function runWorker(routes?: (app: Hono, store: SqliteStore) => void): Promise<void> {
  const send = process.send?.bind(process);
  if (!send) throw new Error('runWorker: not started by the request pool (no IPC channel)');
  const data = JSON.parse(process.argv[2] ?? '{}') as WorkerData;
  const store = await openSqliteStore(data.dbPath, { readOnly: true });
  const app = new Hono();
  routes?.(app, store);
  // No response cache here: the server keeps one for all workers.
  app.route('/', createApp(store, { dashboardDir: data.dashboardDir, cache: false, refreshIncidents: false }));
  process.on('message', (m: ToWorker) => {
    void answer(app, m).then((msg) => send(msg));
  });
  // The server gone (killed, crashed), its workers go too. Ctrl-C reaches the whole process
  // group: the server stops its workers itself, after answering what it can.
  process.on('disconnect', () => process.exit(0));
  process.on('SIGINT', () => {});
  process.on('SIGHUP', () => {});
  send({ type: 'ready' } satisfies FromWorker);
}

async function answer(app: Hono, m: ToWorker): Promise<FromWorker & { type: 'response' }> {
  const { url, method, headers } = m.request;
  const res = await app.fetch(new Request(url, { method, headers }));
  const body = new Uint8Array(await res.arrayBuffer());
  return { type: 'response', id: m.id, response: { status: res.status, headers: [...res.headers.entries()], body } };
}
