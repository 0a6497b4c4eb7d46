/**
 * One round of watching: each due source is fetched (conditionally), a feed's new item links
 * are fetched as pages, and every page's article goes through extraction into the store.
 *
 * What was fetched is remembered in the store (FetchState) and saved only after its articles
 * are stored, so a watcher stopped at any point and started again neither loses an article
 * nor fetches or stores one twice: sources are asked with their ETag / Last-Modified, item
 * links handled once are never fetched again, and identical bytes are not parsed again.
 */
import { createHash } from 'node:crypto';
import type { Article, Extraction } from '../../types.js';
import type { FetchState, Store } from '../../store/index.js';
import { readSource, type SourceArticle } from '../formats/index.js';
import { ingestArticle } from '../store-article.js';
import { toArticle } from '../web.js';
import { MAX_TEXT_CHARS } from '../sources.js';
import { FetchError } from './errors.js';
import type { Fetcher, FetchResult } from './fetcher.js';
import type { WatchSource } from './sources-file.js';

/** After a transient failure (timeout, 5xx) a URL is tried again no sooner than this. */
const RETRY_AFTER_FAILURE_MS = 10 * 60_000;

export type WatchEvent =
  | { kind: 'fetch'; url: string; via: string | null }
  | { kind: 'stored'; url: string; title: string | null }
  | { kind: 'issue'; url: string; message: string; skipped: boolean };

export interface RoundOptions {
  store: Store;
  fetcher: Fetcher;
  pipelineVersion: string;
  extract?: (article: Article) => Extraction;
  /** Fetch every source now, whatever its schedule (`watch --once`, `ingest URL`). */
  force?: boolean;
  /** Item links followed per feed and round; the rest wait for the next round. */
  maxItems?: number;
  onEvent?: (e: WatchEvent) => void;
  signal?: AbortSignal;
}

export interface RoundReport {
  sources: number;
  /** Sources not due yet (their interval has not passed since the last fetch). */
  notDue: number;
  requests: number;
  /** Answered 304, or the same bytes as last time. */
  unchanged: number;
  pages: number;
  added: number;
  duplicates: number;
  /** Refused by robots.txt. */
  skipped: number;
  issues: { url: string; message: string }[];
}

const newReport = (): RoundReport => ({ sources: 0, notDue: 0, requests: 0, unchanged: 0, pages: 0, added: 0, duplicates: 0, skipped: 0, issues: [] });
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const later = (ms: number) => new Date(Date.now() + ms).toISOString();

interface Ctx extends RoundOptions { report: RoundReport }

function note(ctx: Ctx, url: string, message: string, skipped = false): void {
  if (skipped) ctx.report.skipped++;
  else ctx.report.issues.push({ url, message });
  ctx.onEvent?.({ kind: 'issue', url, message, skipped });
}

/** The article as the pipeline takes it: the page's URL is its id (one per post of a multi-article source) and its source. */
function articleOf(a: SourceArticle, url: string, n: number, of: number): Article {
  const id = a.canonicalUrl ?? a.url ?? url;
  return toArticle(a, of > 1 ? `${id}#${n}` : id, url);
}

/** Stores as `ingest` does: a stored text or a copy of one (wire copy, re-fetched page) is linked, not extracted again. */
async function storeArticles(ctx: Ctx, articles: SourceArticle[], url: string): Promise<void> {
  let n = 0;
  for (const a of articles) {
    n++;
    if (!a.text.trim()) { note(ctx, url, `${url}: no article text`); continue; }
    if (a.text.length > MAX_TEXT_CHARS) { note(ctx, url, `${url}: article text longer than ${MAX_TEXT_CHARS.toLocaleString('en')} characters; not stored`); continue; }
    const article = articleOf(a, url, n, articles.length);
    const outcome = await ingestArticle(article, ctx.store, ctx.extract ? { extract: ctx.extract } : {});
    if (outcome === 'added') { ctx.report.added++; ctx.onEvent?.({ kind: 'stored', url, title: article.title }); } else ctx.report.duplicates++;
  }
}

/** State after a fetch that failed: a lasting failure ends an item link, a passing one is retried later. */
function failedState(prev: FetchState | null, url: string, via: string | null, err: FetchError, everyMs: number): FetchState {
  const retryMs = err.transient ? Math.max(err.retryAfterMs ?? 0, Math.min(everyMs, RETRY_AFTER_FAILURE_MS)) : everyMs;
  return {
    url, via, etag: prev?.etag ?? null, lastModified: prev?.lastModified ?? null, contentHash: prev?.contentHash ?? null,
    fetchedAt: new Date().toISOString(), status: err.status ?? null, error: err.message, nextAt: later(retryMs), done: via !== null && !err.transient,
  };
}

