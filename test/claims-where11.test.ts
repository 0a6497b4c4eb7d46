import { test } from 'node:test';
import { expectAll } from './helpers/where.js';

// The place of a count on a page of several stories (where11): own pages, names and figures made up or varied, none
// of them in data/claims/train/*.jsonl, which the place ranker learns from. A place only another story of the page
// names is no candidate of a count (src/claims/sectionscope.ts); a live page's update goes on with its headline's story.

const ROUND_UP_HEADINGS = [
  'Morning briefing: drones over Zhytomyr, shelling near Kadugli, raid in Magway',
  '',
  'Ukraine: A Night Of Drones',
  'Russian drones struck Zhytomyr overnight, regional officials said. Air defences destroyed 41 drones over the country, the air force said.',
  '',
  'Sudan: Camp Shelled',
  'Paramilitary shelling of a camp near Kadugli killed 12 people on Sunday, medics said. Another 30 were wounded, they said.',
  '',
  'Myanmar: Monastery Hit',
  'A junta air strike on a monastery in Magway region killed 7 people, a local aid group said. Four people were injured.',
].join('\n');

const ROUND_UP_CAPITALS = [
  'The Sunday Digest: Kharkiv hit; Rafah strike; Port Sudan drones',
  '',
  'UKRAINE: APARTMENT BLOCK HIT',
  'A Russian glide bomb hit an apartment block in Kharkiv on Saturday, the regional governor said. Nine people were injured.',
  '',
  'GAZA: TENT CAMP STRUCK',
  'An Israeli strike on tents near Rafah killed eight people, the health ministry said. Dozens of tents were destroyed.',
  '',
  'SUDAN: DRONES OVER THE PORT',
  'The army said its air defences shot down six drones over Port Sudan. Nobody was hurt, officials said.',
  '',
  'ALSO NOTED',
  'The air force said Russia had launched 57 drones at Ukraine overnight, of which 44 were downed.',
].join('\n');

// The headline names every story's place: a count of the first story is not at the place the headline names last.
const HEADLINE_OF_ALL = [
  'Weekend round-up: Odesa port struck; Khan Younis strike; El Obeid drones',
  '',
  'ODESA: PORT STRUCK AGAIN',
  'Russian missiles struck port facilities in Odesa overnight, the regional governor said. The air force said Russia fired 16 missiles and 88 drones. Air defences destroyed 70 drones.',
  '',
  'GAZA: STRIKE ON A SCHOOL',
  'An Israeli strike on a school sheltering families in Khan Younis killed 11 people, medics said.',
  '',
  'SUDAN: DRONES OVER EL OBEID',
  'Drones struck a fuel depot in El Obeid on Friday, the army said. Three guards were killed.',
].join('\n');

const LIVE = [
  'Live: drone sightings close Vilnius airport',
  '',
  '21:05 - Vilnius airport has suspended flights after objects were spotted near the runway, the operator says.',
  '',
  '21:40 - The operator says 14 flights have been cancelled so far.',
  '',
  '22:15 - In Poland, the army says two drones were shot down near Lublin overnight.',
  '',
  '23:00 - Three more flights were cancelled, the operator says.',
].join('\n');

const LIVE_CITY = [
  'Dnipro under attack: live updates',
  '',
  '04:10 - Explosions are heard across Dnipro as air defences engage, the mayor says.',
  '',
  '04:45 - In the Zaporizhzhia region, the governor says a drone hit a farm building; no one was hurt.',
  '',
  '05:20 - The mayor says 6 people have been injured so far across the city.',
].join('\n');

test('a count of one story of a round-up is at its own story\'s place, not another story\'s (headings)', () => {
  expectAll([
    [ROUND_UP_HEADINGS, 'intercepted', 41, /^Ukraine$/],
    [ROUND_UP_HEADINGS, 'killed', 12, /Kadugli/],
    [ROUND_UP_HEADINGS, 'injured', 30, /Kadugli/],
    [ROUND_UP_HEADINGS, 'killed', 7, /Magway/],
    [ROUND_UP_HEADINGS, 'injured', 4, /Magway/],
  ]);
});

test('headings in capitals open a story of their own', () => {
  expectAll([
    [ROUND_UP_CAPITALS, 'injured', 9, /Kharkiv/],
    [ROUND_UP_CAPITALS, 'killed', 8, /Rafah/],
    [ROUND_UP_CAPITALS, 'intercepted', 6, /Port Sudan/],
    [ROUND_UP_CAPITALS, 'launched', 57, /^Ukraine$/],
    [ROUND_UP_CAPITALS, 'intercepted', 44, /^Ukraine$/],
  ]);
});

