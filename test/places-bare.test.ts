import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveSpans } from '../src/places/index.ts';

/** Each name alone, with nothing else in its text: where it resolves (country, and admin1 where given). */
function bare(cases: readonly (readonly [string, string, string?])[]): void {
  const wrong = cases.flatMap(([name, cc, a1]) => {
    const [p] = resolveSpans(name, [{ start: 0, end: name.length }]);
    return p?.country === cc && (a1 === undefined || p.admin1 === a1) ? [] : [`${name}: ${p?.country}/${p?.admin1}`];
  });
  assert.deepEqual(wrong, []);
}

test('a name alone is its city, not a smaller first-level unit of the name', () => {
  // Manchester parish in Jamaica (a first-level unit) against Manchester, England, a city several times its size.
  bare([['Manchester', 'GB'], ['Birmingham', 'GB'], ['Portland', 'US', 'OR']]);
});

test('a first-level unit larger than any town of its name still wins alone', () => {
  bare([['Ohio', 'US', 'OH'], ['Trelawny', 'JM'], ['Durango', 'MX'], ['Victoria', 'AU']]);
});

test('a city called by its English name is not lost to a village that has it for its own', () => {
  // GeoNames names Köln in German; "Cologne" is also a village in Lombardy.
  bare([['Cologne', 'DE'], ['Naples', 'IT'], ['Warsaw', 'PL'], ['Moscow', 'RU'], ['Lisbon', 'PT']]);
});

test('a country keeps its name alone against a state or towns of that name', () => {
  bare([['Georgia', 'GE'], ['Jordan', 'JO'], ['Lebanon', 'LB']]);
});
