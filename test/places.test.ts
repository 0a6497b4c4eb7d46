import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryOfName, findPlaces, lookupAirport, lookupPlace, resolveSpans } from '../src/places/index.ts';

// A made-up report, written for this test.
const REPORT = 'Ukrainian drones struck targets in the Moscow region overnight, and Moscow said 40 were ' +
  'downed. Officials in the Kursk region and in Ramenskoye district reported debris. The Yaroslavl and ' +
  'Nizhny Novgorod regions were also targeted. Delegates later met in New Delhi.';

function find(text: string, surface: string) {
  return findPlaces(text).find((p) => p.text === surface || p.text.startsWith(surface));
}

test('the build output loads and answers a lookup', () => {
  assert.equal(lookupPlace('Moscow')?.geonameid, 524901);
});

test('Moscow is the city, the Moscow region is the oblast', () => {
  const city = lookupPlace('Moscow');
  assert.equal(city?.admin1, '48');
  assert.equal(city?.precision, 'city');
  const region = lookupPlace('the Moscow region');
  assert.equal(region?.admin1, '47');
  assert.equal(region?.precision, 'region');
  assert.equal(find(REPORT, 'Moscow region')?.place?.admin1, '47');
});

test('Kursk region, Ramenskoye district, New Delhi', () => {
  assert.equal(lookupPlace('Kursk region')?.featureCode, 'ADM1');
  assert.equal(lookupPlace('Kursk region')?.admin1, '41');
  const ram = find(REPORT, 'Ramenskoye');
  assert.equal(ram?.place?.country, 'RU');
  assert.equal(ram?.place?.admin1, '47');
  assert.equal(ram?.place?.precision, 'district');
  assert.equal(find(REPORT, 'New Delhi')?.place?.geonameid, 1261481);
});

test('coordinated regions: Yaroslavl and Nizhny Novgorod regions', () => {
  assert.equal(find(REPORT, 'Yaroslavl')?.place?.admin1, '88');
  assert.equal(find(REPORT, 'Nizhny Novgorod')?.place?.admin1, '51');
});

test('demonym and metonym roles', () => {
  assert.equal(find(REPORT, 'Ukrainian')?.role, 'demonym');
  assert.equal(find(REPORT, 'Ukrainian')?.place?.country, 'UA');
  const said = findPlaces(REPORT).find((p) => p.text === 'Moscow');
  assert.equal(said?.role, 'metonym');
});

test('Paris, Texas and Paris in a Texas story', () => {
  assert.equal(lookupPlace('Paris, Texas')?.admin1, 'TX');
  const story = 'The county fair opened in Paris on Friday. The Lamar County sheriff and officials from Texas towns attended.';
  assert.equal(find(story, 'Paris')?.place?.country, 'US');
  assert.equal(lookupPlace('Paris')?.country, 'FR');
});

test('names that are not places here', () => {
  const text = 'Paris Hilton spoke at Columbia University in May. Police said nothing.';
  const found = findPlaces(text).map((p) => p.text);
  assert.deepEqual(found, []);
});

test('transliteration variants', () => {
  assert.equal(lookupPlace('Zhukovsky')?.geonameid, lookupPlace('Zhukovskiy')?.geonameid);
  assert.equal(lookupPlace('Kiev')?.country, 'UA');
});

test('countryOfName', () => {
  assert.deepEqual(countryOfName('Ukrainian'), { iso2: 'UA', iso3: 'UKR', name: 'Ukraine' });
  assert.equal(countryOfName('U.S.')?.iso3, 'USA');
  assert.equal(countryOfName("Russia's")?.iso2, 'RU');
  assert.equal(countryOfName('Türkiye')?.iso2, 'TR');
  assert.equal(countryOfName('Turkey')?.iso2, 'TR');
  assert.equal(countryOfName('Atlantis'), null);
});

test('resolveSpans uses the whole text', () => {
  const text = 'Storms hit Bangor, Maine on Monday.';
  const [p] = resolveSpans(text, [{ start: 11, end: 17 }]);
  assert.equal(p?.admin1, 'ME');
});

