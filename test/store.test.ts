import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from '../src/store/index.ts';
import { MIGRATIONS } from '../src/store/migrations.ts';
import type { Extraction } from '../src/types.ts';
import { join } from 'node:path';
import { tempDir } from './ingest-fixtures.ts';

const TEXT = 'Officials in Kyiv said 12 drones were shot down. A further 3 drones hit a depot.';
const KYIV = { geonameid: 703448, name: 'Kyiv', lat: 50.45, lon: 30.52, country: 'UA', admin1: '12', precision: 'city' as const, featureCode: 'PPLC' };

function extraction(id = 'a', text = TEXT): Extraction {
  return {
    article: { id, title: 'Drones over Kyiv', published: '2025-03-01', text },
    places: [{ start: 13, end: 17, text: 'Kyiv', role: 'location', place: KYIV }],
    claims: [
      { kind: 'intercepted', value: 12, qualifier: 'exact', weapon: 'drone', when: '2025-02-28', where: { start: 13, end: 17, text: 'Kyiv', role: 'location', place: KYIV }, claimant: 'Officials', evidence: { start: 0, end: 48 }, partOf: null, rule: 'count:intercepted:weapon', confidence: 0.9 },
      { kind: 'hit', value: 3, qualifier: 'exact', weapon: 'drone', when: null, where: null, claimant: null, evidence: { start: 49, end: 80 }, partOf: 0, rule: 'count:hit:weapon' },
    ],
    events: [{ type: 'ASSAULT', mode: 'drone', acledEventType: 'Explosions/Remote violence', acledSubEventType: 'Air/drone strike', cameo: '195', when: '2025-02-28', whenPrecision: 'day', where: { start: 13, end: 17, text: 'Kyiv', role: 'location', place: KYIV }, actor: { text: 'Russia', country: 'RUS', sector: null }, recipient: { text: 'Ukraine', country: 'UKR', sector: null }, fatalities: null, rule: 'test', evidence: { start: 0, end: 48 } }],
  };
}
const meta = (hash = 'h1') => ({ contentHash: hash, source: 'test', pipelineVersion: 'test' });

test('migrations are numbered, recorded, and not re-applied on reopen', async () => {
  const path = join(tempDir(), 's.db');
  const s1 = await openSqliteStore(path);
  const versions = s1.db.prepare('SELECT version FROM migrations ORDER BY version').all() as { version: number }[];
  assert.deepEqual(versions.map((v) => v.version), MIGRATIONS.map((m) => m.version));
  await s1.close();
  const s2 = await openSqliteStore(path);
  assert.equal((s2.db.prepare('SELECT COUNT(*) AS n FROM migrations').get() as { n: number }).n, MIGRATIONS.length);
  await s2.close();
});

test('an extraction round-trips: claims, events, places, evidence text, part_of as stored id', async () => {
  const s = await openSqliteStore(':memory:');
  const r = await s.addExtraction(extraction(), meta());
  assert.equal(r.added, true);
  const claims = await s.claims();
  assert.equal(claims.length, 2);
  assert.equal(claims[0]!.evidence.text, 'Officials in Kyiv said 12 drones were shot down.');
  assert.equal((await s.events())[0]!.whenPrecision, 'day');
  assert.equal(claims[0]!.where?.lat, 50.45);
  const hit = claims.find((c) => c.kind === 'hit')!;
  assert.equal(hit.partOf, claims.find((c) => c.kind === 'intercepted')!.id);
  // Every claim keeps the rule that found it, and its confidence when it has one.
  assert.equal(hit.rule, 'count:hit:weapon');
  assert.equal(claims.find((c) => c.kind === 'intercepted')!.confidence, 0.9);
  assert.equal(hit.when, null);
  const [ev] = await s.events();
  assert.equal(ev!.actor?.country, 'RUS');
  assert.equal(ev!.acledSubEventType, 'Air/drone strike');
  assert.equal((await s.places())[0]!.mentions, 1);
  assert.deepEqual((await s.summary()).claimsByKind, { intercepted: 1, hit: 1 });
  await s.close();
});

test('the same content hash stores nothing new', async () => {
  const s = await openSqliteStore(':memory:');
  await s.addExtraction(extraction('a'), meta('same'));
  const again = await s.addExtraction(extraction('b'), meta('same'));
  assert.equal(again.added, false);
  assert.equal((await s.summary()).documents, 1);
  assert.equal((await s.claims()).length, 2);
  await s.close();
});

test('a failure mid-article rolls back the whole article', async () => {
  const s = await openSqliteStore(':memory:');
  const broken = extraction();
  // An object cannot be bound as a SQL value: the insert of the second claim throws.
  (broken.claims[1] as unknown as { value: unknown }).value = { not: 'a number' };
  await assert.rejects(() => s.addExtraction(broken, meta()));
  const count = (t: string) => (s.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
  for (const t of ['documents', 'extraction_runs', 'claims', 'events', 'places']) assert.equal(count(t), 0, t);
  await s.close();
});

test('filters: kind, since/until (falling back to the article date), place, country, claimant, text', async () => {
  const s = await openSqliteStore(':memory:');
  await s.addExtraction(extraction(), meta());
  assert.equal((await s.claims({ kind: 'hit' })).length, 1);
  assert.equal((await s.claims({ since: '2025-03-01' })).length, 1, 'undated hit falls back to published 2025-03-01');
  assert.equal((await s.claims({ until: '2025-02-28' })).length, 1);
  assert.equal((await s.claims({ place: 'kyi' })).length, 1);
  assert.equal((await s.claims({ country: 'ua' })).length, 1);
  assert.equal((await s.claims({ claimant: 'official' })).length, 1);
  assert.equal((await s.claims({ text: 'depot' })).length, 1);
  assert.equal((await s.claims({ text: '100%' })).length, 0, '% is taken literally');
  assert.equal((await s.events({ kind: 'assault', country: 'RUS' })).length, 1);
  assert.equal((await s.claims({ limit: 1 })).length, 1);
  await s.close();
});

test('a new extraction run supersedes the old one and keeps it as history', async () => {
  const s = await openSqliteStore(':memory:');
  const { documentId } = await s.addExtraction(extraction(), meta());
  const next = extraction();
  next.claims = next.claims.slice(0, 1);
  await s.addRun(documentId, next, 'test-2');
  assert.equal((await s.claims()).length, 1, 'current run only');
  // The kept claim is unchanged, so it keeps its row (and id) in the new run; the dropped one stays as history.
  const all = await s.claims({ history: true });
  assert.equal(all.length, 2);
  assert.equal(all.filter((c) => c.superseded).length, 1);
  assert.equal((await s.summary()).runs, 2);
  const docs = [];
  for await (const d of s.documents()) docs.push(d);
  assert.equal(docs.length, 1);
  assert.equal(docs[0]!.text, TEXT);
  await s.close();
});

test('the summary counts the places `places` lists, with or without a gazetteer id', async () => {
  const s = await openSqliteStore(':memory:');
  const { ingestFiles } = await import('../src/ingest/index.ts');
  const { fileURLToPath } = await import('node:url');
  await ingestFiles([fileURLToPath(new URL('../examples/seed.txt', import.meta.url))], s);
  const places = await s.places();
  assert.ok(places.some((p) => p.geonameid === null), 'the seed names places without a gazetteer id');
  assert.equal((await s.summary()).places, places.length);
  await s.close();
});
