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

// The story is followed (sources, scene, weapon) only up to a sentence that claims something: what the sentences
// before a claim set still carries to it, and sentences after the story's last claim change nothing.
test('a claim keeps what the sentences before it set, and sentences after the last claim change none of its fields', async () => {
  const { extractArticle } = await import('../src/pipeline.js');
  const claimsOf = (text: string): string[] => extractArticle({ id: 't', title: null, published: '2026-03-02', text })
    .claims.map((c) => `${c.kind} ${c.value} ${c.where?.text ?? '-'} ${c.claimant ?? '-'} ${c.weapon ?? '-'}`);
  const story = [
    'Regional governor Piet Marov said on Monday that drones had struck Dolna overnight.',
    'He described a long night for the town.',
    'Residents sheltered in basements until dawn.',
    'Four people were killed and nine injured, he said.',
  ].join(' ');
  const base = claimsOf(story);
  // The source the pronoun stands for, the town and the weapon all come from sentences that claim nothing.
  assert.ok(base.some((c) => /^killed 4 Dolna .*Piet Marov drone$/.test(c)), base.join('\n'));
  const after = ['Schools will stay closed this week.', 'The mayor thanked the volunteers.', 'A memorial service is planned.'];
  for (let n = 1; n <= after.length; n++) assert.deepEqual(claimsOf(`${story} ${after.slice(0, n).join(' ')}`), base);
});
