/**
 * Reads input files into articles. A text file is a dump of one or many articles (split by
 * `splitDump`); a `.jsonl`/`.ndjson` file holds one `{id, text, title, published}` per line and
 * is streamed, so its size is bounded by the disk, not by memory.
 *
 * Every problem is reported as an `IngestIssue` naming the file (and line), never thrown:
 * one bad file or line must not stop the rest of a batch.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { z } from 'zod';
import type { Article } from '../types.js';
import { splitDump } from './dump.js';
import { decodeLine, MAX_JSONL_LINE_BYTES, parseJsonLine, readLines } from './lines.js';
import { htmlToText, looksLikeHtml } from './html.js';
import { readWebFile, WEB_SOURCE } from './web.js';

export { MAX_JSONL_LINE_BYTES } from './lines.js';

/** A text dump is read whole; past this many bytes READ (not stat'ed: /dev/zero has size 0) it is refused. */
export const MAX_TEXT_FILE_BYTES = 50 * 1024 * 1024;
/** One article's text and title: past these a record is refused, not stored or extracted. */
export const MAX_TEXT_CHARS = 2_000_000;
export const MAX_TITLE_CHARS = 1000;

export interface IngestIssue {
  file: string;
  line?: number;
  message: string;
  /** Read, but something in it was not kept (a date in the future …): said, not a failure. */
  warning?: boolean;
}

/** What a text or JSONL source yields: an article with where it came from, or an issue. */
export type TextItem =
  | { kind: 'article'; article: Article; bytes: number }
  | { kind: 'issue'; issue: IngestIssue; fatal: boolean };
/** What any source yields: also a feed's count of links (its pages are fetched by `sitrep watch`). */
export type SourceItem = TextItem | { kind: 'links'; file: string; count: number };

/**
 * One article as JSON: the fields every JSONL reader accepts (ingest, extract, the evaluator's
 * interface), with the same caps. `extract` answers an empty text with empty results;
 * `ingest` refuses it, as there is nothing to store.
 */
/** A NUL (even escaped as \u0000) ends strings in C, SQLite's full-text index and terminals: binary, not news. */
const noNul = (s: string) => !s.includes('\u0000');
const NUL_MESSAGE = 'contains NUL characters (\\u0000): binary data, not text';

export const ArticleInput = z.object({
  id: z.union([z.string().min(1).max(1000), z.number()]).transform(String),
  text: z.string().max(MAX_TEXT_CHARS, `text is longer than ${MAX_TEXT_CHARS.toLocaleString('en')} characters; split the article`)
    .refine(noNul, NUL_MESSAGE),
  title: z.string().max(MAX_TITLE_CHARS, `title is longer than ${MAX_TITLE_CHARS} characters`).refine(noNul, NUL_MESSAGE)
    .nullish().transform((v) => v ?? null),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'published must start YYYY-MM-DD').nullish()
    .transform((v) => (v ? v.slice(0, 10) : null)),
});

export const ArticleLine = ArticleInput.extend({
  text: ArticleInput.shape.text.refine((t) => t.trim().length > 0, 'text is empty'),
});

/**
 * Where an ingested JSONL record was published, when it says: kept as the document's source
 * (so copies of it from other URLs are linked to it). Not part of ArticleInput: `extract`
 * answers the same records without it. A malformed value is dropped, not an error.
 */
const RecordSource = z.object({
  url: z.string().max(4096).regex(/^https?:\/\/[^\s]+$/i).optional().catch(undefined),
  outlet: z.string().max(MAX_TITLE_CHARS).refine(noNul).optional().catch(undefined),
});

function recordMeta(value: unknown): Article['meta'] | undefined {
  const r = RecordSource.safeParse(value);
  if (!r.success || (!r.data.url && !r.data.outlet)) return undefined;
  return { ...(r.data.url ? { url: r.data.url } : {}), ...(r.data.outlet ? { outlet: r.data.outlet } : {}) };
}

export function isJsonLines(path: string): boolean {
  return ['.jsonl', '.ndjson'].includes(extname(path).toLowerCase());
}

const issue = (file: string, message: string, line?: number): TextItem =>
  ({ kind: 'issue', issue: line === undefined ? { file, message } : { file, line, message }, fatal: line === undefined });

const why = (err: unknown): string => {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file';
  if (e.code === 'ELOOP') return 'a symbolic link loop';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (e.code === 'EISDIR') return 'is a directory';
  return e.message ?? String(err);
};

/** Decodes bytes as UTF-8, refusing binary (NUL bytes) and invalid sequences. */
export function decodeUtf8(bytes: Uint8Array, decoder = new TextDecoder('utf-8', { fatal: true })): string {
  return decodeLine(bytes, decoder);
}

