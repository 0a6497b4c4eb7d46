import { test } from 'node:test';
import { checkClaimants, type ClaimantCase } from './helpers/claimant.js';

// Round claimant13: who says so on running stories and live pages (train21/22 odd items read for their shapes only);
// sentences written for these tests, with names, places and numbers of their own. Each case: text, kind, value, claimant.
const check = (cases: readonly ClaimantCase[]): void => checkClaimants(cases, 'Strikes overnight');

test('an hour opening an entry with no comma is no part of the source after it, and "he" after it points back to that source', () => {
  check([
    ['Drones hit Sumy overnight. At 7:15 regional governor Oleh Marchenko reported two dead and 9 injured in the city.', 'injured', 9, 'regional governor Oleh Marchenko'],
    ['Drones hit Sumy overnight. At 7:15 regional governor Oleh Marchenko reported two dead and 9 injured in the city. By noon he put the number of injured at 14.', 'injured', 14, 'regional governor Oleh Marchenko'],
    ['Shelling hit Nikopol before dawn. Shortly after midnight the city mayor wrote that 4 people were wounded.', 'injured', 4, 'the city mayor'],
    ['Missiles struck the port of Izmail. By 9 a.m. on Sunday the navy said 3 sailors had been killed.', 'killed', 3, 'the navy'],
    ['A drone struck a bus depot in Kramatorsk. Around 11:40 police said 5 passengers were hurt.', 'injured', 5, 'police'],
  ]);
});

test('a count opening with an hour names no source of its own: the hour is not read as one', () => {
  check([
    ['At 6:20 a drone hit a shop in Balakliia and 2 people were injured.', 'injured', 2, null],
  ]);
});

test('a meeting whose host is named after a lower-case title, behind an opening phrase, has that host as a party', () => {
  check([
    ['On Friday, army chief General Tun Lwin received Thai Foreign Minister Somchai Rattana in Naypyitaw.', 'meeting', null, 'army chief General Tun Lwin and Thailand (army chief General Tun Lwin and Thai Foreign Minister Somchai Rattana)'],
    ['Earlier this week, opposition leader Maria Duarte met Brazilian President Joao Lima in Brasilia, state television said.', 'meeting', null, 'opposition leader Maria Duarte and Brazil (opposition leader Maria Duarte and Brazilian President Joao Lima)'],
    ['On Wednesday, rebel commander Idris Kanu hosted Ghanaian Foreign Minister Kofi Mensah at his base in Kailahun.', 'meeting', null, 'rebel commander Idris Kanu and Ghana (rebel commander Idris Kanu and Ghanaian Foreign Minister Kofi Mensah)'],
  ]);
});

test("a live page's entry naming its source before a colon, with no verb of saying, is that source's", () => {
  check([
    ['09:10 - Governor Ivan Petrenko: two people injured in a drone strike on Sumy.', 'injured', 2, 'Governor Ivan Petrenko'],
    ['Regional military administration: 3 houses damaged in Kupiansk.', 'damaged', 3, 'Regional military administration'],
    ['The toll rose overnight.\n\n07:40 - Mayor Oleh Tkach: fire at a warehouse in the Shevchenkivskyi district; 4 people injured.', 'injured', 4, 'Mayor Oleh Tkach'],
  ]);
});

test('a place or a label before a colon is no source', () => {
  check([
    ['Sumy region: two people were injured in a drone strike on the city.', 'injured', 2, null],
    ['Update: 5 people injured in Sumy after a drone struck a bus stop.', 'injured', 5, null],
  ]);
});

test("a closure whose clause names its actor, in a sentence whose source speaks only in a later clause, is the actor's", () => {
  check([
    ["Thailand's aviation authority suspended civilian operations at three southern airports until Sunday, and the carrier AirAsia said it had cancelled more than 40 flights on Friday.", 'airport_closed', 3, "Thailand's aviation authority"],
    ["Thailand's aviation authority suspended civilian operations at three southern airports until Sunday, and the carrier AirAsia said it had cancelled more than 40 flights on Friday.", 'flights_disrupted', 40, 'the carrier AirAsia'],
    ['Police closed two airports near Oslo for an hour, and the operator Avinor said 12 flights were diverted.', 'airport_closed', 2, 'Police'],
  ]);
});

test('a closure whose actor is reported by a source of the same clause keeps that source', () => {
  check([
    ['Belgian authorities shut Liege Airport and Ostend Airport for three hours on Monday night after drones were spotted, the federal interior ministry said.', 'airport_closed', 2, 'the federal interior ministry'],
  ]);
});

test('an evacuation after a long placed opening phrase is its acting body\'s', () => {
  check([
    ["In Punjab's Gurdaspur and Pathankot border districts, the district administration evacuated about 1,800 residents to relief camps, officials said.", 'evacuated', 1800, 'the district administration'],
    ['In the villages along the river south of the dam, soldiers evacuated 60 residents, the mayor said.', 'evacuated', 60, 'soldiers'],
  ]);
});

test('a placed giver of figures, and a common-noun source with its acronym in brackets', () => {
  check([
    ['The health ministry in Kassala put the death toll at 6 after the market was shelled.', 'killed', 6, 'The health ministry in Kassala'],
    ['The interior ministry in Tripoli put the death toll at 11 after the strike on the depot.', 'killed', 11, 'The interior ministry in Tripoli'],
    ['A cargo ship was struck near Aden and 3 sailors were hurt, the regional shipping monitor (RSMC) said.', 'injured', 3, 'the regional shipping monitor (RSMC)'],
  ]);
});
