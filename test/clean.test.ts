import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from '../src/clean/index.js';
import { splitDump } from '../src/ingest/dump.js';

const dump = [
  'Storm closes ports',
  '',
  '14 March 2023, Chile, Valparaiso: Waves hit the pier. (Ana Diaz/Agency/pool)',
  '14 March 2023, Chile, Valparaiso: Waves hit the pier. (Ana Diaz/Agency/pool)',
  'QQ',
  '',
  'Storm closes ports',
  '',
  'The navy closed three ports on Tuesday. (Wire)',
  'Officials said repairs would take a week.',
  '',
  '',
  '',
  'Second article title',
  '',
  'A second article begins here.',
].join('\n');

test('splitDump: three blank lines separate articles', () => {
  const spans = splitDump(dump);
  assert.equal(spans.length, 2);
  assert.ok(dump.slice(spans[1]!.start, spans[1]!.end).startsWith('Second article title'));
});

test('cleanArticle: drops repeated captions, titles and stray tokens, keeps the caption dateline', () => {
  const first = splitDump(dump)[0]!;
  const text = dump.slice(first.start, first.end);
  const cleaned = cleanArticle({ id: 'a', title: null, published: null, text });
  assert.equal(cleaned.title, 'Storm closes ports');
  assert.deepEqual(cleaned.dateline, { date: '2023-03-14', place: 'Valparaiso' });
  assert.deepEqual(cleaned.body.map((b) => text.slice(b.start, b.end)), [
    'The navy closed three ports on Tuesday. (Wire)',
    'Officials said repairs would take a week.',
  ]);
});

test('cleanArticle: a line repeated with other blank runs (tabs, doubled spaces) is still a repeat; one with other words is not', () => {
  const text = [
    'Ferry service resumes',
    '',
    'Crews cleared the  harbour mouth\tby noon.',
    'The coast guard reopened the channel at dawn.',
    'Crews cleared the harbour mouth by noon.',
    'Crews cleared the harbour mouth by evening.',
  ].join('\n');
  const cleaned = cleanArticle({ id: 'sp', title: null, published: null, text });
  assert.deepEqual(cleaned.body.map((b) => text.slice(b.start, b.end)), [
    'The coast guard reopened the channel at dawn.',
    'Crews cleared the harbour mouth by evening.',
  ]);
});

test('cleanArticle: a one-line report is all body', () => {
  const cleaned = cleanArticle({ id: 'b', title: null, published: null, text: 'On 2 May 2022, protesters gathered in the square. [size=no report]' });
  assert.equal(cleaned.body.length, 1);
});
