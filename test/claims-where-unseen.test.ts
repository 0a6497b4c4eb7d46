import { test } from 'node:test';
import { expectAll } from './helpers/where.js';

// Right kind and value, wrong place, on short wire items: one class of wording per test (own sentences,
// made-up village names the gazetteer lacks beside real towns it knows).

test('a village the gazetteer lacks, named at a bare locative or after an attack verb, is the count\'s place', () => {
  expectAll([
    ['A Russian drone hit a house in Hlybivka, killing two people, the regional governor said.', 'killed', 2, /^Hlybivka$/],
    ['Four people were injured when a guided bomb struck Kamianka-Druha overnight, local authorities said.', 'injured', 4, /^Kamianka-Druha$/],
    ['Gunmen on motorbikes killed 7 farmers near Dargol Bene on Saturday.', 'killed', 7, /^Dargol Bene$/],
    ['Eleven civilians died when jihadists raided Ouro Gueladjo at dawn, residents said.', 'killed', 11, /^Ouro Gueladjo$/],
    ['Three residents were wounded as artillery shelled Zarichne-Pershe on Tuesday evening.', 'injured', 3, /^Zarichne-Pershe$/],
    ['Fifteen villagers were killed in Kuyeri late on Wednesday, a community leader told reporters.', 'killed', 15, /^Kuyeri$/],
    ['Six houses were damaged in Bilohorivka-Nova after a missile attack, officials said.', 'damaged', 6, /^Bilohorivka-Nova$/],
    ['One man died outside Tovsta Mohyla when his car hit a mine, police said.', 'killed', 1, /^Tovsta Mohyla$/],
    ['Nine worshippers were injured after militants stormed Kabarawa during evening prayers.', 'injured', 9, /^Kabarawa$/],
    ['Jets bombed Sakhnivka-Druha overnight, killing five people.', 'killed', 5, /^Sakhnivka-Druha$/],
  ]);
  // Kept: a known town stays; a person fired at, an armed group, a name inside an organisation's name is no place.
  expectAll([
    ['A drone hit a house in Kharkiv, killing three people, the mayor said.', 'killed', 3, /^Kharkiv$/],
    ['Fighters loyal to the commander fired at Kovalenko, killing 4 guards.', 'killed', 4, /^$/],
    ['Six soldiers were killed in Hamas attacks, the army said.', 'killed', 6, /^$/],
    ['Officers of the Stabilization Mission in Ndolweni said 8 peacekeepers were injured.', 'injured', 8, /^$/],
  ]);
});

test('"X, in the Y region": the village named before its container is the place', () => {
  expectAll([
    ['Five people died in Bakouma, in the Mbomou prefecture, after rebels opened fire, the UN said.', 'killed', 5, /^Bakouma$/],
    ['Three people were wounded in Kozacha Lopan, in the Kharkiv region, on Sunday.', 'injured', 3, /^Kozacha Lopan$/],
    ['Gunmen killed eight herders in Tillia Kouara, in the Tahoua region.', 'killed', 8, /^Tillia Kouara$/],
    ['Two civilians were killed in Hirske-Nove, in the Luhansk region, the ombudsman said.', 'killed', 2, /^Hirske-Nove$/],
    ['Ten homes were destroyed in Pidhorodne-Druhe, in the Dnipropetrovsk region, officials said.', 'damaged', 10, /^Pidhorodne-Druhe$/],
    ['At least 12 people were injured in Sabon Birni, in Sokoto state, police said.', 'injured', 12, /^Sabon Birni$/],
  ]);
});

test('a count at a country or region is at the town an attack verb of its clause names', () => {
  expectAll([
    ['Eight civilians were injured in the Mykolaiv region after shells hit the centre of Snihurivka.', 'injured', 8, /Snihurivka/],
    ['Four people were killed in Syria when jets bombed Ariha on Thursday.', 'killed', 4, /Ariha/],
    ['Three people died in the Belgorod region after Ukrainian drones struck Shebekino, the governor said.', 'killed', 3, /Shebekino/],
    ['Six people were wounded in Ukraine as Russian artillery shelled Nikopol overnight.', 'injured', 6, /Nikopol/],
    ['Nine soldiers were killed in Somalia after militants stormed Beledweyne.', 'killed', 9, /Beledweyne/],
    ['Five people were hurt in Israel after a rocket hit Sderot, medics said.', 'injured', 5, /Sderot/],
    ['Five soldiers were killed in Afghanistan when a roadside bomb exploded near Chenar on Tuesday.', 'killed', 5, /Chenar/],
  ]);
  // Kept: a place in another clause, or in another country, does not narrow the count.
  expectAll([
    ['Four people were killed in Ukraine overnight, and Russia said its forces struck Kyiv-held positions.', 'killed', 4, /^Ukraine$/],
    ['Two soldiers were killed in Lebanon, a day after jets struck Damascus.', 'killed', 2, /^Lebanon$/],
  ]);
});

test('a place followed by a present tense it still goes through is no modifier', () => {
  expectAll([
    ['The oil depot in Tikhoretsk continues to burn after a drone strike that injured two workers, the governor said.', 'injured', 2, /Tikhoretsk/],
    ['The fire in Marinka still rages after shelling killed three people on Monday.', 'killed', 3, /Marinka/],
    ['A fire at the refinery in Novoshakhtinsk still burns, hours after an attack that wounded 5 employees.', 'injured', 5, /Novoshakhtinsk/],
    ['The hospital in Kupiansk struggles to cope after shelling injured six people on Friday.', 'injured', 6, /Kupiansk/],
    ['The centre of Orikhiv keeps burning after shelling killed 4 residents overnight.', 'killed', 4, /Orikhiv/],
    ['The market in Izium smoulders after a missile strike killed 7 shoppers.', 'killed', 7, /Izium/],
  ]);
});

test('a closure of two towns\' airports is at both towns, not the first', () => {
  expectAll([
    ['Restrictions were imposed at the Kazan and Nizhnekamsk airports on Sunday, Rosaviatsia said.', 'airport_closed', 2, /^Kazan and Nizhnekamsk$/],
    ['Flights were suspended at the Sochi and Gelendzhik airports overnight, the aviation agency said.', 'airport_closed', 2, /^Sochi and Gelendzhik$/],
    ['Temporary restrictions were introduced at Kaluga and Yaroslavl airports on Tuesday.', 'airport_closed', 2, /^Kaluga and Yaroslavl$/],
  ]);
  // Kept: the city that owns both airports, and a region the sentence names, stay the place.
  expectAll([
    ['Flights were halted at Moscow\'s Sheremetyevo and Vnukovo airports, the aviation agency said.', 'airport_closed', 2, /Moscow/],
    ['In Tatarstan, restrictions were imposed at the Kazan and Nizhnekamsk airports.', 'airport_closed', 2, /Tatarstan/],
  ]);
});
