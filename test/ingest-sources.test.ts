/**
 * `sitrep ingest` over saved web sources, and copies: one document, several sources. Fixtures
 * are in test/fixtures/sources/ (a story, its syndicated copy with an ad block, the same page
 * re-served, an update with a revised toll, and another outlet's own report).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore, type SqliteStore } from '../src/store/index.ts';
import { copyVerdict, ingestFiles } from '../src/ingest/index.ts';
import { createApp } from '../src/api/app.ts';
import { tempDir, writeFixture } from './ingest-fixtures.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/sources/${name}`, import.meta.url));

async function counts(store: SqliteStore) {
  const s = await store.summary();
  return { documents: s.documents, claims: Object.values(s.claimsByKind).reduce((a, b) => a + b, 0) };
}

test('a syndicated copy with an ad block and another chrome is linked to the story: no new document, no new claims', async () => {
  const store = await openSqliteStore(':memory:');
  const first = await ingestFiles([fixture('page-news.html')], store);
  assert.equal(first.added, 1);
  const before = await counts(store);
  assert.ok(before.claims >= 2, 'the story has claims');
  const copy = await ingestFiles([fixture('page-syndicated-ads.html')], store);
  assert.deepEqual([copy.added, copy.copies], [0, 1]);
  assert.deepEqual(await counts(store), before, 'the copy adds no document and no claim');
  const doc = await store.document(1);
  assert.ok(doc);
  assert.deepEqual(doc.sources.map((s) => [s.relation, s.outlet]), [['original', 'Harbour Courier'], ['near', 'Coastline Daily']]);
  assert.ok(doc.sources[1]!.similarity! > 0.6 && doc.sources[1]!.similarity! < 1, String(doc.sources[1]!.similarity));
  assert.equal(doc.sources[1]!.canonicalUrl, 'https://coastline-daily.example/news/odesa-port-drones');
  // Ingesting the same copy again links nothing more.
  const again = await ingestFiles([fixture('page-syndicated-ads.html')], store);
  assert.deepEqual([again.added, again.copies, again.duplicates], [0, 0, 1]);
  assert.equal((await store.document(1))!.sources.length, 2);
  await store.close();
});

test('an exact copy from another source is linked as exact; the same source again is only a duplicate', async () => {
  const dir = tempDir();
  const text = 'Air defence units shot down 14 drones over the region overnight, the governor said on Monday. Debris damaged a school.';
  const a = writeFixture(dir, 'a.jsonl', `${JSON.stringify({ id: 'wire-1', text, published: '2026-11-02' })}\n`);
  const b = writeFixture(dir, 'b.jsonl', `${JSON.stringify({ id: 'partner-7', text: `${text}\n`, published: '2026-11-02' })}\n`);
  const store = await openSqliteStore(':memory:');
  await ingestFiles([a], store);
  const r = await ingestFiles([b, b], store);
  assert.deepEqual([r.added, r.copies, r.duplicates], [0, 1, 2]);
  const doc = await store.document(1);
  assert.deepEqual(doc!.sources.map((s) => [s.relation, s.similarity, s.source]), [['original', 1, 'a.jsonl'], ['exact', 1, 'b.jsonl']]);
  await store.close();
});

test('another outlet\'s own report of the same event, and an update with a revised toll, are NOT linked', async () => {
  const store = await openSqliteStore(':memory:');
  await ingestFiles([fixture('page-news.html')], store);
  const r = await ingestFiles([fixture('page-other-report.html'), fixture('page-news-updated.html')], store);
  assert.deepEqual([r.added, r.copies], [2, 0]);
  for (const id of [2, 3]) assert.deepEqual((await store.document(id))!.sources.map((s) => s.relation), ['original']);
  await store.close();
});

test('copy verdicts: boilerplate is a copy; a changed figure, templated daily posts or a new report are not', () => {
  const story = 'Russian forces launched 41 drones at the region overnight, and air defence destroyed 36 of them, the regional administration said. Two houses were damaged in the village of Nova Dolyna and a woman was injured. Power was restored by morning, the energy company said.';
  assert.equal(copyVerdict(story, story).copy, true);
  assert.equal(copyVerdict(`${story} Follow us for more updates from the region.`, story).copy, true, 'a tagline');
  const revised = copyVerdict(story.replace('a woman was injured', 'two women were injured'), story);
  assert.equal(revised.copy, false);
  assert.match(revised.reason!, /figures the other does not/);
  const nextDay = copyVerdict(story.replace('41 drones', '29 drones').replace('36 of them', '25 of them').replace('Nova Dolyna', 'Staryi Sad'), story);
  assert.equal(nextDay.copy, false, 'the next night\'s post from the same template');
  const own = copyVerdict('A woman was hurt and two homes were damaged when drones struck Nova Dolyna overnight, officials said, adding that 36 of 41 drones were shot down.', story);
  assert.equal(own.copy, false);
  assert.ok(own.similarity < 0.2, String(own.similarity));
  // Other scripts are words too: a forwarded post with its channel's tag is a copy; the next night's is not.
  const post = 'Вночі ворог атакував область 27 дронами. Сили ППО знищили 22 з них. У Білгород-Дністровському районі пошкоджено два приватні будинки, поранено одного чоловіка.';
  assert.equal(copyVerdict(`${post}\nПідписатися на канал`, post).copy, true);
  assert.equal(copyVerdict(post.replace('27 дронами', '31 дроном').replace('22 з них', '25 з них'), post).copy, false);
  // A short excerpt says nothing the story does not: a copy, its figures already counted.
  assert.equal(copyVerdict('Russian forces launched 41 drones at the region overnight, and air defence destroyed 36 of them.', story).copy, true);
});

test('ingest reads a feed file as links (reported) plus the items that carry their full text, with metadata', async () => {
  const store = await openSqliteStore(':memory:');
  const r = await ingestFiles([fixture('feed-rss.xml'), fixture('sitemap.xml')], store);
  assert.equal(r.links, 6);
  assert.equal(r.added, 1);
  assert.deepEqual(r.issues, []);
  assert.equal(r.warnings.length, 1, 'the future pubDate');
  const doc = await store.document(1);
  assert.equal(doc!.title, 'Guided bomb hits Kharkiv warehouse');
  assert.equal(doc!.published, '2026-12-01');
  assert.deepEqual(doc!.meta, { url: 'https://frontline-wire.example/2026/12/01/kharkiv-warehouse', outlet: 'Frontline Wire & Partners', author: 'Ivan Sirko', published: '2026-12-01T06:30:00.000Z' });
  await store.close();
});

test('a Telegram export and a directory of sources: every message an article; hostile files are named, the rest goes in', async () => {
  const dir = tempDir();
  copyFileSync(fixture('telegram/result.json'), join(dir, 'result.json'));
  copyFileSync(fixture('hostile/billion-laughs.xml'), join(dir, 'laughs.xml'));
  copyFileSync(fixture('hostile/malformed-feed.xml'), join(dir, 'broken.rss'));
  writeFixture(dir, 'photo.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1]));
  const store = await openSqliteStore(':memory:');
  const r = await ingestFiles([dir], store);
  assert.equal(r.added, 3);
  assert.deepEqual(r.issues.map((i) => [i.file.slice(dir.length + 1), i.message.replace(/ \(.*/, '')]).sort(), [
    ['broken.rss', 'malformed feed'],
    ['photo.html', 'binary data'],
  ]);
  const docs = [];
  for await (const d of store.documents()) docs.push(d);
  assert.deepEqual(docs.map((d) => d.articleId), ['result.json#1', 'result.json#2', 'result.json#3']);
  assert.equal(docs[0]!.published, '2026-12-01');
  const first = await store.document(docs[0]!.id);
  assert.equal(first!.meta!.url, 'https://t.me/region_mil_admin/502');
  assert.equal(first!.meta!.outlet, 'Regional Military Administration');
  await store.close();
});