test('Arabic place names: article dropped or spelt El, -ah written -a; the Kurdistan Region is in Iraq', () => {
  assert.equal(lookupPlace('Hudaydah')?.country, 'YE');
  assert.equal(lookupPlace('Misrata')?.country, 'LY');
  assert.equal(lookupPlace('Kurdistan Region')?.country, 'IQ');
});

test('a state named among its sister states is the state, not the country of that name', () => {
  const text = 'The group had members in Arizona and Oregon before the case in Georgia.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const [ga] = resolveSpans(text, [at('Georgia')]);
  assert.equal(ga?.country, 'US');
  const world = 'Russia and Georgia fought in 2008; Ukraine watched.';
  const [ge] = resolveSpans(world, [{ start: world.indexOf('Georgia'), end: world.indexOf('Georgia') + 7 }]);
  assert.equal(ge?.country, 'GE');
});

test('a region point lies near the middle of its land, not where its towns crowd', () => {
  // New South Wales: inland, not at the Sydney coast where most of its towns are.
  const nsw = lookupPlace('New South Wales');
  assert.ok(nsw && nsw.lon < 149.5 && nsw.lon > 145, `New South Wales at ${nsw?.lat},${nsw?.lon}`);
});

test('a particle written apart or joined is the same name: DeSoto Parish is De Soto Parish', () => {
  assert.equal(lookupPlace('DeSoto Parish')?.admin1, 'LA');
  assert.equal(lookupPlace('De Kalb, Illinois')?.admin1, 'IL');
});

test('a town and a county that meet pick each other over better-known namesakes', () => {
  const text = 'Paris and Henry County have a rich history, and Henry County schools lead the state.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const [paris, henry] = resolveSpans(text, [at('Paris'), at('Henry County')]);
  assert.equal(paris?.admin1, 'TN');
  assert.equal(henry?.admin1, 'TN');
});

test('a list of states names states: Washington and Wyoming among them are not the capital or a town', () => {
  const text = 'Recalled lettuce was sold in Michigan, Oregon, Washington and Wyoming, the agency said.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const [wa, wy] = resolveSpans(text, [at('Washington'), at('Wyoming')]);
  assert.equal(wa?.featureCode, 'ADM1');
  assert.equal(wa?.admin1, 'WA');
  assert.equal(wy?.featureCode, 'ADM1');
  // A list of countries names countries: Niger is not Nigeria's Niger State.
  const west = 'Locusts spread across Mali, Chad and Niger this spring.';
  const [ne] = resolveSpans(west, [{ start: west.indexOf('Niger'), end: west.indexOf('Niger') + 5 }]);
  assert.equal(ne?.country, 'NE');
  assert.equal(ne?.featureCode, 'PCLI');
});

test('a country point is the GeoNames point, the convention of news gazetteer sets', () => {
  for (const [name, lat, lon] of [['China', 35, 105], ['United States', 39.76, -98.5], ['Russia', 60, 100]] as const) {
    const p = lookupPlace(name);
    assert.ok(p, `${name} resolves`);
    const km = 111 * Math.hypot(p.lat - lat, (p.lon - lon) * Math.cos((lat * Math.PI) / 180));
    assert.ok(km < 5, `${name} ${km.toFixed(0)} km from the GeoNames point`);
  }
});

test('a state point comes from the states reference unless it sits on a big town', () => {
  const on = lookupPlace('Ontario');
  assert.ok(on && on.lat > 48, `Ontario at ${on?.lat}: the middle of the province, not its crowded south`);
  const ny = lookupPlace('New York State');
  assert.ok(ny && ny.lat > 42, `New York State at ${ny?.lat}: upstate, not New York City`);
});

