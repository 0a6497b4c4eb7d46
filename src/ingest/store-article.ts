/**
 * Storing one article as every source does (files, stdin, fetched pages): a stored text or a
 * near copy of one is linked to it as another source, a new text is extracted and stored.
 */
import { readFileSync } from 'node:fs';
import { basename, isAbsolute, relative, sep } from 'node:path';
import type { Article, Extraction } from '../types.js';
import type { SourceRecord, Store } from '../store/index.js';
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

/** Stores one article: new text is extracted; a stored text or a copy of one is linked, not extracted. */
export async function storeArticle(article: Article, file: string, store: Store, extract: (a: Article) => Extraction, reextract: boolean): Promise<Outcome> {
  const hash = contentHash(article.text);
  const origin = sourceRecord(article, file);
  if (!reextract) {
    const existing = await store.documentIdByHash(hash);
    if (existing !== null) {
      const linked = await store.addSource(existing, { ...origin, contentHash: hash, relation: 'exact', similarity: 1 });
      return linked ? 'copy' : 'duplicate';
    }
  }
  const bands = textBands(article.text);
  if (!reextract) {
    const copy = findCopy(article.text, await store.similarDocuments(bands));
    if (copy) {
      const linked = await store.addSource(copy.id, { ...origin, contentHash: hash, relation: 'near', similarity: Math.round(copy.similarity * 1000) / 1000 });
      return linked ? 'copy' : 'duplicate';
    }
  }
  const x = extract(article);
  const r = await store.addExtraction(x, { contentHash: hash, source: origin.source, pipelineVersion: PIPELINE_VERSION, origin, bands });
  if (r.added) return 'added';
  if (!reextract) return 'duplicate';
  await store.addRun(r.documentId, x, PIPELINE_VERSION);
  return 'reextracted';
}

/**
 * Stores one article as `ingest` does (copies linked, not extracted): the entry for sources
 * that are not files, e.g. pages fetched by `sitrep watch` (a fetched SourceArticle becomes an
 * Article with `toArticle`; `source` there is its URL). Throws on a store error.
 */
export async function ingestArticle(article: Article, store: Store, opts: { extract?: (a: Article) => Extraction; reextract?: boolean } = {}): Promise<IngestOutcome> {
  return storeArticle(article, article.source ?? article.meta?.url ?? 'unknown', store, opts.extract ?? extractArticle, !!opts.reextract);
}

