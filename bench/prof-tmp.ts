import { copyFileSync, writeFileSync } from 'node:fs';
import { openSqliteStore, type SqliteStore } from '../src/store/index.ts';
import { runIngest } from '../src/cli/ingest-command.ts';
import { articles } from './corpus.ts';
copyFileSync(process.argv[2]!, '/tmp/incscale/prof.db');
const store = await openSqliteStore('/tmp/incscale/prof.db');
let t0 = performance.now(); let c0 = process.cpuUsage();
const cpu = () => { const c = process.cpuUsage(c0); return ((c.user + c.system) / 1e6).toFixed(2); };
let r = await store.refreshIncidents({ rebuild: true });
console.log('rebuild', ((performance.now() - t0) / 1000).toFixed(2), 's cpu', cpu(), r.regrouped, r.incidents);
const gen = articles(99);
for (const k of [1, 100]) {
  writeFileSync('/tmp/incscale/add.jsonl', Array.from({ length: k }, (_, i) => JSON.stringify({ ...gen.next().value!, id: `new-${k}-${i}` })).join('\n'));
  await runIngest(['/tmp/incscale/add.jsonl'], Object.assign(Object.create(store) as SqliteStore, { incidentsStale: async () => false }), { quiet: true });
  t0 = performance.now(); c0 = process.cpuUsage();
  r = await store.refreshIncidents();
  console.log('refresh', k, ((performance.now() - t0) / 1000).toFixed(2), 's cpu', cpu(), r.regrouped, r.revised);
}
console.log('maxRSS', (process.resourceUsage().maxRSS / 1024).toFixed(0), 'MB');
await store.close();
