import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveSpans } from '../src/places/index.ts';
import { FEATURES } from '../src/places/rank.ts';
import { worldNews } from '../scripts/train/places.ts';

// The ranker's world-news evidence (src/places/world.ts): where the rest of a text lies, crossed with
// what each reading is. Sentences made up for these tests.
const F = (name: (typeof FEATURES)[number]) => FEATURES.indexOf(name);

/** The world features of the readings of `name` in `text`, by reading (country.admin1 of each). */
function worldOf(text: string, name: string): Map<string, number[]> {
  const start = text.indexOf(name);
  const out = new Map<string, number[]>();
  resolveSpans(text, [{ start, end: start + name.length }], (_m, cands, feats) => {
    cands.forEach((p, i) => out.set(`${p.cc}.${p.admin1}.${p.fcode}`, feats[i]!.slice(F('leadAbroad'), F('capitalStateAbroad') + 1)));
  });
  return out;
}
const lead = (m: Map<string, number[]>) => [...m.entries()].filter(([, f]) => f[0]! + f[1]! + f[2]! + f[3]! > 0);

test('a name among places abroad: its largest town leads with the text abroad', () => {
  const m = worldOf('Supporters from Manchester travelled to Athens for the final.', 'Athens');
  const leads = lead(m);
  assert.equal(leads.length, 1);
  assert.match(leads[0]![0], /^GR\./);
  const [abroad, us, local, none] = leads[0]![1];
  assert.ok(abroad! > 0.5 && us === 0 && local === 0 && none === 0, String(leads[0]![1]));
  // Nothing in the text supports any reading of Athens: the lead abroad counts again as such.
  const greek = [...m.entries()].find(([k]) => k.startsWith('GR.'))!;
  assert.ok(greek[1][F('leadAbroadAlone') - F('leadAbroad')]! > 0.5 && greek[1][F('capitalAbroadAlone') - F('leadAbroad')]! > 0.5, String(greek[1]));
  // A US reading of the name is weighed by the same share abroad.
  const usReading = [...m.entries()].find(([k]) => k.startsWith('US.'))!;
  assert.ok(usReading[1][7]! > 0.5 && usReading[1][8] === 0, String(usReading[1]));
});

test('a name among US places: the lead is crossed with the share in the US, not abroad', () => {
  const leads = lead(worldOf('Ohio University closed its campus in Athens after the storm, and schools in Columbus and Cincinnati shut too.', 'Athens'));
  assert.equal(leads.length, 1);
  const [abroad, us] = leads[0]![1];
  assert.ok(us! > 0.5 && abroad! < 0.2, String(leads[0]![1]));
  // A namesake abroad supported by its province is no name alone.
  const ontario = lead(worldOf('Athens is a village in Leeds and Grenville, Ontario, east of Brockville.', 'Athens'));
  assert.ok(ontario.every(([, f]) => f[F('leadAbroadAlone') - F('leadAbroad')] === 0), JSON.stringify(ontario));
});

test('US local cues and a text that names nothing else each have features of their own', () => {
  const local = lead(worldOf('The Dublin Police Department said a car hit a pole on Main Street.', 'Dublin'));
  assert.ok(local.length === 1 && local[0]![1][2]! > 0 && local[0]![1][3] === 0, JSON.stringify(local));
  const none = lead(worldOf('Thousands gathered in Athens to mourn the victims.', 'Athens'));
  assert.ok(none.length === 1 && none[0]![1][3]! > 0.5 && none[0]![1][0] === 0, JSON.stringify(none));
});

test('the world-news training lines each name a place at a reading in the country they give', () => {
  const docs = worldNews();
  assert.ok(docs.length >= 50);
  for (const d of docs) {
    const t = d.toponyms[0]!;
    assert.ok(t.end > t.start && d.text.slice(t.start, t.end).length > 2, d.id);
  }
});

test('a state named like a national capital has a feature of its own, crossed with the text abroad', () => {
  const F0 = F('leadAbroad');
  const abroad = worldOf('Envoys from Seoul flew to Washington for the summit.', 'Washington');
  const wa = abroad.get('US.WA.ADM1')!, dc = abroad.get('US.DC.PPLC')!;
  assert.ok(wa[F('capitalStateAbroad') - F0]! > 0.5, String(wa));
  assert.equal(dc[F('capitalStateAbroad') - F0], 0, String(dc));
  // Named with nothing else, it has none: a state's own news names it bare too.
  assert.equal(worldOf('Crowds gathered in Washington on Saturday.', 'Washington').get('US.WA.ADM1')![F('capitalStateAbroad') - F0], 0);
  // A state whose name no capital shares has none of it.
  const ohio = [...worldOf('Envoys from Seoul flew to Ohio for the summit.', 'Ohio').entries()].filter(([k]) => k.endsWith('ADM1'));
  assert.ok(ohio.length > 0 && ohio.every(([, f]) => f[F('capitalStateAbroad') - F0] === 0), JSON.stringify(ohio));
});

// Made-up sentences, none of them a training line (data/places/train/world-news.tsv).
const resolveOne = (text: string, name: string) => resolveSpans(text, [{ start: text.indexOf(name), end: text.indexOf(name) + name.length }])[0];

test('Washington in news of the world is the capital', () => {
  const cases = [
    'Washington imposed tariffs on steel from Brazil and Argentina.',
    'The Ukrainian foreign minister will travel to Washington next week.',
    'Officials in Ankara and Washington disagree over the Kurdish militias.',
    'Hanoi and Washington upgraded their ties during the visit.',
    'Washington and its allies froze the assets of the central bank in Moscow.',
    'The Egyptian delegation left Washington without an agreement on the dam.',
    'After meeting in Washington, the two leaders flew on to Ottawa.',
    'Nairobi asked Washington to help pay for the police mission to Haiti.',
    'Leaders from Poland and the Baltic states gathered in Washington on Tuesday.',
    'Taipei welcomed the arms sale approved by Washington.',
  ];
  for (const t of cases) assert.equal(resolveOne(t, 'Washington')?.admin1, 'DC', t);
});

test('Washington among its own towns or beside its neighbouring states is the state', () => {
  const cases = [
    'Smoke from fires in Washington drifted over Spokane and into Idaho.',
    'Ski resorts in Washington near Bellingham opened early after heavy snow.',
    'Floods in western Washington closed roads around Olympia and Centralia.',
    'A drought in Washington left wheat farmers near Walla Walla without a harvest.',
    'Seattle and Tacoma led job growth in Washington last year.',
    'Washington, Oregon and Idaho share the Columbia River basin.',
    'The wolf packs of northeastern Washington roam near Colville.',
    'Everett and Bellevue voted to expand light rail in Washington.',
    'Highway crews in Washington cleared landslides near Wenatchee.',
    'Oyster growers near Aberdeen, Washington, lost their harvest to the heat.',
  ];
  for (const t of cases) assert.equal(resolveOne(t, 'Washington')?.admin1, 'WA', t);
});
