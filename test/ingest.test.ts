import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from '../src/store/index.ts';
import { contentHash, ingestFiles, reextractStored } from '../src/ingest/index.ts';
import { readJsonLines, MAX_TEXT_FILE_BYTES } from '../src/ingest/sources.ts';
import { BINARY, LATIN1, NAIROBI, ODESA, TWO_ARTICLE_DUMP, tempDir, writeFixture } from './ingest-fixtures.ts';
import { existsSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
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
    'a', '2: not valid UTF-8 text (latin-1 or another encoding?); convert it to UTF-8 first', '3: binary data (NUL bytes), not text', 'c',
  ]);
});

test('the content hash ignores line wrapping and trailing space', () => {
  assert.equal(contentHash('Ten drones\r\nwere shot down.  '), contentHash('Ten drones were shot down.'));
  assert.notEqual(contentHash('Ten drones were shot down.'), contentHash('Ten drones were shot dowm.'));
});

test('re-extraction adds a run per document; unchanged records keep their ids, changed ones are new and the old kept as history', async () => {
  const store = await openSqliteStore(':memory:');
  await ingestFiles([writeFixture(tempDir(), 'odesa.txt', ODESA)], store);
  const before = await store.claims();
  assert.ok(before.length > 1);
  const events = await store.events();
  // The same extraction again: every id stays, so a shared link (?open=1:c2) still opens its record.
  assert.equal(await reextractStored(store), 1);
  assert.deepEqual((await store.claims()).map((c) => c.id), before.map((c) => c.id));
  assert.deepEqual((await store.events()).map((e) => e.id), events.map((e) => e.id));
  assert.equal((await store.claims({ history: true })).length, before.length, 'nothing changed, so no history rows');
  // One figure changes: that claim gets a new id, the rest keep theirs, the old figure stays as history.
  const { extractArticle } = await import('../src/pipeline.ts');
  await reextractStored(store, (a) => {
    const x = extractArticle(a);
    return { ...x, claims: x.claims.map((c, i) => (i === 0 ? { ...c, value: (c.value ?? 0) + 1 } : c)) };
  });
  const after = await store.claims();
  assert.equal(after.length, before.length);
  const ids = (cs: { id: number }[]) => cs.map((c) => c.id).sort((a, b) => a - b);
  assert.deepEqual(ids(after.filter((c) => c.id <= Math.max(...before.map((b) => b.id)))), ids(before.slice(1)));
  assert.ok(!after.some((c) => c.id === before[0]!.id));
  const history = await store.claims({ history: true });
  assert.equal(history.length, before.length + 1);
  assert.ok(history.some((c) => c.id === before[0]!.id && c.superseded));
  // The aggregates follow: the summary counts the current claims once.
  const summary = await store.summary();
  assert.equal(Object.values(summary.claimsByKind).reduce((a, b) => a + b, 0), after.length);
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

test('one JSONL reader: BOM dropped, CRLF, latin-1 and NUL refused per line, an overlong line skipped without holding it', async () => {
  const { readLines } = await import('../src/ingest/lines.ts');
  const long = Buffer.alloc(5000, 0x61);
  // Fed in 700-byte chunks, so the long line spans many chunks and the cap is crossed mid-chunk.
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":1}\r\n'), long, Buffer.from('\ncaf'), Buffer.from([0xe9]), Buffer.from('\n\u0000x\n{"b":2}')]);
  const chunks = async function* () { for (let i = 0; i < bytes.length; i += 700) yield bytes.subarray(i, i + 700); };
  const got = [];
  for await (const l of readLines(chunks(), 1000)) got.push(l.ok ? `${l.n}:${l.text}` : `${l.n}!${l.error.split(' ').slice(0, 3).join(' ')}`);
  assert.deepEqual(got, ['1:{"a":1}', '2!line longer than', '3!not valid UTF-8', '4!binary data (NUL', '5:{"b":2}']);
});

test('a text dump is capped by the bytes read, not by stat: /dev/zero is refused at once', { skip: !existsSync('/dev/zero') }, async () => {
  const store = await openSqliteStore(':memory:');
  const r = await ingestFiles(['/dev/zero'], store);
  assert.equal(r.added, 0);
  assert.match(r.issues[0]!.message, /binary data/);
  // A device of text with no end: the read stops at the cap.
  const { readTextDump } = await import('../src/ingest/sources.ts');
  const endless = { async *[Symbol.asyncIterator]() { for (;;) yield Buffer.alloc(65536, 0x61); } };
  const items = [];
  for await (const item of readTextDump('-', 1 << 20, endless)) items.push(item);
  assert.equal(items.length, 1);
  assert.match(items[0]!.kind === 'issue' ? items[0]!.issue.message : '', /too large \(more than 1 MB read/);
  await store.close();
});

test('symbolic links in an ingested folder: files followed once, directory and dangling links reported, none skipped silently', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'news', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'news', 'odesa.txt'), ODESA);
  writeFileSync(join(dir, 'elsewhere.txt'), NAIROBI);
  symlinkSync(join(dir, 'elsewhere.txt'), join(dir, 'news', 'linked.txt'));
  symlinkSync(join(dir, 'news', 'odesa.txt'), join(dir, 'news', 'sub', 'again.txt'));
  symlinkSync(join(dir, 'missing.txt'), join(dir, 'news', 'dangling.txt'));
  symlinkSync(dir, join(dir, 'news', 'up'));
  const store = await openSqliteStore(':memory:');
  const r = await ingestFiles([join(dir, 'news')], store);
  assert.equal(r.added, 2, 'the linked file and the real one, the link to odesa.txt not twice');
  assert.equal(r.files, 2);
  const messages = r.issues.map((i) => `${i.file.slice(dir.length)}: ${i.message}`);
  assert.ok(messages.some((m) => /dangling\.txt: .*dangling/.test(m)), messages.join('\n'));
  assert.ok(messages.some((m) => /up: .*directory, not followed/.test(m)), messages.join('\n'));
  await store.close();
});

test('an HTML page is ingested as its text: no markup, no script, entities decoded, <title> kept', async () => {
  const { htmlToText } = await import('../src/ingest/html.ts');
  const page = `<!DOCTYPE html><html><head><title>Drones &amp; depots</title><style>p { color: red }</style>
    <script>document.write("<p>injected</p>")</script></head><body><!-- <p>comment</p> -->
    <h1>Depot hit</h1><p>Ukraine&#8217;s air force said 40 of the 52&nbsp;drones were shot down.</p><p>a &lt; b</p></body></html>`;
  const { text, title } = htmlToText(page);
  assert.equal(title, 'Drones & depots');
  assert.equal(text, 'Depot hit\n\nUkraine’s air force said 40 of the 52 drones were shot down.\n\na < b');
  const file = writeFixture(tempDir(), 'saved.htm', page);
  const store = await openSqliteStore(':memory:');
  assert.equal((await ingestFiles([file], store)).added, 1);
  for await (const d of store.documents()) assert.ok(!/[<>]/.test(d.text.replace('a < b', '')), d.text);
  // Pathological markup stays linear: 200k unclosed tags in well under a second.
  const t0 = performance.now();
  htmlToText('<a'.repeat(200_000) + '<script>'.repeat(1000) + '<!--');
  assert.ok(performance.now() - t0 < 1000);
  await store.close();
});
