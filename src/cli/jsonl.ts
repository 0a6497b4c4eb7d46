import { z } from 'zod';
import { parseJsonLine, readLines, MAX_JSONL_LINE_BYTES } from '../ingest/index.js';

/**
 * Reads JSON Lines from `input`, answers each with exactly one output line in the same order.
 * A line that is too long, not UTF-8, not valid JSON or fails the schema gets an output line
 * with an `error` field (and the id when it can be read), so one bad record never stops or
 * shifts the batch. The bytes are read by the one reader every JSONL command shares
 * (src/ingest/lines.ts): BOM, line cap and encoding rules are the same as `ingest`'s.
 */
export async function mapJsonLines<S extends z.ZodType>(
  input: AsyncIterable<Buffer | string>,
  output: NodeJS.WritableStream,
  schema: S,
  answer: (record: z.infer<S>) => object,
  empty: (id: string | null, error: string) => object,
  maxLineBytes = MAX_JSONL_LINE_BYTES,
): Promise<{ ok: number; failed: number }> {
  let ok = 0;
  let failed = 0;
  for await (const line of readLines(input, maxLineBytes)) {
    if (line.ok && !line.text.trim()) continue;
    const out = answerLine(line, schema, answer, empty);
    if ('error' in out) failed++;
    else ok++;
    if (!output.write(`${JSON.stringify(out)}\n`)) await new Promise((r) => output.once('drain', r));
  }
  return { ok, failed };
}

type LineIn = { n: number; ok: true; text: string } | { n: number; ok: false; error: string };

function answerLine<S extends z.ZodType>(line: LineIn, schema: S, answer: (record: z.infer<S>) => object, empty: (id: string | null, error: string) => object): object {
  if (!line.ok) return empty(null, `line ${line.n}: ${line.error}`);
  const json = parseJsonLine(line.text);
  if (!json.ok) return empty(null, `line ${line.n}: ${json.error}`);
  const raw = json.value;
  const rawId = raw !== null && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  const id = typeof rawId === 'string' ? rawId : typeof rawId === 'number' ? String(rawId) : null;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return empty(id, `line ${line.n}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ')}`);
  try {
    return answer(parsed.data);
  } catch (err) {
    return empty(id, `line ${line.n}: ${(err as Error).message}`);
  }
}