test('/api/documents/:id shows the metadata and every source, never an absolute path', async () => {
  const dir = tempDir();
  copyFileSync(fixture('page-news.html'), join(dir, 'story.html'));
  copyFileSync(fixture('page-syndicated-ads.html'), join(dir, 'copy.html'));
  const store = await openSqliteStore(':memory:');
  await ingestFiles([join(dir, 'story.html'), join(dir, 'copy.html')], store);
  const res = await createApp(store).request('/api/documents/1');
  assert.equal(res.status, 200);
  const body = await res.json() as { meta: Record<string, string>; sources: { source: string; relation: string }[] };
  assert.equal(body.meta.outlet, 'Harbour Courier');
  assert.equal(body.meta.canonicalUrl, 'https://harbour-courier.example/world/2026/11/30/odesa-port-drones');
  assert.deepEqual(body.sources.map((s) => [s.source, s.relation]), [['story.html', 'original'], ['copy.html', 'near']]);
  assert.ok(!JSON.stringify(body).includes(dir), 'no absolute path');
  await store.close();
});

test('ingestArticle stores a fetched page under its URL; its re-fetch with a new ad block is already stored', async () => {
  const { readSource } = await import('../src/ingest/formats/index.ts');
  const { ingestArticle, toArticle } = await import('../src/ingest/index.ts');
  const { readFileSync } = await import('node:fs');
  const url = 'https://harbour-courier.example/world/2026/11/30/odesa-port-drones';
  const fetch = (html: string) => {
    const r = readSource({ bytes: Buffer.from(html), url, contentType: 'text/html', fetchedAt: new Date('2026-12-06T00:00:00Z') });
    return toArticle(r.kind === 'articles' ? r.articles[0]! : assert.fail('a page'), url, url);
  };
  const html = readFileSync(fixture('page-news.html'), 'utf8');
  const store = await openSqliteStore(':memory:');
  assert.equal(await ingestArticle(fetch(html), store), 'added');
  const withAd = html.replace('<p>Port operations', '<p>Advertisement: Winter tyres at half price, this week only at Quay Motors.</p><p>Port operations');
  assert.equal(await ingestArticle(fetch(withAd), store), 'duplicate', 'a near copy from the same URL is the same source');
  const doc = await store.document(1);
  assert.equal(doc!.source, url);
  assert.deepEqual(doc!.sources.map((s) => [s.relation, s.source, s.url]), [['original', url, url]]);
  await store.close();
});

