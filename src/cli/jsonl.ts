import { createInterface } from 'node:readline';
import { z } from 'zod';

/**
 * Reads JSON Lines from `input`, answers each with exactly one output line in the same order.
 * A line that is not valid JSON or fails the schema gets an output line with an `error` field
 * (and the id when it can be read), so one bad record never stops or shifts the batch.
 */
export async function mapJsonLines<S extends z.ZodType>(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  schema: S,
  answer: (record: z.infer<S>) => object,
  empty: (id: string | null, error: string) => object,
): Promise<{ ok: number; failed: number }> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let ok = 0;
  let failed = 0;
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let out: object;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      failed++;
      output.write(`${JSON.stringify(empty(null, `line ${n}: not JSON`))}\n`);
      continue;
    }
    const parsed = schema.safeParse(raw);
    const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : null;
    if (!parsed.success) {
      failed++;
      out = empty(id, `line ${n}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    } else {
      try {
        out = answer(parsed.data);
        ok++;
      } catch (err) {
        failed++;
        out = empty(id, `line ${n}: ${(err as Error).message}`);
      }
    }
    if (!output.write(`${JSON.stringify(out)}\n`)) await new Promise((r) => output.once('drain', r));
  }
  return { ok, failed };
}
