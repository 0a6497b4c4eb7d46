import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSnippets as read, scoreSnippets as scoreRows } from './helpers/snippets.js';

// The events10 round's snippets (test/fixtures/events/news-r10-*.tsv): accidental blasts, displacement and
// shutdowns (ACLED Other), forces moved and bases set up, force on protesters, territory, suicide wordings,
// crowds, abductions, arrests, deals and weapons seized, written before the round's rules.
// Half A's misses are printed (the rules were written from them); half B prints only its figure.
test('news r10 half A: the classes the round was written from', () => {
  const rows = read('news-r10-a.tsv');
  const { weighted, lines, misses } = scoreRows(rows);
  console.log(`news r10 A: weighted F1 ${weighted.toFixed(3)} over ${rows.length}\n${lines.join('\n')}\nmisses:\n  ${misses.join('\n  ')}`);
  assert.ok(rows.length >= 90);
  assert.ok(weighted >= 0.9, `weighted F1 ${weighted.toFixed(3)}`);
});

test('news r10 half A2: a second batch of the same classes, the batch the second rules were written from', () => {
  const rows = read('news-r10-a2.tsv');
  const { weighted, lines, misses } = scoreRows(rows);
  console.log(`news r10 A2: weighted F1 ${weighted.toFixed(3)} over ${rows.length}\n${lines.join('\n')}\nmisses:\n  ${misses.join('\n  ')}`);
  assert.ok(rows.length >= 35);
  assert.ok(weighted >= 0.9, `weighted F1 ${weighted.toFixed(3)}`);
});

test('news r10 half A3: wire wording of violent demonstrations, chemical attacks, deals, seizures and arrests', () => {
  const rows = read('news-r10-a3.tsv');
  const { weighted, lines, misses } = scoreRows(rows);
  console.log(`news r10 A3: weighted F1 ${weighted.toFixed(3)} over ${rows.length}\n${lines.join('\n')}\nmisses:\n  ${misses.join('\n  ')}`);
  assert.ok(rows.length >= 25);
  assert.ok(weighted >= 0.9, `weighted F1 ${weighted.toFixed(3)}`);
});

test('news r10 half A4: the common ACLED types in wire wording', () => {
  const rows = read('news-r10-a4.tsv');
  const { weighted, lines, misses } = scoreRows(rows);
  console.log(`news r10 A4: weighted F1 ${weighted.toFixed(3)} over ${rows.length}\n${lines.join('\n')}\nmisses:\n  ${misses.join('\n  ')}`);
  assert.ok(rows.length >= 25);
  assert.ok(weighted >= 0.95, `weighted F1 ${weighted.toFixed(3)}`);
});

test('news r10 half B: the same classes, never read for rules', () => {
  const rows = read('news-r10-b.tsv');
  const { weighted, lines } = scoreRows(rows);
  console.log(`news r10 B: weighted F1 ${weighted.toFixed(3)} over ${rows.length}\n${lines.join('\n')}`);
  assert.ok(rows.length >= 30);
  assert.ok(weighted >= 0.85, `weighted F1 ${weighted.toFixed(3)}`);
});
