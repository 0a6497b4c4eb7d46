import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, expectAll } from './helpers/where.js';

// The fitted choice of a count's place (src/claims/placerank.ts, data/models/claimplace.json), one
// shape of short wire item per test. Own sentences, none of them in the model's training set.

test('a lead that names only the country is at the town the next sentence names', () => {
  expectAll([
    ['Three people were killed in a drone strike in Ukraine on Sunday. The drone hit an apartment block in Sumy, regional officials said.', 'killed', 3, /Sumy/],
    ['Five soldiers were killed in an attack in Mali, the army said. Gunmen struck a checkpoint near Niono early on Friday.', 'killed', 5, /Niono/],
    ['Eleven civilians were killed in Burkina Faso on Thursday. The attackers raided the village of Tanwalbougou at dawn, residents said.', 'killed', 11, /Tanwalbougou/],
    ['Two women were wounded by shelling in Ukraine overnight. Shells landed on a street in Kupiansk, the governor said.', 'injured', 2, /Kupiansk/],
    ['A suicide bomber killed eight people in Somalia on Monday. The bomber blew himself up at a tea shop in Beledweyne.', 'killed', 8, /Beledweyne/],
    ['Four fighters died in an air strike in Syria, a monitor said. The jets hit a position outside Saraqib.', 'killed', 4, /Saraqib/],
    ['Six people were injured in a rocket attack in Israel on Friday. The rocket struck a house in Ashkelon, medics said.', 'injured', 6, /Ashkelon/],
    ['Gunmen killed seven farmers in Nigeria, police said. The attack happened on farmland near Gwoza in Borno state.', 'killed', 7, /Gwoza/],
    ['An Israeli air strike killed two men in Lebanon on Tuesday. The strike targeted a motorcycle near Marjayoun.', 'killed', 2, /Marjayoun/],
    ['Nine people were wounded in a Ukrainian drone attack in Russia, the governor said. Fragments fell on a car park in Kursk.', 'injured', 9, /Kursk/],
    ['Twenty people were killed when militants attacked a camp in Niger. The assault on the camp at Ouallam began at dawn, officials said.', 'killed', 20, /Ouallam/],
  ]);
});

test('a lead count stays at the country when the next sentence tells a part, another fact or another country', () => {
  expectAll([
    ['Ukraine said its air defences destroyed 41 Russian drones overnight. Debris damaged a warehouse in Bila Tserkva, officials said.', 'intercepted', 41, /^Ukraine$/],
    ['Russia said 63 Ukrainian drones were shot down overnight. Sixteen were downed over the Kursk region.', 'intercepted', 63, /^Russia$/],
    ['Seven soldiers were killed in clashes in Mali on Sunday. In neighbouring Burkina Faso, troops secured the road near Dori.', 'killed', 7, /^Mali$/],
    ['At least 300 people have been killed in Sudan since April, a UN agency said. Aid workers said hospitals in Omdurman were overwhelmed.', 'killed', 300, /^Sudan$/],
    ['Israel said 40 rockets were fired from Lebanon on Saturday. Sirens wailed in Safed and Karmiel.', 'launched', 40, /^Israel$/],
    ['Four people were killed in air strikes in Yemen, the rebels said. Separately, sirens sounded in Israel after a drone was spotted near Eilat.', 'killed', 4, /^Yemen$/],
    ['Russia launched 120 drones and six missiles at Ukraine overnight, the air force said. Blasts were heard in Kyiv and Dnipro.', 'launched', 120, /^Ukraine$/],
    ['Pakistan said its forces killed 45 militants in operations across the country this month. Two soldiers died in Zhob.', 'killed', 45, /^Pakistan$/],
  ]);
});

