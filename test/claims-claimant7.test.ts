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

test('a source named with a glossing phrase and spoken of again by its head or acronym in a later sentence', () => {
  check([
    ['The governor of the Odesa region, Oleh Kiper, said the drones came in from the sea. Seven people were wounded in the port, the governor added.', 'injured', 7, 'Oleh Kiper'],
    ['The Hama Medical Union, a Turkey-based relief group, said shelling resumed at dawn.\n\nEighteen civilians were killed in the village, the group said.', 'killed', 18, 'The Hama Medical Union'],
    ['The UN children\'s agency, UNICEF, said the convoy reached the border on Friday. UNICEF added that 450 people were evacuated from the camp.', 'evacuated', 450, 'The UN children\'s agency'],
    ["Ahmed Darwish, the province's police chief, said the gunmen fled north. Six officers were killed, the police chief said.", 'killed', 6, 'Ahmed Darwish'],
    // A mention of another head keeps its own words.
    ['The mayor of Kherson, Roman Mrochko, said the strikes went on all night. Nine people were injured, the health ministry said.', 'injured', 9, 'the health ministry'],
  ]);
});

test('two sources in one sentence, the second opening its clause after "while" or "but"; figures after a glossed source\'s colon', () => {
  check([
    ['Kyiv said it downed 30 drones, while three local officials said 11 homes were damaged in the Sumy region.', 'damaged', 11, 'three local officials'],
    ['Kyiv said it downed 30 drones, while three local officials said 11 homes were damaged in the Sumy region.', 'intercepted', 30, 'Kyiv'],
    ['The army said it repelled the assault, but the Free Medics Network, a volunteer group in the city, said 23 civilians were killed.', 'killed', 23, 'the Free Medics Network'],
    ['Hassan Omar, the head of the northern district health directorate in the province, released the following figures on Sunday:\n\nThirty-two people were killed in the market strike.', 'killed', 32, 'Hassan Omar'],
  ]);
});

test('a counted source after an opening phrase or "by", and a source glossed by its acronym giving figures', () => {
  check([
    ['In a video address, three senior officers said 17 soldiers were wounded in the ambush.', 'injured', 17, 'three senior officers'],
    ['Fifteen homes were damaged by the blaze. This was reported by several village officials.', 'damaged', 15, 'several village officials'],
    ['The UN relief agency, UNRWA, released the following figures on Thursday:\n\nForty-one people were killed in the camp.', 'killed', 41, 'The UN relief agency'],
  ]);
});
