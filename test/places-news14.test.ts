import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveSpans } from '../src/places/index.ts';

// Classes of place errors found on the tune sets (places14), each with sentences made up for
// these tests.
const resolve = (text: string, name: string) => resolveSpans(text, [{ start: text.indexOf(name), end: text.indexOf(name) + name.length }])[0];

// "X is a town in Y County, State" where the gazetteer lacks the town there and the name is also a
// capital's: the county it is said to lie in is lent (lent.ts), not the capital abroad.
test('a hamlet defined inside a county is lent the county, though its name is a capital abroad', () => {
  const cases: [string, string, string][] = [
    ['Quito is an unincorporated community in Leflore County, Mississippi.', 'Quito', 'US.MS'],
    ['Kabul is a hamlet in Lewis County, Washington, named by a returning soldier.', 'Kabul', 'US.WA'],
    ['Tokyo is an unincorporated community in Jefferson County, Texas.', 'Tokyo', 'US.TX'],
    ['Jakarta is a hamlet in Brown County, Kansas, founded by a sailor.', 'Jakarta', 'US.KS'],
    ['Moscow is an unincorporated community in Hickman County, Kentucky. A post office opened there in 1850.', 'Moscow', 'US.KY'],
  ];
  for (const [t, n, want] of cases) {
    const p = resolve(t, n);
    assert.equal(`${p?.country}.${p?.admin1}`, want, t);
  }
});

// The capital stays the capital where nothing defines the name as a place inside another.
test('a capital named beside a county, not defined inside it, stays the capital', () => {
  const cases: [string, string, string][] = [
    ['Tokyo and Jefferson County, Texas, signed a trade pact on rice.', 'Tokyo', 'JP.40'],
    ['Officials from Quito visited Leflore County, Mississippi, to study cotton farming.', 'Quito', 'EC.18'],
  ];
  for (const [t, n, want] of cases) {
    const p = resolve(t, n);
    assert.equal(`${p?.country}.${p?.admin1}`, want, t);
  }
});

// A country is never a hamlet lent the town after it ("an Iranian ship off the Cypriot port of X").
test('a country or its demonym before "the port of" a town is the country', () => {
  const cases: [string, string, string][] = [
    ['The Panamanian tanker docked at the Greek port of Piraeus on Monday.', 'Panamanian', 'PA'],
    ['A Turkish cargo ship anchored off the Cypriot port of Larnaca overnight.', 'Turkish', 'TR'],
  ];
  for (const [t, n, want] of cases) assert.equal(resolve(t, n)?.country, want, t);
});
