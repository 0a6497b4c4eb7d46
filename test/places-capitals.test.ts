import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, resolveSpans } from '../src/places/index.ts';

// A capital or a city of world renown named alone in news is that city; a namesake only where the
// text points to it (its state named beside it, a story set in that state). Sentences made up for these tests.
const span = (text: string, name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });
const where = (text: string, name: string) => {
  const p = resolveSpans(text, [span(text, name)])[0];
  return p ? `${p.country}${p.country === 'US' ? '.' + p.admin1 : ''}` : 'none';
};
const found = (text: string, name: string) => {
  const p = findPlaces(text).find((m) => m.text === name)?.place;
  return p ? `${p.country}${p.country === 'US' ? '.' + p.admin1 : ''}` : 'none';
};

const WORLD: [string, string, string][] = [
  ['Protesters marched through Rome on Saturday against the new pension law.', 'Rome', 'IT'],
  ['Thousands gathered in Athens to mourn the victims of the train crash.', 'Athens', 'GR'],
  ['The trade fair in Hanover drew exhibitors from seventy countries.', 'Hanover', 'DE'],
  ['A knife attack near a Paris railway station left two people wounded.', 'Paris', 'FR'],
  ['Ministers met in Dublin to discuss the housing crisis.', 'Dublin', 'IE'],
  ['Ceasefire talks in Cairo resumed on Monday, mediators said.', 'Cairo', 'EG'],
  ['Floods in Lima displaced hundreds of families after a week of rain.', 'Lima', 'PE'],
  ['Police in Berlin arrested three men after a raid on a warehouse.', 'Berlin', 'DE'],
  ['Air strikes hit the outskirts of Damascus overnight.', 'Damascus', 'SY'],
  ['The nuclear talks in Vienna were adjourned until next month.', 'Vienna', 'AT'],
  ['The Pentagon said an American delegation would travel to Rome next week.', 'Rome', 'IT'],
  ['Firefighters in Lisbon battled a blaze in an old apartment block.', 'Lisbon', 'PT'],
  ['Heavy rain flooded streets in London on Tuesday and delayed trains.', 'London', 'GB'],
  ['Liverpool fans clashed with police in Rome before the match.', 'Rome', 'IT'],
  ['Supporters from Manchester travelled to Athens for the final.', 'Athens', 'GR'],
  ['Cholera cases rose in Kingston after the hurricane, health officials said.', 'Kingston', 'JM'],
];

const NAMESAKE: [string, string, string][] = [
  ['A tornado damaged homes in Athens, Georgia, on Sunday.', 'Athens', 'US.GA'],
  ['The rodeo in Paris, Texas, was cancelled because of the heat.', 'Paris', 'US.TX'],
  ['Ohio University closed its campus in Athens after the storm, and schools in Columbus and Cincinnati shut too.', 'Athens', 'US.OH'],
  ['Police in Moscow, Idaho, said the suspect was arrested in Pennsylvania.', 'Moscow', 'US.ID'],
  ['The Rome City Council voted to raise water rates, and Floyd County commissioners agreed.', 'Rome', 'US.GA'],
  ['The Dublin Police Department said the crash closed a road near Columbus, Ohio.', 'Dublin', 'US.OH'],
  ['Voters in Lebanon, Tennessee, approved the school levy.', 'Lebanon', 'US.TN'],
  ['A fire destroyed a barn outside Berlin, New Hampshire, on Friday.', 'Berlin', 'US.NH'],
];

test('a capital or a city known the world over, named alone in news, is that city (given spans)', () => {
  const wrong = WORLD.filter(([t, n, want]) => where(t, n) !== want).map(([t, n]) => `${n}: ${where(t, n)} in "${t}"`);
  assert.deepEqual(wrong, []);
});

test('a capital or a city known the world over, named alone in news, is that city (found in text)', () => {
  const wrong = WORLD.filter(([t, n, want]) => found(t, n) !== want).map(([t, n]) => `${n}: ${found(t, n)} in "${t}"`);
  assert.deepEqual(wrong, []);
});

test('a namesake is kept where the text points to it', () => {
  const wrong = NAMESAKE.filter(([t, n, want]) => where(t, n) !== want).map(([t, n]) => `${n}: ${where(t, n)} in "${t}"`);
  assert.deepEqual(wrong, []);
  const wrong2 = NAMESAKE.filter(([t, n, want]) => found(t, n) !== want).map(([t, n]) => `${n}: ${found(t, n)} in "${t}"`);
  assert.deepEqual(wrong2, []);
});
