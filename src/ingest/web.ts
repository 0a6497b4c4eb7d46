/**
 * Saved web sources as ingest input: HTML pages, feeds and sitemaps (.xml/.rss/.atom) and
 * Telegram channel exports (.json), read by src/ingest/formats. A feed read from a file gives
 * its links (reported: `sitrep watch` fetches them) and the items that carry their full text,
 * which are ingested as articles.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Article, ArticleMeta } from '../types.js';
import { MAX_SOURCE_BYTES, readSource, SourceError, type ReadResult, type SourceArticle } from './formats/index.js';
import { MAX_TEXT_CHARS, MAX_TITLE_CHARS, type SourceItem } from './sources.js';

/** Files read as web sources, by their name. */
export const WEB_SOURCE = /\.(html?|xhtml|xml|rss|atom|json)$/i;

/** The Content-Type a file's extension stands for; .xml and .json are told apart by content. */
const TYPES: Record<string, string> = { '.html': 'text/html', '.htm': 'text/html', '.xhtml': 'application/xhtml+xml', '.rss': 'application/rss+xml', '.atom': 'application/atom+xml' };

async function readCapped(path: string, max: number, input?: AsyncIterable<Buffer>): Promise<Buffer> {
  const stream = input ?? createReadStream(path, { highWaterMark: 1 << 20 });
  const parts: Buffer[] = [];
  let n = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    n += chunk.length;
    if (n > max) {
      (stream as { destroy?(): void }).destroy?.();
      throw new SourceError(path === '-' ? 'stdin' : basename(path), `too large (more than ${max / 1048576} MB)`);
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

/** A source article as a pipeline article: the day of publication, the rest as metadata. */
export function toArticle(a: SourceArticle, id: string, source: string): Article {
  const meta: ArticleMeta = {};
  for (const k of ['url', 'canonicalUrl', 'outlet', 'author', 'language', 'published', 'modified'] as const) if (a[k]) meta[k] = a[k];
  return {
    id,
    title: a.title ? a.title.slice(0, MAX_TITLE_CHARS) : null,
    published: a.published ? a.published.slice(0, 10) : null,
    text: a.text,
    source,
    ...(Object.keys(meta).length ? { meta } : {}),
  };
}

/** The articles (and a note of feed links) of one saved web source; problems are issues naming it. */
export async function* readWebFile(path: string, stdin?: AsyncIterable<Buffer>): AsyncGenerator<SourceItem> {
  const name = path === '-' ? 'stdin' : basename(path);
  let result: ReadResult;
  try {
    if (path !== '-' && (await stat(path)).size > MAX_SOURCE_BYTES) throw new SourceError(name, `too large (at most ${MAX_SOURCE_BYTES / 1048576} MB)`);
    const bytes = await readCapped(path, MAX_SOURCE_BYTES, stdin);
    result = readSource({ bytes, fetchedAt: new Date(), name, contentType: TYPES[extname(path).toLowerCase()] });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const message = e.code === 'ENOENT' ? 'no such file' : e.code === 'EACCES' ? 'permission denied' : e.code === 'EISDIR' ? 'is a directory' : err instanceof SourceError ? err.message.replace(`${name}: `, '') : e.message;
    return yield { kind: 'issue', issue: { file: path, message }, fatal: true };
  }
  for (const w of result.warnings ?? []) yield { kind: 'issue', issue: { file: path, message: w, warning: true }, fatal: false };
  if (result.kind === 'links') yield { kind: 'links', file: path, count: result.links.length };
  const articles = result.articles ?? [];
  if (!articles.length && result.kind === 'articles') return yield { kind: 'issue', issue: { file: path, message: 'no article text' }, fatal: true };
  let n = 0;
  for (const a of articles) {
    n++;
    if (a.text.length > MAX_TEXT_CHARS) { yield { kind: 'issue', issue: { file: path, message: `article ${n}: text longer than ${MAX_TEXT_CHARS.toLocaleString('en')} characters; skipped` }, fatal: false }; continue; }
    yield { kind: 'article', bytes: Buffer.byteLength(a.text), article: toArticle(a, `${name}#${n}`, path) };
  }
}
