import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, resolveSpans } from '../src/places/index.ts';
import { gazetteer } from '../src/places/gazetteer.ts';

/** Whether the build holds the US post-office villages (scripts/us-towns.ts reads them from the `zipcodes` package). */
const hasVillages = (() => {
  const g = gazetteer();
  return (g.node('yukon')?.names ?? []).some((i) => g.place(i).cc === 'US' && g.place(i).admin1 === 'MO');
})();

const span = (text: string, name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });

test('a village the cities gazetteer lacks is found among its post-office namesakes', { skip: !hasVillages && 'the build has no US villages (zipcodes package absent)' }, () => {
  const text = 'The orchard sits outside Walworth, New York, a few miles south of Lake Ontario.';
  const w = findPlaces(text).find((m) => m.text === 'Walworth')?.place;
  assert.ok(w);
  assert.equal(w.admin1, 'NY');
  assert.ok(Math.abs(w.lat - 43.14) < 0.5 && Math.abs(w.lon + 77.29) < 0.5, `${w.lat},${w.lon}`);
});

test('a name with many namesakes still takes the one its state names', () => {
  const text = 'The plant in Springfield, Illinois, laid off 200 workers.';
  const [p] = resolveSpans(text, [span(text, 'Springfield')]);
  assert.equal(p?.country, 'US');
  assert.equal(p?.admin1, 'IL');
});

test('a country and a capital in running news keep their big readings', () => {
  const text = 'Talks in Paris between France and Germany ended without a deal.';
  const got = findPlaces(text);
  assert.equal(got.find((m) => m.text === 'Paris')?.place?.country, 'FR');
});

test('a place name that speaks is its government: the capital, not the state', () => {
  const text = 'Washington said on Tuesday it would send more air defence systems, and Beijing objected.';
  const w = findPlaces(text).find((m) => m.text === 'Washington');
  assert.equal(w?.role, 'metonym');
  assert.equal(w?.place?.admin1, 'DC');
});

test('a month or weekday before ", <place>" is a date, not a place inside it', () => {
  const text = 'Voters will decide on the levy in November, Spokane officials said, and again on Tuesday, Tacoma officials added.';
  const names = findPlaces(text).map((m) => m.text);
  assert.ok(!names.includes('November') && !names.includes('Tuesday'), names.join(', '));
  assert.ok(names.includes('Spokane'));
});