test('a next sentence that tells a visit, a meeting, an actor or an older count does not move the lead count', () => {
  expectAll([
    ['Two soldiers were killed in Ukraine on Monday, the army said. President Zelensky met European leaders in Kyiv.', 'killed', 2, /^Ukraine$/],
    ['At least 15 people were killed in Nigeria this week. President Tinubu visited Abuja on Friday.', 'killed', 15, /^Nigeria$/],
    ['Six soldiers were killed in Somalia. The defence minister flew to Mogadishu to meet commanders.', 'killed', 6, /^Somalia$/],
    ['Gunmen killed 10 people in Niger. The attack was the deadliest since March, when 20 died near Tera.', 'killed', 10, /^Niger$/],
    ['Russia said it shot down 30 Ukrainian drones overnight. Kyiv said its drones struck a refinery in Saratov.', 'intercepted', 30, /^Russia$/],
    ['Five people were killed in Lebanon on Monday. Hezbollah fired rockets at Kiryat Shmona in response.', 'killed', 5, /^Lebanon$/],
    ['Israel said 35 rockets were launched from Gaza. The army struck targets in Khan Younis in response.', 'launched', 35, /^Israel$/],
    ['Iran fired 12 missiles at Israel overnight. Tehran said the strikes were a response to an attack on Isfahan.', 'launched', 12, /^Israel$/],
    ['A drone attack killed three people in Russia\'s Belgorod region. The governor said power was cut in Shebekino.', 'killed', 3, /Belgorod/],
    ['Nine people died in floods and fighting in South Sudan, the UN said. Its envoy arrived in Juba on Sunday for talks.', 'killed', 9, /^South Sudan$/],
    ['Three people were killed in Ukraine on Tuesday. In a separate strike, a missile hit a depot in Kremenchuk.', 'killed', 3, /^Ukraine$/],
    ['Six soldiers died in Burkina Faso, the army said. Meanwhile, gunmen attacked a church near Fada N\'Gourma.', 'killed', 6, /^Burkina Faso$/],
  ]);
});

test('a country named first as the speaker leaves the count at the town or region named after it', () => {
  expectAll([
    ["Ukraine's air force said 14 drones were shot down over the city of Zhytomyr overnight.", 'intercepted', 14, /Zhytomyr/],
    ["Poland's army said two soldiers were wounded near the town of Hrubieszow on Tuesday.", 'injured', 2, /Hrubieszow/],
    ["Nigeria's military said 23 insurgents were killed in an ambush outside the village of Gajiram.", 'killed', 23, /Gajiram/],
    ["Sudan's army said 40 civilians were killed when shells hit a market in the town of Um Kadada.", 'killed', 40, /Um Kadada/],
    ["Russia's emergencies ministry said three people were injured when a drone hit a house in Belgorod.", 'injured', 3, /Belgorod/],
    ["Israel's army said two soldiers were killed by an anti-tank missile near the town of Metula.", 'killed', 2, /Metula/],
    ["Somalia's government said 30 militants were killed in an operation in the Hiran region.", 'killed', 30, /Hiran/],
    ["Lebanon's state news agency said two people were killed in a strike on a car in Nabatieh.", 'killed', 2, /Nabatieh/],
    ["Ukraine's interior ministry said five people were wounded in a missile strike on the city of Chernihiv.", 'injured', 5, /Chernihiv/],
    ["Iraq's military said 11 militants were killed in air strikes in the Hamrin mountains near Kirkuk.", 'killed', 11, /Hamrin|Kirkuk/],
  ]);
});

test('a small town the gazetteer knows poorly stays the place, not the country or the dateline', () => {
  expectAll([
    ['KYIV, June 3 (Reuters) - Two people were killed when a drone hit a house in the village of Novoselivka in the Kharkiv region.', 'killed', 2, /Novoselivka/],
    ['Shelling wounded four people in the settlement of Bilopillia, the Sumy regional governor said.', 'injured', 4, /Bilopillia/],
    ['Gunmen killed nine people in Kwall village in the Bassa area of Plateau state, police said.', 'killed', 9, /Kwall/],
    ['Troops killed 12 militants near the hamlet of Sobane in central Mali.', 'killed', 12, /Sobane/],
    ['BAMAKO (AFP) - Jihadists killed six soldiers in an ambush near the town of Diafarabe on Sunday.', 'killed', 6, /Diafarabe/],
    ['A landmine killed three herders near the village of Kalale in northern Benin.', 'killed', 3, /Kalale/],
    ['Five civilians were killed in a strike on the town of Jabalia in northern Gaza.', 'killed', 5, /Jabalia/],
    ['Militants killed eight villagers in the town of Seytenga in Burkina Faso.', 'killed', 8, /Seytenga/],
    ['Two police officers were injured in a blast in the town of Chaman on the Afghan border.', 'injured', 2, /Chaman/],
    ['Rebels killed 14 civilians in the village of Mukondi in North Kivu province, the army said.', 'killed', 14, /Mukondi/],
  ]);
});

