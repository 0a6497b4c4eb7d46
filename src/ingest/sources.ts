/**
 * Reads input files into articles. A text file is a dump of one or many articles (split by
 * `splitDump`); a `.jsonl`/`.ndjson` file holds one `{id, text, title, published}` per line and
 * is streamed, so its size is bounded by the disk, not by memory.
 *
 * Every problem is reported as an `IngestIssue` naming the file (and line), never thrown:
 * one bad file or line must not stop the rest of a batch.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { z } from 'zod';
import type { Article } from '../types.js';
import { splitDump } from './dump.js';

/** A text dump is read whole; beyond this it is refused rather than risk the process's memory. */
export const MAX_TEXT_FILE_BYTES = 50 * 1024 * 1024;
/** One JSONL record is held whole while it is parsed. */
export const MAX_JSONL_LINE_BYTES = 16 * 1024 * 1024;

export interface IngestIssue {
  file: string;
  line?: number;
  message: string;
}

/** What a source yields: an article with where it came from, or an issue. */
export type SourceItem =
  | { kind: 'article'; article: Article; bytes: number }
  | { kind: 'issue'; issue: IngestIssue; fatal: boolean };

export const ArticleLine = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  text: z.string().refine((t) => t.trim().length > 0, 'text is empty'),
  title: z.string().nullish().transform((v) => v ?? null),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'published must start YYYY-MM-DD').nullish()
    .transform((v) => (v ? v.slice(0, 10) : null)),
});

export function isJsonLines(path: string): boolean {
  return ['.jsonl', '.ndjson'].includes(extname(path).toLowerCase());
}

const issue = (file: string, message: string, line?: number): SourceItem =>
  ({ kind: 'issue', issue: line === undefined ? { file, message } : { file, line, message }, fatal: line === undefined });

const why = (err: unknown): string => {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (e.code === 'EISDIR') return 'is a directory';
  return e.message ?? String(err);
};

/** Decodes bytes as UTF-8, refusing binary (NUL bytes) and invalid sequences. */
export function decodeUtf8(bytes: Uint8Array, decoder = new TextDecoder('utf-8', { fatal: true }), stream = false): string {
  if (bytes.includes(0)) throw new Error('binary data (NUL bytes), not text');
  try {
    return decoder.decode(bytes, { stream });
  } catch {
    throw new Error('not valid UTF-8 text; convert it to UTF-8 first');
  }
}

/** Articles of a text dump: ids are `<file name>#<n>`, dates come later from each dateline. */
export async function* readTextDump(path: string): AsyncGenerator<SourceItem> {
  let text: string;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return yield issue(path, 'is a directory');
    if (info.size > MAX_TEXT_FILE_BYTES) {
      return yield issue(path, `too large (${(info.size / 1048576).toFixed(0)} MB; a text dump may hold at most ${MAX_TEXT_FILE_BYTES / 1048576} MB — split it, or use JSON Lines)`);
    }
    text = decodeUtf8(await readFile(path));
  } catch (err) {
    return yield issue(path, why(err));
  }
  const spans = splitDump(text);
  if (!spans.length) return yield issue(path, 'empty: no article text');
  let n = 0;
  for (const s of spans) {
    const body = text.slice(s.start, s.end);
    n++;
    yield {
      kind: 'article',
      bytes: Buffer.byteLength(body),
      article: { id: `${basename(path)}#${n}`, title: null, published: null, text: body, source: path },
    };
  }
}

/**
 * Lines of a file as bytes, with their numbers. Splitting bytes at "\n" is safe for UTF-8 (0x0A
 * never occurs inside a multi-byte sequence), so each line is decoded on its own and a bad
 * line is that line's problem, not the file's.
 */
async function* byteLines(path: string): AsyncGenerator<{ n: number; bytes: Buffer }> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let n = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, from)) {
      const piece = chunk.subarray(from, nl);
      yield { n: ++n, bytes: pending.length ? Buffer.concat([...pending, piece]) : piece };
      pending = [];
      pendingLength = 0;
      from = nl + 1;
    }
    if (from < chunk.length) {
      pending.push(chunk.subarray(from));
      pendingLength += chunk.length - from;
      if (pendingLength > MAX_JSONL_LINE_BYTES) throw new Error(`line ${n + 1}: longer than ${MAX_JSONL_LINE_BYTES / 1048576} MB`);
    }
  }
  if (pendingLength) yield { n: ++n, bytes: Buffer.concat(pending) };
}

/** Articles of a JSON Lines file; a bad line is an issue and the next line goes on. */
export async function* readJsonLines(path: string): AsyncGenerator<SourceItem> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let articles = 0;
  let lines = 0;
  try {
    for await (const { n, bytes } of byteLines(path)) {
      let line: string;
      try {
        line = decodeUtf8(bytes, decoder);
      } catch (err) {
        lines++;
        yield issue(path, (err as Error).message, n);
        continue;
      }
      if (!line.trim()) continue;
      lines++;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch {
        yield issue(path, 'not JSON', n);
        continue;
      }
      const parsed = ArticleLine.safeParse(raw);
      if (!parsed.success) {
        yield issue(path, parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; '), n);
        continue;
      }
      articles++;
      yield { kind: 'article', bytes: bytes.length + 1, article: { ...parsed.data, source: path } };
    }
  } catch (err) {
    // An unreadable file or an overlong line ends this file; what was read before stays in.
    return yield issue(path, why(err));
  }
  if (!lines) yield issue(path, 'empty: no JSON lines');
  else if (!articles) yield issue(path, 'no valid article lines');
}

export function readSource(path: string): AsyncGenerator<SourceItem> {
  return isJsonLines(path) ? readJsonLines(path) : readTextDump(path);
}
