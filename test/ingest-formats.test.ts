/**
 * The web-source readers (src/ingest/formats): pages, feeds, sitemaps, Telegram exports and
 * hostile inputs, all from fixtures written for these tests (test/fixtures/sources/).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readSource, SourceError, MAX_NESTING, type FetchedBody, type ReadResult } from '../src/ingest/formats/index.ts';
import { nestingDepth } from '../src/ingest/formats/bytes.ts';

const DIR = new URL('./fixtures/sources/', import.meta.url);
const FETCHED = new Date('2026-12-06T00:00:00Z');
const body = (name: string, extra: Partial<FetchedBody> = {}): FetchedBody => ({ bytes: readFileSync(new URL(name, DIR)), fetchedAt: FETCHED, name, ...extra });
const articles = (r: ReadResult) => (r.kind === 'articles' ? r.articles : r.articles ?? []);
const links = (r: ReadResult) => (r.kind === 'links' ? r.links : []);

/** Reads `b`, failing the test if it takes longer than `ms` (a hostile input must stay cheap). */
function timed<T>(ms: number, f: () => T): T {
  const t = Date.now();
  try { return f(); } finally { assert.ok(Date.now() - t < ms, `took ${Date.now() - t} ms (limit ${ms})`); }
}

test('an HTML page: main text without navigation, footer or scripts; metadata from JSON-LD @graph', () => {
  const r = readSource(body('page-news.html', { url: 'https://editor:pw@harbour-courier.example/world/odesa?utm=x#top' }));
  assert.equal(r.kind, 'articles');
  const [a] = articles(r);
  assert.ok(a);
  assert.equal(a.title, 'Drones and missiles target Odesa port overnight');
  assert.match(a.text, /shot down 29 of the drones/);
  assert.match(a.text, /^ODESA, Nov 30 — Russian forces/m, 'character references decoded');
  for (const noise of ['Home', 'All rights reserved', 'dataLayer', 'not text', 'font-family', '<p>']) assert.ok(!a.text.includes(noise), `"${noise}" is not article text`);
  assert.ok(a.text.includes('\n\nAir defence units'), 'paragraphs stay apart');
  assert.equal(a.outlet, 'Harbour Courier');
  assert.equal(a.author, 'Marta Hlib');
  assert.equal(a.language, 'en-GB');
  assert.equal(a.canonicalUrl, 'https://harbour-courier.example/world/2026/11/30/odesa-port-drones');
  assert.equal(a.url, 'https://harbour-courier.example/world/odesa?utm=x', 'credentials and fragment dropped');
  assert.equal(a.published, '2026-11-30T07:40:00+02:00', 'the offset is kept: the local day is the article\'s');
  assert.equal(a.modified, undefined, 'a modified date after the fetch is refused');
  assert.ok(r.warnings?.some((w) => /modified date 2031-01-01.*after the source was fetched/.test(w)), String(r.warnings));
});

test('a page without JSON-LD: Open Graph and <meta> tags, <html lang>, a date-only meta', () => {
  const [a] = articles(readSource(body('page-other-report.html')));
  assert.ok(a);
  assert.equal(a.outlet, 'Black Sea Monitor');
  assert.equal(a.language, 'en-US');
  assert.equal(a.published, '2026-11-30');
  assert.equal(a.title, 'Fire at Odesa grain terminal after night of drone strikes', 'the site name is cut from <title>');
  assert.match(a.text, /destroyed 29 of 34 drones/);
});

test('published and modified are kept apart; a date before 1900 or in the future is refused', () => {
  const page = (published: string, modified: string) => Buffer.from(`<!doctype html><html><head>
    <meta property="article:published_time" content="${published}"><meta property="article:modified_time" content="${modified}"></head>
    <body><article><p>${'Shelling damaged a bridge over the river, the mayor said on Monday. '.repeat(8)}</p></article></body></html>`);
  const read = (p: string, m: string) => { const r = readSource({ bytes: page(p, m), fetchedAt: FETCHED, name: 'p' }); return { a: articles(r)[0]!, w: r.warnings ?? [] }; };
  const ok = read('2026-12-01T10:00:00Z', '2026-12-02T08:00:00Z');
  assert.equal(ok.a.published, '2026-12-01T10:00:00Z');
  assert.equal(ok.a.modified, '2026-12-02T08:00:00Z');
  const old = read('1899-12-31', '2026-12-05T23:55:00Z');
  assert.equal(old.a.published, undefined);
  assert.ok(old.w.some((w) => /before 1900/.test(w)));
  assert.equal(old.a.modified, '2026-12-05T23:55:00Z');
  // A few minutes ahead of the fetch clock is clock skew; a day is not.
  assert.equal(read('2026-12-06T00:05:00Z', '').a.published, '2026-12-06T00:05:00Z');
  assert.equal(read('2026-12-07T00:00:00Z', '').a.published, undefined);
  assert.equal(read('not a date', '').a.published, undefined);
});

