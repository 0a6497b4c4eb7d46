import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { runGeocodeJsonl } from '../src/cli/geocode.ts';

test('geocode --jsonl: one line out per line in, bad lines give an error and nulls', async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  let got = '';
  output.on('data', (d) => (got += d));
  input.end([
    JSON.stringify({ id: 'a', text: 'Rain in Moscow.', spans: [{ start: 8, end: 14 }] }),
    '{not json',
    JSON.stringify({ id: 'c', text: 'x', spans: [{ start: 'zero', end: 1 }] }),
  ].join('\n') + '\n');
  await runGeocodeJsonl(input, output);
  const lines = got.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 3);
  assert.equal(lines[0].id, 'a');
  assert.equal(lines[0].places[0].geonameid, 524901);
  assert.ok(lines[1].error);
  assert.equal(lines[2].id, 'c');
  assert.ok(lines[2].error);
  assert.equal(lines[2].places[0].lat, null);
});
