import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { classify } from '../src/events/classify.js';

/** [text, label] rows of a train-side snippet file (test/fixtures/events/): the events model learns from them too. */
function fixture(name: string): [string, string][] {
  return readFileSync(new URL(`./fixtures/events/${name}`, import.meta.url), 'utf8').split('\n')
    .filter((l) => l.trim() && !l.startsWith('#')).map((l) => { const [label, text] = l.split('\t'); return [text!, label!]; });
}

// One news-style sentence per ACLED sub-event type (and a second for the common ones), written
// for this test: the classifier must read wire snippets as well as ACLED's own notes.
const cases = fixture('news-train.tsv');

/** The snippets whose class (read by `field`) is not the one expected, as "want <- got: text" lines. */
function misread(list: [string, string][], field: 'sub' | 'plover'): string[] {
  return list.flatMap(([text, want]) => {
    const got = classify(text)?.eventClass[field] ?? null;
    return got === want ? [] : [`${want} <- ${got ?? 'nothing'}: ${text}`];
  });
}

test('news snippets: each ACLED sub-event type from a sentence of its own', () => {
  assert.deepEqual(misread(cases, 'sub'), []);
});

// PLOVER event types, two sentences each, also written for this test.
const ploverCases = fixture('plover-train.tsv');

test('news snippets: PLOVER event types', () => {
  assert.deepEqual(misread(ploverCases, 'plover'), []);
});
