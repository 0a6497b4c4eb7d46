import { test } from 'node:test';
import { checkClaimants, type ClaimantCase } from './helpers/claimant.js';

// Round claimant7: who says so when the source is glossed by a title that opens with a possessive, and the
// acting authority after a verb of saying. Sentences written for these tests; "\n\n" is a paragraph break.
const check = (cases: readonly ClaimantCase[]): void => checkClaimants(cases, 'Night of strikes');

test('a name glossed by a title that opens with a possessive ("X, Ukraine\'s air force commander, said"): the name, in every shape', () => {
  check([
    ["Taras Boyko, Moldova's border police chief, said 27 people were injured near the river crossing.", 'injured', 27, 'Taras Boyko'],
    ["Nine people were killed in the raid on the market, Amina Yusuf, the state's health commissioner, said on Friday.", 'killed', 9, 'Amina Yusuf'],
    ["Sixteen drones were downed over the coast, said Petro Hlib, the navy's spokesman.", 'intercepted', 16, 'Petro Hlib'],
    ["According to the district's chief doctor, Olena Ruda, 31 people were wounded.", 'injured', 31, 'Olena Ruda'],
    ["Karim Saleh, Lebanon's civil defence director, gave the following toll on Sunday: 12 people were killed.", 'killed', 12, 'Karim Saleh'],
    ["Four houses were destroyed in the fire (Ivan Moroz, the village's head, said) before dawn.", 'damaged', 4, 'Ivan Moroz'],
    ["Eleven soldiers were wounded, Nuno Reis, Portugal's defence attaché, told reporters.", 'injured', 11, 'Nuno Reis'],
    // A title opening with a possessive that glosses no name keeps the source it glosses.
    ["Ukraine's air force, the country's main air defence body, said 44 drones were destroyed.", 'intercepted', 44, "Ukraine's air force"],
  ]);
});
