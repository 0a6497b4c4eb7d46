import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIngest } from '../src/cli/ingest-command.ts';
import { extractArticle } from '../src/pipeline.ts';
import { openSqliteStore, type IncidentRefresh, type SqliteStore, type StoredDocument } from '../src/store/index.ts';
import { tempDir } from './ingest-fixtures.ts';
import type { Article } from '../src/types.ts';

const path = (name: string) => fileURLToPath(new URL(`./fixtures/incidents/${name}`, import.meta.url));
const lines = (name: string): Article[] => readFileSync(path(name), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Article);
const FIXTURES = ['three-outlets.jsonl', 'same-night.jsonl', 'two-nights.jsonl', 'adjacent-nights.jsonl', 'seed-strike-reports.jsonl'];
const all = () => FIXTURES.flatMap(lines);
function file(articles: Article[]): string {
  const f = join(tempDir(), `${articles.map((a) => a.id).join('-').slice(0, 80)}.jsonl`);
  writeFileSync(f, articles.map((a) => JSON.stringify(a)).join('\n'));
  return f;
}
const open = () => openSqliteStore(join(tempDir(), 'incidents.db'));
const reextract = (d: StoredDocument) => extractArticle({ id: d.articleId, title: d.title, published: d.published, text: d.text, source: d.source });

/** The store with each refresh's report kept (runIngest refreshes after it stores). */
function watched(store: SqliteStore): { last: () => IncidentRefresh } {
  const refresh = store.refreshIncidents.bind(store);
  let last: IncidentRefresh | null = null;
  store.refreshIncidents = async (o) => (last = await refresh(o));
  return { last: () => last! };
}

/** Article id → incident id, as stored. */
function grouping(store: SqliteStore): Map<string, string> {
  const rows = store.db.prepare('SELECT d.article_id, ia.incident_id FROM incident_articles ia JOIN documents d ON d.id = ia.document_id ORDER BY d.article_id').all() as { article_id: string; incident_id: string }[];
  return new Map(rows.map((r) => [r.article_id, r.incident_id]));
}
/** Every stored row of the incidents and their revisions, as text. */
function rowsOf(store: SqliteStore, ids: string[]): string {
  const q = ids.map(() => '?').join(',');
  return JSON.stringify([
    store.db.prepare(`SELECT * FROM incidents WHERE id IN (${q}) ORDER BY id`).all(...ids),
    store.db.prepare(`SELECT * FROM incident_revisions WHERE incident_id IN (${q}) ORDER BY id`).all(...ids),
    store.db.prepare(`SELECT * FROM incident_reports WHERE incident_id IN (${q}) ORDER BY incident_id, kind, document_id`).all(...ids),
  ]);
}

test('a refresh after ingest regroups only the new articles\' neighbourhood: incidents two months away stay byte-identical', async () => {
  const store = await open();
  await runIngest([path('same-night.jsonl')], store, { quiet: true });
  const june = [...new Set(grouping(store).values())];
  const before = rowsOf(store, june);
  // The April reports share Kharkiv and missile strikes with June's, but lie outside the window.
  const { last } = watched(store);
  await runIngest([path('three-outlets.jsonl')], store, { quiet: true });
  assert.equal(rowsOf(store, june), before);
  assert.equal(last().regrouped, 4, 'the four new documents (the wire copy is linked at ingest), none of June\'s');
  assert.equal(last().retired, 0);
  await store.close();
});

test('a new article joining an existing incident revises that incident only; the others are not rewritten', async () => {
  const store = await open();
  const nights = lines('two-nights.jsonl');
  await runIngest([file([...nights.filter((a) => a.id !== 'odesa-may9-b'), ...lines('same-night.jsonl')])], store, { quiet: true });
  const joined = grouping(store).get('odesa-may9-a')!;
  const others = [...new Set(grouping(store).values())].filter((id) => id !== joined);
  const before = rowsOf(store, others);
  const revisions = (id: string) => (store.db.prepare('SELECT COUNT(*) AS n FROM incident_revisions WHERE incident_id = ?').get(id) as { n: number }).n;
  assert.equal(revisions(joined), 1);
  const { last } = watched(store);
  await runIngest([file(nights.filter((a) => a.id === 'odesa-may9-b'))], store, { quiet: true });
  assert.equal(last().revised, 1);
  assert.ok(last().regrouped < 5, `the new report and its Odesa neighbours, not the ${grouping(store).size} articles: ${last().regrouped}`);
  assert.equal(grouping(store).get('odesa-may9-b'), joined, 'same id: the earliest report is unchanged');
  assert.equal(revisions(joined), 2, 'one revision: a second article');
  assert.equal(rowsOf(store, others), before);
  assert.equal((await store.incident(joined))!.articles.length, 2);
  await store.close();
});

test('the fixtures ingested in three batches, a refresh after each, group as ingested at once and as rebuilt', async () => {
  const articles = all();
  const once = await open();
  await runIngest([file(articles)], once, { quiet: true });
  const steps = await open();
  for (const k of [0, 1, 2]) await runIngest([file(articles.filter((_, i) => i % 3 === k))], steps, { quiet: true });
  const [a, b] = [grouping(once), grouping(steps)];
  assert.equal(a.size, articles.length - 1, 'every article but the wire copy, linked at ingest');
  assert.deepEqual(b, a);
  const rebuilt = await steps.refreshIncidents({ rebuild: true, reextract });
  assert.deepEqual(grouping(steps), a);
  assert.deepEqual([rebuilt.retired, rebuilt.failed.length], [0, 0]);
  assert.equal(rebuilt.regrouped >= articles.length - 1, true, 'a rebuild reads every article');
  assert.equal((await steps.incidents({ limit: 100 })).count, new Set(a.values()).size);
  await once.close();
  await steps.close();
});

