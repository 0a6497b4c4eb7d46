import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIngest } from '../src/cli/ingest-command.ts';
import { extractArticle } from '../src/pipeline.ts';
import { splitDump } from '../src/ingest/dump.ts';
import { openSqliteStore, type SqliteStore } from '../src/store/index.ts';
import { createApp } from '../src/api/app.ts';
import { tempDir } from './ingest-fixtures.ts';
import type { Article } from '../src/types.ts';

const path = (name: string) => fileURLToPath(new URL(`./fixtures/incidents/${name}`, import.meta.url));
const lines = (name: string): Article[] => readFileSync(path(name), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Article);
/** A JSONL file of some of a fixture's articles, for ingesting them in steps. */
function part(name: string, ids: string[]): string {
  const file = join(tempDir(), `${ids.join('-')}.jsonl`);
  writeFileSync(file, lines(name).filter((a) => ids.includes(a.id)).map((a) => JSON.stringify(a)).join('\n'));
  return file;
}
async function storeOf(...files: string[]): Promise<SqliteStore> {
  const store = await openSqliteStore(join(tempDir(), 'incidents.db'));
  for (const f of files) await runIngest([f], store, { quiet: true });
  return store;
}
const sums = async (store: SqliteStore, kinds: string[]) => (await store.tallies({ groupBy: 'kind', kinds })).reduce<Record<string, number>>((o, t) => ({ ...o, ...t.sums }), {});
const incidentOfArticle = async (store: SqliteStore, articleId: string) => {
  const { items } = await store.incidents({ limit: 100 });
  for (const b of items) {
    const i = (await store.incident(b.id))!;
    if (i.articles.some((a) => a.id === articleId)) return i;
  }
  throw new Error(`no incident holds ${articleId}`);
};

test('stored: three outlets and a wire copy are one incident with three claimants, the copy linked, 4/7/7 killed', async () => {
  const store = await storeOf(path('three-outlets.jsonl'));
  const kharkiv = await incidentOfArticle(store, 'kh-wire');
  // The wire copy is linked at ingest to the wire's document (one document, two sources), so it adds no article.
  assert.deepEqual(kharkiv.articles.map((a) => a.id).sort(), ['kh-final', 'kh-rise', 'kh-wire']);
  const wire = kharkiv.articles.find((a) => a.id === 'kh-wire')!;
  assert.deepEqual((await store.document(wire.documentId!))!.sources.map((s) => s.relation), ['original', 'near']);
  assert.deepEqual(kharkiv.killed!.reports.map((r) => [r.article, r.value]), [['kh-wire', 4], ['kh-rise', 6], ['kh-final', 7]]);
  assert.deepEqual([kharkiv.killed!.low, kharkiv.killed!.best, kharkiv.killed!.high], [4, 7, 7]);
  assert.equal(kharkiv.current, true);
  await store.close();
});

test('tallies count each incident once: a toll three articles repeat is summed once, and the aggregate agrees with the claims', async () => {
  const store = await storeOf(path('same-night.jsonl'));
  // Kharkiv: 3 dead and 9 wounded in three reports; Dnipro: 2 and 5 in two. Per article it was 13 and 37.
  assert.deepEqual(await sums(store, ['killed', 'injured']), { killed: 5, injured: 14 });
  const direct = store.directTallies({ groupBy: 'kind', kinds: ['killed', 'injured'] }).reduce<Record<string, number>>((o, t) => ({ ...o, ...t.sums }), {});
  assert.deepEqual(direct, { killed: 5, injured: 14 });
  store.rebuildAggregates();
  assert.deepEqual(await sums(store, ['killed', 'injured']), { killed: 5, injured: 14 });
  // The repeats stay stored and listed; only the sums leave them out.
  assert.equal((await store.claims({ kind: 'killed' })).length, 5);
  // Re-extracted (repeats move into the new runs) and regrouped: every rollup still equals the claims.
  for await (const d of store.documents()) await store.addRun(d.id, extractArticle({ id: d.articleId, title: d.title, published: d.published, text: d.text, source: d.source }), 'again');
  await store.refreshIncidents();
  for (const groupBy of ['day', 'country', 'region', 'weapon', 'claimant', 'kind'] as const) {
    assert.deepEqual(await store.tallies({ groupBy }), store.directTallies({ groupBy }), groupBy);
  }
  assert.deepEqual(await sums(store, ['killed', 'injured']), { killed: 5, injured: 14 });
  await store.close();
});

