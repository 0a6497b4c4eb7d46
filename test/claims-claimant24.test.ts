import { test } from 'node:test';
import { checkClaimants, type ClaimantCase } from './helpers/claimant.js';

// Round claimant24: who says so when a source's words are ones the patterns did not read (train24 odd items read for
// their shapes only); sentences written for these tests, with names, places and numbers of their own.
const check = (cases: readonly ClaimantCase[]): void => checkClaimants(cases, 'Attack overnight');

test('a name written with accented letters is read as a source, and given back as written', () => {
  check([
    ['Nine drones were launched at the police station in Jamundí, Valle governor Dilia Ramírez said.', 'launched', 9, 'Valle governor Dilia Ramírez'],
    ['Twelve people were hurt when a car bomb went off near the market, said Mayor Jerónimo Cortés.', 'injured', 12, 'Mayor Jerónimo Cortés'],
    ['Four soldiers were killed in the ambush, Gen. Łukasz Wróbel told reporters.', 'killed', 4, 'Gen. Łukasz Wróbel'],
    ['According to İbrahim Öztürk, the district governor, 7 houses were damaged.', 'damaged', 7, 'İbrahim Öztürk'],
    ['Regional governor Søren Kjær said 3 people were injured by falling debris.', 'injured', 3, 'Regional governor Søren Kjær'],
    ['Two fishermen were injured when the boat was rammed, said Trần Minh Đức, a provincial official.', 'injured', 2, 'Trần Minh Đức'],
  ]);
});

test("a common-noun source closing the sentence may end on the body's acronym", () => {
  check([
    ["A roadside bomb hit a convoy near Tank, killing five soldiers, the army's media wing ISPR said.", 'killed', 5, "the army's media wing ISPR"],
    ['Six civilians were wounded in the shelling, the country\'s emergency agency AFAD said.', 'injured', 6, "the country's emergency agency AFAD"],
    ['Eleven drones were shot down over the coast, the navy\'s press service NPS reported.', 'intercepted', 11, "the navy's press service NPS"],
  ]);
});

test('an update that revises a figure ("X now says"), or one account of several ("X separately said"), is the source\'s', () => {
  check([
    ['Updated toll: the health service now says five people were killed in the city.', 'killed', 5, 'the health service'],
    ['18:05 - Emergency workers now say 23 people were injured.', 'injured', 23, 'Emergency workers'],
    ['The regional administration now says 14 homes were damaged in the strike.', 'damaged', 14, 'The regional administration'],
    ['The coast guard separately said 4 fishermen were injured near the reef.', 'injured', 4, 'The coast guard'],
    ['Police subsequently said 3 people were killed in the blast.', 'killed', 3, 'Police'],
  ]);
});

test('a count with no source of its own stays no one\'s', () => {
  check([
    ['Twelve people were hurt when a car bomb went off near the market in Cúcuta.', 'injured', 12, null],
    ['Now five people are known to have been killed in the city.', 'killed', 5, null],
  ]);
});
