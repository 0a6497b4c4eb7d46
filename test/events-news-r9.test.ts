import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSnippets as read, scoreSnippets as scoreRows } from './helpers/snippets.js';

// The events9 round's snippets (test/fixtures/events/news-r9-*.tsv): suicide vehicle bombs, coups told
// in a broadcast, mob violence, territory won and lost, shelling, written before the round's rules.
// Half A's misses are printed (the rules were written from them); half B prints only its figure.
test('news r9 half A: the classes the round was written from', () => {
  const rows = read('news-r9-a.tsv');
  const { weighted, lines, misses } = scoreRows(rows);
  console.log(`news r9 A: weighted F1 ${weighted.toFixed(3)} over ${rows.length}\n${lines.join('\n')}\nmisses:\n  ${misses.join('\n  ')}`);
  assert.ok(rows.length >= 18);
  assert.ok(weighted >= 0.9, `weighted F1 ${weighted.toFixed(3)}`);
});

test('news r9 half B: the same classes, never read for rules', () => {
  const rows = read('news-r9-b.tsv');
  const { weighted, lines } = scoreRows(rows);
  console.log(`news r9 B: weighted F1 ${weighted.toFixed(3)} over ${rows.length}\n${lines.join('\n')}`);
  assert.ok(rows.length >= 18);
  assert.ok(weighted >= 0.85, `weighted F1 ${weighted.toFixed(3)}`);
});