test('a later toll revises the incident: same id, the earlier figures kept as history, the tally follows the latest', async () => {
  const store = await storeOf(part('three-outlets.jsonl', ['kh-wire', 'kh-copy']));
  const first = await incidentOfArticle(store, 'kh-wire');
  assert.equal(first.killed!.best, 4);
  assert.equal((await sums(store, ['killed'])).killed, 4);
  await runIngest([part('three-outlets.jsonl', ['kh-rise', 'kh-final'])], store, { quiet: true });
  const later = (await store.incident(first.id))!;
  assert.equal(later.killed!.best, 7);
  assert.deepEqual(later.history.map((h) => h.killed?.best), [4, 7]);
  assert.deepEqual(later.history[0]!.articles.sort(), ['kh-wire']);
  assert.equal((await sums(store, ['killed'])).killed, 7);
  // Re-extraction that changes nothing keeps the id and adds no revision.
  for await (const d of store.documents()) await store.addRun(d.id, extractArticle({ id: d.articleId, title: d.title, published: d.published, text: d.text, source: d.source }), 'test');
  assert.equal((await store.refreshIncidents()).revised, 0);
  const again = (await store.incident(first.id))!;
  assert.equal(again.history.length, 2);
  assert.equal((await sums(store, ['killed'])).killed, 7);
  await store.close();
});

test('an incident whose articles join an earlier-reported one is retired, named with its heir, not deleted', async () => {
  const store = await storeOf(part('three-outlets.jsonl', ['kh-final']));
  const alone = await incidentOfArticle(store, 'kh-final');
  await runIngest([part('three-outlets.jsonl', ['kh-wire', 'kh-rise'])], store, { quiet: true });
  const heir = await incidentOfArticle(store, 'kh-final');
  assert.notEqual(heir.id, alone.id, 'the id follows the earliest report');
  const retired = (await store.incident(alone.id))!;
  assert.equal(retired.current, false);
  assert.equal(retired.mergedInto, heir.id);
  assert.ok(!(await store.incidents({ limit: 100 })).items.some((i) => i.id === alone.id));
  await store.close();
});

test("stored: the seed's strike and two reports written about it are one incident", async () => {
  const seed = readFileSync(new URL('../examples/seed.txt', import.meta.url), 'utf8');
  const strike = splitDump(seed).map((s) => seed.slice(s.start, s.end)).find((t) => /Drone Attack on Russian Capital/.test(t))!;
  const file = join(tempDir(), 'seed-strike.jsonl');
  writeFileSync(file, [JSON.stringify({ id: 'seed-strike', published: '2025-03-11', text: strike }), ...readFileSync(path('seed-strike-reports.jsonl'), 'utf8').split('\n').filter((l) => l.trim())].join('\n'));
  const store = await storeOf(file);
  const { items } = await store.incidents({ limit: 10 });
  assert.equal(items.length, 1);
  assert.equal(items[0]!.articles, 3);
  assert.deepEqual([items[0]!.killed!.best, items[0]!.injured!.best], [1, 3]);
  await store.close();
});

test('the API: incidents from the store, tallies counting incidents, and a store filled by another writer refreshed on read', async () => {
  const store = await openSqliteStore(join(tempDir(), 'incidents.db'));
  // Stored around `sitrep ingest`, which would have refreshed: the API does it before answering.
  for (const a of lines('same-night.jsonl')) await store.addExtraction(extractArticle(a), { contentHash: a.id, source: null, pipelineVersion: 'test' });
  assert.equal(await store.incidentsStale(), true);
  const app = createApp(store, { dashboardDir: join(tempDir(), 'none') });
  const tallies = (await (await app.request('/api/tallies?groupBy=kind&kind=killed')).json()) as { items: { sums: Record<string, number> }[] };
  assert.equal(tallies.items[0]!.sums.killed, 5);
  const list = (await (await app.request('/api/incidents')).json()) as { count: number; totals: { killed: number; injured: number } };
  assert.deepEqual([list.count, list.totals.killed, list.totals.injured], [2, 5, 14]);
  const summary = (await (await app.request('/api/summary')).json()) as { incidents: number; claimsByKind: Record<string, number> };
  // The summary counts records (five killed claims in five articles) and incidents (two).
  assert.deepEqual([summary.incidents, summary.claimsByKind.killed], [2, 5]);
  assert.equal(await store.incidentsStale(), false);
  await store.close();
});

test('a store from before incidents were kept: the refresh extracts articles without a profile again, and groups them', async () => {
  const store = await openSqliteStore(join(tempDir(), 'incidents.db'));
  for (const a of lines('three-outlets.jsonl')) await store.addExtraction(extractArticle(a), { contentHash: a.id, source: null, pipelineVersion: 'test' });
  store.db.exec('DELETE FROM article_profiles');
  assert.equal((await store.refreshIncidents()).incidents, 0, 'without profiles and no way to make them, nothing is grouped');
  store.db.exec("DELETE FROM incident_state");
  await runIngest([], store, { quiet: true });
  assert.equal((await incidentOfArticle(store, 'kh-copy')).articles.length, 4);
  assert.equal((store.db.prepare('SELECT COUNT(*) AS n FROM article_profiles').get() as { n: number }).n, 5);
  await store.close();
});