function okState(prev: FetchState | null, url: string, via: string | null, res: FetchResult, hash: string | null, everyMs: number, error: string | null = null): FetchState {
  // A 304 may leave out the validators; the ones we sent are still good. After a body that
  // could not be used in full, none are kept: they would earn a 304 for bytes never fully read.
  const keep = error === null;
  return {
    url, via, etag: keep ? res.etag ?? prev?.etag ?? null : null, lastModified: keep ? res.lastModified ?? prev?.lastModified ?? null : null,
    contentHash: keep ? hash ?? prev?.contentHash ?? null : null, fetchedAt: res.fetchedAt.toISOString(), status: res.status, error,
    nextAt: later(everyMs), done: via !== null,
  };
}

/**
 * Fetches `url` and hands new bytes to `use`; the state is saved after `use` returns, so an
 * interruption before then leaves the URL to be fetched again, not lost.
 */
async function poll(ctx: Ctx, url: string, via: string | null, everyMs: number, use: (res: FetchResult) => Promise<boolean | void>): Promise<void> {
  const prev = await ctx.store.fetchState(url);
  ctx.onEvent?.({ kind: 'fetch', url, via });
  ctx.report.requests++;
  let res: FetchResult;
  try {
    res = await ctx.fetcher.fetch(url, { etag: prev?.etag, lastModified: prev?.lastModified });
  } catch (err) {
    const e = err instanceof FetchError ? err : new FetchError(url, 'network', (err as Error).message);
    if (e.code === 'aborted') return;
    note(ctx, url, e.message, e.code === 'robots');
    return ctx.store.saveFetchState(failedState(prev, url, via, e, everyMs));
  }
  const hash = res.notModified ? null : sha256(res.body);
  if (res.notModified || hash === prev?.contentHash) {
    ctx.report.unchanged++;
    return ctx.store.saveFetchState(okState(prev, url, via, res, hash, everyMs));
  }
  let error: string | null = null;
  let complete = true;
  try {
    // false: some of it is left for later (an item link that failed for now, or a stop).
    complete = (await use(res)) !== false;
    if (!complete) error = 'unfinished: some item links are to be fetched again';
  } catch (err) {
    error = (err as Error).message.startsWith(url) ? (err as Error).message : `${url}: ${(err as Error).message}`;
    note(ctx, url, error);
  }
  // Stopped half way: nothing saved, so the next run does this URL again in full.
  if (!complete && ctx.signal?.aborted) return;
  await ctx.store.saveFetchState(okState(prev, url, via, res, hash, everyMs, error));
}

/** Fetches a feed's item link unless it was handled for good before; 'later' when it is left for a later round. */
async function pollItem(ctx: Ctx, url: string, via: string, everyMs: number): Promise<'before' | 'done' | 'later'> {
  const before = await ctx.store.fetchState(url);
  if (before?.done) return 'before';
  if (before?.nextAt && before.nextAt > new Date().toISOString()) return 'later';
  await poll(ctx, url, via, everyMs, async (res) => {
    ctx.report.pages++;
    const read = readSource({ bytes: res.body, url: res.url, contentType: res.contentType, fetchedAt: res.fetchedAt });
    // A feed's item is a page; a page of links there (a feed of feeds) is not followed further.
    if (read.kind === 'articles') await storeArticles(ctx, read.articles, res.url);
    else note(ctx, url, `${url}: a feed item that is itself a list of links; not followed`);
  });
  return (await ctx.store.fetchState(url))?.done ? 'done' : 'later';
}

async function pollSource(ctx: Ctx, src: WatchSource): Promise<void> {
  const prev = await ctx.store.fetchState(src.url);
  if (!ctx.force && prev?.nextAt && prev.nextAt > new Date().toISOString()) { ctx.report.notDue++; return; }
  await poll(ctx, src.url, null, src.everyMs, async (res) => {
    const read = readSource({ bytes: res.body, url: res.url, contentType: res.contentType, fetchedAt: res.fetchedAt });
    if (read.kind === 'articles') { ctx.report.pages++; return storeArticles(ctx, read.articles, res.url); }
    let fetched = 0;
    let complete = true;
    for (const link of new Set(read.links.map((l) => l.url))) {
      if (ctx.signal?.aborted || fetched >= (ctx.maxItems ?? 100)) return false;
      const r = await pollItem(ctx, link, src.url, src.everyMs);
      if (r !== 'before') fetched++;
      if (r === 'later') complete = false;
    }
    return complete;
  });
}

/** Polls every due source once; never throws for a bad source, page or feed (see `issues`). */
export async function watchRound(sources: WatchSource[], opts: RoundOptions): Promise<RoundReport> {
  const ctx: Ctx = { ...opts, report: newReport() };
  for (const src of sources) {
    if (opts.signal?.aborted) break;
    ctx.report.sources++;
    await pollSource(ctx, src);
  }
  return ctx.report;
}

/** When the next source falls due (ms from now, 0 if one is due already). */
export async function nextDueMs(sources: WatchSource[], store: Store): Promise<number> {
  let soonest = Infinity;
  for (const s of sources) {
    const st = await store.fetchState(s.url);
    const at = st?.nextAt ? Date.parse(st.nextAt) - Date.now() : 0;
    soonest = Math.min(soonest, Math.max(0, at));
  }
  return soonest === Infinity ? 0 : soonest;
}
