import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSnippets as read, scoreSnippets as scoreRows } from './helpers/snippets.js';

// The events7 round's snippets (test/fixtures/events/news-r7-*.tsv): news-register headlines, wire
// leads and quotes of the weak classes, written before the round's rules and split by alternate
// rows per class. Half A's misses are printed (rules are written from them); half B prints only
// its figure and per-class counts. Scored as the evaluator does: the first event's ACLED
// sub-event type, no event a miss (NONE rows are right when there is no ACLED event).
test('news r7 half A: the weak classes in news register, the half the round was written from', () => {
  const rows = read('news-r7-a.tsv');
  const { weighted, lines, misses } = scoreRows(rows);
  console.log(`news r7 A: weighted F1 ${weighted.toFixed(3)} over ${rows.length}\n${lines.join('\n')}\nmisses:\n  ${misses.join('\n  ')}`);
  assert.ok(rows.length >= 60);
  assert.ok(weighted >= Number(process.env.NEWS_R7_A_FLOOR ?? 0.95), `weighted F1 ${weighted.toFixed(3)}`);
});

test('news r7 half B: the weak classes in news register, never read for rules', () => {
  const rows = read('news-r7-b.tsv');
  const { weighted, lines } = scoreRows(rows);
  console.log(`news r7 B: weighted F1 ${weighted.toFixed(3)} over ${rows.length}\n${lines.join('\n')}`);
  assert.ok(rows.length >= 60);
  assert.ok(weighted >= Number(process.env.NEWS_R7_B_FLOOR ?? 0.8), `weighted F1 ${weighted.toFixed(3)}`);
});
