import { z } from 'zod';
import { extractArticle } from '../pipeline.js';
import { mapJsonLines } from './jsonl.js';
import { toOutputRecord } from './output.js';

export const ExtractInput = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  title: z.string().nullish().transform((v) => v ?? null),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'published must be YYYY-MM-DD').nullish().transform((v) => (v ? v.slice(0, 10) : null)),
});

/** `sitrep extract --jsonl`: one line of places, claims and events per input article. */
export function runExtractJsonl(input: NodeJS.ReadableStream, output: NodeJS.WritableStream) {
  return mapJsonLines(input, output, ExtractInput, (a) => toOutputRecord(extractArticle(a)), (id, error) => ({ id, error, places: [], claims: [], events: [] }));
}