test('a headline naming every story\'s place places no count of the first story at another story\'s place', () => {
  expectAll([
    [HEADLINE_OF_ALL, 'launched', 16, /Odesa|Ukraine/],
    [HEADLINE_OF_ALL, 'launched', 88, /Odesa|Ukraine/],
    [HEADLINE_OF_ALL, 'intercepted', 70, /Odesa|Ukraine/],
    [HEADLINE_OF_ALL, 'killed', 11, /Khan Younis/],
    [HEADLINE_OF_ALL, 'killed', 3, /El Obeid/],
  ]);
});

test('a live update that names no place is at the place its page\'s headline names, not the update before\'s', () => {
  expectAll([
    [LIVE, 'flights_disrupted', 14, /Vilnius/],
    [LIVE, 'intercepted', 2, /Lublin/],
    [LIVE, 'flights_disrupted', 3, /Vilnius/],
    [LIVE_CITY, 'injured', 6, /Dnipro/],
  ]);
});

test('a paragraph of another story without a heading keeps to its own place', () => {
  expectAll([
    ['Russian drones hit a fuel depot in Sumy overnight, killing two workers, the governor said.\n\nIn other news, Georgian police said a gas explosion tore through a market near Batumi. Eleven people were injured, police said.\n\nElsewhere, Pakistan\'s army said it killed 5 militants in a raid near Bannu.', 'injured', 11, /Batumi/],
    ['Russian drones hit a fuel depot in Sumy overnight, killing two workers, the governor said.\n\nIn other news, Georgian police said a gas explosion tore through a market near Batumi. Eleven people were injured, police said.\n\nElsewhere, Pakistan\'s army said it killed 5 militants in a raid near Bannu.', 'killed', 5, /Bannu/],
  ]);
});

test('a place weapons were fired from by their carrier is no scene of the counts after it', () => {
  expectAll([
    ['Russia attacked Ukraine overnight with 60 drones and 8 missiles, the air force said.\n\nOf the missiles, five were launched from the Kursk region and three were cruise missiles fired from Tu-22 bombers over the Black Sea, the air force said. Air defences destroyed 40 drones and two cruise missiles.', 'intercepted', 40, /^Ukraine$/],
    ['Russia attacked Ukraine overnight with 60 drones and 8 missiles, the air force said.\n\nOf the missiles, five were launched from the Kursk region and three were cruise missiles fired from Tu-22 bombers over the Black Sea, the air force said. Air defences destroyed 40 drones and two cruise missiles.', 'launched', 60, /^Ukraine$/],
    ['Explosions were heard in Zaporizhzhia before dawn, the city council said.\n\nThe air force said Russia used 30 missiles, including 8 cruise missiles launched from strategic bombers over the Saratov region, and 45 drones. Air defence destroyed 33 of the drones.', 'intercepted', 33, /Ukraine|Zaporizhzhia/],
  ]);
});

test('the airports flights were diverted to are no place of the disruption', () => {
  expectAll([
    ['Warsaw Chopin airport halted traffic for three hours after drone sightings on Tuesday evening.\n\nThe airport said 23 flights were diverted, mostly to Gdansk and Katowice, and 9 departures were cancelled.', 'flights_disrupted', 23, /Warsaw/],
    ['Warsaw Chopin airport halted traffic for three hours after drone sightings on Tuesday evening.\n\nThe airport said 23 flights were diverted, mostly to Gdansk and Katowice, and 9 departures were cancelled.', 'flights_disrupted', 9, /Warsaw/],
    ['Oslo airport was closed for two hours on Friday night after a drone was seen near the runway, police said. Seven incoming flights were redirected to Stockholm and Gothenburg.', 'flights_disrupted', 7, /Oslo/],
  ]);
});

test('a word of control joined to a name ("Houthi-held") is no place of a count', () => {
  expectAll([
    ['Israeli air strikes on Houthi-held areas of Yemen killed at least 14 people and wounded 60, the Houthi-run health ministry said on Monday.', 'killed', 14, /Yemen/],
    ['Government shelling of rebel-held districts of Taiz killed 5 civilians, medics said.', 'killed', 5, /Taiz/],
  ]);
});
