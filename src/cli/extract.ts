import { extractArticles } from '../pipeline.js';
import { ArticleInput } from '../ingest/index.js';
import { mapJsonLines } from './jsonl.js';
import { toOutputRecord } from './output.js';

/** The evaluator's input: ingest's article fields and caps; an empty text gets empty results. */
export const ExtractInput = ArticleInput;

/** `sitrep extract --jsonl`: one line of places, claims and events per input article, extracted in batches. */
export function runExtractJsonl(input: AsyncIterable<Buffer | string>, output: NodeJS.WritableStream, maxLineBytes?: number) {
  return mapJsonLines(input, output, ExtractInput, (articles) => extractArticles(articles).map(asOutput), (id, error) => ({ id, error, places: [], claims: [], events: [] }), maxLineBytes);
}

function asOutput(x: ReturnType<typeof extractArticles>[number]): object | Error {
  if (x instanceof Error) return x;
  try {
    return toOutputRecord(x);
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}
