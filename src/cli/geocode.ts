/**
 * `sitrep geocode --jsonl`: resolution of given place spans (see shared eval OUTPUT.md).
 * One output line per input line, same order and id; a bad line gives an "error" field and
 * nulls instead of stopping the run.
 */
import { z } from 'zod';
import { lookupAirport, lookupPlace, resolveSpans } from '../places/index.ts';
import { ArticleInput, MAX_JSONL_LINE_BYTES, readLines } from '../ingest/index.ts';
import type { ResolvedPlace } from '../types.ts';

/** Spans per line: a place mention is a few words, so more than this is not a list of mentions. */
export const MAX_SPANS = 10_000;

const InputLine = z.object({
  id: ArticleInput.shape.id,
  text: ArticleInput.shape.text,
  title: ArticleInput.shape.title.optional(),
  spans: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })).max(MAX_SPANS),
});

interface OutPlace { start: number | null; end: number | null; lat: number | null; lon: number | null; geonameid: number | null; country: string | null; admin1: string | null; confidence?: number | null; error?: string }

const empty = (s: { start?: unknown; end?: unknown }): OutPlace => ({
  start: typeof s.start === 'number' ? s.start : null, end: typeof s.end === 'number' ? s.end : null,
  lat: null, lon: null, geonameid: null, country: null, admin1: null, confidence: null,
});

/** A field of a parsed JSON value, if it is an object. */
const field = (v: unknown, k: string): unknown => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined);

export function geocodeLine(line: string): Record<string, unknown> {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    return { id: null, places: [], error: `invalid JSON: ${(e as Error).message}` };
  }
  const parsed = InputLine.safeParse(raw);
  const spansField = field(raw, 'spans');
  const rawSpans: unknown[] = Array.isArray(spansField) ? spansField : [];
  const rawId = field(raw, 'id');
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : null;
  if (!parsed.success) {
    return { id, places: rawSpans.map((s) => empty({ start: field(s, 'start'), end: field(s, 'end') })), error: `invalid input: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
  }
  const { text, spans } = parsed.data;
  try {
    const ok = spans.map((s) => s.start < s.end && s.end <= text.length);
    const resolved = resolveSpans(text, spans.filter((_, k) => ok[k]));
    let r = 0;
    // A span outside the text is answered, not silently nulled: the caller's offsets are wrong.
    const places: OutPlace[] = spans.map((s, k) => {
      if (!ok[k]) return { ...empty(s), error: `span ${s.start}–${s.end} is not within the text (0–${text.length}, start < end)` };
      const p = resolved[r++];
      return p ? { start: s.start, end: s.end, lat: p.lat, lon: p.lon, geonameid: p.geonameid, country: p.country, admin1: p.admin1, confidence: p.confidence ?? null } : empty(s);
    });
    const bad = places.flatMap((p, k) => (p.error ? [k] : []));
    return bad.length
      ? { id: parsed.data.id, places, error: `span${bad.length > 1 ? 's' : ''} ${bad.slice(0, 10).join(', ')}${bad.length > 10 ? ' …' : ''} outside the text; see each place's error` }
      : { id: parsed.data.id, places };
  } catch (e) {
    return { id: parsed.data.id, places: spans.map(empty), error: `geocode failed: ${(e as Error).message}` };
  }
}

/** Through the one JSONL reader (src/ingest/lines.ts): the same BOM, cap and UTF-8 rules as extract and ingest. */
export async function runGeocodeJsonl(input: AsyncIterable<Buffer | string>, output: NodeJS.WritableStream, maxLineBytes = MAX_JSONL_LINE_BYTES): Promise<void> {
  for await (const line of readLines(input, maxLineBytes)) {
    if (line.ok && !line.text.trim()) continue;
    const answer = line.ok ? geocodeLine(line.text) : { id: null, places: [], error: `line ${line.n}: ${line.error}` };
    const ok = output.write(JSON.stringify(answer) + '\n');
    if (!ok) await new Promise((res) => output.once('drain', res));
  }
}

/** `sitrep geocode NAME...`: each name looked up on its own; a three- or four-capital code is tried as an airport first. */
export function lookupNames(names: string[], country: string | null): { name: string; place: ResolvedPlace | null }[] {
  return names.map((name) => {
    const code = /^[A-Z0-9]{3,4}$/.test(name.trim()) ? lookupAirport(name) : null;
    return { name, place: code ?? lookupPlace(name, { country }) };
  });
}
