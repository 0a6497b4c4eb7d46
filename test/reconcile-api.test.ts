import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFiles } from '../src/ingest/index.ts';
import { openSqliteStore, type SqliteStore } from '../src/store/index.ts';
import { createApp } from '../src/api/app.ts';
import { tempDir } from './ingest-fixtures.ts';
import { parseCsv } from './helpers/csv.ts';

let store: SqliteStore;
let app: ReturnType<typeof createApp>;
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/incidents/${name}`, import.meta.url));

before(async () => {
  store = await openSqliteStore(join(tempDir(), 'incidents.db'));
  const report = await ingestFiles([fixture('three-outlets.jsonl'), fixture('two-nights.jsonl')], store);
  assert.equal(report.issues.length, 0, JSON.stringify(report.issues));
});
after(async () => { await store.close(); });

interface Brief { id: string; articles: number; killed: { best: number } | null; grade: string }

test('GET /api/incidents counts each incident once, and /api/incidents/:id gives its claimants side by side', async () => {
  app = createApp(store, { dashboardDir: join(tempDir(), 'none') });
  const res = await app.request('/api/incidents');
  assert.equal(res.status, 200);
  const body = (await res.json()) as { count: number; totals: { killed: number }; items: Brief[] };
  // Kharkiv (3 articles; the wire copy is linked at ingest to the wire's document), Valencia, and Odesa's two nights.
  assert.equal(body.count, 4);
  const kharkiv = body.items.find((i) => i.articles === 3)!;
  assert.equal(kharkiv.killed!.best, 7);
  // 7 in Kharkiv and 2 in Odesa: the copies and the earlier tolls are not added again.
  assert.equal(body.totals.killed, 9);
  const one = await app.request(`/api/incidents/${kharkiv.id}`);
  const detail = (await one.json()) as { killed: { reports: { article: string; value: number; copies: string[] }[] }; articles: { id: string; documentId: number | null; copyOf: string | null }[] };
  assert.deepEqual(detail.killed.reports.map((r) => r.value), [4, 6, 7]);
  assert.ok(detail.articles.every((a) => typeof a.documentId === 'number'));
  const wire = detail.articles.find((a) => a.id === 'kh-wire')!;
  assert.deepEqual((await store.document(wire.documentId!))!.sources.map((s) => [s.relation, s.url]), [['original', 'https://wire.example/kharkiv-strike'], ['near', 'https://paper.example/world/kharkiv-strike']]);
});

test('unknown and malformed incident ids are problems, not pages', async () => {
  assert.equal((await app.request('/api/incidents/inc-000000000000')).status, 404);
  assert.equal((await app.request('/api/incidents/nonsense')).status, 400);
  assert.equal((await app.request('/api/incidents?grade=rumour')).status, 400);
});

test('the incident routes are in /openapi.json and on /docs, with what the tallies count', async () => {
  const doc = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, { get: { description?: string; parameters?: { name: string }[] } }> };
  assert.deepEqual(doc.paths['/api/incidents']!.get.parameters!.map((p) => p.name).sort(), ['grade', 'limit', 'since', 'until']);
  assert.deepEqual(doc.paths['/api/incidents/{id}']!.get.parameters!.map((p) => p.name), ['id']);
  assert.match(doc.paths['/api/tallies']!.get.description!, /never the same figure twice/);
  const html = await (await app.request('/docs')).text();
  assert.match(html, /\/api\/incidents\/\{id\}/);
  assert.match(html, /Counts incidents, never the same figure twice/);
  assert.equal((await app.request('/api/incidents', { method: 'POST' })).status, 405);
});

test('a claim that repeats another report\'s figure names it in /api/claims and in the CSV export', async () => {
  const res = await app.request('/api/claims?kind=killed&limit=100');
  const claims = ((await res.json()) as { items: { id: number; articleId: string; value: number; repeatOf: number | null }[] }).items;
  const repeats = claims.filter((c) => c.repeatOf !== null);
  assert.ok(repeats.length > 0, 'the Kharkiv reports repeat each other\'s toll');
  for (const r of repeats) {
    const first = claims.find((c) => c.id === r.repeatOf);
    assert.ok(first, `claim ${r.id} repeats ${r.repeatOf}, which is listed`);
    assert.notEqual(first.articleId, r.articleId, 'a repeat is another article\'s figure');
  }
  const rows = parseCsv(await (await app.request('/api/claims?kind=killed&limit=100', { headers: { accept: 'text/csv' } })).text());
  const col = rows[0]!.indexOf('repeat_of');
  assert.ok(col > 0, rows[0]!.join(','));
  assert.equal(rows.slice(1).filter((r) => r[col]).length, repeats.length);
});
