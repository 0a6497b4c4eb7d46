/**
 * Extraction in batches (src/pipeline.ts extractArticles, src/cli/jsonl.ts): a batch only orders
 * the work, so each article comes out exactly as it does alone; one failing article fails alone;
 * the JSONL command answers in input order and never holds a line back waiting for more input.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { z } from 'zod';
import { extractArticle, extractArticles } from '../src/pipeline.ts';
import { mapJsonLines } from '../src/cli/jsonl.ts';
import { runExtractJsonl } from '../src/cli/extract.ts';
import type { Article } from '../src/types.ts';

// Articles of our own writing, of the shapes the stages treat differently.
const ARTICLES: Article[] = [
  { id: 'wire', title: null, published: '2025-04-02', text: 'ODESA, April 2 (Reuters) - Russian forces launched 48 drones at southern Ukraine overnight, and air defences shot down 31 of them over the Mykolaiv region, the air force said.' },
  // Zero-width marks and a fullwidth digit: the text is normalised, then every span is mapped back.
  { id: 'marks', title: 'Strike\u200b on depot', published: '2025-05-10', text: 'Officials in Kharkiv said ３ people were killed and 1\u200b2 injured when a missile hit a fuel depot on Friday.' },
  { id: 'titled', title: 'Airports shut in the south', published: '2025-06-01', text: 'Two airports were closed for several hours after drones were seen near the runways, the aviation authority said.' },
  { id: 'empty', title: null, published: null, text: '' },
  { id: 'talks', title: null, published: '2025-03-03', text: 'The foreign ministers of Armenia and Azerbaijan met in Almaty on Monday and signed a border demarcation agreement.' },
];

test('a batch gives each article exactly the extraction it gets alone', () => {
  const batch = extractArticles(ARTICLES);
  assert.equal(batch.length, ARTICLES.length);
  ARTICLES.forEach((a, i) => assert.deepEqual(batch[i], extractArticle(a), a.id));
  // Not a vacuous comparison: the batch found claims and places in these articles.
  const found = batch.filter((x): x is Exclude<typeof x, Error> => !(x instanceof Error));
  assert.ok(found.some((x) => x.claims.length > 0) && found.some((x) => x.places.length > 0));
});

test('an article whose extraction throws gets its error in its place; the others are extracted', () => {
  const broken = { id: 'broken', title: null, published: null, text: null } as unknown as Article;
  const batch = extractArticles([ARTICLES[0]!, broken, ARTICLES[4]!]);
  assert.ok(batch[1] instanceof Error);
  assert.deepEqual(batch[0], extractArticle(ARTICLES[0]!));
  assert.deepEqual(batch[2], extractArticle(ARTICLES[4]!));
  assert.throws(() => extractArticle(broken));
});

test('extract --jsonl answers every line in order, batching valid records around bad lines', async () => {
  const lines = ARTICLES.map((a) => JSON.stringify(a));
  lines.splice(2, 0, '{not json', JSON.stringify({ id: 'no-text' }));
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.setEncoding('utf8').on('data', (d: string) => { out += d; });
  input.end(`${lines.join('\n')}\n`);
  const tally = await runExtractJsonl(input, output);
  const records = out.trim().split('\n').map((l) => JSON.parse(l) as { id: string | null; error?: string; claims: unknown[] });
  assert.deepEqual(records.map((r) => r.id), ['wire', 'marks', null, 'no-text', 'titled', 'empty', 'talks']);
  assert.ok(records[2]!.error && records[3]!.error);
  assert.deepEqual(tally, { ok: 5, failed: 2 });
});

test('a line piped in alone is answered before the next line arrives', { timeout: 20_000 }, async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  const seen: string[] = [];
  const answered = new Promise<void>((resolve) => output.setEncoding('utf8').on('data', (d: string) => { seen.push(d); resolve(); }));
  const done = mapJsonLines(input, output, z.object({ n: z.number() }), (rs) => rs.map((r) => ({ n: r.n * 2 })), (id, error) => ({ id, error }), undefined, 32);
  input.write('{"n": 1}\n');
  // The batch holds one record and the reader has nothing more: it must not wait for a full batch.
  await answered;
  assert.deepEqual(seen.join('').trim().split('\n').map((l) => JSON.parse(l)), [{ n: 2 }]);
  input.end('{"n": 2}\n{"n": 3}\n');
  await done;
  assert.deepEqual(seen.join('').trim().split('\n').map((l) => JSON.parse(l)), [{ n: 2 }, { n: 4 }, { n: 6 }]);
});

test('answers come in batches of at most the batch size', async () => {
  const sizes: number[] = [];
  const input = new PassThrough();
  const output = new PassThrough().resume();
  input.end(`${Array.from({ length: 10 }, (_, n) => JSON.stringify({ n })).join('\n')}\n`);
  await mapJsonLines(input, output, z.object({ n: z.number() }), (rs) => { sizes.push(rs.length); return rs.map((r) => r); }, (id, error) => ({ id, error }), undefined, 4);
  assert.equal(sizes.reduce((a, b) => a + b, 0), 10);
  assert.ok(sizes.every((s) => s <= 4), String(sizes));
  assert.ok(sizes.some((s) => s > 1), 'lines at hand are answered together');
});
