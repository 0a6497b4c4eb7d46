import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { extractArticle } from '../src/pipeline.js';
import { mayClaim } from '../src/claims/index.js';
import { dedupe, type Drafted } from '../src/claims/dedupe.js';

// Damage claims, one class per test, each in many wordings of our own: verb, voice, order,
// numbers in words and digits, with and without a source. A case is "text => claims", the claims
// being "value qualifier@place" ("-" for no value), sorted; "=>" alone means no damage claim.
const damaged = (text: string): string => extractArticle({ id: 'd', title: null, published: '2025-06-02', text }).claims
  .filter((c) => c.kind === 'damaged')
  .map((c) => `${c.value ?? '-'}${c.qualifier === 'exact' || c.qualifier === 'unknown' ? '' : ` ${c.qualifier}`}@${c.where?.text ?? '?'}`)
  .sort().join('; ');

function check(cases: string): void {
  for (const line of cases.trim().split('\n')) {
    const [text, want] = line.split(' => ').map((s) => s.trim());
    assert.equal(damaged(text!), (want ?? '').split(/;\s*/).filter(Boolean).sort().join('; '), text);
  }
}

test('damage: a weapon that slammed into, tore through or crashed into a building hit it', () => {
  check(`
A Russian drone slammed into an apartment building in Kharkiv late Tuesday, the mayor said. => -@Kharkiv
A missile tore through a five-story residential building in Dnipro. => -@Dnipro
Drones crashed into a high-rise on the outskirts of Tel Aviv. => -@Tel Aviv
The rocket ripped through the roof of a family home in Kiryat Shmona. => -@Kiryat Shmona
One of the drones smashed into a warehouse near Brody, officials said. => -@Brody
A fighter jet crashed into the sea off Crete during a training flight. =>
A drone crashed into an empty field outside Kupiansk. =>
`);
});

test('damage: verbs the keyword gate used to drop (levelled, shattered, blew out)', () => {
  check(`
An airstrike levelled a three-story house in Rafah. => -@Rafah
Israeli jets leveled two houses in Jabalia. => 2@Jabalia
The explosion shattered windows in several buildings in central Chernihiv. => -@Chernihiv
The blast blew out the windows of nearby homes in Zaporizhzhia. => -@Zaporizhzhia
`);
});

test('damage: strikes on residential areas and on sites named only as targets', () => {
  check(`
Israeli airstrikes pounded residential areas of Khan Younis overnight. => -@Khan Younis
The governor said shelling hit a residential neighbourhood in Nikopol. => -@Nikopol
Warplanes struck militant targets near Idlib on Friday. => -@Idlib
Coalition jets flew overnight sorties, hitting targets around Hodeidah. => -@Hodeidah
Troops were told to stay out of residential areas in Pokrovsk. =>
Air defences hit aerial targets over Belgorod. =>
`);
});

test('damage: reported to a site, and fires the attack set at it', () => {
  check(`
Damage was reported to a power substation in Chernihiv. => -@Chernihiv
Some damage was also caused to a school in Okhtyrka, the regional administration said. => -@Okhtyrka
Debris fell on the grounds of an oil refinery in Volgograd, causing a fire. => -@Volgograd
The attack set an oil depot in Tambov on fire overnight. => -@Tambov
No damage was reported to the substation in Chernihiv. =>
`);
});

test('damage: a sentence spared by the keyword gate holds no rule match', () => {
  // The gate before tokenizing must let through every sentence a statement rule fires on.
  for (const f of readdirSync(new URL('../data/rules/', import.meta.url)).filter((n) => /^claims-.*\.json$/.test(n))) {
    const file = JSON.parse(readFileSync(new URL(`../data/rules/${f}`, import.meta.url), 'utf8')) as { rules: { id: string; meta?: { veto?: boolean }; fixtures: { match: string[] } }[] };
    for (const r of file.rules) {
      if (r.meta?.veto) continue;
      for (const s of r.fixtures.match) assert.ok(mayClaim(s), `${f} ${r.id}: the gate drops "${s}"`);
    }
  }
});

test('damage: a count that ends a list of damaged things takes the list\'s verb', () => {
  check(`
Russian shelling damaged a hospital, a water pipeline and 15 homes in Kupiansk. => 15@Kupiansk
The strike damaged a school, a kindergarten and three houses in Irpin. => 3@Irpin
Debris damaged the roofs of a nine-storey apartment block and two private houses in Brovary. => 2@Brovary
The attack on Izium damaged 15 houses, a school and two shops. => 15@Izium; 2@Izium
Twelve houses were damaged in Nikopol on Monday, the governor said. => 12@Nikopol
In Kherson, more than 20 homes and five cars were damaged. => 20 more_than@Kherson; 5@Kherson
A drone attack on Kursk damaged one apartment building, the mayor said. => 1@Kursk
`);
});