test('migration 14 on a store written before it: old documents keep working, with no sources yet', async () => {
  const Database = (await import('better-sqlite3')).default;
  const { readSource } = await import('../src/ingest/formats/index.ts');
  const { readFileSync } = await import('node:fs');
  const { MIGRATIONS } = await import('../src/store/index.ts');
  const path = join(tempDir(), 'old.db');
  const db = new Database(path);
  db.exec('CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const m of MIGRATIONS.filter((x) => x.version < 14)) {
    db.exec(m.sql.replaceAll('{{ID}}', 'INTEGER PRIMARY KEY'));
    if (m.sqlite) db.exec(m.sqlite);
    db.prepare('INSERT INTO migrations VALUES (?, ?, ?)').run(m.version, m.name, 'then');
  }
  db.prepare("INSERT INTO documents (article_id, content_hash, title, published, source, text, ingested_at) VALUES ('old#1', 'h', NULL, NULL, 'old.txt', 'Old text.', 'then')").run();
  const old = readFileSync(fixture('page-news.html'), 'utf8');
  const oldText = (readSource({ bytes: Buffer.from(old), fetchedAt: new Date(), name: 'x' }) as { articles: { text: string }[] }).articles[0]!.text;
  db.prepare("INSERT INTO documents (article_id, content_hash, title, published, source, text, ingested_at) VALUES ('old#2', 'h2', NULL, NULL, 'old.txt', ?, 'then')").run(oldText.replace('ODESA, Nov 30', 'ODESA (Nov 30)'));
  db.close();
  const store = await openSqliteStore(path);
  const doc = await store.document(1);
  assert.deepEqual([doc!.articleId, doc!.meta, doc!.sources], ['old#1', null, []]);
  // The old copy of the story gets its bands at the next ingest, so the page is found to copy it.
  const r = await ingestFiles([fixture('page-news.html')], store);
  assert.deepEqual([r.added, r.copies], [0, 1]);
  assert.deepEqual((await store.document(2))!.sources.map((s) => s.relation), ['near']);
  assert.deepEqual(await store.unbandedDocuments(10), []);
  await store.close();
});
