import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, locativeUnknowns, namedSites } from '../src/places/index.ts';

// Named sites (places/sites.ts) and names the gazetteer lacks in locative frames (places/locatives.ts):
// own sentences, the names in them made up or real, none of them in data/claims/train/*.jsonl.

/** The sites of a one-sentence text, as "text@country/precision" (country "-" when unplaced). */
function sitesOf(text: string): string[] {
  return namedSites(text, { start: 0, end: text.length }, findPlaces(text)).map((m) => `${m.text}@${m.place?.country ?? '-'}/${m.place?.precision ?? '-'}`);
}

test('a name, a few words saying what the site is, and a facility head make a named site', () => {
  const cases: [string, string[]][] = [
    ['Drones set fire to the Berezhnoye oil refinery overnight.', ['Berezhnoye oil refinery@-/-']],
    ['A missile struck the Kovalivka grain port on Tuesday.', ['Kovalivka grain port@UA/point']],
    ['Shells landed near the Jebel Marra field hospital.', ['Jebel Marra field hospital@-/-']],
    ['Worshippers were killed at the Gidan Ruwa mosque.', ['Gidan Ruwa mosque@-/-']],
    ['Missiles hit the Tomashivka thermal power station.', ['Tomashivka thermal power station@-/-']],
    ['Drones struck the Lyskovo radio-electronic equipment plant.', ['Lyskovo radio-electronic equipment plant@RU/point']],
    ['The strike destroyed the Lozuvatka House of Culture building.', ['Lozuvatka House of Culture building@-/-']],
    ['Troops clashed near the Tor Kham Baba border crossing.', ['Tor Kham Baba border crossing@-/-']],
  ];
  const wrong = cases.filter(([text, want]) => JSON.stringify(sitesOf(text)) !== JSON.stringify(want)).map(([text]) => `${JSON.stringify(sitesOf(text))} in: ${text}`);
  assert.deepEqual(wrong, []);
});

test('a site is at the known place its name is, else at the place it is said to lie in', () => {
  assert.deepEqual(sitesOf('Drones hit the Syzran oil refinery overnight.'), ['Syzran oil refinery@RU/point']);
  assert.deepEqual(sitesOf('A drone hit the Mykolaivka port, in the Odesa region, on Friday.'), ['Mykolaivka port@UA/point']);
  assert.deepEqual(sitesOf('Shelling hit the Berezivka district hospital near Kherson.'), ['Berezivka district hospital@UA/point']);
  const [site] = namedSites('Drones hit the Syzran oil refinery.', { start: 0, end: 35 }, findPlaces('Drones hit the Syzran oil refinery.'));
  assert.equal(site?.place?.geonameid, null, 'a site is no gazetteer entry');
});

test('no site: a people, a country, a person\'s possession, an armed group, a sentence\'s words', () => {
  for (const text of [
    'Drones hit a Russian oil refinery overnight.',
    'Fighters crossed the Lebanon border on Monday.',
    'Protesters gathered outside Netanyahu\'s office building.',
    'Jets struck a Hezbollah weapons depot.',
    'Jets struck the Iraq Air Force base at dawn.',
    'Officials said the port was closed.',
    // An institution's name of common words alone: the town it stands in is the place.
    'Rescuers searched the Security Service building.',
    'On Monday the hospital was evacuated.',
  ]) assert.deepEqual(sitesOf(text), [], text);
});

test('a site in a speaker\'s phrase is marked as where a source speaks', () => {
  const text = 'Doctors at the Al-Awda clinic in Jabalia said three children had died.';
  assert.deepEqual(namedSites(text, { start: 0, end: text.length }, findPlaces(text)).map((m) => [m.text, m.speaks]), [['Al-Awda clinic', true]]);
  const scene = 'Shells hit the Al-Awda clinic in Jabalia, killing three children.';
  assert.deepEqual(namedSites(scene, { start: 0, end: scene.length }, findPlaces(scene)).map((m) => [m.text, m.speaks]), [['Al-Awda clinic', false]]);
});

test('a district the gazetteer already reads, or a part told of a known town, is left as it was', () => {
  assert.deepEqual(sitesOf('Strikes hit the Shuja\'iyya neighbourhood of Gaza City.'), []);
  assert.deepEqual(sitesOf('Shelling hit the Kyivskyi district of Kharkiv.'), []);
});

test('a name the gazetteer lacks after a locative frame is a place candidate; a person, a month, a known place are not', () => {
  const names = (text: string): string[] => locativeUnknowns(text, { start: 0, end: text.length }, findPlaces(text)).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(names('In Horbanivka, a drone hit a house, killing two.'), ['Horbanivka']);
  assert.deepEqual(names('A drone attack on Umm Rawaba killed five people.'), ['Umm Rawaba']);
  assert.deepEqual(names('Soldiers died at a checkpoint near Spin Kamar on Monday.'), ['Spin Kamar']);
  assert.deepEqual(names('Three were killed in Kharkiv in March, officials said.'), []);
  assert.deepEqual(names('The talks in Geneva were led by John.'), []);
  assert.deepEqual(names('Kyiv Hit in Biggest Drone Attack of the War'), []);
});
