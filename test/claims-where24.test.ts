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

// Flights counted after the airport that closed (where24): own texts, names and figures made up.
test('flights a sentence counts without a place of theirs are the airport the sentences before named', () => {
  expectAll([
    ['OSLO, Feb 3 - Norway closed the airspace over Trondheim\'s Vaernes airport for nearly three hours on Monday night after drones were seen near the runway, police said. Avinor said 12 departures were cancelled and 9 incoming flights were diverted, most of them to Bodo and Oslo.', 'flights_disrupted', 12, /Vaernes airport/],
    ['Aarhus airport was closed for two hours on Friday night after drone sightings, police said. The airport operator said 14 departures were cancelled and 6 arriving flights were diverted to Billund and to Gothenburg in Sweden.', 'flights_disrupted', 6, /^Aarhus airport/],
    ['Vilnius airport halted traffic twice on Sunday evening after balloons were spotted in its airspace, the operator said.\n\nIn all, 17 flights were delayed and four were diverted to Riga.', 'flights_disrupted', 17, /^Vilnius airport/],
    ['Erbil International Airport, the region\'s main hub since Sulaimaniyah airport closed for repairs last year, suspended flights on Tuesday after a drone alert. Two carriers cancelled 11 flights.', 'flights_disrupted', 11, /^Erbil International Airport/],
  ]);
});

test('an airport the text leaves unnamed, or flights were sent to, is not the flights\' place', () => {
  expectAll([
    ['Munich Airport suspended landings for an hour on Thursday after a drone sighting, police said. It was the second such closure at a German airport this week.\n\nAccording to the airport, 21 departures were cancelled.', 'flights_disrupted', 21, /^Munich Airport/],
    ['Gdansk airport closed for 40 minutes after a drone report. Seven flights were diverted to Warsaw Chopin Airport, the operator said.', 'flights_disrupted', 7, /^Gdansk airport/],
  ]);
});

// A night's national tally told after a local scene (where24).
test('a national military body\'s tally of a night\'s salvo, in a sentence that names no place, is the country\'s', () => {
  expectAll([
    ['KYIV, March 4 (Reuters) - Drones struck an industrial site in Poltava overnight, injuring two people, the regional governor said.\n\nThe air force said Russia launched 120 drones and six missiles in all. Air defences shot down 98 of the drones and four of the missiles, it said.', 'intercepted', 98, /^Ukraine/],
    ['A ballistic missile hit a block of flats in Kryvyi Rih before dawn, killing three residents, officials said.\n\nUkraine\'s air force said 61 drones had been downed across the night.', 'intercepted', 61, /^Ukraine/],
    ['Shelling wounded four civilians in the Belgorod region\'s Shebekino district on Monday, governor Vyacheslav Gladkov said.\n\nRussia\'s defence ministry said its air defence units had destroyed 37 drones overnight.', 'intercepted', 37, /^Russia/],
  ]);
});

test('a handful downed, or a tally a local official gives, stays at the town the story is about', () => {
  expectAll([
    ['Drones attacked Sumy overnight and two people were hurt, the regional administration said. Local air defence units shot down 11 drones over the city, the mayor said.', 'intercepted', 11, /^Sumy/],
    ['A drone struck a power substation near Chernihiv overnight, the regional governor said. He said air defences downed six drones over the region.', 'intercepted', 6, /Chernihiv/],
  ]);
});
