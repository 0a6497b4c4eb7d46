import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces } from '../src/places/index.ts';

/** The mention of `name` in `text`, or undefined. */
const mention = (text: string, name: string) => findPlaces(text).find((m) => m.text === name);

/** Each case: text, the name the gazetteer lacks, the country it must be placed in, the precision its frame gives. */
type Case = readonly [string, string, string, string];

function expectPlaced(cases: readonly Case[]): void {
  const wrong: string[] = [];
  for (const [text, name, country, precision] of cases) {
    const m = mention(text, name);
    const got = m?.place;
    if (!got || got.country !== country || got.precision !== precision || got.geonameid !== null || !(got.confidence! > 0 && got.confidence! < 1)) {
      wrong.push(`${name}: ${m ? `${got?.country}/${got?.precision}/${got?.confidence}` : 'not found'} in: ${text}`);
    }
  }
  assert.deepEqual(wrong, []);
}

test('"X, a town 40 km north of Y": the apposed noun gives the kind, the place after it the point', () => {
  expectPlaced([
    ['Fighting raged in Kassimbo, a village 30 km south of Gao, residents said.', 'Kassimbo', 'ML', 'city'],
    ['Jihadists attacked Djelgodji, a remote border town in Burkina Faso.', 'Djelgodji', 'BF', 'city'],
    ['Eleven people were killed in Nangarwe, a farming community near Jos.', 'Nangarwe', 'NG', 'city'],
    ['The strike hit Yaraq, a small town north of Aleppo, killing four.', 'Yaraq', 'SY', 'city'],
    ['Aid reached Marbuti, a district of Kenya\'s Turkana county, on Friday.', 'Marbuti', 'KE', 'district'],
    ['The convoy was ambushed outside Tindabu, a town on the road to Bamako.', 'Tindabu', 'ML', 'city'],
    ['Shelling hit Velyke Kozyne, a village in the Sumy region, officials said.', 'Velyke Kozyne', 'UA', 'city'],
    ['Four soldiers died at Pashtunkot, an army outpost near the Afghan border.', 'Pashtunkot', 'AF', 'point'],
    ['Locals said Kerebou, a settlement in northern Mali, was burned.', 'Kerebou', 'ML', 'city'],
    ['Police reached Mbalakawa, a town 40 km north of Maiduguri, on Sunday.', 'Mbalakawa', 'NG', 'city'],
  ]);
  // Near its container the point is the container's.
  const y = mention('The strike hit Yaraq, a small town north of Aleppo, killing four.', 'Yaraq')!.place!;
  assert.ok(Math.abs(y.lat - 36.2) < 0.3 && Math.abs(y.lon - 37.15) < 0.3, `${y.lat},${y.lon}`);
});

test('"the X camp for displaced people": a camp the gazetteer lacks is a point place', () => {
  expectPlaced([
    ['Shelling of the Abu Shouk camp for displaced people killed eight people in Darfur.', 'Abu Shouk camp', 'SD', 'point'],
    ['Rains flooded the Kutupalong camp in Bangladesh, displacing 3,000 refugees.', 'Kutupalong camp', 'BD', 'point'],
    ['Aid workers at the Dadaab camp near the Somali border reported 40 cholera cases.', 'Dadaab camp', 'SO', 'point'],
    ['Gunmen attacked the Mentao camp in Burkina Faso, killing five refugees.', 'Mentao camp', 'BF', 'point'],
    ['Mortar fire struck the Rwamwanja camp housing Congolese refugees in Uganda.', 'Rwamwanja camp', 'UG', 'point'],
    ['Fire destroyed 200 shelters in the Zaatari camp in Jordan.', 'Zaatari camp', 'JO', 'point'],
    ['Troops raided the Tabarek Allah camp near Kabul on Monday.', 'Tabarek Allah camp', 'AF', 'point'],
    ['The militia attacked the Kalma camp for displaced people in South Darfur.', 'Kalma camp', 'SD', 'point'],
    ['Cholera spread in the Hagadera camp for refugees in Kenya.', 'Hagadera camp', 'KE', 'point'],
    ['Floods hit the Bidibidi camp for South Sudanese refugees in northern Uganda.', 'Bidibidi camp', 'UG', 'point'],
  ]);
});

