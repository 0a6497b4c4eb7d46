import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, expectAll, placeOf } from './helpers/where.js';

// Which place a claim gets, one class of wording per test, each in many wordings (own sentences).

test('a claimant\'s country says no more than the town the paragraph already placed the casualties in', () => {
  expectAll([
    ['Gunmen stormed a police station in Kirkuk on Wednesday. Iraqi security sources said four policemen were killed.', 'killed', 4, /^Kirkuk$/],
    ['Israeli strikes hit the Jabalia refugee camp overnight. Palestinian medics said 19 people were killed.', 'killed', 19, /Jabalia/],
    ['A drone slammed into an apartment block in Odesa. The Ukrainian military said two people died.', 'killed', 2, /^Odesa$/],
    ['Heavy shelling hit the town of Orikhiv. Ukrainian authorities reported three dead.', 'killed', 3, /Orikhiv/],
    ['A missile struck a hospital in Kramatorsk on Monday night. Ukrainian officials said 11 people were wounded.', 'injured', 11, /Kramatorsk/],
    ['Rockets fell on Sderot this morning. Israeli paramedics said 6 people were lightly injured.', 'injured', 6, /Sderot/],
    ['Russian drones struck Odesa overnight.\n\nThe Ukrainian military said two people died and 8 were hurt.', 'injured', 8, /^Odesa$/],
    ['Russian drones struck Odesa overnight.\n\nUkraine\'s air force said it downed 40 of 55 drones. The Ukrainian military said two people died.', 'killed', 2, /^Odesa$/],
    ['A car bomb went off outside a market in Mogadishu. Somali police said at least nine civilians died.', 'killed', 9, /Mogadishu/],
    ['Militants attacked a checkpoint near Bannu. Pakistani officials said five soldiers were martyred and two injured.', 'injured', 2, /Bannu/],
  ]);
  // The country stays where the paragraph named no town of it.
  assert.equal(placeOf('Shelling hit Belgorod overnight.\n\nUkrainian officials said two people were killed in the attacks.', 'killed', 2), 'Ukraine');
});

test('a casualty count placed by its own verb phrase ("were killed in X") is at X, not the city named earlier', () => {
  expectAll([
    ['Several blasts rocked central Baghdad on Saturday, and Iraqi officials said at least 6 people were killed in the Karrada neighbourhood.', 'killed', 6, /Karrada/],
    ['Explosions shook Baghdad at dawn. At least 7 people were killed in the Karrada neighbourhood, officials said.', 'killed', 7, /Karrada/],
    ['Russian drones attacked Kharkiv overnight, and the mayor said 5 people were injured in the Saltivskyi district.', 'injured', 5, /Saltivskyi/],
    ['Airstrikes pounded Gaza City on Tuesday; 14 people were reportedly killed in Shejaiya, medics said.', 'killed', 14, /Shejaiya/],
    ['Explosions were heard across Kyiv, where four people had been wounded in Obolon, the mayor said.', 'injured', 4, /Obolon/],
    ['Fighting spread across Khartoum, and 12 civilians were killed in Omdurman, activists said.', 'killed', 12, /Omdurman/],
    ['Sirens sounded across Israel as 3 people were hurt in Ramat Gan, rescuers said.', 'injured', 3, /Ramat Gan/],
  ]);
});

