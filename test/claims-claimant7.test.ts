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

test('an evacuation told after a verb of saying is claimed by the body that acts, whoever reports it and however the source is glossed', () => {
  check([
    ['The governor said police had evacuated 240 residents from the riverside district.', 'evacuated', 240, 'police'],
    ['In a statement, the regional administration said rescuers evacuated 58 patients from the clinic.', 'evacuated', 58, 'rescuers'],
    ['The head of the district, Anton Savchuk, said on Monday that volunteers evacuated 75 children from the frontline villages.', 'evacuated', 75, 'volunteers'],
    ["Lina Haddad, the city's deputy mayor, told reporters that firefighters had evacuated 19 people from the tower.", 'evacuated', 19, 'firefighters'],
    ['According to the mayor of Izmail, Serhiy Rud, border guards evacuated 130 people from the port area.', 'evacuated', 130, 'border guards'],
    // Two sources in one sentence: the evacuation told in the second clause is the acting body's, not either source's.
    ['Kyiv said 22 drones were shot down overnight, while the regional governor said troops had evacuated 310 villagers.', 'evacuated', 310, 'troops'],
    ['Kyiv said 22 drones were shot down overnight, while the regional governor said troops had evacuated 310 villagers.', 'intercepted', 22, 'Kyiv'],
    // A quote in the paragraph after a colon: the body that opens it acts.
    ['The regional governor wrote on Telegram:\n\n"Police have evacuated 64 residents from the village."', 'evacuated', 64, 'Police'],
    // With no body acting, the source keeps the evacuation.
    ['The governor said 95 residents had been evacuated from the village.', 'evacuated', 95, 'The governor'],
  ]);
});
