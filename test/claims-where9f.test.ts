import { test } from 'node:test';
import { expectAll } from './helpers/where.js';

// The place of a count told at a site or a place the gazetteer does not know (where9f): "the X oil refinery",
// "the X border crossing", "killed in X", while the story names a known place in another sentence. Own
// sentences, the names in them mostly made up; none of them in data/claims/train/*.jsonl, which the place
// ranker learns from.

test('a count at a named site whose name the gazetteer lacks is at the site, not at the story\'s other place', () => {
  expectAll([
    ["Ukraine said on Friday its drones had struck targets deep inside Russia.\n\nA drone hit the Zarnovka oil refinery in the Samara region overnight, setting a processing unit on fire, the governor said. Two workers were injured.", "injured", 2, /Zarnovka/],
    ["Russian forces attacked the Odesa region overnight.\n\nTwo people were killed when a missile struck the Kalmyrovo port on the Danube, regional officials said.", "killed", 2, /Kalmyrovo/],
    ["Israeli strikes continued across Gaza on Tuesday.\n\nFive patients were killed when a shell hit the Orlivske hospital, doctors said.", "killed", 5, /Orlivske/],
    ["Sudan's army said it repelled an attack on El Obeid.\n\nAt least 11 worshippers were killed in a drone strike on the Tarkhanivka mosque on Friday, activists said.", "killed", 11, /Tarkhanivka/],
    ["Pakistan and Afghanistan traded accusations on Sunday.\n\nSix soldiers were killed in clashes near the Bordan border crossing, the army said.", "killed", 6, /Bordan/],
    ["Iraqi officials said production continued in Basra.\n\nA drone attack damaged two storage tanks at the Kelmira gas field on Wednesday, the company said.", "damaged", 2, /Kelmira/],
    ["Russia launched a large attack on Ukraine's energy system overnight.\n\nThree missiles hit the Ustyluha thermal power station, injuring four employees, the operator said.", "injured", 4, /Ustyluha/],
    ["Moscow said its air defences had been busy.\n\nUkrainian drones struck the Oskarovo radio-electronic equipment plant in the Bryansk region, and seven workers were hurt, the governor said.", "injured", 7, /Oskarovo/],
    ["Kyiv was attacked again on Monday night.\n\nTwo employees were killed when a missile hit the Marivka defence ministry headquarters, officials said.", "killed", 2, /Marivka/],
  ]);
});

test('a count at a named site of a known town is at the site (or its town), not at a region or city named elsewhere', () => {
  expectAll([
    ["Ukraine said on Friday its drones had struck targets deep inside Russia.\n\nA drone hit the Syzran oil refinery overnight, setting a processing unit on fire, the governor of the Samara region said. Two workers were injured.", "injured", 2, /Syzran/],
    ["Russian forces attacked the Odesa region overnight.\n\nTwo people were killed when a missile struck the Izmail port, regional officials said.", "killed", 2, /Izmail/],
    ["Sudan's army said it repelled an attack on El Obeid.\n\nAt least 11 people were killed in a drone strike on the Kadugli mosque on Friday, activists said.", "killed", 11, /Kadugli/],
    ["Russia launched a large attack on Ukraine's energy system overnight.\n\nThree missiles hit the Burshtyn thermal power station, injuring four employees, the operator said.", "injured", 4, /Burshtyn/],
    ["Moscow said its air defences had been busy.\n\nUkrainian drones struck the Kremenchuk oil refinery, and seven workers were hurt, the governor said.", "injured", 7, /Kremenchuk/],
    ["Israel said it had struck targets across Lebanon.\n\nFour people were killed near the Masnaa border crossing with Syria, Lebanese officials said.", "killed", 4, /Masnaa/],
  ]);
});

test('a district, airports and framed settlements the gazetteer lacks keep their own place', () => {
  expectAll([
    ["The Israeli military said it had struck Hezbollah targets in Lebanon.\n\nThree people were killed in an airstrike on the Qusaybah district of the city, the health ministry said.", "killed", 3, /Qusaybah/],
    ["Drones were spotted over Moscow late on Saturday.\n\nFlights were suspended at the Bilovody and Zaritsa airports for several hours, the aviation authority said.", "airport_closed", 2, /Bilovody|Zaritsa/],
    ["Syrian government forces shelled Idlib province on Thursday.\n\nFour civilians were killed in Tal-Hamra, a village 12 km south of Saraqib, rescuers said.", "killed", 4, /Tal-Hamra/],
    ["Fighting continued in eastern Ukraine on Sunday.\n\nRussian shelling killed three people in Krasnoyarivka, the regional governor said.", "killed", 3, /Krasnoyarivka/],
    ["Heavy fighting was reported in Sudan's Darfur region.\n\nMilitiamen killed 14 people near the village of Sarafand on Tuesday, witnesses said.", "killed", 14, /Sarafand/],
  ]);
});

// Passes since data/claims/train/claimplace-sites.jsonl is in the ranker's default training (where10).
test('a name the gazetteer lacks in a locative frame of the count\'s sentence is its place', () => {
  expectAll([
    ["Russian attacks continued in the Kharkiv region.\n\nTwo people were killed in Zarnovka, the governor of the Kharkiv region said.", "killed", 2, /Zarnovka/],
    ["Ukraine's south came under fire on Sunday.\n\nIn Kalmyrovo, a drone hit a house, killing a woman and her son, Kherson regional governor Oleksandr Prokudin said.", "killed", 2, /Kalmyrovo/],
    ["Fighting raged in Sudan's Kordofan on Friday.\n\nA drone attack on Tarkhanivka killed four people, the army said.", "killed", 4, /Tarkhanivka/],
    ["Fighting raged in Sudan's Kordofan on Friday.\n\nMilitants attacked Marivka, a town 20 km from Kadugli, killing nine civilians.", "killed", 9, /Marivka/],
    ["Israeli forces carried out raids across the West Bank.\n\nThree Palestinians were killed near Qusaybah camp, the Palestinian health ministry in Ramallah said.", "killed", 3, /Qusaybah/],
    ["Boko Haram fighters attacked Borno state overnight.\n\nThe insurgents killed 12 farmers near the village of Kelmira, about 30 km from Maiduguri, residents said.", "killed", 12, /Kelmira/],
    ["Russia said it had destroyed Ukrainian drones over Belgorod.\n\nOne person was injured in Orlivske after a drone dropped explosives, governor Vyacheslav Gladkov said.", "injured", 1, /Orlivske/],
    ["Pakistani forces battled militants in Khyber Pakhtunkhwa on Monday.\n\nFive soldiers died when militants attacked a checkpoint at Hazrat Beg, officials said.", "killed", 5, /Hazrat Beg/],
    ["Kyiv reported a quiet night.\n\nIn the frontline town of Ustyluha, shelling wounded six civilians, including a child, officials said.", "injured", 6, /Ustyluha/],
  ]);
});

test('a count over a list of places the gazetteer partly lacks is at the list', () => {
  expectAll([
    ["Russia fired dozens of drones at Ukraine overnight.\n\nShelling wounded five people in Velykobereznyi, Bilovody and Zarnovka, officials said.", "injured", 5, /Velykobereznyi|Bilovody|Zarnovka/],
    ["The army said it was investigating the attack in Mali.\n\nGunmen killed 20 villagers in Bordan and Sarafand on Tuesday.", "killed", 20, /Bordan|Sarafand/],
  ]);
});
