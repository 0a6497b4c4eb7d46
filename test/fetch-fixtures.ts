/**
 * A local web site for the fetch and watch tests: pages, an RSS feed, robots.txt and hostile
 * answers (redirects to private addresses, loops, oversize and slow bodies, 429). It listens on
 * 127.0.0.1 only; nothing in these tests reaches outside the machine.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export const PAGE_STRIKE = `<!doctype html><html><head><title>Drones strike rail yard near Kharkiv</title></head><body>
<nav>Home | World | Sport</nav>
<article><h1>Drones strike rail yard near Kharkiv</h1>
<p>Ukraine's air force said on Sunday that air defences destroyed 31 of the 45 drones launched overnight.</p>
<p>Regional governor Oleh Syniehubov said one railway worker was killed and four were injured at a rail yard near Kharkiv.</p></article>
</body></html>`;

export const PAGE_PACT = `<!doctype html><html><head><title>Chad and Niger agree joint border patrols</title></head><body>
<article><h1>Chad and Niger agree joint border patrols</h1>
<p>Chad and Niger signed an agreement on Monday to run joint patrols along their border, officials in N'Djamena said.</p>
<p>Police in Niamey said at least two soldiers were killed when their vehicle struck a mine.</p></article>
</body></html>`;

export const PAGE_BRIEFING = `<!doctype html><html><head><title>Navy intercepts missiles over the Red Sea</title></head><body>
<p>The navy said a destroyer intercepted three anti-ship missiles over the Red Sea on Thursday.</p>
</body></html>`;

const PAGE_HIDDEN = '<!doctype html><html><head><title>Hidden</title></head><body><p>Not for robots.</p></body></html>';

export interface Logged { path: string; headers: http.IncomingHttpHeaders; status: number }

export interface Site {
  base: string;
  port: number;
  log: Logged[];
  /** Requests for `path` (exact). */
  hits(path: string): Logged[];
  /** robots.txt's text, or a status to answer instead (404: none, 503: unreachable). */
  robots: string | number;
  close(): Promise<void>;
}

function feed(base: string): string {
  const item = (path: string, title: string) => `<item><title>${title}</title><link>${base}${path}</link><pubDate>Sun, 30 Nov 2025 08:00:00 GMT</pubDate></item>`;
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test wire</title><link>${base}/</link><description>Test</description>
${item('/news/strike.html', 'Drones strike rail yard')}${item('/news/pact.html', 'Border patrols')}${item('/private/hidden.html', 'Hidden')}
</channel></rss>`;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, site: Site) => void;

/** A resource with validators: answers 304 when the request's match. */
function cached(body: string, type: string, etag: string): Handler {
  const modified = 'Sun, 30 Nov 2025 09:00:00 GMT';
  return (req, res) => {
    if (req.headers['if-none-match'] === etag || req.headers['if-modified-since'] === modified) {
      res.writeHead(304, { etag, 'last-modified': modified }).end();
      return;
    }
    res.writeHead(200, { 'content-type': type, etag, 'last-modified': modified }).end(body);
  };
}

const redirect = (to: (site: Site) => string, status = 302): Handler => (_req, res, site) => {
  res.writeHead(status, { location: to(site) }).end();
};

const html = (body: string): Handler => (_req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body); };

function flakyFeed(base: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Flaky</title><link>${base}/</link><description>x</description>
<item><title>Flaky</title><link>${base}/flaky.html</link></item><item><title>Pact</title><link>${base}/news/pact.html</link></item></channel></rss>`;
}

let busy = 0;
let flaky = 0;
const ROUTES: Record<string, Handler> = {
  '/robots.txt': (_req, res, site) => {
    if (typeof site.robots === 'number') res.writeHead(site.robots).end();
    else res.writeHead(200, { 'content-type': 'text/plain' }).end(site.robots);
  },
  '/feed.xml': (req, res, site) => cached(feed(site.base), 'application/rss+xml', '"feed-1"')(req, res, site),
  '/page.html': cached(PAGE_BRIEFING, 'text/html', '"page-1"'),
  '/news/strike.html': html(PAGE_STRIKE),
  '/news/pact.html': html(PAGE_PACT),
  '/private/hidden.html': html(PAGE_HIDDEN),
  '/redirect/ok': redirect(() => '/page.html', 301),
  '/redirect/metadata': redirect(() => 'http://169.254.169.254/latest/meta-data/'),
  '/redirect/mapped': redirect(() => 'http://[::ffff:a9fe:a9fe]/latest/meta-data/'),
  '/redirect/loopback6': redirect((s) => `http://[::1]:${s.port}/page.html`),
  '/redirect/hex': redirect((s) => `http://0x7f.0.0.2:${s.port}/page.html`),
  '/redirect/file': redirect(() => 'file:///etc/passwd'),
  '/loop/a': redirect(() => '/loop/b'),
  '/loop/b': redirect(() => '/loop/a'),
  '/big': (_req, res) => {
    // No Content-Length: the cap has to count what arrives.
    res.writeHead(200, { 'content-type': 'text/plain' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = () => { while (sent < 4 * 1024 * 1024) { sent += chunk.length; if (!res.write(chunk)) return void res.once('drain', pump); } res.end(); };
    pump();
  },
  '/bomb': (_req, res) => { res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(8 * 1024 * 1024))); },
  '/slow': (_req, res) => { res.writeHead(200, { 'content-type': 'text/plain' }); res.write('the first words, then nothing'); },
  '/busy': (_req, res) => {
    if (busy++ % 2 === 0) res.writeHead(429, { 'retry-after': '1' }).end('slow down');
    else res.writeHead(200, { 'content-type': 'text/plain' }).end('Patience rewarded.');
  },
  '/down': (_req, res) => { res.writeHead(503).end('down'); },
  '/feed-flaky.xml': (req, res, site) => cached(flakyFeed(site.base), 'application/rss+xml', '"flaky-1"')(req, res, site),
  // Down the first time it is asked, up after.
  '/flaky.html': (_req, res) => { if (flaky++ === 0) res.writeHead(503).end(); else res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE_STRIKE); },
};

export async function startSite(robots: string | number = 'User-agent: *\nDisallow: /private/\n'): Promise<Site> {
  const log: Logged[] = [];
  const site = { base: '', port: 0, log, robots, hits: (p: string) => log.filter((l) => l.path === p), close: async () => {} } as Site;
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    res.on('finish', () => log.push({ path, headers: req.headers, status: res.statusCode }));
    const chain = /^\/chain\/(\d+)$/.exec(path);
    if (chain) return void res.writeHead(302, { location: `/chain/${Number(chain[1]) + 1}` }).end();
    const route = ROUTES[path];
    if (route) route(req, res, site);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site.port = (server.address() as AddressInfo).port;
  site.base = `http://127.0.0.1:${site.port}`;
  site.close = () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return site;
}
