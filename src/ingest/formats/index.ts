/**
 * Readers for the sources people follow, from bytes (a saved file or a fetched body): HTML
 * pages, RSS / Atom / RDF / JSON Feed documents, XML sitemaps and Telegram Desktop channel
 * exports (`result.json`, or the HTML export's `messages*.html`). The format is told by the
 * Content-Type, then by the content itself. Nothing here touches the network or the store;
 * `sitrep ingest` and the fetcher both call `readSource`.
 *
 * Every failure is a `SourceError` naming the source: a bad page must never stop a batch.
 */
import { binaryReason, decodeText, MAX_PAGE_BYTES, MAX_SOURCE_BYTES, MAX_XML_BYTES } from './bytes.js';
import { readFeed, readSitemap } from './feeds.js';
import { readPage } from './page.js';
import { isTelegramExport, readTelegram } from './telegram.js';
import { isTelegramHtml, readTelegramHtml, MAX_TELEGRAM_HTML_BYTES } from './telegram-html.js';

export { MAX_NESTING, MAX_PAGE_BYTES, MAX_SOURCE_BYTES, MAX_XML_BYTES } from './bytes.js';
export { checkDate, CLOCK_SKEW_MS } from './dates.js';

export interface FetchedBody { bytes: Buffer; url?: string; contentType?: string; fetchedAt: Date; name?: string /* file path or URL for messages */ }
export interface SourceArticle { title: string | null; text: string; url?: string; canonicalUrl?: string; outlet?: string; author?: string; language?: string; published?: string /* ISO */; modified?: string }
export interface FeedLink { url: string; title?: string; published?: string; summary?: string }
/**
 * What a source holds. A feed's contract is its links; `articles` carries the items that came
 * with their full text. `warnings` name what was read but not kept (a date in the future …).
 */
export type ReadResult =
  | { kind: 'articles'; articles: SourceArticle[]; warnings?: string[] }
  | { kind: 'links'; links: FeedLink[]; title?: string; articles?: SourceArticle[]; warnings?: string[] };

/** A source that cannot be read; the message names it and says why. */
export class SourceError extends Error {
  constructor(readonly source: string, reason: string) {
    super(`${source}: ${reason}`);
    this.name = 'SourceError';
  }
}

export type SourceFormat = 'html' | 'feed' | 'sitemap' | 'json' | 'text';

/** The format a Content-Type names, or null when only the content can tell. */
function formatOfType(contentType: string | undefined): SourceFormat | null {
  const t = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (t === 'text/html' || t === 'application/xhtml+xml') return 'html';
  if (/^application\/(rss|atom|rdf)\+xml$/.test(t)) return 'feed';
  if (t === 'application/feed+json' || t === 'application/json' || t.endsWith('+json')) return 'json';
  if (t === 'text/plain') return 'text';
  return null;
}

/**
 * Where the first element starts, past an XML declaration, processing instructions, comments
 * and a doctype (whose internal subset may be megabytes: skipped by indexOf, never matched).
 */
function firstElement(text: string): { at: number; htmlDoctype: boolean } | null {
  let i = 0;
  let htmlDoctype = false;
  for (let step = 0; step < 100; step++) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    const ends: [string, string][] = [['<?', '?>'], ['<!--', '-->']];
    const skip = ends.find(([open]) => text.startsWith(open, i));
    if (skip) {
      const end = text.indexOf(skip[1], i + skip[0].length);
      if (end < 0) return null;
      i = end + skip[1].length;
      continue;
    }
    if (/^<!doctype/i.test(text.slice(i, i + 9))) {
      htmlDoctype ||= /^<!doctype\s+html/i.test(text.slice(i, i + 20));
      const gt = text.indexOf('>', i);
      const bracket = text.indexOf('[', i);
      const end = bracket >= 0 && bracket < gt ? text.indexOf(']', bracket) : gt;
      if (end < 0) return null;
      i = text.indexOf('>', end) + 1;
      if (i === 0) return null;
      continue;
    }
    return text[i] === '<' ? { at: i, htmlDoctype } : null;
  }
  return null;
}

/** The format by the document's first markup: its root element, a doctype, or JSON. */
export function sniffFormat(text: string): SourceFormat | null {
  const lead = /\S/.exec(text.slice(0, 4096));
  if (lead && (lead[0] === '{' || lead[0] === '[')) return 'json';
  const first = firstElement(text);
  if (!first) return null;
  if (first.htmlDoctype) return 'html';
  const root = /^<([A-Za-z][\w:.-]*)/.exec(text.slice(first.at, first.at + 100))?.[1]?.toLowerCase();
  if (!root) return null;
  if (root === 'rss' || root === 'feed' || root === 'rdf:rdf' || root.endsWith(':rss') || root.endsWith(':feed')) return 'feed';
  if (root === 'urlset' || root === 'sitemapindex' || root.endsWith(':urlset') || root.endsWith(':sitemapindex')) return 'sitemap';
  if (/^(html|head|body|div|p|article|main|section|meta|title|table|span|a|h[1-6]|header|nav|link|script|style)$/.test(root)) return 'html';
  return null;
}

