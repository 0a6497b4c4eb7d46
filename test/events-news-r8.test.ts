import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSnippets as read, scoreSnippets as scoreRows } from './helpers/snippets.js';

// The events8 round's snippets (test/fixtures/events/news-r8-*.tsv): a group's change of leader or
// course, bases set up, mass graves and coups told in news register, written before the round's rules.
// Half A's misses are printed (the rules were written from them); half B prints only its figure.
test('news r8 half A: the classes the round was written from', () => {
  const rows = read('news-r8-a.tsv');
  const { weighted, lines, misses } = scoreRows(rows);
  console.log(`news r8 A: weighted F1 ${weighted.toFixed(3)} over ${rows.length}\n${lines.join('\n')}\nmisses:\n  ${misses.join('\n  ')}`);
  assert.ok(rows.length >= 18);
  assert.ok(weighted >= 0.9, `weighted F1 ${weighted.toFixed(3)}`);
});

test('news r8 half B: the same classes, never read for rules', () => {
  const rows = read('news-r8-b.tsv');
  const { weighted, lines } = scoreRows(rows);
  console.log(`news r8 B: weighted F1 ${weighted.toFixed(3)} over ${rows.length}\n${lines.join('\n')}`);
  assert.ok(rows.length >= 18);
  assert.ok(weighted >= 0.85, `weighted F1 ${weighted.toFixed(3)}`);
});
