/**
 * The ingest stage: files → articles → extraction → store, one transaction per article; new
 * articles are extracted in batches (batch.ts), decided and stored in input order.
 * Articles already stored (same content hash) are skipped before extraction, so re-ingesting
 * a corpus costs a hash per article and stores nothing new. A copy of a stored article (the
 * same text from another URL or file, or a near-duplicate: wire copy, new ad block; see
 * duplicates.ts) is linked to it as one more source and adds no claims.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Article, Extraction } from '../types.js';
import type { Store, StoredDocument } from '../store/index.js';
import { extractArticles } from '../pipeline.js';
import { BATCH_ARTICLES, IngestBatch, oneByOne, type ExtractBatch } from './batch.js';
import { contentHash } from './hash.js';
import { readSource, type IngestIssue } from './sources.js';
import { textBands } from './duplicates.js';
import { PIPELINE_VERSION, type IngestOutcome } from './store-article.js';
export { displaySource, ingestArticle, PIPELINE_VERSION, type IngestOutcome } from './store-article.js';

export { contentHash, normaliseText } from './hash.js';
export { MAX_TEXT_FILE_BYTES, MAX_TEXT_CHARS, MAX_TITLE_CHARS, ArticleInput, type IngestIssue } from './sources.js';
export { readLines, parseJsonLine, MAX_JSONL_LINE_BYTES, type Line } from './lines.js';
export { htmlToText, looksLikeHtml } from './html.js';
export { copyVerdict, findCopy, textBands, MAX_NOVEL, type CopyVerdict } from './duplicates.js';
export * from './formats/index.js';
export { toArticle } from './web.js';
export * from './fetch/index.js';

/** Files a directory contributes: text dumps, JSON Lines, saved pages, feeds, sitemaps, Telegram exports; found recursively. */
const INGESTIBLE = /\.(txt|text|html?|xhtml|jsonl|ndjson|xml|rss|atom|json)$/i;

export interface IngestOptions {
  /** Replaceable for tests; extraction article by article (extractBatch wins when both are given). */
  extract?: (article: Article) => Extraction;
  /** Replaceable for the bench; defaults to the whole pipeline over batches of new articles (batch.ts). */
  extractBatch?: ExtractBatch;
  /** New articles extracted together at most (batch.ts; 1: each article extracted and stored before the next is read). */
  batchSize?: number;
  /** Re-run extraction on articles already stored, as a new run (old rows kept, superseded). */
  reextract?: boolean;
  /** Called with the bytes of each article handled (stored, skipped or failed). */
  onProgress?: (bytes: number) => void;
  onIssue?: (issue: IngestIssue) => void;
}

export interface IngestReport {
  files: number;
  /** Files that contributed nothing but an error. */
  failedFiles: string[];
  articles: number;
  added: number;
  /** Articles whose text was already stored (from any source). */
  duplicates: number;
  /** Of those and others: copies linked to a stored document as a further source (exact or near). */
  copies: number;
  /** Links listed by feeds and sitemaps read from files (their pages are fetched by `sitrep watch`). */
  links: number;
  reextracted: number;
  issues: IngestIssue[];
  /** What was read but not kept (refused dates …); not failures. */
  warnings: IngestIssue[];
}

/**
 * Expands directories into their ingestible files (sorted, so runs are repeatable). A
 * directory that cannot be listed is reported through `onIssue` and skipped. `-` is stdin.
 *
 * Symbolic links inside a directory: a link to a file is followed (each real file once, so a
 * link beside its target does not ingest it twice); a link to a directory is reported, not
 * followed (a link back up the tree would loop); a dangling link is reported. None is skipped
 * silently.
 */