/** Reads one source. Throws `SourceError` (never anything else) when it cannot be read. */
export function readSource(body: FetchedBody): ReadResult {
  const name = body.name ?? body.url ?? 'source';
  try {
    return readBody(body);
  } catch (err) {
    if (err instanceof SourceError) throw err;
    // A parser's stack overflow on a pathological document is that document's fault, said as such.
    const reason = err instanceof RangeError ? 'too deeply nested or too complex to read' : (err as Error)?.message ?? String(err);
    throw new SourceError(name, reason);
  }
}

function readBody(body: FetchedBody): ReadResult {
  const name = body.name ?? body.url ?? 'source';
  const fail = (reason: string): never => { throw new SourceError(name, reason); };
  if (!body.bytes.length) fail('empty');
  if (body.bytes.length > MAX_SOURCE_BYTES) fail(`too large (${(body.bytes.length / 1048576).toFixed(1)} MB; at most ${MAX_SOURCE_BYTES / 1048576} MB)`);
  const binary = binaryReason(body.bytes);
  if (binary) fail(binary);
  const text = decodeText(body.bytes, body.contentType);
  const declared = formatOfType(body.contentType);
  const sniffed = sniffFormat(text);
  // A server that says text/html for its RSS, or application/json for anything, is common:
  // the content's own shape decides between kinds of markup, the header only breaks ties.
  const format = declared === 'html' && sniffed && sniffed !== 'json' ? sniffed : sniffed ?? declared;
  const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
  if ((format === 'feed' || format === 'sitemap') && body.bytes.length > MAX_XML_BYTES) fail(`${format} too large (${mb(body.bytes.length)}; at most ${mb(MAX_XML_BYTES)}: split it)`);
  switch (format) {
    case 'html': {
      if (isTelegramHtml(text)) {
        if (body.bytes.length > MAX_TELEGRAM_HTML_BYTES) fail(`Telegram export page too large (${mb(body.bytes.length)}; at most ${mb(MAX_TELEGRAM_HTML_BYTES)})`);
        const t = readTelegramHtml(text, body.fetchedAt);
        return { kind: 'articles', articles: t.articles, warnings: t.warnings };
      }
      if (body.bytes.length > MAX_PAGE_BYTES) fail(`page too large (${(body.bytes.length / 1048576).toFixed(1)} MB; at most ${MAX_PAGE_BYTES / 1048576} MB)`);
      const { article, warnings } = readPage(text, body.fetchedAt, body.url);
      return { kind: 'articles', articles: [article], warnings };
    }
    case 'feed': {
      const f = readFeed(text, body.fetchedAt, body.url);
      return { kind: 'links', links: f.links, ...(f.title ? { title: f.title } : {}), articles: f.articles, warnings: f.warnings };
    }
    case 'sitemap': {
      const f = readSitemap(text, body.fetchedAt, body.url);
      return { kind: 'links', links: f.links, articles: [], warnings: f.warnings };
    }
    case 'json':
      return readJson(text, body);
    case 'text':
      return { kind: 'articles', articles: [{ title: null, text: text.trim() }] };
    default:
      return fail(/^\s*</.test(text) ? 'XML or markup that is neither a page, a feed nor a sitemap' : 'not a page, feed, sitemap or Telegram export (plain text? give it a .txt name)');
  }
}

function readJson(text: string, body: FetchedBody): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new Error(`not valid JSON (${(err as Error).message.slice(0, 120)})`);
  }
  const version = (value as { version?: unknown })?.version;
  if (typeof version === 'string' && /jsonfeed\.org\/version\//.test(version)) {
    const f = readFeed(text, body.fetchedAt, body.url);
    return { kind: 'links', links: f.links, ...(f.title ? { title: f.title } : {}), articles: f.articles, warnings: f.warnings };
  }
  if (isTelegramExport(value)) {
    const t = readTelegram(value, body.fetchedAt);
    return { kind: 'articles', articles: t.articles, warnings: t.warnings };
  }
  throw new Error('JSON, but neither a JSON Feed nor a Telegram channel export (result.json); articles as JSON go in a .jsonl file, one per line');
}
