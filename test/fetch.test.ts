/** The safe fetcher: address checks (literal, after DNS, every redirect hop), caps, robots.txt, conditional GET, backoff. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import type { LookupAddress } from 'node:dns';
import { Fetcher, FetchError, blockedReason, guardedLookup, parsePolicy, retryAfterMs, vettedAddresses, type FetchOptions, type Resolver } from '../src/ingest/index.ts';
import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import { guardSocket } from '../src/ingest/fetch/http.ts';
import { startSite } from './fetch-fixtures.ts';

const site = await startSite();
after(() => site.close());

/** Only the test server's own address is allowed: every other private address stays refused. */
const LOCAL: FetchOptions = { allowPrivate: ['127.0.0.1/32'], hostGapMs: 0, timeoutMs: 2000, backoffBaseMs: 10, maxRetries: 1 };

async function refusal(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof FetchError, String(err));
    return err;
  }
  assert.fail('expected a FetchError');
}

test('the classifier refuses every non-public range, IPv4 and IPv6, mapped and numeric forms included', () => {
  const blocked = {
    '127.0.0.1': /loopback/, '10.2.3.4': /private/, '172.16.5.4': /private/, '192.168.1.1': /private/,
    '169.254.169.254': /metadata/, '169.254.10.1': /link-local/, '100.64.0.1': /carrier-grade/, '0.0.0.0': /unspecified/,
    '224.0.0.1': /multicast/, '255.255.255.255': /broadcast/, '::1': /loopback/, '::': /unspecified/, 'fe80::1': /link-local/,
    'fc00::1': /unique-local/, 'fd00:ec2::254': /metadata/, 'ff02::1': /multicast/, '::ffff:127.0.0.1': /loopback/,
    '::ffff:a9fe:a9fe': /metadata/, '::ffff:10.0.0.1': /private/, '2130706433': /loopback/, '0177.0.0.1': /loopback/,
    '0x7f.0.0.1': /loopback/, '0xa9fea9fe': /metadata/, '64:ff9b::7f00:1': /special-purpose/, '::7f00:1': /IPv4-compatible/,
    '168.63.129.16': /metadata/,
  };
  for (const [address, reason] of Object.entries(blocked)) assert.match(blockedReason(address) ?? 'passed', reason, address);
  for (const ok of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:93.184.216.34']) assert.equal(blockedReason(ok), null, ok);
});

test('URL hosts in decimal, octal and hex reach the classifier as the address they mean', () => {
  for (const host of ['2130706433', '0177.0.0.1', '0x7f.0.0.1', '0x7f.1']) assert.equal(new URL(`http://${host}/`).hostname, '127.0.0.1');
});

test('the local server is refused without the flag, and no request reaches it', async () => {
  const before = site.log.length;
  for (const host of [`127.0.0.1:${site.port}`, `0x7f.0.0.1:${site.port}`, `2130706433:${site.port}`, `[::ffff:127.0.0.1]:${site.port}`, `localhost:${site.port}`]) {
    const e = await refusal(new Fetcher({ hostGapMs: 0 }).fetch(`http://${host}/page.html`));
    assert.equal(e.code, 'blocked-address', e.message);
    assert.match(e.message, /loopback.*--allow-private/);
    assert.ok(e.message.startsWith(`http://${host}/page.html: `), e.message);
  }
  assert.equal(site.log.length, before);
  const ok = await new Fetcher({ allowPrivate: true, hostGapMs: 0 }).fetch(`${site.base}/page.html`);
  assert.equal(ok.status, 200);
});

const resolver = (table: Record<string, string[]>): Resolver => async (host) =>
  (table[host] ?? []).map((address): LookupAddress => ({ address, family: address.includes(':') ? 6 : 4 }));

test('the lookup hook refuses names that resolve to metadata or private addresses and keeps only public ones', async () => {
  const r = resolver({ 'meta.example': ['169.254.169.254'], 'mixed.example': ['10.0.0.7', '93.184.216.34'], 'v6.example': ['::ffff:a9fe:a9fe'] });
  await assert.rejects(vettedAddresses('meta.example', 0, false, r), /meta\.example \(169\.254\.169\.254\): a cloud metadata address/);
  await assert.rejects(vettedAddresses('v6.example', 0, false, r), /metadata/);
  assert.deepEqual((await vettedAddresses('mixed.example', 0, false, r)).map((a) => a.address), ['93.184.216.34']);
  assert.deepEqual((await vettedAddresses('meta.example', 0, true, r)).map((a) => a.address), ['169.254.169.254']);
  // The form node:net calls: one address, or all of them; the address it connects to is the one vetted.
  const lookup = guardedLookup(false, r);
  const one = await new Promise<unknown[]>((res) => lookup('mixed.example', { family: 0 }, (...a: unknown[]) => res(a)));
  assert.deepEqual(one.slice(0, 3), [null, '93.184.216.34', 4]);
  const err = await new Promise<unknown>((res) => lookup('meta.example', { all: true }, (e: unknown) => res(e)));
  assert.match(String(err), /metadata/);
});

test('the address a socket connected to is checked again (a resolver that lied is caught)', () => {
  const connect = (address: string, policy: boolean | string[]) => {
    const socket = new EventEmitter() as Socket & { remoteAddress?: string };
    let failure: Error | null = null;
    guardSocket(socket, policy, 'news.example', (e) => { failure = e; });
    Object.defineProperty(socket, 'remoteAddress', { value: address });
    socket.emit('connect');
    return failure as Error | null;
  };
  assert.match(connect('169.254.169.254', false)?.message ?? '', /news\.example \(169\.254\.169\.254\): a cloud metadata address/);
  assert.match(connect('::ffff:10.0.0.1', ['127.0.0.1/32'])?.message ?? '', /private/);
  assert.equal(connect('127.0.0.1', ['127.0.0.1/32']), null);
  assert.equal(connect('93.184.216.34', false), null);
});

test('a fetch of a name resolving to the metadata address is refused before any connection', async () => {
  const f = new Fetcher({ ...LOCAL, robots: false, resolver: resolver({ 'metadata.internal.test': ['169.254.169.254'] }) });
  const e = await refusal(f.fetch('http://metadata.internal.test/latest/meta-data/'));
  assert.equal(e.code, 'blocked-address');
  assert.match(e.message, /^http:\/\/metadata\.internal\.test\/latest\/meta-data\/: refused metadata\.internal\.test \(169\.254\.169\.254\)/);
});

test('every redirect hop is checked: metadata, mapped, IPv6 loopback, other loopback addresses and file: are refused', async () => {
  const f = new Fetcher(LOCAL);
  const cases: [string, string, RegExp][] = [
    ['/redirect/metadata', 'blocked-address', /169\.254\.169\.254.*redirected to http:\/\/169\.254\.169\.254/],
    ['/redirect/mapped', 'blocked-address', /::ffff:a9fe:a9fe: a cloud metadata address/],
    ['/redirect/loopback6', 'blocked-address', /::1: a loopback address/],
    ['/redirect/hex', 'blocked-address', /127\.0\.0\.2: a loopback address/],
    ['/redirect/file', 'bad-scheme', /only http and https.*file:/],
    ['/loop/a', 'redirect-loop', /redirect loop/],
    ['/chain/0', 'too-many-redirects', /more than 5 redirects/],
  ];
  for (const [path, code, message] of cases) {
    const e = await refusal(f.fetch(`${site.base}${path}`));
    assert.equal(e.code, code, e.message);
    assert.match(e.message, message);
    assert.ok(e.message.startsWith(`${site.base}${path}: `));
  }
  assert.equal(site.hits('/chain/6').length, 0);
  const ok = await f.fetch(`${site.base}/redirect/ok`);
  assert.equal(ok.url, `${site.base}/page.html`);
  assert.match(ok.body.toString(), /intercepted three anti-ship missiles/);
});

test('bodies are capped as they stream (no Content-Length, or gzip that unpacks large); slow bodies time out', async () => {
  const f = new Fetcher({ ...LOCAL, maxBytes: 1024 * 1024, timeoutMs: 400 });
  assert.equal((await refusal(f.fetch(`${site.base}/big`))).code, 'too-large');
  assert.equal((await refusal(f.fetch(`${site.base}/bomb`))).code, 'too-large');
  const t = Date.now();
  const slow = await refusal(f.fetch(`${site.base}/slow`));
  assert.equal(slow.code, 'timeout');
  assert.ok(Date.now() - t < 2000);
  assert.equal((await refusal(f.fetch('ftp://example.org/file'))).code, 'bad-scheme');
});

test('conditional GET: ETag and Last-Modified sent back, 304 answered as not modified', async () => {
  const f = new Fetcher(LOCAL);
  const first = await f.fetch(`${site.base}/page.html`);
  assert.equal(first.etag, '"page-1"');
  assert.ok(first.lastModified);
  const byEtag = await f.fetch(`${site.base}/page.html`, { etag: first.etag });
  assert.deepEqual([byEtag.status, byEtag.notModified, byEtag.body.length], [304, true, 0]);
  const byDate = await f.fetch(`${site.base}/page.html`, { lastModified: first.lastModified });
  assert.equal(byDate.notModified, true);
  assert.equal(site.hits('/page.html').at(-1)!.headers['if-modified-since'], first.lastModified);
});

test('429 with Retry-After is waited out and retried; 5xx backs off then fails naming the URL; 404 is not retried', async () => {
  const f = new Fetcher(LOCAL);
  const t = Date.now();
  const busy = await f.fetch(`${site.base}/busy`);
  assert.equal(busy.status, 200);
  assert.ok(Date.now() - t >= 900, 'Retry-After: 1 honoured');
  assert.deepEqual(site.hits('/busy').map((h) => h.status), [429, 200]);
  const down = await refusal(f.fetch(`${site.base}/down`));
  assert.deepEqual([down.code, down.status, down.transient], ['http-status', 503, true]);
  assert.match(down.message, /\/down: HTTP 503 after 2 attempts/);
  assert.equal(site.hits('/down').length, 2);
  const gone = await refusal(f.fetch(`${site.base}/missing`));
  assert.deepEqual([gone.status, gone.transient, site.hits('/missing').length], [404, false, 1]);
  assert.equal(retryAfterMs('120'), 120_000);
  assert.equal(retryAfterMs(new Date(Date.now() + 5000).toUTCString())! > 3000, true);
  assert.equal(retryAfterMs('soon'), null);
});

test('robots.txt: read once per host, a disallowed URL skipped without a request, Crawl-delay spaces requests', async () => {
  const s = await startSite('User-agent: *\nDisallow: /private/\nCrawl-delay: 0.4\n');
  try {
    const f = new Fetcher({ ...LOCAL, allowPrivate: true });
    const e = await refusal(f.fetch(`${s.base}/private/hidden.html`));
    assert.equal(e.code, 'robots');
    assert.match(e.message, /disallowed by .*robots\.txt/);
    const t = Date.now();
    await f.fetch(`${s.base}/page.html`);
    await f.fetch(`${s.base}/news/pact.html`);
    assert.ok(Date.now() - t >= 700, `two requests after robots.txt spaced by the crawl delay (${Date.now() - t} ms)`);
    assert.equal(s.hits('/robots.txt').length, 1);
    assert.equal(s.hits('/private/hidden.html').length, 0);
  } finally {
    await s.close();
  }
});

test('an unreachable robots.txt (5xx) disallows for now and is asked again; a missing one (404) allows', async () => {
  const missing = await startSite(404);
  const down = await startSite(503);
  try {
    assert.equal((await new Fetcher({ ...LOCAL, allowPrivate: true }).fetch(`${missing.base}/private/hidden.html`)).status, 200);
    const f = new Fetcher({ ...LOCAL, allowPrivate: true });
    for (let i = 0; i < 2; i++) {
      const e = await refusal(f.fetch(`${down.base}/page.html`));
      assert.equal(e.code, 'robots');
      assert.match(e.message, /robots\.txt is unreachable/);
    }
    assert.equal(down.hits('/robots.txt').length, 2);
    assert.equal(down.hits('/page.html').length, 0);
  } finally {
    await missing.close();
    await down.close();
  }
});

test('per-host rate limit: requests to one host are spaced by the gap', async () => {
  const f = new Fetcher({ ...LOCAL, hostGapMs: 250 });
  const t = Date.now();
  for (let i = 0; i < 3; i++) await f.fetch(`${site.base}/page.html`);
  // robots.txt + 3 pages = 4 requests, 3 gaps.
  assert.ok(Date.now() - t >= 700, `${Date.now() - t} ms`);
});

test('--allow-range takes addresses and CIDR ranges and names a bad one', () => {
  assert.deepEqual(parsePolicy('127.0.0.1, 10.0.0.0/8,::1'), ['127.0.0.1/32', '10.0.0.0/8', '::1/128']);
  assert.throws(() => parsePolicy('intranet'), /intranet is not an IP address or CIDR range/);
});
