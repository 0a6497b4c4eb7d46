import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { runIncidentsJsonl } from '../src/cli/incidents.ts';

test('incidents --jsonl answers every line in order, bad lines in-band, and the batch goes on', async () => {
  const good = readFileSync(new URL('./fixtures/incidents/two-nights.jsonl', import.meta.url), 'utf8').trim().split('\n');
  const input = Readable.from([`${good[0]}\n`, 'not json\n', `${JSON.stringify({ id: 'no-text' })}\n`, ...good.slice(1).map((l) => `${l}\n`)]);
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString()));
  const { ok, failed } = await runIncidentsJsonl(input, output);
  const lines = chunks.join('').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual([ok, failed], [4, 2]);
  assert.deepEqual(lines.map((l) => l.id), ['odesa-may2-a', null, 'no-text', 'odesa-may2-b', 'odesa-may9-a', 'odesa-may9-b']);
  assert.match(String(lines[1]!.error), /line 2: not JSON/);
  assert.match(String(lines[2]!.error), /text/);
  assert.equal(lines[0]!.incident, lines[3]!.incident);
  assert.notEqual(lines[0]!.incident, lines[4]!.incident);
  assert.deepEqual(lines[0]!.killed, { low: 2, best: 2, high: 2 });
});
