import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../src/pipeline.js';
import type { Claim } from '../src/types.js';

// Where a claim happened, one class of conflict-news wording per test (own sentences, written for this file).

function claimsOf(text: string, published = '2025-07-04'): Claim[] {
  return extractArticle({ id: 'fx-places', title: null, published, text }).claims;
}

function placeOf(claims: readonly Claim[], kind: string, value: number | null): string | null | undefined {
  const found = claims.find((c) => c.kind === kind && c.value === value);
  assert.ok(found, `no ${kind} ${value} in ${claims.map((c) => `${c.kind} ${c.value} @${c.where?.text}`).join(' | ')}`);
  return found.where?.text ?? null;
}

test('a national total with one part placed in a region is the country\'s, the part the region\'s', () => {
  const claims = claimsOf('Russian air defence forces downed 148 Ukrainian drones overnight, including 52 over the Voronezh region, the ministry said.');
  assert.equal(placeOf(claims, 'intercepted', 148), 'Russia');
  assert.equal(placeOf(claims, 'intercepted', 52), 'Voronezh region');
});

test('a total with parts in two regions keeps each part in its own region, not the other one', () => {
  const claims = claimsOf('Air defences destroyed 60 drones over Russia, including 22 over the Belgorod region and 9 over the Oryol region.');
  assert.equal(placeOf(claims, 'intercepted', 22), 'Belgorod region');
  assert.equal(placeOf(claims, 'intercepted', 9), 'Oryol region');
});

test('a clause joined by ", and" that opens a new count is placed by its own words', () => {
  const claims = claimsOf('Paramedics said 7 people were hurt in Ashdod and Ashkelon, and two women were seriously injured in Netanya.');
  assert.match(placeOf(claims, 'injured', 7) ?? '', /Ashdod/);
  assert.equal(placeOf(claims, 'injured', 2), 'Netanya');
});

test('a count "across the country" is the country\'s, not a city the sentence also names', () => {
  const claims = claimsOf('Drones were downed near Multan and Quetta, the army said, adding that 31 drones were destroyed across the country.');
  assert.equal(placeOf(claims, 'intercepted', 31), 'Pakistan');
});

test('a count across the country attacked is that country\'s, not the attacker\'s', () => {
  const claims = claimsOf('Russian forces struck Ukraine with drones overnight, killing 9 people across the country, officials said.');
  assert.equal(placeOf(claims, 'killed', 9), 'Ukraine');
});

test('a damaged site named after its place is placed there, known or not to the gazetteer', () => {
  const known = claimsOf('Ukrainian drones struck the Saratov oil refinery overnight, causing a fire.');
  // The named site itself (places/sites.ts, where9f) or its town: the evaluator reads both as the town.
  assert.match(placeOf(known, 'damaged', null) ?? '', /^Saratov(?: oil refinery)?$/);
  const unlisted = claimsOf('Bombers hit the Fordow enrichment facility early on Sunday, state media said.');
  assert.match(placeOf(unlisted, 'damaged', null) ?? '', /^Fordow(?: enrichment facility)?$/);
});

test('an airspace closure told beside a closure of named airports is the country\'s; the airports are counted apart', () => {
  const claims = claimsOf('Iraq halted all flights at Baghdad and Erbil airports and closed its airspace on Friday.');
  const closures = claims.filter((c) => c.kind === 'airport_closed');
  assert.deepEqual(closures.map((c) => c.value).sort(), [2, null]);
  assert.equal(closures.find((c) => c.value === null)?.where?.text, 'Iraq');
});

test('an airport that was struck stays the scene of the airspace closure it caused', () => {
  const claims = claimsOf('A drone hit the terminal of Ramon Airport, and the airspace was closed for two hours.');
  const closure = claims.find((c) => c.kind === 'airport_closed');
  assert.match(closure?.where?.text ?? '', /Ramon/);
});

test('airports sharing one noun are counted with multi-word names and without their owning city', () => {
  const multi = claimsOf('Authorities suspended all flights at Imam Khomeini and Mehrabad airports on Monday.');
  assert.equal(multi.find((c) => c.kind === 'airport_closed')?.value, 2);
  const owned = claimsOf("Moscow's Vnukovo and Domodedovo airports briefly halted flights overnight.");
  const closure = owned.find((c) => c.kind === 'airport_closed');
  assert.equal(closure?.value, 2);
  assert.equal(closure?.where?.text, 'Moscow');
});

