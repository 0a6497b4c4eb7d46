/**
 * Defining phrases put a name inside the place they name (issue 9: small towns that lose to a
 * larger namesake though the text says where they lie). Sentences written for these tests: a
 * copula or an apposition, a word of place kind, then the county, state and country; the state
 * named is not the one the rest of the text names most.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, resolveSpans } from '../src/places/index.ts';
import { definesWithin } from '../src/places/place-words.ts';

const find = (text: string, surface: string) => findPlaces(text).find((p) => p.text === surface);
const span = (text: string, name: string) => {
  const at = text.indexOf(name);
  return resolveSpans(text, [{ start: at, end: at + name.length }])[0] ?? null;
};

const CASES: { text: string; name: string; cc: string; admin1: string }[] = [
  { text: 'Oxford is a small town in Oxford County, Maine, United States. Settlers came from Massachusetts; Boston merchants and Worcester mill owners bought land around Oxford.', name: 'Oxford', cc: 'US', admin1: 'ME' },
  { text: 'Richmond is a city in Madison County, Kentucky. Its founders came from Virginia, and Norfolk and Roanoke traders followed them to Richmond.', name: 'Richmond', cc: 'US', admin1: 'KY' },
  { text: 'Springfield, a town in Windsor County, Vermont, held its vote. Guests from Illinois, Chicago and Peoria praised Springfield.', name: 'Springfield', cc: 'US', admin1: 'VT' },
  { text: 'Albany is a town in Carroll County, New Hampshire. Its first settlers came from New York, by way of Troy and Schenectady, and named Albany after home.', name: 'Albany', cc: 'US', admin1: 'NH' },
  { text: 'Lincoln is a village in Lincoln County, New Mexico. A man from Omaha, Nebraska, and another from Kearney rode into Lincoln in 1878.', name: 'Lincoln', cc: 'US', admin1: 'NM' },
  { text: 'Windsor, a town in Windsor County, Vermont, sits on the Connecticut River. Hartford and New Haven families built summer houses near Windsor.', name: 'Windsor', cc: 'US', admin1: 'VT' },
];

test('a defining phrase puts the name in the county, state or country it names', () => {
  const misses: string[] = [];
  for (const c of CASES) {
    for (const [how, got] of [['extract', find(c.text, c.name)?.place], ['geocode', span(c.text, c.name)]] as const) {
      if (got?.country !== c.cc || got?.admin1 !== c.admin1) misses.push(`${how} ${c.name}: ${got?.country}.${got?.admin1}, want ${c.cc}.${c.admin1}`);
    }
  }
  assert.deepEqual(misses, []);
});

test('which words define a name as a place inside the next one', () => {
  const yes = [' is a town in ', ', a suburb of ', ' (pop. 900) was a village in the province of ', ' is a city located in northern ', ' is an unincorporated community in ', ' lies in the district of '];
  const no = [' and ', ' is home to ', ', where officials met with ', ' was born in ', '. The town is in ', ' is a town. It lies in ', ' flights to '];
  assert.deepEqual(yes.filter((s) => !definesWithin(s)), []);
  assert.deepEqual(no.filter((s) => definesWithin(s)), []);
});

test('a town qualified by its state first keeps that sense at its bare mentions; AP abbreviations that villages share', () => {
  const cases: { text: string; name: string; admin1: string }[] = [
    { text: 'Finalists include Louisville, Ky., Lexington, Ky., and New Haven, Conn. Judges from Bowling Green and Frankfort praised Louisville and New Haven.', name: 'New Haven', admin1: 'CT' },
    { text: 'Springfield, Ore., will host the meet. Coaches from Chicago and Peoria said Springfield had the best track.', name: 'Springfield', admin1: 'OR' },
    { text: 'The fair moved to Aurora, Mo., this year. Vendors from Denver and Boulder said Aurora was easy to reach.', name: 'Aurora', admin1: 'MO' },
    { text: 'A storm flooded roads near Jacksonville, Fla. Drivers from Little Rock and Fort Smith reported that Jacksonville streets were closed.', name: 'Jacksonville', admin1: 'FL' },
  ];
  const misses: string[] = [];
  for (const c of cases) {
    const got = findPlaces(c.text).filter((p) => p.text === c.name).map((p) => `${p.place?.country}.${p.place?.admin1}`);
    if (got.length < 2 || got.some((x) => x !== `US.${c.admin1}`)) misses.push(`${c.name}: ${got.join(' ')}, want US.${c.admin1}`);
  }
  assert.deepEqual(misses, []);
});

test('a place a firm or a group is based in is a major city of the name where it has one, else the state or country', () => {
  const cases: { text: string; name: string; want: string }[] = [
    { text: 'A Washington-based think tank said the sanctions would not work.', name: 'Washington', want: 'US.DC.PPLC' },
    { text: 'Analysts at a Washington-based research group counted the strikes.', name: 'Washington', want: 'US.DC.PPLC' },
    { text: 'The Texas-based company said it would cut 300 jobs.', name: 'Texas', want: 'US.TX.ADM1' },
    { text: 'A London-based monitor reported the shelling.', name: 'London', want: 'GB.ENG.PPLC' },
  ];
  const misses: string[] = [];
  for (const c of cases) {
    const p = findPlaces(c.text).find((x) => x.text === c.name)?.place;
    const got = `${p?.country}.${p?.admin1}.${p?.featureCode}`;
    if (got !== c.want) misses.push(`${c.name}: ${got}, want ${c.want}`);
  }
  assert.deepEqual(misses, []);
});
