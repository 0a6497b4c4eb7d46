/**
 * The list `sitrep watch` polls. Two forms:
 *
 *   # a text file: one URL a line, an optional interval after it; # starts a comment
 *   https://example.org/world/rss.xml   15m
 *   https://example.org/briefing.html
 *
 *   { "every": "30m", "sources": ["https://example.org/rss.xml", { "url": "https://…", "every": "2h" }] }
 *
 * Feeds and pages are told apart by what they hold, not by how they are listed. Intervals are
 * a number and a unit (s, m, h, d); below a minute is refused, as polling faster is not polite.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const DEFAULT_EVERY_MS = 30 * 60_000;
export const MIN_EVERY_MS = 60_000;

export interface WatchSource { url: string; everyMs: number }

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export function parseInterval(v: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$/i.exec(v);
  return m ? Number(m[1]) * UNITS[m[2]!.toLowerCase()]! : null;
}

const interval = z.string().transform((v, ctx) => {
  const ms = parseInterval(v);
  if (ms === null) ctx.addIssue({ code: 'custom', message: `"${v}" is not an interval (e.g. 90s, 15m, 2h, 1d)` });
  else if (ms < MIN_EVERY_MS) ctx.addIssue({ code: 'custom', message: `"${v}" is shorter than a minute; poll less often` });
  return ms ?? 0;
});

const url = z.string().trim().refine((v) => {
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
}, 'not an http(s) URL').transform((v) => new URL(v).href);

const Entry = z.union([url, z.object({ url, every: interval.optional() }).strict()]);
export const SourcesJson = z.union([
  z.array(Entry),
  z.object({ every: interval.optional(), sources: z.array(Entry) }).strict(),
]);

export class SourcesFileError extends Error {}

function fromJson(text: string, file: string): WatchSource[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new SourcesFileError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  const r = SourcesJson.safeParse(json);
  if (!r.success) throw new SourcesFileError(`${file}: ${r.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ')}`);
  const body = Array.isArray(r.data) ? { every: undefined, sources: r.data } : r.data;
  const every = body.every ?? DEFAULT_EVERY_MS;
  return body.sources.map((e) => (typeof e === 'string' ? { url: e, everyMs: every } : { url: e.url, everyMs: e.every ?? every }));
}

function fromLines(text: string, file: string): WatchSource[] {
  const out: WatchSource[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const [u, every, ...rest] = line.split(/\s+/);
    const parsed = z.object({ url, every: interval.optional() }).safeParse({ url: u, every });
    if (rest.length) problems.push(`line ${i + 1}: expected a URL and at most an interval, found ${rest.length} more word(s)`);
    else if (!parsed.success) problems.push(`line ${i + 1}: ${parsed.error.issues.map((x) => x.message).join('; ')}`);
    else out.push({ url: parsed.data.url, everyMs: parsed.data.every ?? DEFAULT_EVERY_MS });
  });
  if (problems.length) throw new SourcesFileError(`${file}: ${problems.join('; ')}`);
  return out;
}

/** The sources a file lists, validated; throws SourcesFileError naming the file (and line). */
export function parseSources(text: string, file = 'sources'): WatchSource[] {
  const sources = /^\s*[[{]/.test(text) ? fromJson(text, file) : fromLines(text, file);
  if (!sources.length) throw new SourcesFileError(`${file}: lists no sources`);
  const seen = new Set<string>();
  for (const s of sources) {
    if (seen.has(s.url)) throw new SourcesFileError(`${file}: ${s.url} is listed twice`);
    seen.add(s.url);
  }
  return sources;
}

export function readSourcesFile(path: string): WatchSource[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new SourcesFileError(`${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  return parseSources(text, path);
}