test('a desert, forest, range or valley named with its noun is the place, known to the gazetteer or not', () => {
  expectAll([
    ['Two soldiers were killed in an ambush in the Sambisa forest, the army said.', 'killed', 2, /Sambisa/],
    ['Troops killed 14 militants in the Hamrin mountains, officials said.', 'killed', 14, /Hamrin/],
    ['Militants killed six soldiers in the Kurram valley of Pakistan on Monday.', 'killed', 6, /Kurram/],
    ['Air strikes killed 11 fighters in the Nafusa mountains, officials said.', 'killed', 11, /Nafusa/],
    ['Two herders were wounded in the Anbar desert when their truck hit a mine.', 'injured', 2, /Anbar/],
    ['Gunmen killed five people in the Kamuku forest, police said.', 'killed', 5, /Kamuku/],
    ['Three people were injured in the Garamba national park on Sunday, the park said.', 'injured', 3, /Garamba/],
    ['Soldiers killed 9 rebels in the Rwenzori mountains on Thursday.', 'killed', 9, /Rwenzori/],
    ['An air strike killed 12 fighters in the Panjshir valley, the ministry said.', 'killed', 12, /Panjshir/],
    ['Four soldiers were killed in the Tibesti mountains near the border, the army said.', 'killed', 4, /Tibesti/],
  ]);
});

test('armed groups and institutions named like places are not the place of their counts', () => {
  expectAll([
    ['Islamic State West Africa Province fighters killed 13 soldiers near the town of Damboa, officials said.', 'killed', 13, /Damboa/],
    ['The Islamic State Sahel Province said it killed 20 soldiers in an attack near Andéramboukane.', 'killed', 20, /Andéramboukane|Anderamboukane/],
    ['Islamic State claimed an attack that killed 6 soldiers in the Syrian desert town of Palmyra.', 'killed', 6, /Palmyra/],
    ['Al-Shabaab fighters killed five soldiers at a base near the Somali town of Jowhar, the army said.', 'killed', 5, /Jowhar/],
    ['The Kenya Defence Forces said 12 militants were killed in Boni forest in Lamu county.', 'killed', 12, /Boni|Lamu/],
    ['The Ukrainian Red Cross said two volunteers were hurt by shelling in Kherson.', 'injured', 2, /Kherson/],
    ['The Palestine Red Crescent said four people were killed in a strike on a house in Nablus.', 'killed', 4, /Nablus/],
    ['The Syrian Observatory for Human Rights said 9 fighters were killed in clashes near Manbij.', 'killed', 9, /Manbij/],
    ['The Arakan Army said it killed 25 junta soldiers in fighting near the town of Buthidaung.', 'killed', 25, /Buthidaung/],
    ['The Mali Armed Forces said they killed 30 militants near the village of Dioura.', 'killed', 30, /Dioura/],
  ]);
});

test('a national total stays at the country and its parts at their regions', () => {
  expectAll([
    ['Russia said it shot down 95 drones overnight, including 31 over the Bryansk region and 14 over the Oryol region.', 'intercepted', 95, /^Russia$/],
    ['Russia said it shot down 95 drones overnight, including 31 over the Bryansk region and 14 over the Oryol region.', 'intercepted', 31, /Bryansk/],
    ['Russia said it shot down 95 drones overnight, including 31 over the Bryansk region and 14 over the Oryol region.', 'intercepted', 14, /Oryol/],
    ['Russian forces launched 160 drones at Ukraine, including 50 at the Sumy region, the air force said.', 'launched', 160, /^Ukraine$/],
    ['Russian forces launched 160 drones at Ukraine, including 50 at the Sumy region, the air force said.', 'launched', 50, /Sumy/],
    ['Israeli strikes killed 41 people across Gaza on Monday, including 12 in Deir al-Balah, medics said.', 'killed', 41, /Gaza/],
    ['Israeli strikes killed 41 people across Gaza on Monday, including 12 in Deir al-Balah, medics said.', 'killed', 12, /Deir al-Balah/],
    ['Ukrainian air defences destroyed 66 drones overnight, including 19 over the Kyiv region, the air force said.', 'intercepted', 66, /^Ukraine$/],
    ['The Russian defence ministry said 72 drones were destroyed, 25 of them over the Rostov region.', 'intercepted', 72, /^Russia$/],
    ['Strikes killed 18 people in Sudan on Friday, including 7 in the city of Nyala.', 'killed', 7, /Nyala/],
  ]);
});

test('a count placed by the model carries a calibrated confidence in (0, 1)', () => {
  const claim = claimsOf('Three people were killed in a drone strike in Ukraine on Sunday. The drone hit an apartment block in Sumy, regional officials said.').find((c) => c.kind === 'killed');
  assert.ok(claim?.where && 'confidence' in claim.where);
  const confidence = (claim.where as { confidence?: number }).confidence;
  assert.ok(typeof confidence === 'number' && confidence > 0 && confidence < 1, `confidence ${confidence}`);
});
