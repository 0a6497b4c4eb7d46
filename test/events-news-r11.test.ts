import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSnippets as read, scoreSnippets as scoreRows } from './helpers/snippets.js';

// The events11 round's snippets (test/fixtures/events/news-r11-*.tsv), our own writing of the wordings the
// outside training snippets (odd half) showed the rules missing: goods and livestock carried off, statues torn
// down, huts burned; live rounds on supporters and marchers; training crashes, jailbreaks, bodies of unknown
// killers, refugees moved; arrests by plainclothes officers; releases in exchange; places left and entered,
// bases handed over; militants cleared from a place; crowds named by their demand storming offices; vigilantes;
// irritants sprayed; new governors, blockades, self-rule, pledges on child soldiers, battalions moved.
// Half A's misses are printed (the rules were written from them); half B prints only its figure.
test('news r11 half A: the classes the round was written from', () => {
  const rows = read('news-r11-a.tsv');
  const { weighted, lines, misses } = scoreRows(rows);
  console.log(`news r11 A: weighted F1 ${weighted.toFixed(3)} over ${rows.length}\n${lines.join('\n')}\nmisses:\n  ${misses.join('\n  ')}`);
  assert.ok(rows.length >= 70);
  assert.ok(weighted >= 0.95, `weighted F1 ${weighted.toFixed(3)}`);
});

test('news r11 half B: the same classes, never read for rules', () => {
  const rows = read('news-r11-b.tsv');
  const { weighted, lines } = scoreRows(rows);
  console.log(`news r11 B: weighted F1 ${weighted.toFixed(3)} over ${rows.length}\n${lines.join('\n')}`);
  assert.ok(rows.length >= 25);
  assert.ok(weighted >= 0.75, `weighted F1 ${weighted.toFixed(3)}`);
});
