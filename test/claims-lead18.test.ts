import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkClaimants, claimsOf } from './helpers/claimant.js';

// Sentences written for these tests (names, places and numbers of their own).

test('a verb of saying that takes a toll as its object names no source', () => {
  checkClaimants([
    ['The landslide of shells on the market claimed the lives of 17 traders.', 'killed', 17, null],
    ['The bombing claimed 31 lives in the northern suburb.', 'killed', 31, null],
    ['The ambush near the ford claimed the lives of nine recruits, the provincial police said.', 'killed', 9, 'the provincial police'],
    ['The rebels claimed 12 soldiers were killed in the raid.', 'killed', 12, 'The rebels'],
  ]);
});

test('a participle of downing that takes its own count binds that count, not the salvo before it', () => {
  const cases: Array<[string, Array<[string, number]>]> = [
    ['The enemy attacked with 85 drones overnight, with air defence units downing 71 of them.', [['launched', 85], ['intercepted', 71]]],
    ['Moscow struck the port with 22 missiles, air defences destroying 19.', [['launched', 22], ['intercepted', 19]]],
    ['The Houthis sent 14 drones at the ships, with the frigate neutralising 13 of them.', [['launched', 14], ['intercepted', 13]]],
  ];
  for (const [text, want] of cases) {
    const got = claimsOf(text).map((c) => [c.kind, c.value] as [string, number]);
    for (const w of want) assert.ok(got.some((g) => g[0] === w[0] && g[1] === w[1]), `${w.join(' ')} missing in ${JSON.stringify(got)}: ${text}`);
    assert.ok(!got.some((g) => g[0] === 'intercepted' && g[1] === want[0]![1]), `the salvo read as downed: ${text}`);
  }
});
