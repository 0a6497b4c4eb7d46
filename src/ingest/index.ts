/**
 * The ingest stage: files → articles → extraction → store, one transaction per article.
 * Articles already stored (same content hash) are skipped before extraction, so re-ingesting
 * a corpus costs a hash per article and stores nothing new.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Article, Extraction } from '../types.js';
import type { Store } from '../store/store.js';
import { extractArticle } from '../pipeline.js';
import { contentHash } from './hash.js';
import { readSource, type IngestIssue } from './sources.js';

export { contentHash, normaliseText } from './hash.js';
export { MAX_TEXT_FILE_BYTES, type IngestIssue } from './sources.js';

/** Files a directory contributes: text dumps and JSON Lines, found recursively. */
const INGESTIBLE = /\.(txt|text|jsonl|ndjson)$/i;

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
/** Kept with every extraction run, so history says which code produced a row. */
export const PIPELINE_VERSION = `sitrep@${pkg.version}`;

export interface IngestOptions {
  /** Replaceable for tests and the bench; defaults to the whole pipeline. */
  extract?: (article: Article) => Extraction;
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
  duplicates: number;
  reextracted: number;
  issues: IngestIssue[];
}

/**
 * Expands directories into their ingestible files (sorted, so runs are repeatable). A
 * directory that cannot be listed is reported through `onIssue` and skipped.
 */
export async function expandPaths(paths: string[], onIssue?: (issue: IngestIssue) => void): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
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
    const files = entries.filter((e) => e.isFile() && INGESTIBLE.test(e.name)).map((e) => join(e.parentPath, e.name));
    if (!files.length) onIssue?.({ file: p, message: 'directory holds no .txt, .text, .jsonl or .ndjson files' });
    out.push(...files.sort());
  }
  return out;
}

/**
 * How a document's source is stored and shown: relative to the working folder when the file
 * is inside it ("news/a.txt"), else the file's name. The store is served over HTTP and shared;
 * an absolute path would tell every reader how the machine's disk is laid out.
 */
export function displaySource(path: string, cwd = process.cwd()): string {
  if (path === '-') return 'stdin';
  const rel = relative(cwd, path);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  return basename(path);
}

/** Ingests files into `store`; never throws for a bad file or record — see `issues`. */
export async function ingestFiles(paths: string[], store: Store, opts: IngestOptions = {}): Promise<IngestReport> {
  const extract = opts.extract ?? extractArticle;
  const report: IngestReport = { files: 0, failedFiles: [], articles: 0, added: 0, duplicates: 0, reextracted: 0, issues: [] };
  const note = (i: IngestIssue) => { report.issues.push(i); opts.onIssue?.(i); };
  const files = await expandPaths(paths, (i) => { note(i); report.failedFiles.push(i.file); });
  for (const file of files) {
    report.files++;
    let fileArticles = 0;
    for await (const item of readSource(file)) {
      if (item.kind === 'issue') {
        note(item.issue);
        if (item.fatal && !fileArticles) report.failedFiles.push(file);
        continue;
      }
      fileArticles++;
      report.articles++;
      const { article } = item;
      try {
        const hash = contentHash(article.text);
        if (!opts.reextract && (await store.hasDocument(hash))) {
          report.duplicates++;
        } else {
          const x = extract(article);
          const r = await store.addExtraction(x, { contentHash: hash, source: displaySource(article.source ?? file), pipelineVersion: PIPELINE_VERSION });
          if (r.added) report.added++;
          else if (opts.reextract) { await store.addRun(r.documentId, x, PIPELINE_VERSION); report.reextracted++; }
          else report.duplicates++;
        }
      } catch (err) {
        note({ file, message: `article ${article.id}: ${(err as Error).message}` });
      }
      opts.onProgress?.(item.bytes);
    }
  }
  return report;
}

/** Re-runs extraction over every stored document, keeping earlier runs as history. */
export async function reextractStored(store: Store, extract: (a: Article) => Extraction = extractArticle): Promise<number> {
  let n = 0;
  for await (const d of store.documents()) {
    // The stored title and date may have come from the first extraction; start from the raw article.
    const x = extract({ id: d.articleId, title: d.title, published: d.published, text: d.text, source: d.source });
    await store.addRun(d.id, x, PIPELINE_VERSION);
    n++;
  }
  return n;
}
