import { extractArticle } from '../pipeline.js';
import { ArticleInput } from '../ingest/index.js';
import { mapJsonLines } from './jsonl.js';
import { toOutputRecord } from './output.js';

/** The evaluator's input: ingest's article fields and caps; an empty text gets empty results. */
export const ExtractInput = ArticleInput;

/** `sitrep extract --jsonl`: one line of places, claims and events per input article. */
export function runExtractJsonl(input: AsyncIterable<Buffer | string>, output: NodeJS.WritableStream, maxLineBytes?: number) {
  return mapJsonLines(input, output, ExtractInput, (a) => toOutputRecord(extractArticle(a)), (id, error) => ({ id, error, places: [], claims: [], events: [] }), maxLineBytes);
}