test('"X and Y districts", "X, Y and Z villages": names listed before a plural unit word are places of that kind', () => {
  expectPlaced([
    ['Air strikes on Dambisa and Korongo districts killed 20 people in Sudan.', 'Dambisa', 'SD', 'district'],
    ['Air strikes on Dambisa and Korongo districts killed 20 people in Sudan.', 'Korongo districts', 'SD', 'district'],
    ['Floods hit Makandi, Lusewa and Chiboma villages in Malawi.', 'Lusewa', 'MW', 'city'],
    ['Floods hit Makandi, Lusewa and Chiboma villages in Malawi.', 'Chiboma', 'MW', 'city'],
    ['Raids on Tillakot and Parwasa villages left 12 dead in Pakistan.', 'Tillakot', 'PK', 'city'],
    ['Raids on Tillakot and Parwasa villages left 12 dead in Pakistan.', 'Parwasa', 'PK', 'city'],
    ['Troops shelled Orikhovets and Huliaivka districts in Ukraine.', 'Orikhovets', 'UA', 'district'],
    ['Cattle raids hit Pibor and Lekuangole villages in South Sudan.', 'Lekuangole', 'SS', 'city'],
    ['Clashes spread to Gumsuri and Wajiroko villages in Nigeria.', 'Wajiroko', 'NG', 'city'],
    ['Clashes spread to Gumsuri and Wajiroko villages in Nigeria.', 'Gumsuri', 'NG', 'city'],
  ]);
});

test('people, organisations, armed groups and operations in the same frames are not places', () => {
  const none: [string, string][] = [
    ['Mr Okafor, a town official, said four people died in Nigeria.', 'Okafor'],
    ['Ms Rivera, a village elder, said nine houses burned in Colombia.', 'Rivera'],
    ['Ahmed Tarbush, a city councilman, said the shelling killed two people in Syria.', 'Tarbush'],
    ['Islamic State claimed the attack that killed 30 soldiers.', 'Islamic State'],
    ['Fighters from Islamic State West Africa Province killed 11 farmers.', 'West Africa Province'],
    ['Islamic State Sahel Province claimed the killing of 20 soldiers in Niger.', 'Sahel Province'],
    ['Fighters of Islamic State Khorasan Province killed 14 people in Kabul.', 'Khorasan Province'],
    ['Hayat Tahrir al-Sham said it had shot down three drones.', 'Hayat Tahrir al-Sham'],
    ['Voters in the Trump camp said they would back Republicans in Ohio.', 'Trump camp'],
    ['Donald Trump said the Harris camp had lied about the economy.', 'Harris camp'],
    ['Operation Sindoor hit nine sites in Pakistan, India said.', 'Operation Sindoor'],
    ['The USS Carney shot down four drones in the Red Sea.', 'Carney'],
  ];
  // No mention may overlap the name.
  const wrong = none.filter(([text, name]) => {
    const at = text.indexOf(name);
    return findPlaces(text).some((m) => m.start < at + name.length && at < m.end);
  }).map(([text, name]) => `${name} in: ${text}`);
  assert.deepEqual(wrong, []);
});

test('an armed group after a locative word is no unknown place either', () => {
  for (const text of ['Thousands of fighters joined Hayat Tahrir al-Sham in 2017.', 'Recruits travelled to Islamic State, officials said.', 'The army fought in Islamic State territory, near Raqqa.']) {
    const got = findPlaces(text).map((m) => m.text);
    assert.ok(!got.some((t) => /Islamic|Tahrir|Sham/.test(t)), `${got.join(', ')} in: ${text}`);
  }
});
