/**
 * Feeds (RSS 2.0, Atom, RDF/RSS 1.0, JSON Feed) and XML sitemaps → the links they list.
 * feedsmith parses feeds with fast-xml-parser (pinned in package.json) with entity
 * processing off: a DOCTYPE's entities are never expanded (billion laughs, a huge entity),
 * and nesting is capped by the parser. Sitemaps go through the same parser, same settings.
 *
 * A feed item that carries its full article (`content:encoded`, Atom `content`, JSON Feed
 * `content_html`/`content_text`) of at least FULL_CONTENT characters is also returned as an
 * article, so a full-text feed is read without fetching every page.
 */
import { parseFeed } from 'feedsmith';
import { XMLParser } from 'fast-xml-parser';
import { htmlToText } from '../html.js';
import { checkDate } from './dates.js';
import { cleanUrl } from './meta.js';
import { defined } from './page.js';
import type { FeedLink, SourceArticle } from './index.js';

/** A feed's links (capped: a feed is a page of recent items, not an archive). */
export const MAX_LINKS = 50_000;
/** An item's text from this many characters on is an article, not a teaser. */
export const FULL_CONTENT = 500;

export interface FeedResult {
  title?: string;
  links: FeedLink[];
  articles: SourceArticle[];
  warnings: string[];
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
/** A string field, or the `value` of an Atom text construct. */
const str = (v: unknown): string | undefined => {
  const s = typeof v === 'string' ? v : typeof obj(v).value === 'string' ? (obj(v).value as string) : undefined;
  // A reference left undecoded names an entity the document declared itself (DOCTYPE), which
  // is never expanded (billion laughs): it is dropped, not shown as "&lol9;".
  const t = s?.replace(/&[A-Za-z_][\w.-]{0,63};/g, (m) => (/^&(amp|lt|gt|quot|apos);$/.test(m) ? m : '')).replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, 2000) : undefined;
};
const plain = (html: string | undefined): string | undefined => (html ? htmlToText(html).text || undefined : undefined);

interface Item { url?: string; title?: string; published?: string; modified?: string; summary?: string; content?: string; author?: string }

/** One item of any feed format in common terms (HTML kept only until it is flattened). */
function itemOf(format: string, raw: unknown): Item {
  const i = obj(raw);
  if (format === 'atom') {
    const links = arr(i.links).map(obj);
    const link = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
    return { url: str(link?.href), title: plain(str(i.title)), published: str(i.published), modified: str(i.updated), summary: str(i.summary), content: str(i.content), author: str(obj(arr(i.authors)[0]).name) };
  }
  if (format === 'json') {
    return { url: str(i.url) ?? str(i.external_url), title: str(i.title), published: str(i.date_published), modified: str(i.date_modified), summary: str(i.summary), content: str(i.content_html) ?? str(i.content_text), author: str(obj(arr(i.authors)[0]).name) };
  }
  const dc = obj(i.dc);
  const guid = obj(i.guid);
  const permalink = guid.isPermaLink !== false ? str(guid.value) : undefined;
  return {
    url: str(i.link) ?? permalink, title: plain(str(i.title)), published: str(i.pubDate) ?? str(arr(dc.dates)[0]) ?? str(dc.date),
    summary: str(i.description), content: typeof obj(i.content).encoded === 'string' ? (obj(i.content).encoded as string) : undefined,
    author: str(arr(dc.creators)[0]) ?? str(arr(i.authors)[0]),
  };
}

/** A feed document's links (and full-content items as articles); throws on a malformed feed. */
export function readFeed(text: string, fetchedAt: Date, baseUrl?: string): FeedResult {
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(text) as { format: string; feed: unknown };
  } catch (err) {
    // feedsmith says "Invalid feed format"; the XML parser's cause says where.
    const cause = (err as { cause?: Error }).cause?.message;
    throw new Error(cause ? `malformed feed (${cause.slice(0, 160)})` : `not a readable feed (${(err as Error).message})`);
  }
  const { format, feed } = parsed;
  const f = obj(feed);
  const out: FeedResult = { title: plain(str(f.title)), links: [], articles: [], warnings: [] };
  const outlet = plain(str(f.title));
  for (const raw of arr(format === 'atom' ? f.entries : f.items).slice(0, MAX_LINKS)) {
    const item = itemOf(format, raw);
    const url = cleanUrl(item.url, baseUrl);
    const published = checkDate(item.published, fetchedAt, 'published date');
    if (published.warning) out.warnings.push(`${url ?? 'item'}: ${published.warning}`);
    if (url) out.links.push({ url, ...defined({ title: item.title, published: published.iso ?? undefined, summary: plain(item.summary)?.slice(0, 2000) }) });
    const content = plain(item.content);
    if (content && content.length >= FULL_CONTENT) {
      const modified = checkDate(item.modified, fetchedAt, 'modified date').iso ?? undefined;
      out.articles.push({ title: item.title ?? null, text: content, ...defined({ url, outlet, author: item.author, published: published.iso ?? undefined, modified }) });
    }
  }
  return out;
}

const sitemapParser = new XMLParser({ processEntities: false, htmlEntities: false, ignoreAttributes: true, parseTagValue: false, ignoreDeclaration: true, ignorePiTags: true, removeNSPrefix: true });

/** An XML sitemap's page URLs, or a sitemap index's sitemap URLs (the fetcher follows either). */
export function readSitemap(text: string, fetchedAt: Date, baseUrl?: string): FeedResult {
  let doc: Obj;
  try {
    doc = obj(sitemapParser.parse(text));
  } catch (err) {
    throw new Error(`malformed sitemap XML (${(err as Error).message.slice(0, 160)})`);
  }
  const root = obj(doc.urlset ?? doc.sitemapindex);
  const out: FeedResult = { links: [], articles: [], warnings: [] };
  for (const raw of arr(root.url ?? root.sitemap).slice(0, MAX_LINKS)) {
    const e = obj(raw);
    const url = cleanUrl(xmlText(str(e.loc)), baseUrl);
    if (!url) continue;
    const news = obj(e.news);
    const lastmod = checkDate(xmlText(str(news.publication_date) ?? str(e.lastmod)), fetchedAt, 'date');
    if (lastmod.warning) out.warnings.push(`${url}: ${lastmod.warning}`);
    out.links.push({ url, ...defined({ title: xmlText(str(news.title)), published: lastmod.iso ?? undefined }) });
  }
  return out;
}

/** XML's predefined and numeric references (entities are not processed by the parser, by design). */
function xmlText(s: string | undefined): string | undefined {
  if (!s) return s;
  return s.replace(/&(lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-f]{1,6});/gi, (_, r: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (r[0] !== '#') return named[r.toLowerCase()] ?? '';
    const code = r[1] === 'x' || r[1] === 'X' ? parseInt(r.slice(2), 16) : parseInt(r.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}
