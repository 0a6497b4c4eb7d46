/**
 * The API worker with one more route, /api/slow: a SQLite query that never ends on its own
 * (a recursive count without a bound), as a runaway full-text or tally query would. Only the
 * pool's time limit, or its shutdown, stops it.
 */
import { runWorker } from '../../src/api/pool/worker-main.ts';

await runWorker((app, store) => {
  app.get('/api/slow', (c) => {
    const row = store.db.prepare('WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT COUNT(*) AS c FROM n').get();
    return c.json(row);
  });
});
