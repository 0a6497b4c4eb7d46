import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSnippets as read, scoreSnippets as scoreRows } from './helpers/snippets.js';

// The events24 round's snippets (test/fixtures/events/news-r24-*.tsv), our own writing of the wordings the
// outside train24 snippets (odd half) showed the rules missing: a crowd or villagers killing someone with their
// own hands (beaten or hacked to death, burned alive) and a killing over a witchcraft accusation (mob violence,
// while residents who only report what soldiers did stay witnesses); shots fired into a vigil or sit-in (excessive
// force); armed men taking people away without the word abduct, and someone held out of sight (abduction);
// fighters enlisted, forces seen on the move, a contingent arriving (change to group/activity); a group running a
// camp or using a building as its base; clandestine graves (Other); one side moving in as the other leaves, or a
// place taken unopposed (non-violent transfer); a side now in control after fighting (a capture); gunmen shooting
// civilians as they go (attack); a person described by the charge against them ('a man accused of stealing …'), whose
// arrest, killing or abduction is the news, not the accusation. Half A's misses are printed (the rules were written from them); half B prints only its figure.
test('news r24 half A: the classes the round was written from', () => {
  const rows = read('news-r24-a.tsv');
  const { weighted, lines, misses } = scoreRows(rows);
  console.log(`news r24 A: weighted F1 ${weighted.toFixed(3)} over ${rows.length}\n${lines.join('\n')}\nmisses:\n  ${misses.join('\n  ')}`);
  assert.ok(rows.length >= 30);
  assert.ok(weighted >= 0.9, `weighted F1 ${weighted.toFixed(3)}`);
});

test('news r24 half B: the same classes, never read for rules', () => {
  const rows = read('news-r24-b.tsv');
  const { weighted, lines } = scoreRows(rows);
  console.log(`news r24 B: weighted F1 ${weighted.toFixed(3)} over ${rows.length}\n${lines.join('\n')}`);
  assert.ok(rows.length >= 15);
  assert.ok(weighted >= 0.7, `weighted F1 ${weighted.toFixed(3)}`);
});
