/**
 * STAND-IN, replaced at merge by the `sources` branch's src/ingest/formats/index.ts (same
 * exports, same types). It exists only so the fetch branch's watcher and tests run: feeds via
 * feedsmith's parseFeed (their item links), anything else as one page through htmlToText.
 */
import { parseFeed } from 'feedsmith';
import { htmlToText, looksLikeHtml } from '../html.js';

export interface FetchedBody { bytes: Buffer; url?: string; contentType?: string; fetchedAt: Date; name?: string }
export interface SourceArticle { title: string | null; text: string; url?: string; canonicalUrl?: string; outlet?: string; author?: string; language?: string; published?: string; modified?: string }
export interface FeedLink { url: string; title?: string; published?: string; summary?: string }
export type ReadResult = { kind: 'articles'; articles: SourceArticle[] } | { kind: 'links'; links: FeedLink[]; title?: string };
export class SourceError extends Error {}

type Item = { link?: string; url?: string; links?: { href?: string; rel?: string }[]; title?: string | { value?: string } };

function feedLinks(text: string, base?: string): ReadResult | null {
  if (!/^\s*(<\?xml|<rss|<feed|<rdf:RDF|\{)/.test(text)) return null;
  let parsed: { feed: { items?: Item[]; entries?: Item[] } };
  try { parsed = parseFeed(text) as typeof parsed; } catch { return null; }
  const items = parsed.feed.items ?? parsed.feed.entries ?? [];
  const links: FeedLink[] = [];
  for (const it of items) {
    const href = it.link ?? it.url ?? it.links?.find((l) => !l.rel || l.rel === 'alternate')?.href;
    if (href) links.push({ url: new URL(href, base).href, title: typeof it.title === 'string' ? it.title : it.title?.value });
  }
  return { kind: 'links', links };
}

export function readSource(body: FetchedBody): ReadResult {
  const text = body.bytes.toString('utf8');
  const feed = feedLinks(text, body.url);
  if (feed) return feed;
  const page = /html/i.test(body.contentType ?? '') || looksLikeHtml(text) ? htmlToText(text) : { text, title: null };
  if (!page.text.trim()) throw new SourceError(`${body.url ?? body.name ?? 'source'}: no article text`);
  return { kind: 'articles', articles: [{ title: page.title, text: page.text, url: body.url }] };
}