test('flights halted at a list of airports close the airports, with no separate flight disruption', () => {
  const claims = claimsOf('Flights were halted at Kaluga, Tambov and Lipetsk airports on Saturday night.');
  assert.equal(claims.find((c) => c.kind === 'airport_closed')?.value, 3);
  assert.ok(!claims.some((c) => c.kind === 'flights_disrupted'));
});

test('a multi-topic page places each story\'s claim in its own section', () => {
  const claims = claimsOf([
    'Russo-Ukrainian war',
    'Russian drones strike the port of Reni in Odesa Oblast, Ukraine, injuring three dock workers.',
    'Libyan crisis',
    'Clashes between rival militias kill at least 11 people in Tripoli, Libya.',
  ].join('\n'));
  assert.equal(placeOf(claims, 'injured', 3), 'Reni');
  assert.equal(placeOf(claims, 'killed', 11), 'Tripoli');
});

test('an airspace closure is at the place named with its sky, not another sky the sentence names', () => {
  const over = claimsOf('A drone hit a hangar near Eilat, and the airspace over the Kaliningrad region was closed for three hours.');
  assert.equal(over.find((c) => c.kind === 'airport_closed')?.where?.text, 'Kaliningrad region');
  const two = claimsOf('Authorities closed the airspace over Vilnius for five hours after balloons entered Lithuanian airspace from Belarus.');
  assert.equal(two.find((c) => c.kind === 'airport_closed')?.where?.text, 'Vilnius');
});

test('a city opening the sentence ("In Lviv, …") is recognised and places the claim', () => {
  const claims = claimsOf('In Lviv, regional officials said 6 people were injured.');
  assert.equal(placeOf(claims, 'injured', 6), 'Lviv');
});

test('a place the claim\'s own words name after a fronted city is the more specific place', () => {
  const count = claimsOf('In Dnipro, officials said 12 people were injured in the Samarskyi district.');
  assert.equal(placeOf(count, 'injured', 12), 'Samarskyi district');
  const damage = claimsOf('In Dnipro, a strike damaged houses in the Samarskyi district.');
  assert.equal(placeOf(damage, 'damaged', null), 'Samarskyi district');
});

test('a struck airport is a damaged site, and a paragraph naming no place continues the story\'s place', () => {
  const claims = claimsOf('Rockets struck Mezzeh airport before dawn, the army said.\n\nThree guards were killed and a hangar was destroyed, it added.');
  assert.equal(placeOf(claims, 'killed', 3), 'Mezzeh airport');
  assert.ok(claims.filter((c) => c.kind === 'damaged').every((c) => c.where?.text === 'Mezzeh airport'));
});

test('a topic heading ends the story: its place does not reach the next section', () => {
  const claims = claimsOf('Sahel insurgency\nMilitants kill 12 soldiers at an army post in Djibo, Burkina Faso.\n\nMaritime security\nPirates seize a cargo ship and injure five crew members.');
  assert.equal(placeOf(claims, 'killed', 12), 'Djibo');
  assert.equal(placeOf(claims, 'injured', 5), null);
});

test('a named building damaged in a sentence naming no place is the site, in the story\'s town', () => {
  const claims = claimsOf('Gunmen stormed a hotel in Kismayo on Friday.\n\nWitnesses said parts of the Jazeera Palace Hotel were reduced to rubble.');
  const damage = claims.find((c) => c.kind === 'damaged');
  assert.equal(damage?.where?.text, 'Jazeera Palace Hotel');
  assert.equal(damage?.where?.place?.country, 'SO');
});

test('a local official speaks for their own place, not for the dateline the reporter files from', () => {
  const text = 'ODESA, May 3 (Wire) - Russian forces struck several regions of southern Ukraine overnight, the air force said.\n\n'
    + 'The Mykolaiv regional governor, Vitaliy Kim, said a drone had hit a grain terminal.\n\n'
    + 'Kim said four people were wounded and a warehouse burned down.';
  const claims = claimsOf(text);
  assert.equal(placeOf(claims, 'injured', 4), 'Mykolaiv');
  // "officials in X" inside the claimant name the place the same way.
  const inTown = claimsOf('KYIV, May 3 (Wire) - Officials in Kherson said on Sunday that two people were killed by shelling.');
  assert.equal(placeOf(inTown, 'killed', 2), 'Kherson');
  // An outlet named after a city is no jurisdiction: the fact keeps the story's place.
  const outlet = claimsOf('Drones struck the port of Izmail overnight.\n\nThe Odesa Journal reported that three people were injured.');
  assert.notEqual(placeOf(outlet, 'injured', 3), 'Odesa');
});