export async function expandPaths(paths: string[], onIssue?: (issue: IngestIssue) => void): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = async (file: string) => {
    const real = await realpath(file).catch(() => file);
    if (!seen.has(real)) { seen.add(real); out.push(file); }
  };
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = p !== '-' && (await stat(p)).isDirectory();
    } catch {
      // Reported by the reader, which names the file and the reason.
    }
    if (!isDir) {
      out.push(p);
      continue;
    }
    let entries;
    try {
      entries = await readdir(p, { recursive: true, withFileTypes: true });
    } catch (err) {
      onIssue?.({ file: p, message: `cannot list directory: ${(err as Error).message}` });
      continue;
    }
    const files: string[] = [];
    for (const e of entries) {
      const path = join(e.parentPath, e.name);
      if (e.isFile()) { if (INGESTIBLE.test(e.name)) files.push(path); continue; }
      if (!e.isSymbolicLink()) continue;
      const target = await stat(path).catch(() => null);
      if (!target) onIssue?.({ file: path, message: 'symbolic link to nothing (dangling); skipped' });
      else if (target.isDirectory()) onIssue?.({ file: path, message: 'symbolic link to a directory, not followed (a link may loop); give it as its own argument to ingest it' });
      else if (target.isFile() && INGESTIBLE.test(e.name)) files.push(path);
      else if (target.isFile()) continue;
      else onIssue?.({ file: path, message: 'symbolic link to a device, pipe or socket; skipped' });
    }
    if (!files.length) onIssue?.({ file: p, message: 'directory holds no .txt, .text, .html, .htm, .jsonl, .ndjson, .xml, .rss, .atom or .json files' });
    for (const f of files.sort()) await add(f);
  }
  return out;
}

/** Bands for documents stored before they were kept, so new copies of them are found too (once per store). */
async function bandOldDocuments(store: Store): Promise<void> {
  for (let page = await store.unbandedDocuments(500); page.length; page = await store.unbandedDocuments(500)) {
    for (const d of page) await store.addBands(d.id, textBands(d.text));
  }
}

/** Ingests files into `store`; never throws for a bad file or record — see `issues`. */
export async function ingestFiles(paths: string[], store: Store, opts: IngestOptions = {}): Promise<IngestReport> {
  const extract = opts.extractBatch ?? (opts.extract ? oneByOne(opts.extract) : extractArticles);
  const report: IngestReport = { files: 0, failedFiles: [], articles: 0, added: 0, duplicates: 0, copies: 0, links: 0, reextracted: 0, issues: [], warnings: [] };
  const note = (i: IngestIssue) => { (i.warning ? report.warnings : report.issues).push(i); opts.onIssue?.(i); };
  const files = await expandPaths(paths, (i) => { note(i); report.failedFiles.push(i.file); });
  await bandOldDocuments(store);
  const batch = new IngestBatch(store, extract, !!opts.reextract, opts.batchSize);
  for (const file of files) {
    report.files++;
    let fileArticles = 0;
    for await (const item of readSource(file)) {
      if (item.kind === 'links') { report.links += item.count; continue; }
      if (item.kind === 'issue') {
        // Noted in input order, after the articles read before it are stored (or have failed).
        batch.then(() => note(item.issue));
        if (item.fatal && !fileArticles) report.failedFiles.push(file);
        continue;
      }
      fileArticles++;
      report.articles++;
      const { article } = item;
      await batch.add(article, file, (r) => {
        if ('error' in r) note({ file, message: `article ${article.id}: ${r.error.message}` });
        else count(report, r.outcome);
        opts.onProgress?.(item.bytes);
      });
    }
  }
  await batch.flush();
  return report;
}

function count(report: IngestReport, outcome: IngestOutcome): void {
  if (outcome === 'added') report.added++;
  else if (outcome === 'reextracted') report.reextracted++;
  else {
    // A copy is also text already stored (in substance): counted under both.
    report.duplicates++;
    if (outcome === 'copy') report.copies++;
  }
}

/**
 * Re-runs extraction over every stored document, keeping earlier runs as history. Documents are
 * extracted BATCH_ARTICLES at a time (extractArticles) and their runs stored in order; an
 * extraction that fails stops the re-extraction there, the documents before it re-extracted.
 */
export async function reextractStored(store: Store, extract?: (a: Article) => Extraction): Promise<number> {
  const extractBatch = extract ? oneByOne(extract) : extractArticles;
  let n = 0;
  let held: StoredDocument[] = [];
  const storeHeld = async () => {
    // The stored title and date may have come from the first extraction; start from the raw article.
    const xs = extractBatch(held.map((d) => ({ id: d.articleId, title: d.title, published: d.published, text: d.text, source: d.source })));
    for (const [k, d] of held.entries()) {
      const x = xs[k]!;
      if (x instanceof Error) throw x;
      await store.addRun(d.id, x, PIPELINE_VERSION);
      n++;
    }
    held = [];
  };
  for await (const d of store.documents()) {
    held.push(d);
    if (held.length >= BATCH_ARTICLES) await storeHeld();
  }
  await storeHeld();
  return n;
}
