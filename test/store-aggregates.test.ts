/**
 * The maintained aggregates (src/store/aggregates.ts) against the rows they summarise: tallies
 * from claim_tallies must equal tallies summed over the claims, and the summary's counters must
 * equal counts over the current runs — after ingest, after a re-extraction supersedes every
 * run, and after the migration fills them from rows already stored.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFiles, reextractStored } from '../src/ingest/index.ts';
import { extractArticle } from '../src/pipeline.ts';
import { openSqliteStore, type SqliteStore } from '../src/store/index.ts';
import { TALLY_GROUPS, type TallyQuery } from '../src/store/api-query.ts';
import { PLACE_KEY } from '../src/store/aggregates.ts';
import type { Article } from '../src/types.ts';
import { BELGOROD } from './api-fixtures.ts';
import { ODESA, tempDir, writeFixture } from './ingest-fixtures.ts';

const SEED = fileURLToPath(new URL('../examples/seed.txt', import.meta.url));

const FILTERS: Omit<TallyQuery, 'groupBy'>[] = [
  {},
  { country: 'RU' },
  { country: 'UA', kinds: ['launched', 'intercepted'] },
  { kinds: ['intercepted'] },
  { kinds: ['hit', 'killed', 'injured', 'damaged', 'evacuated'] },
  { since: '2025-03-01' },
  { until: '2025-03-14', since: '2024-01-01' },
  { claimant: 'ministry' },
  { claimant: 'defence', country: 'RU', kinds: ['launched', 'intercepted'] },
];

/** Every group and filter: the aggregate's answer equals the direct SUM over claims. */
async function assertAggregateMatches(s: SqliteStore, when: string): Promise<void> {
  let groups = 0;
  for (const groupBy of TALLY_GROUPS) {
    for (const f of FILTERS) {
      const q = { ...f, groupBy };
      const direct = s.directTallies(q);
      groups += direct.length;
      assert.deepEqual(await s.tallies(q), direct, `${when}: ${JSON.stringify(q)}`);
    }
  }
  assert.ok(groups > 50, `${when}: only ${groups} groups compared`);
}

/** The summary, counted over the current runs' rows. */
function directSummary(s: SqliteStore) {
  const all = (sql: string) => s.db.prepare(sql).all() as { k: string; n: number }[];
  const n = (sql: string) => (s.db.prepare(sql).get() as { n: number }).n;
  const current = 'run_id IN (SELECT id FROM extraction_runs WHERE superseded_by IS NULL)';
  return {
    documents: n('SELECT COUNT(*) AS n FROM documents'),
    runs: n('SELECT COUNT(*) AS n FROM extraction_runs'),
    claimsByKind: Object.fromEntries(all(`SELECT kind AS k, COUNT(*) AS n FROM claims WHERE ${current} GROUP BY kind ORDER BY n DESC, k`).map((r) => [r.k, r.n])),
    eventsByType: Object.fromEntries(all(`SELECT type AS k, COUNT(*) AS n FROM events WHERE ${current} GROUP BY type ORDER BY n DESC, k`).map((r) => [r.k, r.n])),
    places: n(`SELECT COUNT(DISTINCT ${PLACE_KEY()}) AS n FROM places WHERE ${current} AND role = 'location' AND place_name IS NOT NULL`),
    incidents: n('SELECT COUNT(*) AS n FROM incidents WHERE current = 1'),
  };
}

async function filled(): Promise<{ s: SqliteStore; path: string }> {
  const dir = tempDir();
  const path = join(dir, 'agg.db');
  const s = await openSqliteStore(path);
  const dump = writeFixture(dir, 'fixture.txt', `${BELGOROD}\n\n\n\n${ODESA}\n`);
  const report = await ingestFiles([dump, SEED], s);
  assert.equal(report.issues.length, 0);
  return { s, path };
}

test('tallies from the aggregate equal the direct sums, after ingest and after re-extraction', async () => {
  const { s } = await filled();
  await assertAggregateMatches(s, 'after ingest');
  assert.deepEqual(await s.summary(), directSummary(s));
  const belgorod = s.directTallies({ groupBy: 'claimant', country: 'RU', kinds: ['launched', 'intercepted'] })
    .find((t) => t.key === "russia's defence ministry");
  assert.equal(belgorod?.sums.intercepted, 60, 'the fixture keeps its total and part');
  assert.equal(belgorod?.parts.sums.intercepted, 25);

  // A re-extraction that changes values, drops claims, and leaves one article with none:
  // every old run leaves the aggregates, every new one enters.
  let nth = 0;
  const changed = (a: Article) => {
    const x = extractArticle(a);
    if (nth++ === 1) return { ...x, claims: [], events: [], places: [] };
    const keep = x.claims.length - 1;
    x.claims = x.claims.slice(0, keep).map((c) => ({ ...c, value: c.value === null ? null : c.value + 1, partOf: c.partOf !== null && c.partOf < keep ? c.partOf : null }));
    return x;
  };
  await reextractStored(s, changed);
  await assertAggregateMatches(s, 'after re-extraction');
  assert.deepEqual(await s.summary(), directSummary(s));
  await reextractStored(s);
  await assertAggregateMatches(s, 'after a second re-extraction');
  assert.deepEqual(await s.summary(), directSummary(s));
  await s.close();
});

test('rebuilding the aggregates from the rows gives what the Store maintained', async () => {
  const { s } = await filled();
  await reextractStored(s);
  const dump = (t: string) => s.db.prepare(`SELECT * FROM ${t}`).all().map((r) => JSON.stringify(r)).sort();
  const tables = ['claim_tallies', 'claim_tallies_by_claimant', 'claim_tallies_by_day', 'claim_tallies_by_region', 'record_counts'];
  const kept = tables.map(dump);
  s.rebuildAggregates();
  assert.deepEqual(tables.map(dump), kept);
  await assertAggregateMatches(s, 'after rebuild');
  await s.close();
});
