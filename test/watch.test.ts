/** `sitrep watch` and `ingest URL`: feeds followed to pages, fetch state kept, nothing fetched or stored twice. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore, type SqliteStore } from '../src/store/index.ts';
import { Fetcher, parseSources, watchRound, DEFAULT_EVERY_MS, type RoundOptions } from '../src/ingest/index.ts';
import { startSite, type Site } from './fetch-fixtures.ts';
import { tempDir, writeFixture, NAIROBI } from './ingest-fixtures.ts';

const BIN = fileURLToPath(new URL('../bin/sitrep.mjs', import.meta.url));
const site = await startSite();
after(() => site.close());

function sitrep(args: string[], onErr?: (text: string, kill: (sig: NodeJS.Signals) => void) => void): Promise<{ code: number | null; err: string; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, SITREP_DB: '' } });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { out += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { err += d; onErr?.(err, (s) => child.kill(s)); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, err, out }));
    child.stdin.end();
  });
}

const sourcesFor = (s: Site) => [{ url: `${s.base}/feed.xml`, everyMs: DEFAULT_EVERY_MS }, { url: `${s.base}/page.html`, everyMs: DEFAULT_EVERY_MS }];
const roundOpts = (store: SqliteStore, s?: Partial<RoundOptions>): RoundOptions => ({
  store, fetcher: new Fetcher({ allowPrivate: ['127.0.0.1/32'], hostGapMs: 0 }), pipelineVersion: 'test', force: true, ...s,
});

test('sources files: lines with intervals, JSON, and clear errors naming the line', () => {
  const lines = parseSources('# wire\nhttps://example.org/rss.xml 15m\n\nhttps://example.org/page.html  # the briefing\n', 'list.txt');
  assert.deepEqual(lines, [{ url: 'https://example.org/rss.xml', everyMs: 900_000 }, { url: 'https://example.org/page.html', everyMs: DEFAULT_EVERY_MS }]);
  const json = parseSources('{"every": "2h", "sources": ["https://a.example/feed", {"url": "https://b.example/x", "every": "90s"}]}');
  assert.deepEqual(json.map((s) => s.everyMs), [7_200_000, 90_000]);
  assert.throws(() => parseSources('https://a.example/feed\nfile:///etc/passwd\n', 'list.txt'), /list\.txt: line 2: not an http\(s\) URL/);
  assert.throws(() => parseSources('https://a.example/feed 5s'), /shorter than a minute/);
  assert.throws(() => parseSources('https://a.example/feed soon'), /"soon" is not an interval/);
  assert.throws(() => parseSources('{"sources": [{"url": "https://a.example/", "often": true}]}', 'w.json'), /w\.json: /);
  assert.throws(() => parseSources('https://a.example/\nhttps://a.example/\n'), /listed twice/);
  assert.throws(() => parseSources('# nothing\n'), /lists no sources/);
});

test('a round follows the feed to its pages, skips what robots.txt disallows, and a second round stores and fetches nothing new', async () => {
  const s = await startSite();
  const store = await openSqliteStore(':memory:');
  try {
    const first = await watchRound(sourcesFor(s), roundOpts(store));
    assert.deepEqual([first.added, first.skipped, first.issues.length], [3, 1, 0], JSON.stringify(first.issues));
    const texts = [];
    for await (const d of store.documents()) texts.push(`${d.source} ${d.text}`);
    assert.ok(texts.some((t) => t.startsWith(`${s.base}/news/strike.html`) && t.includes('one railway worker was killed')));
    assert.ok(texts.some((t) => t.includes('joint patrols along their border')));
    assert.ok(!texts.some((t) => t.includes('<p>') || t.includes('Not for robots')));
    assert.equal(s.hits('/private/hidden.html').length, 0);
    const feedState = await store.fetchState(`${s.base}/feed.xml`);
    assert.equal(feedState?.etag, '"feed-1"');
    assert.equal((await store.fetchState(`${s.base}/news/pact.html`))?.done, true);

    const second = await watchRound(sourcesFor(s), roundOpts(store));
    assert.deepEqual([second.added, second.unchanged, second.requests], [0, 2, 2]);
    assert.equal(s.hits('/feed.xml').at(-1)?.headers['if-none-match'], '"feed-1"');
    assert.deepEqual(s.hits('/feed.xml').map((h) => h.status), [200, 304]);
    assert.deepEqual(s.hits('/page.html').map((h) => h.status), [200, 304]);
    assert.equal(s.hits('/news/strike.html').length, 1);
    assert.equal((await store.summary()).documents, 3);
  } finally {
    await store.close();
    await s.close();
  }
});

test('a round stopped half way resumes: what was stored is not fetched again, the rest is', async () => {
  const s = await startSite();
  const store = await openSqliteStore(':memory:');
  try {
    const stop = new AbortController();
    const feedOnly = [{ url: `${s.base}/feed.xml`, everyMs: DEFAULT_EVERY_MS }];
    const first = await watchRound(feedOnly, roundOpts(store, { signal: stop.signal, onEvent: (e) => { if (e.kind === 'stored') stop.abort(); } }));
    assert.equal(first.added, 1);
    // The feed was not finished: nothing recorded for it, so no 304 hides the other items.
    assert.equal(await store.fetchState(`${s.base}/feed.xml`), null);
    const second = await watchRound(feedOnly, roundOpts(store));
    assert.equal(second.added, 1);
    assert.equal(s.hits('/news/strike.html').length + s.hits('/news/pact.html').length, 2);
    assert.equal((await store.summary()).documents, 2);
  } finally {
    await store.close();
    await s.close();
  }
});

test('an item link that failed for now is tried again later, and its feed is read in full again for it', async () => {
  const s = await startSite();
  const store = await openSqliteStore(':memory:');
  try {
    const feed = [{ url: `${s.base}/feed-flaky.xml`, everyMs: DEFAULT_EVERY_MS }];
    const opts = () => roundOpts(store, { fetcher: new Fetcher({ allowPrivate: true, hostGapMs: 0, maxRetries: 0 }) });
    const first = await watchRound(feed, opts());
    assert.equal(first.added, 1);
    assert.match(first.issues[0]?.message ?? '', /flaky\.html: HTTP 503/);
    const flaky = await store.fetchState(`${s.base}/flaky.html`);
    assert.equal(flaky?.done, false);
    assert.equal((await store.fetchState(`${s.base}/feed-flaky.xml`))?.etag, null);
    // Its retry time has come.
    await store.saveFetchState({ ...flaky!, nextAt: new Date(Date.now() - 1000).toISOString() });
    const second = await watchRound(feed, opts());
    assert.deepEqual([second.added, second.issues.length], [1, 0]);
    assert.equal(s.hits('/feed-flaky.xml').at(-1)?.headers['if-none-match'], undefined);
    assert.equal(s.hits('/news/pact.html').length, 1);
    const third = await watchRound(feed, opts());
    assert.deepEqual([third.unchanged, third.requests], [1, 1]);
  } finally {
    await store.close();
    await s.close();
  }
});

test('a source that is not due is left alone unless the round is forced', async () => {
  const s = await startSite();
  const store = await openSqliteStore(':memory:');
  try {
    await watchRound(sourcesFor(s), roundOpts(store));
    const scheduled = await watchRound(sourcesFor(s), roundOpts(store, { force: false }));
    assert.deepEqual([scheduled.notDue, scheduled.requests], [2, 0]);
  } finally {
    await store.close();
    await s.close();
  }
});

const dir = tempDir();
const sourcesFile = writeFixture(dir, 'sources.txt', `${site.base}/feed.xml 15m\n${site.base}/page.html\n`);

test('watch --once twice: pages stored once, the second run asks conditionally and stores nothing', async () => {
  const db = join(dir, 'watch.db');
  const first = await sitrep(['--db', db, 'watch', sourcesFile, '--once', '--allow-private', '--delay', '0']);
  assert.equal(first.code, 0, first.err);
  assert.match(first.err, /3 new articles/);
  assert.match(first.err, /private\/hidden\.html: skipped: .*disallowed by .*robots\.txt/);
  const second = await sitrep(['--db', db, 'watch', sourcesFile, '--once', '--allow-private', '--delay', '0']);
  assert.equal(second.code, 0, second.err);
  assert.match(second.err, /0 new articles, 0 already stored, 2 unchanged/);
  assert.equal(site.hits('/news/strike.html').length, 1);
  assert.equal(site.hits('/feed.xml').at(-1)?.status, 304);
  const summary = await sitrep(['--db', db, 'summary']);
  assert.match(summary.out, /3 articles/);
});

test('watch without --allow-private refuses the local server, naming the URL; nothing reaches it', async () => {
  const before = site.log.length;
  const r = await sitrep(['--db', join(dir, 'refused.db'), 'watch', sourcesFile, '--once']);
  assert.equal(r.code, 2);
  assert.match(r.err, new RegExp(`${site.base}/feed\\.xml: refused 127\\.0\\.0\\.1: a loopback address`));
  assert.equal(site.log.length, before);
});

test('ingest takes URLs beside files; a bad sources file is refused with its line', async () => {
  const db = join(dir, 'ingest.db');
  const file = writeFixture(dir, 'local.txt', NAIROBI);
  const r = await sitrep(['--db', db, 'ingest', file, `${site.base}/news/pact.html`, '--allow-private', '--delay', '0', '--summary']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /2 articles/);
  const bad = await sitrep(['--db', db, 'watch', writeFixture(dir, 'bad.txt', 'https://a.example/\nftp://a.example/file\n')]);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /bad\.txt: line 2: .*not an http\(s\) URL/);
});

test('SIGTERM stops a running watch cleanly after its round', async () => {
  let sent = false;
  const r = await sitrep(['--db', join(dir, 'signal.db'), 'watch', sourcesFile, '--allow-private', '--delay', '0'], (err, kill) => {
    if (!sent && /round 1:/.test(err)) { sent = true; kill('SIGTERM'); }
  });
  assert.equal(sent, true, r.err);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /stopping/);
});
