import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryPlace, findPlaces } from '../src/places/index.ts';

const km = (a: { lat: number; lon: number }, b: [number, number]) => {
  const r = Math.PI / 180;
  const h = Math.sin(((b[0] - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b[0] * r) * Math.sin(((b[1] - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
};

test('a country sits at its GeoNames point, not at the middle of its land', () => {
  // GeoNames points (data/places/country-points.tsv); world-countries puts Kuwait ~190 km and Canada ~1,000 km away.
  for (const [cc, pt] of [['KW', [29.5, 47.75]], ['CA', [60.10867, -113.64258]], ['DE', [51.5, 10.5]], ['SO', [6, 48]]] as const) {
    const p = countryPlace(cc);
    assert.ok(p, cc);
    assert.ok(km(p, [pt[0], pt[1]]) < 20, `${cc} at ${p.lat},${p.lon}`);
  }
});

test('a country named in running text takes the same point', () => {
  const text = 'Officials in Kuwait and Somalia met on Tuesday.';
  const got = findPlaces(text).filter((m) => m.place);
  const kw = got.find((m) => m.text === 'Kuwait')?.place;
  assert.ok(kw && km(kw, [29.5, 47.75]) < 20);
});
