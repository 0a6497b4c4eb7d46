import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSnippets as read, scoreSnippets as scoreRows } from './helpers/snippets.js';

// The events13 round's snippets (test/fixtures/events/news-r13-*.tsv), our own writing of the wordings the
// outside train23 snippets (odd half) showed the rules missing: strikes told as stopping work or downing tools;
// arms unearthed or dug up; a munition releasing a choking cloud; camps counted, or a building converted into a
// group's post, or an Islamic court opened (a base); troops redeployed and a unilateral
// halt (change to group/activity); a capture in quotes; live fire on mourners; protesters bundled into vans; a crowd
// dispersing after its petition was accepted; protesters removed by police; a mine or shell found and destroyed in a controlled blast; an armed group's office or a place made its headquarters; a side saying it will halt its attacks; a takeover with no fighting; a state subject backed by militias.
// Half A's misses are printed (the rules were written from them); half B prints only its figure.
test('news r13 half A: the classes the round was written from', () => {
  const rows = read('news-r13-a.tsv');
  const { weighted, lines, misses } = scoreRows(rows);
  console.log(`news r13 A: weighted F1 ${weighted.toFixed(3)} over ${rows.length}\n${lines.join('\n')}\nmisses:\n  ${misses.join('\n  ')}`);
  assert.ok(rows.length >= 25);
  assert.ok(weighted >= 0.9, `weighted F1 ${weighted.toFixed(3)}`);
});

test('news r13 half B: the same classes, never read for rules', () => {
  const rows = read('news-r13-b.tsv');
  const { weighted, lines } = scoreRows(rows);
  console.log(`news r13 B: weighted F1 ${weighted.toFixed(3)} over ${rows.length}\n${lines.join('\n')}`);
  assert.ok(rows.length >= 10);
  assert.ok(weighted >= 0.75, `weighted F1 ${weighted.toFixed(3)}`);
});