test('RSS 2.0: links with titles and dates; credentials, fragments and non-web links dropped; full content read as an article', () => {
  const r = readSource(body('feed-rss.xml'));
  assert.equal(r.kind, 'links');
  assert.equal(r.kind === 'links' && r.title, 'Frontline Wire & Partners');
  const urls = links(r).map((l) => l.url);
  assert.deepEqual(urls, [
    'https://frontline-wire.example/2026/12/01/kharkiv-warehouse',
    'https://frontline-wire.example/2026/12/01/dnipro-air-defence',
    'https://frontline-wire.example/2099/01/01/future',
    'https://frontline-wire.example/2026/11/30/navy',
  ]);
  assert.equal(links(r)[0]!.published, '2026-12-01T06:30:00.000Z');
  assert.equal(links(r)[1]!.summary, 'Explosions were heard as air defence units engaged targets.');
  assert.equal(links(r)[2]!.published, undefined, 'a future date is not stored');
  const full = articles(r);
  assert.equal(full.length, 1, 'only the item with its full text');
  assert.match(full[0]!.text, /Two people were killed and seven were injured/);
  assert.ok(!full[0]!.text.includes('alert'), 'scripts in content are not text');
  assert.equal(full[0]!.author, 'Ivan Sirko');
});

test('Atom, RDF and JSON Feed give their links; relative Atom links resolve against the feed URL', () => {
  const atom = readSource(body('feed-atom.atom', { url: 'https://mod.example/feeds/press.atom' }));
  assert.deepEqual(links(atom).map((l) => l.url), ['https://mod.example/press/2026-12-02-interceptions', 'https://mod.example/press/2026-12-01-exercises']);
  assert.equal(links(atom)[1]!.published, undefined, '1850 is refused');
  const rdf = readSource(body('feed-rdf.xml'));
  assert.deepEqual(links(rdf), [{ url: 'https://regional-bulletin.example/a/4411', title: 'Power restored in Sumy after overnight strike', published: '2026-11-29' }]);
  const json = readSource(body('feed.json', { contentType: 'application/feed+json' }));
  assert.equal(links(json).length, 2);
  assert.equal(links(json)[0]!.published, '2026-12-03T11:00:00+02:00');
});

test('sitemaps and sitemap indexes give their URLs (news:title and publication date where given)', () => {
  const sm = readSource(body('sitemap.xml', { contentType: 'application/xml' }));
  assert.deepEqual(links(sm), [
    { url: 'https://harbour-courier.example/world/2026/11/30/odesa-port-drones', title: 'Drones and missiles target Odesa port overnight', published: '2026-11-30T07:40:00+02:00' },
    { url: 'https://harbour-courier.example/world/2026/11/29/sumy-power?ref=sitemap&x=1', published: '2026-11-29' },
  ]);
  assert.equal(links(readSource(body('sitemap-index.xml'))).length, 2);
});

test('a Telegram export: one article per message with text, t.me links, dates from the Unix time', () => {
  const r = readSource(body('telegram/result.json'));
  const a = articles(r);
  assert.equal(a.length, 3, 'the service message and the captionless photo are skipped');
  assert.equal(a[0]!.text, 'Overnight the enemy attacked the region with 27 drones. Air defence destroyed 22 of them.\nTwo private houses in the Bilhorod district were damaged; one man was injured.');
  assert.equal(a[0]!.title, null);
  assert.equal(a[0]!.url, 'https://t.me/region_mil_admin/502');
  assert.equal(a[0]!.outlet, 'Regional Military Administration');
  assert.equal(a[0]!.published, '2026-12-01T05:05:00.000Z');
  assert.equal(a[1]!.modified, '2026-12-01T10:10:00.000Z');
  assert.equal(a[2]!.published, undefined, 'a message dated after the fetch keeps its text, not its date');
  // Without a username there is no public link to give.
  const json = JSON.parse(readFileSync(new URL('telegram/result.json', DIR), 'utf8'));
  delete json.username;
  const noUser = readSource({ bytes: Buffer.from(JSON.stringify(json)), fetchedAt: FETCHED, name: 'export.json' });
  assert.equal(articles(noUser)[0]!.url, undefined);
});

