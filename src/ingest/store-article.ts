/**
 * Storing one article as every source does (files, stdin, fetched pages): a stored text or a
 * near copy of one is linked to it as another source, a new text is extracted and stored.
 */
import { readFileSync } from 'node:fs';
import { basename, isAbsolute, relative, sep } from 'node:path';
import type { Article, Extraction } from '../types.js';
import type { LinkedSource, SourceRecord, Store } from '../store/index.js';
import { extractArticle } from '../pipeline.js';
import { contentHash } from './hash.js';
import { findCopy, textBands } from './duplicates.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
/** Kept with every extraction run, so history says which code produced a row. */
export const PIPELINE_VERSION = `sitrep@${pkg.version}`;

/**
 * How a document's source is stored and shown: relative to the working folder when the file
 * is inside it ("news/a.txt"), else the file's name. The store is served over HTTP and shared;
 * an absolute path would tell every reader how the machine's disk is laid out.
 */
export function displaySource(path: string, cwd = process.cwd()): string {
  if (path === '-') return 'stdin';
  // A fetched page's source is its URL, shown as it is (without credentials: see formats/meta.ts).
  if (/^https?:\/\//i.test(path)) return path;
  const rel = relative(cwd, path);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  return basename(path);
}

/** An article's source as stored: its file as shown (never an absolute path) and what it said of itself. */
function sourceRecord(article: Article, file: string): SourceRecord {
  return { source: displaySource(article.source ?? file), ...article.meta };
}

/** What became of an article: stored and extracted, already stored, linked as a copy, or re-extracted. */
export type IngestOutcome = 'added' | 'duplicate' | 'copy' | 'reextracted';
type Outcome = IngestOutcome;

/**
 * What storing an article comes to, decided before any extraction: link it to a stored document
 * (the same text, or a near copy of one), or extract it and store it as a document.
 */
export type StoreDecision =
  | { kind: 'link'; documentId: number; source: Omit<LinkedSource, 'addedAt'> }
  | { kind: 'extract'; article: Article; hash: string; origin: SourceRecord; bands: string[] };

/**
 * Decides how an article is stored, reading the store only. `waitFor` is asked before the store
 * is read for copies, with the article's hash and then its bands: a batch (batch.ts) stores the
 * articles it holds first when one of them could be the article's original, so every article is
 * decided against exactly the documents stored before it, as when each is stored at once.
 */
export async function decideStore(article: Article, file: string, store: Store, reextract: boolean, waitFor: (keys: readonly string[]) => Promise<void> = async () => {}): Promise<StoreDecision> {
  const hash = contentHash(article.text);
  const origin = sourceRecord(article, file);
  if (!reextract) {
    await waitFor([hash]);
    const existing = await store.documentIdByHash(hash);
    if (existing !== null) return { kind: 'link', documentId: existing, source: { ...origin, contentHash: hash, relation: 'exact', similarity: 1 } };
  }
  const bands = textBands(article.text);
  if (!reextract) {
    await waitFor(bands);
    const copy = findCopy(article.text, await store.similarDocuments(bands));
    if (copy) return { kind: 'link', documentId: copy.id, source: { ...origin, contentHash: hash, relation: 'near', similarity: Math.round(copy.similarity * 1000) / 1000 } };
  }
  return { kind: 'extract', article, hash, origin, bands };
}

/** Carries out a decision; `x` is the extraction of an article to extract (unused for a link). */
export async function storeDecided(d: StoreDecision, x: Extraction | null, store: Store, reextract: boolean): Promise<Outcome> {
  if (d.kind === 'link') return (await store.addSource(d.documentId, d.source)) ? 'copy' : 'duplicate';
  if (!x) throw new Error(`article ${d.article.id}: no extraction to store`);
  const r = await store.addExtraction(x, { contentHash: d.hash, source: d.origin.source, pipelineVersion: PIPELINE_VERSION, origin: d.origin, bands: d.bands });
  if (r.added) return 'added';
  if (!reextract) return 'duplicate';
  await store.addRun(r.documentId, x, PIPELINE_VERSION);
  return 'reextracted';
}

/** Stores one article: new text is extracted; a stored text or a copy of one is linked, not extracted. */
export async function storeArticle(article: Article, file: string, store: Store, extract: (a: Article) => Extraction, reextract: boolean): Promise<Outcome> {
  const d = await decideStore(article, file, store, reextract);
  return storeDecided(d, d.kind === 'extract' ? extract(article) : null, store, reextract);
}

/**
 * Stores one article as `ingest` does (copies linked, not extracted): the entry for sources
 * that are not files, e.g. pages fetched by `sitrep watch` (a fetched SourceArticle becomes an
 * Article with `toArticle`; `source` there is its URL). Throws on a store error.
 */
export async function ingestArticle(article: Article, store: Store, opts: { extract?: (a: Article) => Extraction; reextract?: boolean } = {}): Promise<IngestOutcome> {
  return storeArticle(article, article.source ?? article.meta?.url ?? 'unknown', store, opts.extract ?? extractArticle, !!opts.reextract);
}

