import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkClaimants, claimsOf } from './helpers/claimant.js';

// Round fp8: who the claim belongs to. A unit numbered by an ordinal is a source ("the 47th Mechanised Brigade said");
// a meeting or agreement told by "the two sides" / "both countries" belongs to the parties told just before, never to
// the speaker reporting it. Sentences written for these tests (names, places and numbers of their own).

test('a unit numbered by an ordinal is the source, wherever it stands; a date ordinal opens none', () => {
  checkClaimants([
    ['The 47th Mechanised Brigade said it shot down 4 drones near Kupiansk.', 'intercepted', 4, 'The 47th Mechanised Brigade'],
    ["Ukraine's 3rd Assault Brigade said 20 Russian soldiers were killed near Avdiivka.", 'killed', 20, "Ukraine's 3rd Assault Brigade"],
    ['Two soldiers were wounded in the shelling, the 110th Brigade said.', 'injured', 2, 'the 110th Brigade'],
    ['According to the 92nd Separate Assault Brigade, 14 drones were downed overnight.', 'intercepted', 14, 'the 92nd Separate Assault Brigade'],
    // Unattributed: no source to guess.
    ['On the 3rd day of the offensive, 12 soldiers were killed near Toretsk.', 'killed', 12, null],
  ]);
});

const partiesOf = (text: string, kind: string): (string | null)[] =>
  claimsOf(text).filter((c) => c.kind === kind).map((c) => c.claimant ?? null);
const placeOf = (text: string, kind: string): string | null =>
  claimsOf(text).find((c) => c.kind === kind)?.where?.text ?? null;

test('"the two sides", "both countries" sign or meet: the parties told just before, not the speaker', () => {
  assert.deepEqual(partiesOf('Ghana and Senegal ended a long dispute over fishing on Friday. The two sides signed a fishing accord in Dakar.', 'agreement'), ['Ghana and Senegal']);
  assert.deepEqual(partiesOf('Kenya held talks with Tanzania in Arusha on Tuesday. Both countries signed a security pact, the foreign ministry said.', 'agreement'), ['Kenya and Tanzania']);
  assert.deepEqual(partiesOf('Chilean President Marta Quiroga arrived in Lima on Monday for a visit to Peru. The two countries signed a defence pact, the ministry said.', 'agreement'), ['Chile and Peru']);
  // The place of the meeting told just before is where the pair signed.
  assert.equal(placeOf('Kenya held talks with Tanzania in Arusha on Tuesday. Both countries signed a security pact, the foreign ministry said.', 'agreement'), 'Arusha');
});

test('parties the sentence names itself stay; a pair word with no pair before it is not guessed', () => {
  assert.deepEqual(partiesOf('Ghana and Senegal ended a long dispute on Friday. Mali and Niger signed a border accord in Bamako.', 'agreement'), ['Mali and Niger']);
  // Three countries named before: which two is not told.
  const three = partiesOf('Ghana, Togo and Senegal sent envoys to the talks on Friday. The two sides signed a fishing accord, the ministry said.', 'agreement');
  assert.ok(!three.includes('Ghana and Senegal') && !three.includes('Ghana and Togo'), JSON.stringify(three));
});