test('a Telegram HTML export page: one article per post with text, the zone of each stamp kept, no markup', () => {
  const r = readSource(body('telegram/messages.html', { contentType: 'text/html' }));
  const a = articles(r);
  assert.deepEqual(a.map((x) => x.text.split(/[.;]/)[0]), [
    'During the night the enemy launched 18 attack drones at the oblast',
    'A warehouse in the port area caught fire',
    'In total 61 drones were launched across the country overnight',
    'Debris fell on a school yard in the Lyman district',
    'Schools in the oblast reopen tomorrow',
  ], 'the day separator and the captionless photo are skipped; a caption after a reply is the post');
  assert.equal(a[0]!.text, 'During the night the enemy launched 18 attack drones at the oblast.\nAir defence shot down 15 of them over the Lyman district.');
  assert.ok(!/alert|<script/.test(a[1]!.text), 'script in a post is dropped, never kept as text');
  assert.equal(a[0]!.outlet, 'Coastal Oblast Administration');
  assert.equal(a[1]!.author, 'Coastal Oblast Administration', 'a joined post keeps the sender of the run');
  assert.equal(a[2]!.author, 'Air Force Command', 'a forwarded post is the forwarded channel\'s');
  assert.equal(a[0]!.published, '2026-12-02T06:40:12+02:00');
  assert.equal(a[4]!.published, undefined, 'a post dated after the fetch keeps its text, not its date');
  assert.ok((r.warnings ?? []).some((w) => /message 816 date/.test(w)));
  assert.ok(a.every((x) => x.url === undefined), 'the HTML export names no channel username, so no public link');
});

test('the format is told by content when the Content-Type is missing or wrong', () => {
  assert.equal(readSource(body('feed-rss.xml', { contentType: 'text/html' })).kind, 'links', 'RSS served as text/html');
  assert.equal(readSource(body('page-news.html', { contentType: 'application/octet-stream' })).kind, 'articles');
  const plain = readSource({ bytes: Buffer.from('Two drones were shot down over the city.'), contentType: 'text/plain; charset=utf-8', fetchedAt: FETCHED });
  assert.equal(articles(plain)[0]!.text, 'Two drones were shot down over the city.');
});

test('a page in a legacy charset is decoded by its declaration; undeclared non-UTF-8 is refused', () => {
  const text = 'Сили ППО збили 12 дронів над областю, повідомив губернатор у понеділок вранці. ';
  const html = `<html lang="uk"><head><meta charset="windows-1251"></head><body><article><p>${text.repeat(6)}</p></article></body></html>`;
  const cp1251 = Buffer.from(new Uint8Array([...html].map((ch) => { const c = ch.charCodeAt(0); return c < 128 ? c : c >= 0x410 && c <= 0x44f ? c - 0x410 + 0xc0 : c === 0x456 ? 0xb3 : c === 0x406 ? 0xb2 : 0x3f; })));
  const [a] = articles(readSource({ bytes: cp1251, fetchedAt: FETCHED, name: 'uk.html' }));
  assert.match(a!.text, /збили 12 дронів/);
  assert.equal(a!.language, 'uk');
  const undeclared = Buffer.from(cp1251.toString('latin1').replace('<meta charset="windows-1251">', ''), 'latin1');
  assert.throws(() => readSource({ bytes: undeclared, fetchedAt: FETCHED, name: 'uk.html' }), /uk\.html: not valid UTF-8 text and no character set declared/);
});

