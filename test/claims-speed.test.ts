import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionOf, backwardSource } from '../src/claims/attribution.js';

// Sentences written for these tests: the speed-ups of who-says-so keep each sentence's own answer.

test('backward sources are each sentence\'s own, however often and in whatever order they are asked', () => {
  const sentences = [
    'This was reported by the regional governor.',
    'Three houses burned down.',
    'The information was confirmed by the fire service.',
    'Rescuers worked through the night.',
    'This was announced by Mayor Ana Ruiz.',
    'The roads were closed.',
    'This was reported on Telegram by the district police.',
    'Two people were hurt.',
    'That is according to the health ministry.',
    'Schools stayed shut.',
  ];
  const first = sentences.map((s) => backwardSource(s));
  assert.equal(first[0], 'the regional governor');
  assert.equal(first[1], null);
  assert.equal(first[8], 'the health ministry');
  // Asked again (each one twice in a row, then the list backwards): the same answers, none carried from another sentence.
  for (const [i, s] of sentences.entries()) {
    assert.equal(backwardSource(s), first[i]);
    assert.equal(backwardSource(`  ${s}`), first[i]);
  }
  for (let i = sentences.length - 1; i >= 0; i--) assert.equal(backwardSource(sentences[i]!), first[i]);
});

test('tallies, figures and orders are still read behind their shared noun test', () => {
  assert.equal(attributionOf('At least 40 people died, according to an AFP tally.').claimant, 'AFP');
  assert.equal(attributionOf('Officials put the death toll at 17 on Sunday.').claimant, 'Officials');
  assert.equal(attributionOf('Flights were halted by order of the civil aviation authority.').claimant, 'the civil aviation authority');
  assert.equal(attributionOf('Flights were halted for the third day in a row.').claimant, null);
});
