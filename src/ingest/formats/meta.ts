/**
 * A news page's metadata, from what the page states about itself, most explicit first:
 * JSON-LD (`NewsArticle` and kin, also inside `@graph`), then Open Graph / article:*, then
 * plain `<meta>` tags and `<html lang>`. Published and modified dates are kept apart: a
 * page updated today about last week's strike must not move the strike.
 */
import { checkDate } from './dates.js';

/** The DOM surface read here (linkedom's document satisfies it). */
export interface MetaDocument {
  querySelectorAll(selector: string): Iterable<{ getAttribute(name: string): string | null; textContent: string | null }>;
  documentElement: { getAttribute(name: string): string | null } | null;
}

export interface PageMeta {
  title?: string;
  outlet?: string;
  author?: string;
  language?: string;
  canonicalUrl?: string;
  url?: string;
  published?: string;
  modified?: string;
  warnings: string[];
}

type Json = Record<string, unknown>;
const ARTICLE_TYPE = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|LiveBlogPosting|BlogPosting|Report|SocialMediaPosting|WebPage)$/;
/** A JSON-LD block is data, not a page: past this it is skipped. */
const MAX_JSON_LD = 1024 * 1024;

const clean = (s: unknown, max = 1000): string | undefined => {
  if (typeof s !== 'string') return undefined;
  const t = s.replace(/\s+/g, ' ').trim().slice(0, max);
  return t || undefined;
};

/** A name from a string, `{name}` or an array of them (authors, publishers). */
function nameOf(v: unknown): string | undefined {
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((n): n is string => !!n);
    return names.length ? clean(names.join(', ')) : undefined;
  }
  if (v && typeof v === 'object') return clean((v as Json).name);
  return clean(v);
}

function isArticle(o: Json): boolean {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && ARTICLE_TYPE.test(x));
}

/** Every object of the page's JSON-LD blocks, flattened through arrays and `@graph`. */
function jsonLdObjects(doc: MetaDocument): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) { for (const x of v.slice(0, 200)) visit(x, depth + 1); return; }
    out.push(v as Json);
    visit((v as Json)['@graph'], depth + 1);
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = s.textContent ?? '';
    if (text.length > MAX_JSON_LD) continue;
    try { visit(JSON.parse(text), 0); } catch { /* a broken block says nothing; the page still reads */ }
  }
  return out;
}

/** The article object of the JSON-LD: a *NewsArticle before a plain Article before a WebPage. */
function jsonLdArticle(doc: MetaDocument): Json | undefined {
  const objects = jsonLdObjects(doc).filter(isArticle);
  const rank = (o: Json) => { const t = JSON.stringify(o['@type']); return /NewsArticle|LiveBlog|Report/.test(t) ? 0 : /WebPage/.test(t) ? 2 : 1; };
  return objects.sort((a, b) => rank(a) - rank(b))[0];
}

/** Content of the first <meta> whose property or name is one of `keys`. */
function metaContent(doc: MetaDocument, keys: string[]): string | undefined {
  for (const key of keys) {
    for (const el of doc.querySelectorAll(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"], meta[http-equiv="${key}"]`)) {
      const v = clean(el.getAttribute('content'));
      if (v) return v;
    }
  }
  return undefined;
}

/** "en_US", "EN-us" → "en-US"; anything that is no language tag → undefined. */
export function languageTag(raw: string | undefined | null): string | undefined {
  const m = /^([a-z]{2,3})(?:[-_]([a-z0-9]{2,8}))?/i.exec((raw ?? '').trim());
  if (!m) return undefined;
  return m[2] ? `${m[1]!.toLowerCase()}-${m[2].length === 2 ? m[2].toUpperCase() : m[2]}` : m[1]!.toLowerCase();
}

/** An http(s) URL without credentials or fragment, resolved against `base`; else undefined. */
export function cleanUrl(raw: unknown, base?: string): string | undefined {
  if (typeof raw !== 'string' || !raw.trim() || raw.length > 4096) return undefined;
  try {
    const u = new URL(raw.trim(), base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    u.username = '';
    u.password = '';
    u.hash = '';
    return u.toString();
  } catch {
    return undefined;
  }
}

function idOf(v: unknown): unknown {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json)['@id'] ?? (v as Json).url : v;
}

/** The page's metadata; dates after `fetchedAt` or before 1900 are refused with a warning. */
export function pageMeta(doc: MetaDocument, fetchedAt: Date, baseUrl?: string): PageMeta {
  const ld = jsonLdArticle(doc) ?? {};
  const meta = (...keys: string[]) => metaContent(doc, keys);
  const warnings: string[] = [];
  const date = (what: string, ...candidates: unknown[]) => {
    for (const c of candidates) {
      if (typeof c !== 'string' || !c.trim()) continue;
      const d = checkDate(c, fetchedAt, what);
      if (d.warning) warnings.push(d.warning);
      if (d.iso) return d.iso;
    }
    return undefined;
  };
  const canonical = [...doc.querySelectorAll('link[rel="canonical"]')][0]?.getAttribute('href');
  const lang = doc.documentElement?.getAttribute('lang');
  return {
    title: clean(ld.headline) ?? meta('og:title', 'twitter:title') ?? clean(ld.name),
    outlet: nameOf(ld.publisher) ?? meta('og:site_name', 'application-name', 'publisher'),
    author: nameOf(ld.author) ?? meta('author', 'article:author', 'byl', 'dc.creator', 'DC.creator', 'sailthru.author'),
    language: languageTag(clean(ld.inLanguage) ?? lang ?? meta('og:locale', 'content-language', 'language', 'dc.language')),
    canonicalUrl: cleanUrl(canonical, baseUrl) ?? cleanUrl(meta('og:url'), baseUrl) ?? cleanUrl(idOf(ld.mainEntityOfPage), baseUrl) ?? cleanUrl(ld.url, baseUrl),
    url: cleanUrl(baseUrl),
    published: date('published date', ld.datePublished, meta('article:published_time', 'datePublished', 'pubdate', 'publish-date', 'publishdate', 'date', 'dc.date.issued', 'DC.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date'), ld.dateCreated),
    modified: date('modified date', ld.dateModified, meta('article:modified_time', 'og:updated_time', 'dateModified', 'last-modified', 'dcterms.modified')),
    warnings,
  };
}