test('hostile XML: billion laughs, a huge entity, external entities and reference floods stay cheap and unexpanded', () => {
  const laughs = timed(2000, () => readSource(body('hostile/billion-laughs.xml')));
  assert.deepEqual(links(laughs), [{ url: 'https://laughs.example/1' }], 'entities are never expanded (and not shown raw)');
  const huge = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "${'x'.repeat(5_000_000)}">]><rss version="2.0"><channel><title>t</title>${'<item><title>&big;</title><link>https://big.example/</link></item>'.repeat(2000)}</channel></rss>`;
  const r = timed(10_000, () => readSource({ bytes: Buffer.from(huge), fetchedAt: FETCHED, name: 'huge.xml' }));
  assert.ok(links(r).every((l) => !l.title || l.title.length < 100), 'the entity is not expanded into 2,000 titles');
  assert.throws(() => readSource(body('hostile/external-entity.xml')), (e: Error) => e instanceof SourceError && /hostile\/external-entity\.xml: .*External entities/.test(e.message));
  const flood = `<rss version="2.0"><channel><title>${'&#65;&#x42;'.repeat(500_000)}</title><item><title>${'&#0;&#xD800;&#1114112;'.repeat(10_000)}</title><link>https://flood.example/</link></item></channel></rss>`;
  const f = timed(10_000, () => readSource({ bytes: Buffer.from(flood), fetchedAt: FETCHED, name: 'flood.xml' }));
  assert.equal(links(f).length, 1);
});

test('hostile nesting: deep elements in a page or a feed are refused quickly with a clear error', () => {
  for (const n of [MAX_NESTING + 10, 100_000]) {
    const page = `<html><body>${'<div>'.repeat(n)}<p>deep</p>${'</div>'.repeat(n)}</body></html>`;
    timed(3000, () => assert.throws(() => readSource({ bytes: Buffer.from(page), fetchedAt: FETCHED, name: `deep-${n}.html` }), new RegExp(`deep-${n}\\.html: elements nested more than ${MAX_NESTING} deep`)));
    const feed = `<rss version="2.0"><channel><title>t</title>${'<x>'.repeat(n)}${'</x>'.repeat(n)}</channel></rss>`;
    timed(3000, () => assert.throws(() => readSource({ bytes: Buffer.from(feed), fetchedAt: FETCHED, name: 'deep.xml' }), SourceError));
  }
  // Unclosed <p> and void elements are not nesting; a real page's depth is small.
  assert.ok(nestingDepth(`<body>${'<p>x<br><img src=a>'.repeat(5000)}</body>`) <= 2);
  assert.equal(nestingDepth('<a<a<a'.repeat(100_000)), 0, 'no ">" ever: one linear scan');
});

