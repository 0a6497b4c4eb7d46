import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractArticle } from '../src/pipeline.js';

// Short news snippets (test/fixtures/events/news-openings.tsv, written for this test): a snippet that
// opens with a quote or a scene-setting summary reports its event first; a summary alone gives no
// event; an armed group opening an office, a base or a post is ACLED Headquarters or base established.
const read = (name: string): [string, string][] => readFileSync(new URL(`./fixtures/events/${name}`, import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t') as [string, string]);

/** The first event's ACLED sub-event type; STATEMENT for an event with none, NONE for no event. */
function firstType(text: string): string {
  const e = extractArticle({ id: 'openings', title: null, published: null, text }).events[0];
  return !e ? 'NONE' : e.acledSubEventType ?? 'STATEMENT';
}

test('openings and bases: each snippet of the fixture gets its first event right', () => {
  const rows = read('news-openings.tsv');
  assert.ok(rows.filter(([k]) => k === 'Headquarters or base established').length >= 10);
  assert.ok(rows.filter(([, t]) => /^["“]|\. /.test(t)).length >= 10, 'ten or more snippets open with a sentence before the event');
  const misses = rows.filter(([want, text]) => firstType(text) !== want).map(([want, text]) => `${want} <- ${text}`);
  assert.deepEqual(misses, []);
});

// Written after the rules were final and never used to change them: only its figure is printed.
test('openings check split: figure only', () => {
  const rows = read('news-openings-check.tsv');
  const right = rows.filter(([want, text]) => firstType(text) === want).length;
  console.log(`news openings check: ${right}/${rows.length}`);
  assert.ok(rows.length >= 15);
});