test('damage: denied, threatened or merely possible damage is no claim', () => {
  check(`
The drone attack on Rostov caused no damage, the governor said. =>
Neither the school nor the hospital in Sumy was damaged. =>
Analysts said the bombs are capable of destroying underground facilities in Iran. =>
Iran vowed to hit American bases in the region. =>
The general threatened to strike government buildings in Kyiv. =>
The missile fell in a field near Lutsk without causing damage. =>
Officials in Dnipro said there was no damage to residential buildings. =>
`);
});

test('damage: placed from its own words when a place follows them, else by the sentence', () => {
  check(`
Air strikes killed nine people across the Gaza Strip as warplanes bombed a school in Gaza City. => -@Gaza City
Shelling wounded two men in the Kherson region and damaged a clinic in Bilozerka. => -@Bilozerka
Russian strikes on Kharkiv damaged a school. => -@Kharkiv
In Khan Younis, a strike flattened a residential building. => -@Khan Younis
The strike left a residential building in Sumy partially destroyed. => -@Sumy
The governor said that in Bucha four private houses and a shop were damaged. => 4@Bucha
`);
});

test('damage: one claim per site placed apart in one sentence, not per speaker\'s place', () => {
  check(`
Ukrainian drones hit an oil refinery in Ryazan and a fuel depot in Bryansk. => -@Bryansk; -@Ryazan
A school was damaged in Sumy, and a house in Romny. => -@Romny; -@Sumy
Israeli jets struck a building in Beirut and a warehouse near Tyre. => -@Beirut; -@Tyre
A drone hit a house in Sumy, and a missile struck a school in Romny. => -@Romny; -@Sumy
Houses were damaged in Kherson, Bilozerka and Antonivka. => -@Antonivka; -@Bilozerka; -@Kherson
A drone hit a house in Sumy, officials at the regional office in Kharkiv said. => -@Sumy
A warehouse in Odesa was destroyed, and the strike also killed a man in Izmail. => -@Odesa
`);
});

test('damage: a bare count joined to a counted one counts the same things; ruins tell of damage', () => {
  check(`
The strike on Sloviansk left 25 houses damaged and four destroyed. => 25@Sloviansk; 4@Sloviansk
Ten houses were damaged and three destroyed in Kupiansk. => 10@Kupiansk; 3@Kupiansk
Rescuers pulled bodies from the rubble of a collapsed building in Kramatorsk. => -@Kramatorsk
Residents of Kherson walked past a burned-out apartment block. => -@Kherson
`);
  // The elided head of interceptions stays an interception.
  const drones = extractArticle({ id: 'd', title: null, published: '2025-06-02', text: 'Ten drones were shot down and three destroyed by electronic warfare.' }).claims;
  assert.deepEqual(drones.map((c) => `${c.kind} ${c.value}`), ['intercepted 10', 'intercepted 3']);
});

test('damage: one strike told by its noun, with the structure it fell on (an attack on it says only what was aimed at)', () => {
  check(`
An Israeli strike on a school sheltering displaced families in Deir al-Balah killed 14 people. => -@Deir al-Balah
A Russian missile attack on a hospital in Kryvyi Rih wounded nine. =>
The drone attack on an oil refinery in Novokuibyshevsk caused a fire. => -@Novokuibyshevsk
The government condemned the airstrike on a market in El Fasher. => -@El Fasher
The hospital in Kupiansk was shelled twice on Monday. => -@Kupiansk
A mosque in Khan Younis was bombed overnight, residents said. => -@Khan Younis
Hamas fired rockets at Ashkelon, where a house sustained a direct hit. => -@Ashkelon
Ukraine has answered with repeated drone strikes against oil refineries in Russia. =>
Officials in Kyiv warned of possible strikes on power plants this winter. =>
`);
});

test('damage: a restatement without a place yields to the claim that names one', () => {
  const claim = (sentence: number, where: string | null): Drafted => ({
    kind: 'damaged', rule: 'damaged:verb-object', value: null, qualifier: 'unknown', weapon: null, when: null, claimant: null,
    where: where ? { text: where, place: null } : null, evidence: { start: sentence * 10, end: sentence * 10 + 9 }, partOf: null,
    sentence, finite: true, anaphoric: false,
  } as unknown as Drafted);
  assert.deepEqual(dedupe([claim(0, null), claim(3, 'Lviv region')]).map((c) => c.where?.text ?? null), ['Lviv region']);
  assert.deepEqual(dedupe([claim(0, 'Lviv region'), claim(3, null)]).map((c) => c.where?.text ?? null), ['Lviv region']);
});