test('malformed, binary, empty, oversized and unknown inputs: a SourceError naming the source, never a crash', () => {
  const cases: [FetchedBody, RegExp][] = [
    [body('hostile/malformed-feed.xml'), /malformed-feed\.xml: malformed feed \(/],
    [body('hostile/not-a-feed.xml'), /not-a-feed\.xml: XML or markup that is neither a page, a feed nor a sitemap/],
    [body('hostile/not-telegram.json'), /not-telegram\.json: JSON, but neither a JSON Feed nor a Telegram/],
    [{ bytes: Buffer.from('{"messages": [1, 2'), fetchedAt: FETCHED, name: 'cut.json' }, /cut\.json: not valid JSON/],
    [{ bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), fetchedAt: FETCHED, url: 'https://img.example/a.png' }, /^https:\/\/img\.example\/a\.png: binary data \(a PNG image\)/],
    [{ bytes: Buffer.from('%PDF-1.7\n...'), fetchedAt: FETCHED, name: 'report.pdf' }, /report\.pdf: binary data \(a PDF document\)/],
    [{ bytes: Buffer.from('abc\u0000def'), fetchedAt: FETCHED, name: 'nul.html' }, /nul\.html: binary data \(NUL bytes\)/],
    [{ bytes: Buffer.alloc(0), fetchedAt: FETCHED, name: 'empty.html' }, /empty\.html: empty/],
    [{ bytes: Buffer.from('<html><body><script>only()</script></body></html>'), fetchedAt: FETCHED, name: 'blank.html' }, /blank\.html: no article text/],
    [{ bytes: Buffer.alloc(5 * 1024 * 1024, 0x61), contentType: 'text/html', fetchedAt: FETCHED, name: 'big.html' }, /big\.html: page too large/],
    [{ bytes: Buffer.from('just some words'), fetchedAt: FETCHED, name: 'words' }, /words: not a page, feed, sitemap or Telegram export/],
    [{ bytes: Buffer.from(`<rss version="2.0"><channel>${' '.repeat(17 * 1024 * 1024)}</channel></rss>`), fetchedAt: FETCHED, name: 'huge.rss' }, /huge\.rss: feed too large \(17\.0 MB; at most 16\.0 MB/],
    [{ bytes: Buffer.from('<html><body>x</body></html>'), contentType: 'text/html; charset=klingon', fetchedAt: FETCHED, name: 'k.html' }, /k\.html: declares an unknown character set "klingon"/],
  ];
  for (const [b, message] of cases) {
    assert.throws(() => readSource(b), (e: Error) => e instanceof SourceError && message.test(e.message), `${b.name ?? b.url}`);
  }
});

test('page text is text only: markup, handlers and scripts never come through', () => {
  const html = `<!doctype html><html><body><article><h1>Strike</h1><p>${'Rescuers searched the rubble of the school through the night, officials said. '.repeat(5)}</p>
    <p><img src=x onerror="alert(1)"><a href="javascript:alert(2)">&lt;script&gt;alert(3)&lt;/script&gt;</a></p><iframe src="https://evil.example"></iframe></article></body></html>`;
  const [a] = articles(readSource({ bytes: Buffer.from(html), fetchedAt: FETCHED, name: 'x.html' }));
  assert.ok(a);
  assert.ok(!/onerror|javascript:|<img|<a |iframe/.test(a.text), a.text);
  // An escaped tag in the page is the text "<script>…", shown as text by the dashboard, never markup.
  assert.ok(a.text.includes('<script>alert(3)</script>'));
});

test('mangled pages and feeds (seeded random markup): an article, links or a SourceError, never another throw or a hang', () => {
  let seed = 20261206;
  const rand = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed % n; };
  const pieces = ['<html>', '<body>', '<div>', '</div>', '<p>', '</p>', '<rss version="2.0">', '<channel>', '<item>', '<title>', '</title>', '<link>https://m.example/x</link>',
    '</item>', '<!--', '-->', '<![CDATA[', ']]>', '<!DOCTYPE x [<!ENTITY e "&e;">]>', '&e;', '&#x110000;', '&amp;', '<script>', '</script>', '"', "'", '<', '>', '/',
    '{"messages": [', '{"id": 1, "type": "message", "text": ', ']}', 'Drones were shot down over the city, officials said. ', '\u00e9', '\ud83d\ude00', '<?xml version="1.0"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', '<entry>', '<urlset>', '<url><loc>'];
  const started = Date.now();
  for (let k = 0; k < 400; k++) {
    const parts: string[] = [];
    for (let n = rand(60) + 1; n > 0; n--) parts.push(pieces[rand(pieces.length)]!.repeat(rand(8) === 0 ? 20 : 1));
    const input = { bytes: Buffer.from(parts.join('')), fetchedAt: FETCHED, name: `mangled-${k}`, ...(rand(3) === 0 ? { contentType: 'text/html' } : {}) };
    try {
      const r = readSource(input);
      for (const a of articles(r)) assert.ok(typeof a.text === 'string' && a.text.length > 0);
      for (const l of links(r)) assert.match(l.url, /^https?:\/\//);
    } catch (err) {
      assert.ok(err instanceof SourceError, `mangled-${k}: ${(err as Error).stack}`);
      assert.ok((err as Error).message.startsWith(`mangled-${k}: `), (err as Error).message);
    }
  }
  assert.ok(Date.now() - started < 30_000, `400 inputs took ${Date.now() - started} ms`);
});

test('hostile pages: a reference flood or a huge text stays within seconds; a large page keeps its <head> metadata', () => {
  const flood = `<html><body><article><p>${'&#65;&#x42;&amp;'.repeat(230_000)}</p></article></body></html>`;
  const [f] = timed(8000, () => articles(readSource({ bytes: Buffer.from(flood), fetchedAt: FETCHED, name: 'ncr.html' })));
  assert.ok(f!.text.startsWith('AB&AB&'));
  const big = `<html lang="en"><head><meta property="og:site_name" content="Archive Daily"></head><body><nav>Menu</nav>${'<p>Officials said two drones were shot down over the city overnight.</p>'.repeat(30_000)}</body></html>`;
  const [b] = timed(8000, () => articles(readSource({ bytes: Buffer.from(big), fetchedAt: FETCHED, name: 'big.html' })));
  assert.equal(b!.outlet, 'Archive Daily');
  assert.equal(b!.language, 'en');
  assert.ok(b!.text.length > 1_000_000);
});
