import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCounts } from '../src/claims/counts.js';
import { extractArticle } from '../src/pipeline.js';
import type { Article } from '../src/types.js';

// Interceptions, launches and targets struck, in sentences written for these tests.
const counts = (s: string) => findCounts(s).map((c) => `${c.kind} ${c.value}`);
const claims = (text: string) => extractArticle({ id: 'c', title: null, published: '2025-06-02', text } as unknown as Article).claims.map((c) => `${c.kind} ${c.value}`);

test('targets struck are hits: targets, sites, positions, depots (sites hit are damaged too: GUIDELINES)', () => {
  assert.deepEqual(counts('The army said it struck 12 targets in the south.'), ['hit 12']);
  assert.deepEqual(counts('Brigade gunners hit 17 enemy positions near the village.'), ['hit 17', 'damaged 17']);
  assert.deepEqual(counts('Long-range drones hit three fuel depots overnight.'), ['hit 3', 'damaged 3']);
  assert.deepEqual(counts('Warplanes carried out strikes on 45 targets.'), ['hit 45']);
  // A count of strikes counts strikes made (launched), not the targets, which are uncounted here.
  assert.deepEqual(counts('The air force flew 20 airstrikes against rebel depots.'), ['launched 20']);
  assert.deepEqual(counts('Government jets struck five militant hideouts in the hills.'), ['hit 5', 'damaged 5']);
  assert.deepEqual(counts('Gunners shot down 12 more drones before dawn.'), ['intercepted 12']);
});

test('weapons crossing a border were launched; "most" of them intercepted is no quantity, "several" an unknown one', () => {
  assert.deepEqual(claims('Six rockets crossed into the valley from the north; most were intercepted.'), ['launched 6']);
  assert.deepEqual(claims('Nine rockets crossed into the valley from the north; several were intercepted.'), ['launched 9', 'intercepted null']);
});

test('a salvo "with" N weapons is launched, and a participle with its own count is that count\'s verb', () => {
  assert.deepEqual(counts('Russia struck the region with 40 missiles, hitting 8 energy facilities.'), ['launched 40', 'hit 8', 'damaged 8']);
  // Without a count of its own, the participle still says what the weapons did.
  assert.deepEqual(counts('Two drones crashed into the depot, damaging the roof.'), ['hit 2']);
});

test('"N of them" after a verb counts the salvo told before', () => {
  assert.deepEqual(claims('Russia launched 90 drones overnight, the air force said. Air defences shot down 60 of them.'), ['launched 90', 'intercepted 60']);
  // A breakdown of people ("12 of them seriously") is still no second count.
  assert.deepEqual(counts('The blast injured 34 people, 12 of them seriously.'), ['injured 34']);
});

test('"others" and "more" count more of what the sentence counted before', () => {
  assert.deepEqual(counts('The air force said it neutralised 60 drones, while 20 others were locationally lost.'), ['intercepted 60', 'intercepted 20']);
  assert.deepEqual(counts('Five soldiers were killed and 20 others were wounded.'), ['killed 5', 'injured 20']);
});

test('the sentence cues of data/rules/counts.json: evacuation orders, illness and projections', () => {
  assert.deepEqual(counts('After evacuation orders were issued, 3,000 residents fled the district.'), ['evacuated 3000']);
  assert.deepEqual(counts('About 3,000 residents fled the fighting.'), []);
  assert.deepEqual(counts('At least 40 children died of malnutrition in the camps.'), []);
  assert.deepEqual(counts('At least 40 children died in the shelling of the camps.'), ['killed 40']);
  assert.deepEqual(counts('Aid groups warned that as many as 2,000 people could die.'), []);
  assert.deepEqual(counts('The strike could kill 300 people, officials warned.'), []);
  // People brought to hospital who died there are no injured (they are the dead of the attack).
  assert.deepEqual(counts('Two victims were rushed to a hospital in Akron, where both later died.'), []);
  assert.deepEqual(counts('Three victims were rushed to a hospital in Akron, where they were treated for burns.'), ['injured 3']);
  assert.deepEqual(counts('Two guards died and 11 passengers were taken to hospital.'), ['killed 2', 'injured 11']);
});

test('a spaced dash before a count is punctuation; a hyphen glued to a number makes it part of a name', () => {
  // A dateline ending in a year, or a label ending in a number, then a spaced dash and the count.
  assert.deepEqual(claims('TARTUS, 9 October 2024 (AFP) - At least 14 people were wounded in the port, a monitor said.'), ['injured 14']);
  assert.deepEqual(claims('Update 3 - Seven soldiers were killed near the border, the army said.'), ['killed 7']);
  assert.deepEqual(counts('An Mi-8 helicopter and 4 drones were shot down over the lake.'), ['intercepted 4']);
});
