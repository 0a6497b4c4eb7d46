/**
 * Every reader of outside input, fed generated hostile input (test/fuzz-corpus.ts): no crash,
 * no hang, memory bounded, and every bad input answered with a clear error — one answer per
 * input line, in order. FUZZ_SEED=n replays a run; FUZZ_SCALE=k multiplies the counts.
 *
 * Readers: the JSONL interface of `extract` (in-process, real extraction), of `geocode`,
 * ingest's JSONL and text/HTML readers, and the HTML text extraction.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { runExtractJsonl } from '../src/cli/extract.ts';
import { runGeocodeJsonl } from '../src/cli/geocode.ts';
import { readJsonLines, readTextDump } from '../src/ingest/sources.ts';
import { htmlToText } from '../src/ingest/html.ts';
import { articleRecord, chunked, hostileHtml, hostileLine, hostileText, int, mulberry32, rawBytes, spanRecord, type Rng } from './fuzz-corpus.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
/** The readers take their line cap as a parameter: a small one here puts the over-cap path in reach. */
const CAP = 4096;
/** Heap growth allowed over a whole run: the readers hold one line (≤ CAP) at a time. */
const HEAP_BUDGET = 256 * 1024 * 1024;
let inputs = 0;

/** Lines joined by "\n", and how many answers they call for (a blank line calls for none). */
function stream(r: Rng, n: number, record: (r: Rng) => unknown): { bytes: Buffer; answers: number } {
  const lines = Array.from({ length: n }, () => hostileLine(r, record, CAP));
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let answers = 0;
  lines.forEach((l, i) => {
    if (l.length > CAP) return void answers++;
    let body = i === 0 && l[0] === 0xef && l[1] === 0xbb && l[2] === 0xbf ? l.subarray(3) : l;
    if (body[body.length - 1] === 13) body = body.subarray(0, -1);
    try {
      if (body.includes(0) || decoder.decode(body).trim()) answers++;
    } catch { answers++; }
  });
  return { bytes: Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')])), answers };
}

function collector(): { out: Writable; lines: () => Record<string, unknown>[] } {
  let text = '';
  const out = new Writable({ write(chunk, _enc, done) { text += chunk; done(); } });
  return { out, lines: () => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

/** Runs `body`, failing if the heap grows past the budget or it takes longer than `ms`. */
async function bounded<T>(ms: number, body: () => Promise<T>): Promise<T> {
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const result = await body();
  const took = performance.now() - t0;
  assert.ok(took < ms, `took ${took.toFixed(0)} ms (budget ${ms})`);
  assert.ok(process.memoryUsage().heapUsed - heap0 < HEAP_BUDGET, 'heap grew past the budget');
  return result;
}

const isAnswered = (l: Record<string, unknown>) => typeof l.error === 'string' ? (l.error as string).length > 10 : true;

test('extract --jsonl (in-process): one answer per line, in order; a bad line has a clear error', { timeout: 120_000 }, async () => {
  const r = mulberry32(SEED);
  const n = 3000 * SCALE;
  const { bytes, answers } = stream(r, n, articleRecord);
  const { out, lines } = collector();
  const result = await bounded(90_000, () => runExtractJsonl(chunked(r, bytes), out, CAP));
  const got = lines();
  assert.equal(got.length, answers, `seed ${SEED}`);
  assert.equal(result.ok + result.failed, answers);
  let previous = 0;
  for (const l of got) {
    assert.ok('id' in l && Array.isArray(l.places) && Array.isArray(l.claims) && Array.isArray(l.events), `shape: ${JSON.stringify(l).slice(0, 200)}`);
    assert.ok(isAnswered(l), String(l.error));
    const m = typeof l.error === 'string' ? /^line (\d+): \S/.exec(l.error) : null;
    if (l.error !== undefined) {
      assert.ok(m, `an error names its line: ${String(l.error)}`);
      assert.ok(Number(m![1]) > previous, 'answers stay in input order');
      previous = Number(m![1]);
    }
  }
  assert.ok(result.failed > n / 10 && result.ok > n / 10, `both paths taken: ${JSON.stringify(result)}`);
  inputs += n;
});

test('geocode --jsonl: one answer per line, a place per span, out-of-range spans answered', { timeout: 60_000 }, async () => {
  const r = mulberry32(SEED + 1);
  const n = 3000 * SCALE;
  const { bytes, answers } = stream(r, n, spanRecord);
  const { out, lines } = collector();
  await bounded(45_000, () => runGeocodeJsonl(chunked(r, bytes), out, CAP));
  const got = lines();
  assert.equal(got.length, answers, `seed ${SEED + 1}`);
  let spanErrors = 0;
  for (const l of got) {
    assert.ok('id' in l && Array.isArray(l.places), `shape: ${JSON.stringify(l).slice(0, 200)}`);
    assert.ok(isAnswered(l), String(l.error));
    for (const p of l.places as Record<string, unknown>[]) if (typeof p.error === 'string') spanErrors++;
  }
  assert.ok(spanErrors > 0, 'out-of-range spans were generated and answered');
  inputs += n;
});

test('ingest JSONL reader: every line is an article or an issue naming its line', { timeout: 60_000 }, async () => {
  const r = mulberry32(SEED + 2);
  const n = 3000 * SCALE;
  const { bytes, answers } = stream(r, n, articleRecord);
  const items = await bounded(30_000, async () => {
    const all = [];
    for await (const item of readJsonLines('-', CAP, chunked(r, bytes))) all.push(item);
    return all;
  });
  const perLine = items.filter((i) => i.kind === 'article' || i.issue.line !== undefined);
  assert.equal(perLine.length, answers, `seed ${SEED + 2}`);
  for (const i of items) {
    if (i.kind === 'article') assert.ok(i.article.text.trim() && !i.article.text.includes('\u0000'), 'an article has text and no NUL');
    else assert.ok(i.issue.message.length > 5, i.issue.message);
  }
  inputs += n;
});

test('ingest text and HTML reader: each input is articles or one clear issue, never a throw', { timeout: 60_000 }, async () => {
  const r = mulberry32(SEED + 3);
  const n = 1000 * SCALE;
  await bounded(30_000, async () => {
    for (let k = 0; k < n; k++) {
      const kind = int(r, 0, 3);
      const body = kind === 0 ? Buffer.from(hostileText(r, 200)) : kind === 1 ? Buffer.from(`<html>${hostileHtml(r)}`)
        : kind === 2 ? rawBytes(r, 2000) : Buffer.alloc(70_000, 0x62);
      const items = [];
      for await (const item of readTextDump('-', 65_536, chunked(r, body))) items.push(item);
      const issues = items.filter((i) => i.kind === 'issue');
      assert.ok(items.length > 0, `input ${k} got no answer`);
      assert.ok(issues.length === 0 || items.length === 1, `input ${k}: an issue is the only answer`);
      for (const i of items) if (i.kind === 'article') assert.ok(!i.article.text.includes('\u0000'), `input ${k}: NUL in an article`);
    }
  });
  inputs += n;
});

test('HTML text extraction: hostile markup never throws, never leaves a tag, stays fast', { timeout: 30_000 }, async () => {
  const r = mulberry32(SEED + 4);
  const n = 1000 * SCALE;
  await bounded(20_000, async () => {
    for (let k = 0; k < n; k++) {
      const html = hostileHtml(r);
      const t0 = performance.now();
      const { text } = htmlToText(html);
      assert.ok(performance.now() - t0 < 200, `input ${k} was slow`);
      assert.ok(!/<script|<style|<\/?p>|<div/i.test(text), `input ${k}: markup left in ${JSON.stringify(text.slice(0, 100))}`);
    }
  });
  inputs += n;
});

test('the run covered at least 10,000 generated inputs', () => {
  assert.ok(inputs >= 10_000 * SCALE, `${inputs} inputs`);
});
