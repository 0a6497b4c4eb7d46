/**
 * The API tests' store: a fixture of our own (a total with a part, launches and interceptions
 * over Russia and Ukraine, casualties) and the example corpus, through the real ingest into a
 * temporary SQLite file, served on an ephemeral port.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFiles } from '../src/ingest/index.ts';
import { openSqliteStore, type SqliteStore } from '../src/store/index.ts';
import { listen, type RunningServer } from '../src/api/serve.ts';
import { ODESA, tempDir, writeFixture } from './ingest-fixtures.ts';

/** "60 … including 25 over the Belgorod region": the 25 is a part of the 60. */
export const BELGOROD = `Drones downed over Belgorod and Kharkiv

15 March 2025, Russia, Belgorod: Firefighters at the site of a drone strike. (Photo/dpa)

Russia's defence ministry said on Saturday that air defences intercepted 60 Ukrainian drones overnight, including 25 over the Belgorod region.

Ukraine launched 80 drones at Russian regions overnight, the defence ministry said.

Ukraine's air force said Russia launched 120 drones at Kharkiv on Saturday and that 95 of them were shot down.

Regional governor Oleh Syniehubov said three people were killed and 12 were injured in Kharkiv.`;

const SEED = fileURLToPath(new URL('../examples/seed.txt', import.meta.url));

export interface ApiFixture {
  store: SqliteStore;
  server: RunningServer;
  /** GET a path on the server. */
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export async function startFixture(): Promise<ApiFixture> {
  const dir = tempDir();
  const store = await openSqliteStore(join(dir, 'api.db'));
  const dump = writeFixture(dir, 'fixture.txt', `${BELGOROD}\n\n\n\n${ODESA}\n`);
  const report = await ingestFiles([dump, SEED], store);
  if (report.issues.length || report.added < 3) throw new Error(`fixture ingest failed: ${JSON.stringify(report)}`);
  const server = await listen(store, { port: 0, host: '127.0.0.1', dashboardDir: join(dir, 'no-dashboard') });
  return {
    store,
    server,
    get: (path, headers = {}) => fetch(new URL(path, server.url), { headers }),
    close: async () => { await server.close(); await store.close(); },
  };
}
