import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSnippets as read, scoreSnippets as score } from './helpers/snippets.js';

// The events6 round's snippets (test/fixtures/events/news-r6-*.tsv): one set written before the
// round's rules changed, split by alternate lines. The train half's misses are printed (rules are
// written from them); the check half prints only its figure and per-class counts.
test('news r6 train half: the weak classes on the snippets the round was written from', () => {
  const rows = read('news-r6-train.tsv');
  const { weighted, lines, misses } = score(rows);
  console.log(`news r6 train: weighted F1 ${weighted.toFixed(3)} over ${rows.length}\n${lines.join('\n')}\nmisses:\n  ${misses.join('\n  ')}`);
  assert.ok(rows.length >= 50);
  assert.ok(weighted >= Number(process.env.NEWS_R6_TRAIN_FLOOR ?? 0.95), `weighted F1 ${weighted.toFixed(3)}`);
});

test('news r6 check half: the weak classes on snippets never read for rules', () => {
  const rows = read('news-r6-check.tsv');
  const { weighted, lines } = score(rows);
  console.log(`news r6 check: weighted F1 ${weighted.toFixed(3)} over ${rows.length}\n${lines.join('\n')}`);
  assert.ok(rows.length >= 50);
  assert.ok(weighted >= Number(process.env.NEWS_R6_CHECK_FLOOR ?? 0.85), `weighted F1 ${weighted.toFixed(3)}`);
});
