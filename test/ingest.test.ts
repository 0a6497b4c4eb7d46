import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from '../src/store/index.ts';
import { contentHash, ingestFiles, reextractStored } from '../src/ingest/index.ts';
import { readJsonLines, MAX_TEXT_FILE_BYTES } from '../src/ingest/sources.ts';
import { BINARY, LATIN1, NAIROBI, ODESA, TWO_ARTICLE_DUMP, tempDir, writeFixture } from './ingest-fixtures.ts';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

test('a dump of two articles becomes two documents; re-ingesting stores nothing new', async () => {
  const dir = tempDir();
  const file = writeFixture(dir, 'news.txt', TWO_ARTICLE_DUMP);
  const store = await openSqliteStore(':memory:');
  const first = await ingestFiles([file], store);
  assert.equal(first.added, 2);
  assert.deepEqual(first.issues, []);
  const summary = await store.summary();
  assert.equal(summary.documents, 2);
  assert.ok((summary.claimsByKind.intercepted ?? 0) >= 1, 'the pipeline ran: "shot down 40" is an interception');
  const again = await ingestFiles([file], store);
  assert.equal(again.added, 0);
  assert.equal(again.duplicates, 2);
  assert.equal((await store.summary()).documents, 2);
  assert.equal((await store.summary()).runs, 2);
  await store.close();
});

test('a text dump takes its published date from the dateline', async () => {
  const store = await openSqliteStore(':memory:');
  await ingestFiles([writeFixture(tempDir(), 'odesa.txt', ODESA)], store);
  const docs = [];
  for await (const d of store.documents()) docs.push(d);
  assert.equal(docs[0]!.published, '2025-03-14');
  assert.equal(docs[0]!.articleId, 'odesa.txt#1');
  await store.close();
});

test('binary, non-UTF-8, empty and missing files are named in errors; the good file still goes in', async () => {
  const dir = tempDir();
  const good = writeFixture(dir, 'good.txt', NAIROBI);
  const bin = writeFixture(dir, 'photo.txt', BINARY);
  const latin = writeFixture(dir, 'latin1.txt', LATIN1);
  const empty = writeFixture(dir, 'empty.txt', '  \n\n');
  const missing = join(dir, 'missing.txt');
  const store = await openSqliteStore(':memory:');
  const seen: string[] = [];
  const r = await ingestFiles([bin, latin, good, empty, missing], store, { onIssue: (i) => seen.push(`${i.file}: ${i.message}`) });
  assert.equal(r.added, 1);
  assert.deepEqual(r.failedFiles, [bin, latin, empty, missing]);
  assert.match(seen.find((s) => s.startsWith(bin))!, /binary/);
  assert.match(seen.find((s) => s.startsWith(latin))!, /UTF-8/);
  assert.match(seen.find((s) => s.startsWith(empty))!, /empty/);
  assert.match(seen.find((s) => s.startsWith(missing))!, /no such file/);
  await store.close();
});

test('a text dump over the size cap is refused with a clear error, without reading it', async () => {
  const dir = tempDir();
  const huge = join(dir, 'huge.txt');
  writeFileSync(huge, '');
  truncateSync(huge, MAX_TEXT_FILE_BYTES + 1); // sparse: no real 50 MB written
  const store = await openSqliteStore(':memory:');
  const r = await ingestFiles([huge], store);
  assert.equal(r.failedFiles[0], huge);
  assert.match(r.issues[0]!.message, /too large/);
  await store.close();
});

test('JSON Lines: records are validated, a bad line is named and the batch goes on', async () => {
  const dir = tempDir();
  const lines = [
    JSON.stringify({ id: 'k1', text: NAIROBI, title: 'Pact', published: '2025-04-01' }),
    '{not json',
    JSON.stringify({ id: 'k2', text: '' }),
    JSON.stringify({ id: 7, text: ODESA, published: 'last week' }),
    JSON.stringify({ id: 8, text: ODESA }),
  ];
  const file = writeFixture(dir, 'batch.jsonl', `${lines.join('\n')}\n`);
  const store = await openSqliteStore(':memory:');
  const r = await ingestFiles([file], store);
  assert.equal(r.added, 2);
  assert.deepEqual(r.issues.map((i) => i.line), [2, 3, 4]);
  assert.match(r.issues[1]!.message, /text is empty/);
  assert.match(r.issues[2]!.message, /published/);
  assert.deepEqual(r.failedFiles, []);
  const docs = [];
  for await (const d of store.documents()) docs.push(d);
  assert.deepEqual(docs.map((d) => [d.articleId, d.published]), [['k1', '2025-04-01'], ['8', '2025-03-14']]);
  await store.close();
});

test('JSON Lines: an invalid UTF-8 or binary line is named by number; the lines around it go in', async () => {
  const dir = tempDir();
  const ok = (id: string) => Buffer.from(`${JSON.stringify({ id, text: NAIROBI })}\r\n`);
  const file = writeFixture(dir, 'mixed.jsonl', Buffer.concat([
    ok('a'), Buffer.from('{"id":"b","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n'), Buffer.from([0, 1, 2, 10]), ok('c'),
  ]));
  const items = [];
  for await (const item of readJsonLines(file)) items.push(item);
  assert.deepEqual(items.map((i) => (i.kind === 'article' ? i.article.id : `${i.issue.line}: ${i.issue.message}`)), [
    'a', '2: not valid UTF-8 text; convert it to UTF-8 first', '3: binary data (NUL bytes), not text', 'c',
  ]);
});

test('the content hash ignores line wrapping and trailing space', () => {
  assert.equal(contentHash('Ten drones\r\nwere shot down.  '), contentHash('Ten drones were shot down.'));
  assert.notEqual(contentHash('Ten drones were shot down.'), contentHash('Ten drones were shot dowm.'));
});

test('re-extraction adds a run per document and keeps the old rows as history', async () => {
  const store = await openSqliteStore(':memory:');
  await ingestFiles([writeFixture(tempDir(), 'odesa.txt', ODESA)], store);
  const before = (await store.claims()).length;
  assert.ok(before > 0);
  assert.equal(await reextractStored(store), 1);
  assert.equal((await store.claims()).length, before);
  assert.equal((await store.claims({ history: true })).length, 2 * before);
  await store.close();
});

test('an extraction that throws is reported for that article; the next article goes in', async () => {
  const store = await openSqliteStore(':memory:');
  const file = writeFixture(tempDir(), 'two.txt', TWO_ARTICLE_DUMP);
  const { extractArticle } = await import('../src/pipeline.ts');
  const r = await ingestFiles([file], store, {
    extract: (a) => { if (a.id.endsWith('#1')) throw new Error('boom'); return extractArticle(a); },
  });
  assert.equal(r.added, 1);
  assert.match(r.issues[0]!.message, /two\.txt#1: boom/);
  await store.close();
});