test('airports: by full name, by name before an airport word, by a one-word name, and by code', () => {
  const text = 'Flights stopped at Kazan International Airport and at Sheremetyevo, and the Vnukovo and ' +
    'Domodedovo airports closed. Later a drone was seen near Moscow airport; the JFK airport queue grew.';
  const at = (s: string) => findPlaces(text).find((p) => p.text.startsWith(s));
  for (const [surface, iata] of [['Kazan International Airport', 'KZN'], ['Sheremetyevo', 'SVO'], ['Vnukovo', 'VKO'], ['Domodedovo', 'DME'], ['JFK airport', 'JFK']] as const) {
    const p = at(surface)?.place;
    const airport = lookupAirport(iata);
    assert.equal(p?.featureCode, 'AIRP', surface);
    assert.equal(p?.precision, 'point', surface);
    assert.deepEqual([p?.lat, p?.lon], [airport?.lat, airport?.lon], surface);
  }
  // No airport is called "Moscow" in Russia: the city stays, not an airport of that name abroad.
  assert.equal(at('Moscow')?.place?.country, 'RU');
  assert.equal(at('Moscow')?.place?.featureCode, 'PPLC');
  assert.equal(lookupAirport('UUEE')?.name, lookupAirport('svo')?.name);
  assert.equal(lookupAirport('ZZZ'), null);
  // A code that spells a word names nothing: "The state" is not Teresina's airport (THE).
  assert.deepEqual(findPlaces('The state said so.'), []);
});

test('regions go by the names their countries use, and a state point geocoded to another state is not used', () => {
  assert.equal(lookupPlace('Puglia')?.admin1, lookupPlace('Apulia')?.admin1);
  assert.equal(lookupPlace('Niedersachsen')?.name, 'Lower Saxony');
  // The reference point of Chiriquí lies by Panama City; the province is in the far west.
  const chiriqui = lookupPlace('Chiriquí Province');
  assert.ok(chiriqui && chiriqui.lon < -81.5, `Chiriquí at ${chiriqui?.lat},${chiriqui?.lon}`);
});

test('names listed before a plural region word are regions: "the Belgorod, Kursk and Bryansk regions"', () => {
  const text = 'Drones were downed over the Belgorod, Kursk and Bryansk regions overnight.';
  const got = findPlaces(text).map((p) => [p.text, p.place?.featureCode]);
  assert.deepEqual(got, [['Belgorod', 'ADM1'], ['Kursk', 'ADM1'], ['Bryansk regions', 'ADM1']]);
});

test('short acronyms name organisations, not villages spelt alike; a dateline in capitals stays a place', () => {
  assert.deepEqual(findPlaces('NATO allies met as TASS and the UN reported the strike.'), []);
  assert.deepEqual(findPlaces('The Arab League condemned the attack.'), []);
  assert.equal(findPlaces('MOSCOW (Reuters) - Drones were downed overnight.')[0]?.place?.country, 'RU');
});

test('a minor place name used as a word of a title or as a noun after "the" is no place; as a qualifier it is', () => {
  assert.deepEqual(findPlaces('The Alliance between our two nations has been forged in blood.'), []);
  assert.deepEqual(findPlaces('They signed the Agreement for the Exchange of Naval Nuclear Propulsion Information.'), []);
  assert.equal(findPlaces('Pilgrims visited the Pewaukee monastery in the spring.')[0]?.text, 'Pewaukee');
});

test('"X region" finds the oblast GeoNames names plainly X, even when a raion shares the core; feature words stay with their name', () => {
  assert.equal(lookupPlace('Donetsk region')?.featureCode, 'ADM1');
  assert.equal(lookupPlace('Donetsk district')?.featureCode, 'ADM2');
  assert.equal(lookupPlace('Moscow region')?.name, 'Moscow Oblast');
  const got = findPlaces('Israeli jets struck targets in the Bekaa Valley overnight.').map((p) => p.text);
  assert.deepEqual(got, ['Israeli', 'Bekaa']);
});

test('a wire dateline names the city filed from: WASHINGTON is the capital, not the state', () => {
  const text = 'WASHINGTON (AP) — The Pentagon said on Monday it would send more air defence systems to the region.';
  assert.equal(findPlaces(text)[0]?.place?.admin1, 'DC');
  // The dateline opens the body after a headline, with nothing else in the text naming the capital.
  const headed = 'Storm damage delays depot repairs. WASHINGTON — Crews worked through the weekend to restore power to the depots.';
  assert.equal(findPlaces(headed).find((p) => p.text === 'WASHINGTON')?.place?.admin1, 'DC');
  const plain = 'Washington passed a new law on wildfire prevention, state lawmakers said.';
  assert.notEqual(findPlaces(plain)[0]?.place?.featureCode, 'PPLC');
});