test('a small town the claim names ("officials in X", "X village", "the village of X", "X town in Y") is its place, not the dateline or the container', () => {
  expectAll([
    ['BAMAKO, Mali (AP) — Jihadi fighters raided an army post overnight, killing at least 14 soldiers, officials in Niono said.', 'killed', 14, /^Niono$/],
    ['OUAGADOUGOU, Burkina Faso — Officials in Gorom-Gorom said 8 soldiers died in an ambush.', 'killed', 8, /Gorom-Gorom/],
    ['YANGON, Myanmar — Six people died after junta jets bombed the village of Tar Taing, residents said.', 'killed', 6, /^Tar Taing$/],
    ['YANGON, Myanmar — Military airstrikes killed 17 people in Kyaukme township, a resistance group said.', 'killed', 17, /^Kyaukme township$/],
    ['PORT SUDAN, Sudan — RSF fighters killed 15 people in El Fasher\'s Abu Shouk camp, a rights group said.', 'killed', 15, /^Abu Shouk camp$/],
    ['Soldiers raided Pa Lae village in Sagaing region on Monday and shot dead 4 farmers.', 'killed', 4, /^Pa Lae( village)?$/],
    ['Turkish artillery shelled Tal Jihan town in Hasakah governorate, wounding 3 civilians.', 'injured', 3, /^Tal Jihan( town)?$/],
    ['Gunmen stormed the village of Ngouma in the Mopti region, killing 11 herders, residents said.', 'killed', 11, /^Ngouma$/],
    ['On Tuesday, militants attacked Dabo Kura village (Dikwa, Borno) and killed 7 civilians.', 'killed', 7, /^Dabo Kura( village)?$/],
    ['Two people were wounded in Serra Talhada (Pernambuco) when gunmen opened fire on a bar.', 'injured', 2, /^Serra Talhada$/],
    ['Snipers wounded 2 farmers in Kafr Nabudah town in the Hama countryside on Friday.', 'injured', 2, /^Kafr Nabudah( town)?$/],
    ['Fighters clashed with soldiers in Mweso village on Sunday, leaving 6 dead.', 'killed', 6, /^Mweso( village)?$/],
  ]);
  // A town the gazetteer knows keeps its own reading; a month is no town.
  assert.match(placeOf('Troops shelled Kabul city in June, killing 3 people.', 'killed', 3) ?? '', /^Kabul( city)?$/);
});

test('a salvo mostly aimed at one city or region is counted in that place\'s country; the casualties there stay there', () => {
  expectAll([
    ['Ukraine\'s air force said Russia launched 405 drones and 12 missiles overnight, mainly targeting Kyiv.', 'launched', 405, /^Ukraine$/],
    ['The Russian army launched 140 drones, primarily aimed at the Odesa region, Ukraine\'s air force said.', 'launched', 140, /^Ukraine$/],
    ['Overnight Russia sent 210 Shahed drones, largely targeting energy sites in the Kharkiv region, the air force said.', 'launched', 210, /^Ukraine$/],
    ['Ukraine attacked with 120 drones, the main target being the Moscow region, the Russian defence ministry said.', 'launched', 120, /^Russia$/],
    ['Moscow sent seventy drones against Ukraine overnight, chiefly at Dnipro.', 'launched', 70, /^Ukraine$/],
    ['Russia launched 50 drones, mainly targeting Kyiv, where 3 people were killed.', 'launched', 50, /^Ukraine$/],
    ['Russia launched 50 drones, mainly targeting Kyiv, where 3 people were killed.', 'killed', 3, /^Kyiv$/],
    ['Air defences downed 95 drones overnight, most of them over the Bryansk region, the Russian defence ministry said.', 'intercepted', 95, /^Russia$/],
  ]);
  // A salvo aimed at one place, with no word of focus, is at that place.
  assert.equal(placeOf('Russian forces launched 98 drones at Kharkiv overnight, the mayor said.', 'launched', 98), 'Kharkiv');
});

test('a national total broken down by region is the country\'s, whatever the wording of its parts; each part keeps its region', () => {
  expectAll([
    ['The ministry said 96 drones were intercepted, with 31 downed over the Kursk region and 20 over the Bryansk region.', 'intercepted', 96, /^Russia$/],
    ['Russian air defences destroyed 45 drones overnight, 12 of which were shot down over the Moscow region.', 'intercepted', 45, /^Russia$/],
    ['Russian air defences destroyed 45 drones overnight, 12 of which were shot down over the Moscow region.', 'intercepted', 12, /^Moscow region$/],
    ['The defence ministry said 71 drones were destroyed overnight, including 18 shot down over the Rostov region.', 'intercepted', 71, /^Russia$/],
    ['The defence ministry said 71 drones were destroyed overnight, including 18 shot down over the Rostov region.', 'intercepted', 18, /^Rostov region$/],
    ['A total of 64 drones were destroyed over Russian regions overnight: 21 over Belgorod, 18 over Kursk and 25 over Voronezh.', 'intercepted', 64, /^Russia$/],
    ['A total of 64 drones were destroyed over Russian regions overnight: 21 over Belgorod, 18 over Kursk and 25 over Voronezh.', 'intercepted', 21, /^Belgorod$/],
    ['Russia said it had neutralised 83 drones, 30 of them intercepted over the Kaluga region.', 'intercepted', 83, /^Russia$/],
    ['Air defences downed one hundred and two drones overnight, including forty over the Tula region, the ministry said.', 'intercepted', 102, /^Russia$/],
  ]);
});

