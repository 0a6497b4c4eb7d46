import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractArticle } from '../src/pipeline.js';
import type { Claim } from '../src/types.js';

// Metamorphic test: the seed's Moscow story (examples corpus) with its names, numbers, places and
// day changed consistently must give the correspondingly changed claims. A rule that keys on a
// seed word or number, rather than on the shape of the text, breaks here.
const original = readFileSync(new URL('./fixtures/claims-metamorphic/seed-moscow.txt', import.meta.url), 'utf8');

// Longest first, applied in order; every replacement is a place or name the gazetteer knows or a number.
const WORDS: [string, string][] = [
  ['Moscow Region', 'Leningrad Region'],
  ['Moscow region', 'Leningrad region'],
  ['Moscow’s', 'Saint Petersburg’s'],
  ["Moscow's", "Saint Petersburg's"],
  ['Moscow', 'Saint Petersburg'],
  ['Kursk', 'Bryansk'],
  ['Ramenskoye', 'Gatchina'],
  ['Yaroslavl', 'Pskov'],
  ['Nizhny Novgorod', 'Novgorod'],
  ['Sergei Sobyanin', 'Alexander Beglov'],
  ['Sobyanin', 'Beglov'],
  ['Andrei Vorobyov', 'Alexander Drozdenko'],
  ['Vorobyov', 'Drozdenko'],
  ['on Tuesday', 'on Wednesday'],
];
const NUMBERS: [string, string][] = [
  ['at least 91 drones', 'at least 84 drones'],
  ['337 Ukrainian drones', '290 Ukrainian drones'],
  ['including 91 over', 'including 84 over'],
  ['and 126 over', 'and 110 over'],
  ['killing at least one person', 'killing at least two people'],
  ['at least one person was killed and three injured', 'at least two people were killed and five injured'],
  ['all four of', 'all three of'],
];
const VALUE: Record<number, number> = { 91: 84, 337: 290, 126: 110, 1: 2, 3: 5, 4: 3 };

function change(text: string): string {
  let out = text;
  for (const [from, to] of [...NUMBERS, ...WORDS]) out = out.split(from).join(to);
  return out;
}

/** A claim as the changed text should state it: mapped value, place words and names, the day after. */
function expected(c: Claim): string {
  const value = c.value === null ? null : VALUE[c.value] ?? c.value;
  const when = c.when ? new Date(Date.parse(c.when) + 86_400_000).toISOString().slice(0, 10) : null;
  return `${c.kind} ${value} ${c.qualifier} @${c.where ? change(c.where.text) : '-'} ${when} by ${c.claimant ? change(c.claimant) : '-'}`;
}
const actual = (c: Claim): string =>
  `${c.kind} ${c.value} ${c.qualifier} @${c.where?.text ?? '-'} ${c.when} by ${c.claimant ?? '-'}`;

test('metamorphic: the seed story with names, numbers, places and day changed gives the changed claims', () => {
  const before = extractArticle({ id: 'seed', title: null, published: '2025-03-11', text: original });
  const after = extractArticle({ id: 'changed', title: null, published: '2025-03-12', text: change(original) });
  // The source story must itself yield its counts, or the test would compare two empty lists.
  assert.ok(before.claims.filter((c) => c.value !== null).length >= 6, before.claims.map(actual).join(' | '));
  assert.deepEqual(after.claims.map(actual), before.claims.map(expected));
});
