/**
 * Namesakes and look-alikes (issue 9, class 2), with sentences written for these tests: the
 * capital against the state of one name, US and Canadian namesakes of world cities, organisations
 * whose names a gazetteer also lists, demonyms; the ranker's confidence and its county lending.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, lookupPlace, resolveSpans } from '../src/places/index.ts';
import { ranker, FEATURES } from '../src/places/rank.ts';

const find = (text: string, surface: string) => findPlaces(text).find((p) => p.text === surface);
const span = (text: string, name: string) => {
  const at = text.indexOf(name);
  return resolveSpans(text, [{ start: at, end: at + name.length }])[0] ?? null;
};

test('Washington beside the White House or the Pentagon is the capital; beside Spokane it is the state', () => {
  const capital = find('Senators in Washington delayed the vote after the White House asked for more time.', 'Washington');
  assert.equal(capital?.place?.featureCode, 'PPLC');
  const pentagon = find('Officials in Washington said the Pentagon would send more air defence systems.', 'Washington');
  assert.equal(pentagon?.place?.featureCode, 'PPLC');
  const state = find('Smoke from fires in central Washington drifted over Yakima and Wenatchee on Sunday.', 'Washington');
  assert.equal(state?.place?.featureCode, 'ADM1');
});

test('a name read as in a country is its namesake there', () => {
  assert.equal(lookupPlace('Paris', { country: 'US' })?.country, 'US');
  assert.equal(lookupPlace('Paris', { country: 'USA' })?.country, 'US');
  assert.equal(lookupPlace('London', { country: 'CA' })?.country, 'CA');
  assert.equal(lookupPlace('Paris')?.country, 'FR');
  // A name with no namesake in that country keeps its best reading elsewhere.
  assert.equal(lookupPlace('Kyiv', { country: 'US' })?.country, 'UA');
});

test('US and Canadian namesakes of world cities in local news', () => {
  const tn = find('The Paris city council approved the budget. Henry County commissioners and Tennessee officials attended.', 'Paris');
  assert.equal(tn?.place?.country, 'US');
  assert.equal(tn?.place?.admin1, 'TN');
  const on = find('Police in London, Ontario, charged a man after a crash on Highway 401.', 'London');
  assert.equal(on?.place?.country, 'CA');
});

test('organisations named like places are not places', () => {
  const texts = ['Warplanes struck Hamas positions in the south overnight.', 'Congress passed the bill on Thursday.', 'Hezbollah fired rockets across the border.'];
  for (const t of texts) {
    const found = findPlaces(t).map((p) => `${p.text}:${p.place?.country}`);
    assert.ok(!found.some((f) => /^(Hamas|Congress|Hezbollah):/.test(f)), `${t} -> ${found.join(', ')}`);
  }
});

test('demonyms stand for their countries', () => {
  const ps = findPlaces('Afghan and Pakistani officials met in Doha while Iraqi troops patrolled the border.');
  const dem = Object.fromEntries(ps.filter((p) => p.role === 'demonym').map((p) => [p.text, p.place?.country]));
  assert.deepEqual(dem, { Afghan: 'AF', Pakistani: 'PK', Iraqi: 'IQ' });
});

test('the ranker loads from data/models/places.json with the features resolve.ts emits', () => {
  const r = ranker();
  assert.ok(r, 'a model is committed');
  assert.deepEqual(r.m.features, [...FEATURES]);
  const ps = r.probabilities([FEATURES.map(() => 0), FEATURES.map(() => 1)]);
  assert.ok(Math.abs(ps[0]! + ps[1]! - 1) < 1e-9);
});

test('every resolved place carries a confidence between 0 and 1; a sole reading is surer than a common name', () => {
  const ps = findPlaces('Shelling hit Kharkiv and Springfield residents sent aid to Ukraine.');
  for (const p of ps) if (p.place) assert.ok(p.place.confidence !== undefined && p.place.confidence >= 0 && p.place.confidence <= 1, `${p.text}: ${p.place.confidence}`);
  const ua = ps.find((p) => p.text === 'Ukraine')?.place?.confidence ?? 0;
  const sp = ps.find((p) => p.text === 'Springfield')?.place?.confidence ?? 1;
  assert.ok(ua > sp, `Ukraine ${ua} vs Springfield ${sp}`);
});

test('a hamlet the gazetteer lacks takes the county named just after it; a county named elsewhere lends nothing', () => {
  // A learned decision: the ranker weighs the lent county against the name's best-known namesake.
  for (const [text, name, state] of [
    ['Salem is an unincorporated community in Pawnee County, Oklahoma, United States.', 'Salem', 'OK'],
  ] as const) {
    const p = span(text, name);
    assert.equal(p?.admin1, state, name);
    assert.equal(p?.geonameid, null, name);
  }
  const far = 'Dayton officials met on Monday. Separately, Lancaster County, Nebraska, paved a road.';
  assert.equal(span(far, 'Dayton')?.admin1, 'OH');
});

// Known miss: a namesake town that lies beside another reading of the county (Florence and
// Custer County, Colorado) takes that pair's support, though the text names the county's state.
test('a hamlet takes its county in the state named, though a namesake lies beside a namesake county', { todo: true }, () => {
  assert.equal(span('Florence is a ghost town in Custer County, South Dakota.', 'Florence')?.admin1, 'SD');
});

test('a suburb or village the gazetteer lacks takes the town, district or state it is said to lie in', () => {
  const km = (a: { lat: number; lon: number }, lat: number, lon: number) => {
    const r = Math.PI / 180;
    const h = Math.sin(((lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(lat * r) * Math.sin(((lon - a.lon) * r) / 2) ** 2;
    return 12742 * Math.asin(Math.sqrt(h));
  };
  for (const [text, name, cc, lat, lon] of [
    ['Quarrydale is a farming village in the Hoshiarpur district of Punjab, India.', 'Quarrydale', 'IN', 31.53, 75.91],
    ['Marlowe Heights is a residential neighbourhood in north-west Edmonton, Alberta.', 'Marlowe Heights', 'CA', 53.55, -113.47],
  ] as const) {
    const p = span(text, name);
    assert.equal(p?.country, cc, name);
    assert.ok(p && km(p, lat, lon) < 161, `${name}: ${p?.lat},${p?.lon}`);
  }
});

test('a town named after another in the same sentence, but not as the place it lies in, lends it nothing', () => {
  assert.equal(span('Delegates from Quebec City and Nanjing signed a sister-city pact on Friday.', 'Quebec City')?.country, 'CA');
  assert.equal(span('A Denver-based drone maker said it would open a second plant in Richmond next year.', 'Denver')?.admin1, 'CO');
});

test('the words between a name and a later place say whether the name lies in it', async () => {
  const { linkWords } = await import('../src/places/place-words.ts');
  assert.deepEqual(linkWords('Oakvale is a suburb of ', 7), { within: true, apposed: false, kind: true });
  assert.deepEqual(linkWords('Oakvale, ', 7), { within: true, apposed: true, kind: false });
  assert.deepEqual(linkWords('Oakvale is a hamlet in north-west ', 7), { within: true, apposed: false, kind: true });
  assert.deepEqual(linkWords('Oakvale and in ', 7), { within: true, apposed: false, kind: false });
  assert.deepEqual(linkWords('Oakvale and ', 7), { within: false, apposed: false, kind: false });
});