/** The bytes of `path` (or stdin for '-'), at most `max` of them read: past it, an error. */
async function readCapped(path: string, max: number, stdin?: AsyncIterable<Buffer>): Promise<Buffer> {
  const input = path === '-' ? stdin ?? process.stdin : createReadStream(path, { highWaterMark: 1 << 20 });
  const parts: Buffer[] = [];
  let n = 0;
  for await (const chunk of input as AsyncIterable<Buffer>) {
    n += chunk.length;
    // Checked per chunk: /dev/zero or a binary file is refused at its first megabyte.
    if (chunk.includes(0)) { if (path !== '-') (input as { destroy(): void }).destroy(); throw new Error('binary data (NUL bytes), not text'); }
    if (n > max) {
      if (path !== '-') (input as { destroy(): void }).destroy();
      throw new Error(`too large (more than ${max / 1048576} MB read; a text dump may hold at most ${max / 1048576} MB — split it, or use JSON Lines)`);
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

/** Articles of a text dump (or one HTML page): ids are `<file name>#<n>`, dates come later from each dateline. */
export async function* readTextDump(path: string, maxBytes = MAX_TEXT_FILE_BYTES, stdin?: AsyncIterable<Buffer>): AsyncGenerator<TextItem> {
  let text: string;
  let title: string | null = null;
  try {
    if (path !== '-') {
      const info = await stat(path);
      if (info.isDirectory()) return yield issue(path, 'is a directory');
      // A regular file's size is known: one too large is refused without reading it.
      if (info.isFile() && info.size > maxBytes) {
        return yield issue(path, `too large (${(info.size / 1048576).toFixed(0)} MB; a text dump may hold at most ${maxBytes / 1048576} MB — split it, or use JSON Lines)`);
      }
    }
    text = decodeUtf8(await readCapped(path, maxBytes, stdin));
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (/\.html?$/i.test(path) || looksLikeHtml(text)) ({ text, title } = htmlToText(text));
  } catch (err) {
    return yield issue(path, why(err));
  }
  const spans = splitDump(text);
  if (!spans.length) return yield issue(path, 'empty: no article text');
  let n = 0;
  const name = path === '-' ? 'stdin' : basename(path);
  for (const s of spans) {
    const body = text.slice(s.start, s.end);
    n++;
    yield {
      kind: 'article',
      bytes: Buffer.byteLength(body),
      article: { id: `${name}#${n}`, title, published: null, text: body, source: path },
    };
  }
}

/** Articles of a JSON Lines file (or stdin, '-'); a bad line is an issue and the next line goes on. */
export async function* readJsonLines(path: string, maxLineBytes = MAX_JSONL_LINE_BYTES, stdin?: AsyncIterable<Buffer>): AsyncGenerator<TextItem> {
  let articles = 0;
  let lines = 0;
  try {
    const input = path === '-' ? stdin ?? process.stdin : createReadStream(path, { highWaterMark: 1 << 20 });
    for await (const line of readLines(input as AsyncIterable<Buffer>, maxLineBytes)) {
      if (!line.ok) {
        lines++;
        yield issue(path, line.error, line.n);
        continue;
      }
      if (!line.text.trim()) continue;
      lines++;
      const json = parseJsonLine(line.text);
      if (!json.ok) {
        yield issue(path, json.error, line.n);
        continue;
      }
      const parsed = ArticleLine.safeParse(json.value);
      if (!parsed.success) {
        yield issue(path, parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; '), line.n);
        continue;
      }
      articles++;
      const meta = recordMeta(json.value);
      yield { kind: 'article', bytes: line.bytes, article: { ...parsed.data, source: path, ...(meta ? { meta } : {}) } };
    }
  } catch (err) {
    // An unreadable file ends this file; what was read before stays in.
    return yield issue(path, why(err));
  }
  if (!lines) yield issue(path, 'empty: no JSON lines');
  else if (!articles) yield issue(path, 'no valid article lines');
}

/**
 * Stdin (`-`) has no name to tell its format by: its first byte does. JSON Lines open with
 * "{" (after a BOM or blank space); anything else is a text dump or an HTML page.
 */
async function* readStdin(input: AsyncIterable<Buffer> = process.stdin as AsyncIterable<Buffer>): AsyncGenerator<SourceItem> {
  const it = input[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let first: number | undefined;
  while (first === undefined) {
    const r = await it.next();
    if (r.done) break;
    head.push(r.value);
    const text = r.value.toString('latin1').replace(/^\xef\xbb\xbf/, '');
    const m = /\S/.exec(text);
    if (m) first = text.charCodeAt(m.index);
  }
  const rest: AsyncIterable<Buffer> = { [Symbol.asyncIterator]: () => ({ next: () => (head.length ? Promise.resolve({ done: false as const, value: head.shift()! }) : it.next()) }) };
  // "<": a page or a feed, read as the saved file of one would be.
  yield* first === 0x7b ? readJsonLines('-', MAX_JSONL_LINE_BYTES, rest) : first === 0x3c ? readWebFile('-', rest) : readTextDump('-', MAX_TEXT_FILE_BYTES, rest);
}

export function readSource(path: string): AsyncGenerator<SourceItem> {
  if (path === '-') return readStdin();
  if (isJsonLines(path)) return readJsonLines(path);
  return WEB_SOURCE.test(path) ? readWebFile(path) : readTextDump(path);
}