test('profiles made again outside the write: an article whose extraction throws is reported and left out, the others are grouped', async () => {
  const store = await open();
  for (const a of lines('three-outlets.jsonl')) await store.addExtraction(extractArticle(a), { contentHash: a.id, source: null, pipelineVersion: 'test' });
  store.db.exec('DELETE FROM article_profiles; DELETE FROM incident_state');
  const r = await store.refreshIncidents({ reextract: (d) => { if (d.articleId === 'kh-rise') throw new Error('parser broke'); return reextract(d); } });
  assert.deepEqual(r.failed.map((f) => [f.articleId, f.error]), [['kh-rise', 'parser broke']]);
  const g = grouping(store);
  assert.equal(g.has('kh-rise'), false);
  assert.equal(g.get('kh-final'), g.get('kh-wire'));
  assert.equal((store.db.prepare('SELECT COUNT(*) AS n FROM article_profiles').get() as { n: number }).n, 4, 'the other four profiles were written');
  // The next refresh takes the left-out article in (it is in no incident yet).
  const again = await store.refreshIncidents({ reextract });
  assert.deepEqual(again.failed, []);
  assert.equal(grouping(store).get('kh-rise'), g.get('kh-wire'));
  assert.equal((await store.incident(g.get('kh-wire')!))!.articles.length, 4);
  await store.close();
});

test('re-extracted articles are regrouped; an incident no longer formed is retired with its heir named', async () => {
  const store = await open();
  await runIngest([file(lines('three-outlets.jsonl').filter((a) => a.id === 'kh-final'))], store, { quiet: true });
  const alone = grouping(store).get('kh-final')!;
  await runIngest([file(lines('three-outlets.jsonl').filter((a) => a.id === 'kh-wire' || a.id === 'kh-rise'))], store, { quiet: true });
  const heir = grouping(store).get('kh-final')!;
  assert.notEqual(heir, alone);
  const retired = (await store.incident(alone))!;
  assert.deepEqual([retired.current, retired.mergedInto], [false, heir]);
  // A re-extraction changing nothing regroups the same: same id, no revision, nothing retired.
  for await (const d of store.documents()) await store.addRun(d.id, reextract(d), 'again');
  const r = await store.refreshIncidents();
  assert.deepEqual([r.revised, r.retired], [0, 0]);
  assert.equal(grouping(store).get('kh-final'), heir);
  await store.close();
});

test('a store from before migration 18: profiles get their day and keys at the next refresh, and new articles find their incident', async () => {
  const store = await open();
  await runIngest([file(lines('two-nights.jsonl').filter((a) => a.id !== 'odesa-may2-b'))], store, { quiet: true });
  store.db.exec('UPDATE article_profiles SET day = NULL, keys = NULL');
  await runIngest([file(lines('two-nights.jsonl').filter((a) => a.id === 'odesa-may2-b'))], store, { quiet: true });
  const missing = (store.db.prepare('SELECT COUNT(*) AS n FROM article_profiles WHERE keys IS NULL OR day IS NULL').get() as { n: number }).n;
  assert.equal(missing, 0);
  const g = grouping(store);
  assert.equal(g.get('odesa-may2-b'), g.get('odesa-may2-a'));
  assert.notEqual(g.get('odesa-may2-a'), g.get('odesa-may9-a'));
  await store.close();
});

test('clustering: incidents formed before merge only through a new article; a component past the cap is cut in date order', async () => {
  const { averageLink, MAX_COMPONENT } = await import('../src/reconcile/index.ts');
  // Articles 0,1 (incident A) and 2,3 (incident B), formed before; all four pairs across score high.
  const across = [[0, 2], [0, 3], [1, 2], [1, 3]].map(([i, j]) => ({ i: i!, j: j!, p: 0.9 }));
  const seeded = { groups: ['A', 'A', 'B', 'B'], frozen: [true, true, true, true] };
  const frozen = averageLink(4, across, 0.5, undefined, seeded);
  assert.notEqual(frozen[0], frozen[2], 'two old incidents stay apart without a new article');
  assert.equal(frozen[0], frozen[1], 'an old incident stays whole though its own pairs were not scored');
  const bridge = [...across, { i: 4, j: 0, p: 0.9 }, { i: 4, j: 1, p: 0.9 }, { i: 4, j: 2, p: 0.9 }, { i: 4, j: 3, p: 0.9 }];
  const joined = averageLink(5, bridge, 0.5, undefined, { groups: [...seeded.groups, null], frozen: [...seeded.frozen, false] });
  assert.equal(new Set(joined).size, 1, 'a new article vouched for by both joins them');
  // A chain of look-alikes longer than the cap: no cluster spans the cut.
  // Odd on purpose: uncut, articles 200 and 201 (either side of the cut) would pair up.
  const n = MAX_COMPONENT + 201;
  const chain = Array.from({ length: n - 1 }, (_, i) => ({ i, j: i + 1, p: 0.99 }));
  const days = Array.from({ length: n }, (_, i) => n - i);
  const labels = averageLink(n, chain, 0.5, undefined, { days });
  const blockOf = (i: number) => (days[i]! <= MAX_COMPONENT ? 'early' : 'late');
  for (let i = 0; i < n; i++) assert.equal(blockOf(labels[i]!), blockOf(i), `article ${i} clustered across the cut`);
});
