import { z } from 'zod';
import { parseJsonLine, readLines, MAX_JSONL_LINE_BYTES } from '../ingest/index.js';

/** Records answered together at most (src/pipeline.ts extractArticles: a stage's data stays hot over a batch). */
export const JSONL_BATCH = 64;
// And at most this many characters of input per batch, so a few huge records are not held together.
const JSONL_BATCH_CHARS = 4_000_000;

/**
 * Reads JSON Lines from `input`, answers each with exactly one output line in the same order.
 * A line that is too long, not UTF-8, not valid JSON or fails the schema gets an output line
 * with an `error` field (and the id when it can be read), so one bad record never stops or
 * shifts the batch. The bytes are read by the one reader every JSONL command shares
 * (src/ingest/lines.ts): BOM, line cap and encoding rules are the same as `ingest`'s.
 *
 * Valid records are answered in batches (`answer` gets up to `batch` of them and gives one answer
 * or Error each), but a batch never waits on input: the lines already read are answered as soon
 * as the reader has no next line at hand, so a record piped in alone is answered at once.
 */
export async function mapJsonLines<S extends z.ZodType>(
  input: AsyncIterable<Buffer | string>,
  output: NodeJS.WritableStream,
  schema: S,
  answer: (records: readonly z.infer<S>[]) => Array<object | Error>,
  empty: (id: string | null, error: string) => object,
  maxLineBytes = MAX_JSONL_LINE_BYTES,
  batch = JSONL_BATCH,
): Promise<{ ok: number; failed: number }> {
  const tally = { ok: 0, failed: 0 };
  let pending: Array<ReadLine<z.infer<S>>> = [];
  let chars = 0;
  const flush = async (): Promise<void> => {
    const lines = pending;
    [pending, chars] = [[], 0];
    await writeAnswers(lines, answer, empty, output, tally);
  };
  const lines = readLines(input, maxLineBytes)[Symbol.asyncIterator]();
  for (;;) {
    const next = lines.next();
    if (pending.length && !(await settledAtOnce(next))) await flush();
    const { value: line, done } = await next;
    if (done) break;
    if (line.ok && !line.text.trim()) continue;
    pending.push(readLine(line, schema, empty));
    chars += line.ok ? line.text.length : 0;
    if (pending.length >= batch || chars >= JSONL_BATCH_CHARS) await flush();
  }
  await flush();
  return tally;
}

/** Whether `p` settles before the event loop turns (the reader had the line at hand). */
function settledAtOnce(p: Promise<unknown>): Promise<boolean> {
  return Promise.race([p.then(() => true, () => true), new Promise<boolean>((r) => setImmediate(() => r(false)))]);
}

/** A line read: a record to answer, or the error line it already is. */
type ReadLine<R> = { record: R; id: string | null; n: number } | { out: object };

async function writeAnswers<R>(
  lines: ReadonlyArray<ReadLine<R>>,
  answer: (records: readonly R[]) => Array<object | Error>,
  empty: (id: string | null, error: string) => object,
  output: NodeJS.WritableStream,
  tally: { ok: number; failed: number },
): Promise<void> {
  const records = lines.flatMap((l) => ('record' in l ? [l.record] : []));
  const answers = records.length ? answerAll(answer, records) : [];
  let k = 0;
  for (const l of lines) {
    let out: object;
    if ('out' in l) out = l.out;
    else {
      const a = answers[k++]!;
      out = a instanceof Error ? empty(l.id, `line ${l.n}: ${a.message}`) : a;
    }
    if ('error' in out) tally.failed++;
    else tally.ok++;
    if (!output.write(`${JSON.stringify(out)}\n`)) await new Promise((r) => output.once('drain', r));
  }
}

/** The batch's answers; if answering the batch throws, each record is answered alone, so one bad record fails alone. */
function answerAll<R>(answer: (records: readonly R[]) => Array<object | Error>, records: readonly R[]): Array<object | Error> {
  try {
    return answer(records);
  } catch {
    return records.map((r) => {
      try {
        return answer([r])[0]!;
      } catch (err) {
        return err instanceof Error ? err : new Error(String(err));
      }
    });
  }
}

type LineIn = { n: number; ok: true; text: string } | { n: number; ok: false; error: string };

function readLine<S extends z.ZodType>(line: LineIn, schema: S, empty: (id: string | null, error: string) => object): ReadLine<z.infer<S>> {
  if (!line.ok) return { out: empty(null, `line ${line.n}: ${line.error}`) };
  const json = parseJsonLine(line.text);
  if (!json.ok) return { out: empty(null, `line ${line.n}: ${json.error}`) };
  const raw = json.value;
  const rawId = raw !== null && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  const id = typeof rawId === 'string' ? rawId : typeof rawId === 'number' ? String(rawId) : null;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { out: empty(id, `line ${line.n}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ')}`) };
  return { record: parsed.data, id, n: line.n };
}
