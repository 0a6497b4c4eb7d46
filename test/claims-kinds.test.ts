import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractArticle } from '../src/pipeline.js';
import { findCounts } from '../src/claims/counts.js';
import { CLAIM_KINDS, TALLY_KINDS } from '../src/claims/index.js';
import { loadRules } from '../src/language/index.js';
import type { Article } from '../src/types.js';

// Kinds are data (data/claims/kinds.json), and so are the rules that bind a number to one
// (data/rules/counts.json): "captured" and "sunk" were added there with no code of their own.
const article = (text: string): Article => ({ id: 'k', title: null, published: '2025-06-02', text, url: null } as unknown as Article);
const counts = (s: string) => findCounts(s).map((c) => `${c.kind} ${c.value} ${c.rule}`);
const ruleIds = new Set(loadRules('counts').specs.map((s) => s.spec.id));

test('the declared kinds are the API\'s and the tallies\'', () => {
  const declared = Object.keys(JSON.parse(readFileSync(new URL('../data/claims/kinds.json', import.meta.url), 'utf8')).kinds);
  assert.deepEqual([...CLAIM_KINDS], declared);
  assert.ok(CLAIM_KINDS.includes('captured') && CLAIM_KINDS.includes('sunk'));
  assert.deepEqual([...TALLY_KINDS], ['launched', 'intercepted', 'hit', 'killed', 'injured']);
});

test('captured: people and settlements taken, from the data rules alone', () => {
  assert.deepEqual(counts('The brigade said it captured 46 enemy soldiers in the forest.'), ['captured 46 count:captured:verb']);
  assert.deepEqual(counts('Separatist fighters seized four villages along the river last week.'), ['captured 4 count:captured:verb']);
  assert.deepEqual(counts('About 120 troops were taken prisoner near the border.'), ['captured 120 count:captured:taken-prisoner']);
  // A capture verb with a head no captured count has (weapons, money) is not a claim.
  assert.deepEqual(counts('Customs officers seized 300 rifles at the port.'), []);
});

test('sunk: ships and boats sent down, and still damaged by other verbs', () => {
  // A vessel sunk was destroyed: GUIDELINES annotates it as damaged, so the count is claimed as both (kinds.json alsoAs).
  assert.deepEqual(counts('Naval drones sank two patrol boats off the coast.'), ['sunk 2 count:sunk:verb', 'damaged 2 count:sunk:verb']);
  assert.deepEqual(counts('Three landing ships were sunk in the harbour, the navy said.'), ['sunk 3 count:sunk:verb', 'damaged 3 count:sunk:verb']);
  // GUIDELINES: vessels, buildings and sites that were hit are damaged, and counted they are the targets struck (hit): both.
  assert.deepEqual(counts('Missiles struck two ships at the quay.'), ['hit 2 count:hit:struck-objects', 'damaged 2 count:hit:struck-objects']);
  assert.deepEqual(counts('Missiles struck two ports on the coast.'), ['hit 2 count:hit:struck-objects', 'damaged 2 count:hit:struck-objects']);
});

test('the new kinds come out of the whole pipeline with their rule', () => {
  const { claims } = extractArticle(article('The navy said its drones sank 2 patrol boats near the island on Sunday. The army said it captured 15 soldiers.'));
  assert.deepEqual(claims.map((c) => `${c.kind} ${c.value} ${c.rule}`), ['sunk 2 count:sunk:verb', 'damaged 2 count:sunk:verb', 'captured 15 count:captured:verb']);
});

test('every count carries the id of the data rule that bound it', () => {
  const text = 'Russia launched 80 drones and 10 missiles overnight; air defences shot down 70 drones, and the death toll rose to 12, with 30 people wounded.';
  const found = findCounts(text);
  assert.ok(found.length >= 4, counts(text).join(' | '));
  for (const c of found) assert.ok(ruleIds.has(c.rule), `${c.kind} ${c.value}: ${c.rule} is no rule of data/rules/counts.json`);
  assert.deepEqual(found.map((c) => c.rule).slice(0, 3), ['count:launched:verb', 'count:launched:verb', 'count:intercepted:shot-down']);
});

test('a kind added as data is read in a sentence with no digit (the stage prefilter reads the verb rules)', () => {
  const { claims } = extractArticle(article('Separatist fighters seized four villages along the river, the governor said.'));
  assert.deepEqual(claims.map((c) => `${c.kind} ${c.value}`), ['captured 4']);
});

test('the evaluator\'s record holds the FORMAT kinds only, its parts renumbered', async () => {
  const { toOutputRecord } = await import('../src/cli/output.js');
  const x = extractArticle(article('The army said it captured 30 soldiers. Russia launched 52 drones, including 40 over the Kursk region.'));
  assert.ok(x.claims.some((c) => c.kind === 'captured'));
  const out = toOutputRecord(x).claims;
  assert.deepEqual(out.map((c) => `${c.kind} ${c.value} ${c.part_of}`), ['launched 52 null', 'launched 40 0']);
});