test('a new story framed by a linking adverb ("Meanwhile in X, …") is placed by its own words, not the story before', () => {
  expectAll([
    ['A Russian drone struck the port of Izmail in Odesa Oblast overnight.\n\nMeanwhile in Romania, authorities said 2 people were injured when debris fell in Tulcea county.', 'injured', 2, /^Tulcea county$/],
    ['Israeli jets struck Beirut on Monday.\n\nElsewhere in Syria, 4 soldiers were killed in Deir ez-Zor, state media said.', 'killed', 4, /Deir ez-Zor/],
    ['Ukrainian naval drones attacked the port of Novorossiysk in Russia.\nSeparately, in the Black Sea, 3 sailors were injured when a tanker hit a mine.', 'injured', 3, /Black Sea/],
    ['Pakistan\'s military said 12 militants were killed in North Waziristan.\nIn neighbouring Afghanistan, Taliban officials said 5 civilians died in cross-border shelling.', 'killed', 5, /^Afghanistan$/],
  ]);
});

test('several airports closed with no city in their sentence are in the city the paragraph named, if they lie there', () => {
  expectAll([
    ['Drones attacked Moscow overnight. Flights were halted at Vnukovo and Sheremetyevo airports, Rosaviatsia said.', 'airport_closed', 2, /^Moscow$/],
    ['Restrictions were imposed at Sheremetyevo, Vnukovo and Zhukovsky airports serving Moscow.', 'airport_closed', 3, /^Moscow$/],
    ['In the Moscow region, Domodedovo and Zhukovsky airports closed for three hours.', 'airport_closed', 2, /^Moscow region$/],
  ]);
  // Airports far from the city told before are not its airports.
  assert.notEqual(placeOf('Drones attacked Kazan overnight. Flights were halted at Vnukovo and Sheremetyevo airports, Rosaviatsia said.', 'airport_closed', 2), 'Kazan');
});

test('a total in a region or strip named after a compass word ("in the northern Gaza Strip") keeps that region, its part the town', () => {
  expectAll([
    ['Israeli strikes in the northern Gaza Strip killed 11 people, including 4 in Beit Lahia.', 'killed', 11, /^Gaza Strip$/],
    ['Israeli strikes in the northern Gaza Strip killed 11 people, including 4 in Beit Lahia.', 'killed', 4, /^Beit Lahia$/],
    ['Russian attacks in the eastern Donetsk region wounded 8 civilians, including 3 in Kostiantynivka.', 'injured', 8, /Donetsk region/],
    ['Airstrikes in the southwestern Idlib province killed 7 people, including 2 children in Jisr al-Shughur.', 'killed', 7, /Idlib/],
  ]);
});

test('a national scope fronted before the count ("Across Ukraine, …") is the count\'s, not the city of the sentence before', () => {
  expectAll([
    ['Russian glide bombs hit Zaporizhzhia. Across Ukraine, 11 people were killed in Russian attacks over the past day.', 'killed', 11, /^Ukraine$/],
    ['Drones hit Belgorod overnight. Across the country, 25 drones were shot down, the ministry said.', 'intercepted', 25, /^Russia$/],
    ['Strikes hit Kharkiv on Friday. Throughout Ukraine, at least 19 civilians were wounded.', 'injured', 19, /^Ukraine$/],
  ]);
  // A scope in a clause of its own does not reach the count.
  assert.equal(placeOf('Sirens sounded across Israel as 3 people were hurt in Ramat Gan, rescuers said.', 'injured', 3), 'Ramat Gan');
});

