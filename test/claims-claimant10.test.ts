import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkClaimants, type ClaimantCase } from './helpers/claimant.js';
import { FigureSources } from '../src/claims/figuresources.js';

// Round claimant10: claimant classes met on unseen wire items and pages (from aggregates only); sentences written for
// these tests, with names, places and numbers of their own. "\n\n" is a paragraph break. Each case: text, kind, value, claimant.
const check = (cases: readonly ClaimantCase[]): void => checkClaimants(cases, 'Night strikes');

test('figures a source gave that show the count: the giver is the claimant, in the sentence or the one after', () => {
  check([
    ['Figures published by the interior ministry late on Tuesday showed that 23 people were wounded in the raids on Chernihiv.', 'injured', 23, 'the interior ministry'],
    ['Data released by the State Border Guard Service showed 41 drones were shot down over the northern regions.', 'intercepted', 41, 'the State Border Guard Service'],
    ['Nine people were killed in the shelling of Huliaipole, figures from the regional prosecutor\'s office show.', 'killed', 9, "the regional prosecutor's office"],
    ['Fourteen homes were damaged in the village of Sloboda, in figures issued by the district council on Wednesday.', 'damaged', 14, 'the district council'],
    ["The district council's preliminary figures showed 16 people were injured in the strike on the bus depot in Lozova.", 'injured', 16, 'The district council'],
    ['Interior ministry figures showed 31 people were wounded in the blasts in the port of Berdiansk.', 'injured', 31, 'Interior ministry'],
    ['Figures released by the mayor of Uman, Iryna Dovhan, on Friday showed that 18 people were killed.', 'killed', 18, 'Iryna Dovhan'],
    ['Six people were killed in the night raid on Pokrovsk. The figures were provided by the regional police chief.', 'killed', 6, 'the regional police chief'],
    ['Twenty-one drones were shot down over the Cherkasy region. These figures were released by the air command Centre on Telegram.', 'intercepted', 21, 'the air command Centre'],
  ]);
});

test('official figures name no giver; a day is no giver; figures given by someone after the count that are no figures give none', () => {
  check([
    ['Official figures showed 12 people were injured in the blasts in Kremenchuk.', 'injured', 12, null],
    ["Sunday's figures showed 12 people were injured in the blasts in Kremenchuk.", 'injured', 12, null],
    ['Twelve people were injured in the blasts in Kremenchuk. The generators were provided by the Red Cross.', 'injured', 12, null],
  ]);
  const figures = new FigureSources({ sourceRun: '[A-Za-z]+(?:\\s+[A-Za-z]+){0,3}', countedRun: '[A-Za-z]+(?:\\s+[A-Za-z]+){0,3}', name: '[A-Z][a-z]+\\s+[A-Z][a-z]+', days: ['Sunday'] });
  assert.equal(figures.figureSource('No figures here at all.'), null);
  assert.equal(figures.figuresGivenBefore('The toll was confirmed by the health office.'), 'the health office');
});

test('a title glossed by a name after the inverted verb, a channel after it: the name', () => {
  check([
    ['Four people were hurt in the attack on Sumy, said the head of the city council, Artem Kobzar, on Telegram.', 'injured', 4, 'Artem Kobzar'],
    ['Eleven shells hit the border village of Pokrovka, said the district governor, Oksana Rudenko, in a post on Facebook.', 'hit', 11, 'Oksana Rudenko'],
  ]);
});

test('the report told goes on past another speaker\'s quote that counts nothing, and over a clause its source negates', () => {
  check([
    ['The district police said the raid started before dawn. "We will rebuild every house," Mayor Olha Bilyk said. Seven garages were damaged in the village of Lypky.', 'damaged', 7, 'The district police'],
    ['The border service said the attack started before dawn.\n\n"Nobody here slept," Deputy Mayor Taras Hnat said.\n\nNine people were hurt in the village of Lypky.', 'injured', 9, 'The border service'],
    ['The regional prosecutor said the shelling did not stop until morning. Eleven people were wounded in the town of Orikhiv.', 'injured', 11, 'The regional prosecutor'],
    ['Ukrinform reported, citing the head of the district, Marta Levchuk, that the raid started before dawn. Six people were wounded in the town of Orikhiv.', 'injured', 6, 'Marta Levchuk'],
    // An evacuation told next is the report's too, not the quoted speaker's.
    ['The regional council said the raid started before dawn. "Our town will stand," said Petro Savchuk, a retired engineer. Forty residents were evacuated from the village of Lypky.', 'evacuated', 40, 'The regional council'],
  ]);
});

test('after a source, background tied to the attack and the reporter\'s own scene are no one\'s account', () => {
  check([
    ['The district police said the raid started before dawn. The raid came two days after a drone strike killed 8 people in Romny.', 'killed', 8, null],
    ['The governor said the raid started before dawn. It followed a strike last Sunday in which 13 people were wounded in Okhtyrka.', 'injured', 13, null],
    ['The governor said the raid started before dawn. Four storage sheds caught fire on the edge of the village of Lypky.', 'damaged', 4, null],
    ['The governor said the raid started before dawn. Fires broke out in six warehouses near the station in Kovel.', 'damaged', null, null],
    ['The governor said the raid started before dawn. No injuries were reported in the village, where 15 houses were damaged.', 'damaged', 15, null],
    // The report goes on after the aside.
    ['The district police said the raid started before dawn. The raid came two days after drones struck the port of Izmail. Twelve houses were damaged in the village of Lypky.', 'damaged', 12, 'The district police'],
  ]);
});

test('a break word that keeps to the report\'s own time ("since midnight") does not end the report; another time still does', () => {
  check([
    ['The air command said the raid started before dawn. Since midnight, 27 drones have been downed over the Volyn region.', 'intercepted', 27, 'The air command'],
    ['The air command said the raid started before dawn. Since midnight last year, 27 drones have been downed over the Volyn region.', 'intercepted', 27, null],
  ]);
});
