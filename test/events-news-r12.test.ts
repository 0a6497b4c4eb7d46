import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSnippets as read, scoreSnippets as scoreRows } from './helpers/snippets.js';

// The events12 round's snippets (test/fixtures/events/news-r12-*.tsv), our own writing of the wordings the
// outside train22 snippets (odd half) showed the rules missing: a doer hedged as "believed to be" militia;
// protesters sent to hospital en masse, killed while a road blockade is cleared; agents detaining an armed
// group's member; a side dislodged from a place; a place seized after fighting; minefields walked into; schools
// and clinics burned, hospitals stripped; people beaten as they are robbed; drones slamming into buildings;
// and control changing hands after the other side fled or withdrew (a transfer, whichever side moves in).
// Half A's misses are printed (the rules were written from them); half B prints only its figure.
test('news r12 half A: the classes the round was written from', () => {
  const rows = read('news-r12-a.tsv');
  const { weighted, lines, misses } = scoreRows(rows);
  console.log(`news r12 A: weighted F1 ${weighted.toFixed(3)} over ${rows.length}\n${lines.join('\n')}\nmisses:\n  ${misses.join('\n  ')}`);
  assert.ok(rows.length >= 30);
  assert.ok(weighted >= 0.9, `weighted F1 ${weighted.toFixed(3)}`);
});

test('news r12 half B: the same classes, never read for rules', () => {
  const rows = read('news-r12-b.tsv');
  const { weighted, lines } = scoreRows(rows);
  console.log(`news r12 B: weighted F1 ${weighted.toFixed(3)} over ${rows.length}\n${lines.join('\n')}`);
  assert.ok(rows.length >= 12);
  assert.ok(weighted >= 0.75, `weighted F1 ${weighted.toFixed(3)}`);
});