test('a fronted country or region frame gives way to the finer place the count\'s own clause names before the count', () => {
  expectAll([
    ['In Syria, a blast at an ammunition store in the town of Jableh killed five people, rescuers said.', 'killed', 5, /Jableh/],
    ['In Somalia, gunmen stormed a restaurant in Baidoa, killing at least 8 people, police said.', 'killed', 8, /Baidoa/],
    ['In Myanmar, military aircraft bombed a school in Sagaing region\'s Kani township, killing 13 people, a local group said.', 'killed', 13, /Kani/],
    ['In Ukraine, a Russian missile strike on Zaporizhzhia killed four people on Sunday, officials said.', 'killed', 4, /Zaporizhzhia/],
    ['In Iraq, a roadside bomb hit an army patrol near Tuz Khurmatu, wounding three soldiers, security sources said.', 'injured', 3, /Tuz Khurmatu/],
    ['In Pakistan, militants raided a checkpoint in the city of Dera Ismail Khan, killing six policemen.', 'killed', 6, /Dera Ismail Khan/],
    ['In Lebanon, an Israeli drone struck a motorcycle in Bint Jbeil, killing two men, the health ministry said.', 'killed', 2, /Bint Jbeil/],
    ['In Nigeria, bandits attacked worshippers at a mosque in Katsina, killing 11, residents said.', 'killed', 11, /Katsina/],
    ['In Sudan, shelling of a displacement camp near El Obeid killed nine civilians, activists said.', 'killed', 9, /El Obeid/],
    ['In the Donetsk region, a glide bomb hit a market in Kostiantynivka, injuring 17 people, the governor said.', 'injured', 17, /Kostiantynivka/],
  ]);
  // A frame with nothing finer in the count's clause keeps the frame; a town frame is not narrowed.
  assert.equal(placeOf('In Yemen, air strikes killed 12 people overnight, the health ministry said.', 'killed', 12), 'Yemen');
  assert.equal(placeOf('In Kharkiv, drones hit the city overnight, injuring 6 people, the mayor said.', 'injured', 6), 'Kharkiv');
});

test('a count placed at a country or region is at the finer place inside it that the rest of its clause names', () => {
  expectAll([
    ['Two people were wounded in Lebanon when an Israeli drone struck a car in the southern town of Nabatieh, officials said.', 'injured', 2, /Nabatieh/],
    ['Three civilians died in Russia after a Ukrainian drone hit a bus in the Belgorod region\'s Shebekino district, the governor said.', 'killed', 3, /Shebekino/],
    ['At least 20 people were killed in Nigeria on Tuesday when gunmen attacked a village in Zamfara state, police said.', 'killed', 20, /Zamfara/],
    ['Five people were injured in Ukraine when a missile struck an apartment block in Kremenchuk.', 'injured', 5, /Kremenchuk/],
    ['Eight soldiers were killed in Pakistan as militants ambushed a convoy near Bannu, the military said.', 'killed', 8, /Bannu/],
    ['Four people were hurt in Israel after a rocket landed in a street in Ashkelon, paramedics said.', 'injured', 4, /Ashkelon/],
    ['Eleven people were killed in Sudan when shells fell on a market in Omdurman.', 'killed', 11, /Omdurman/],
    ['Six miners were injured in the Donetsk region when a shell hit a bus outside Pokrovsk.', 'injured', 6, /Pokrovsk/],
    ['Nine civilians were killed in Syria when a car bomb exploded at a checkpoint in Azaz, the civil defence said.', 'killed', 9, /Azaz/],
    ['Three fishermen were killed in India when a drone struck their boat near Porbandar, police said.', 'killed', 3, /Porbandar/],
  ]);
  // A list of places, a later count of its own, or a town of another country leave the wider place.
  assert.equal(placeOf('Seven people were injured in Pakistan in two blasts in Bannu and Lakki Marwat, officials said.', 'injured', 7), 'Pakistan');
  assert.equal(placeOf('Israeli strikes killed 30 people across Gaza, 12 of them in Khan Younis, medics said.', 'killed', 30), 'Gaza');
  assert.equal(placeOf('Two people were killed in Lebanon, and the wounded were flown to Cyprus for treatment.', 'killed', 2), 'Lebanon');
});
