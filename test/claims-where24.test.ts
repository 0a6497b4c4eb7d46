import { test } from 'node:test';
import { expectAll } from './helpers/where.js';

// Totals and their breakdowns by place (where24): own sentences, names and figures made up or varied.
// GUIDELINES: one claim for the total, at the place the total is given for, and one per place of the breakdown.

test('a total broken down after a colon is not at the first part\'s place', () => {
  expectAll([
    ['BEIRUT - Israeli strikes on villages in southern Lebanon killed eight people on Thursday: five in Bint Jbeil, two in Marjayoun and one in Tyre, the health ministry said.', 'killed', 8, /Lebanon/],
    ['BEIRUT - Israeli strikes on villages in southern Lebanon killed eight people on Thursday: five in Bint Jbeil, two in Marjayoun and one in Tyre, the health ministry said.', 'killed', 5, /^Bint Jbeil/],
    ['Air raids overnight killed nine people, Lebanon\'s health ministry said on Friday: six in the town of Houla, two in the village of Kfar Kila and one in Tyre.', 'killed', 9, /^Lebanon/],
    ['Air raids hit the south overnight, and Lebanon\'s health ministry said on Friday that nine people were killed: six in Nabatieh, two in the village of Houla and one in Tyre.', 'killed', 9, /^Lebanon/],
    ['Shelling across the Kherson region wounded 11 civilians on Sunday: seven in Kherson city, three in Bilozerka and one in Antonivka, the governor said.', 'injured', 11, /Kherson region/],
  ]);
});

test('a part told with its own "of them" takes the finer place its own words name', () => {
  expectAll([
    ['GAZA - Shelling killed at least 27 people across the Gaza Strip on Sunday, nine of them in a tent camp for displaced families in Khan Younis\'s Mawasi area, medics said.', 'killed', 9, /Mawasi/],
    ['GAZA - Shelling killed at least 27 people across the Gaza Strip on Sunday, nine of them in a tent camp for displaced families in Khan Younis\'s Mawasi area, medics said.', 'killed', 27, /Gaza Strip/],
    ['Air strikes killed 40 people across Gaza on Tuesday, 15 of them in a school in Gaza City\'s Shejaiya neighbourhood, the civil defence said.', 'killed', 15, /Shejaiya/],
  ]);
});

test('a place a later part\'s own participle leads to is that part\'s, not the salvo\'s', () => {
  expectAll([
    ['KYIV - The air force said Russia used 52 missiles of various types, including 14 cruise missiles launched from bombers over the Saratov region, 8 Kinzhal missiles and 30 S-300 missiles fired at Zaporizhzhia, as well as 70 drones.', 'launched', 52, /^Ukraine/],
    ['KYIV - The air force said Russia used 52 missiles of various types, including 14 cruise missiles launched from bombers over the Saratov region, 8 Kinzhal missiles and 30 S-300 missiles fired at Zaporizhzhia, as well as 70 drones.', 'launched', 8, /^Ukraine/],
    ['KYIV - The air force said Russia used 52 missiles of various types, including 14 cruise missiles launched from bombers over the Saratov region, 8 Kinzhal missiles and 30 S-300 missiles fired at Zaporizhzhia, as well as 70 drones.', 'launched', 30, /^Zaporizhzhia/],
    ['Russia fired 33 missiles overnight, among them 9 Iskander missiles and 24 S-300 missiles aimed at Kharkiv, Ukraine\'s air force said.', 'launched', 33, /^Ukraine/],
    ['Russia fired 33 missiles overnight, among them 9 Iskander missiles and 24 S-300 missiles aimed at Kharkiv, Ukraine\'s air force said.', 'launched', 24, /^Kharkiv/],
  ]);
});
