import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, expectAll, placeOf } from './helpers/where.js';

// Which place a count of a short wire item belongs to, one class of wording per test (own sentences).

test('a hospital or town the victims were carried to is no scene for the counts after it', () => {
  expectAll([
    ['Security forces clashed with fighters near Baiji on Monday. The wounded were taken to hospital in Mosul. Troops killed 12 militants in the operation, the army said.', 'killed', 12, /^Baiji$/],
    ['Russian shelling hit Kupiansk overnight. Four wounded residents were evacuated to Kharkiv. Two people were killed, the governor said.', 'killed', 2, /Kupiansk/],
    ['A bomb exploded at a checkpoint outside Jalalabad. Three injured soldiers were flown to Kabul for treatment. Seven people died in the blast.', 'killed', 7, /Jalalabad/],
    ['Fighting erupted in Beni on Thursday. Several of the injured were transferred to hospitals in Goma. At least 15 people were killed, local officials said.', 'killed', 15, /Beni/],
    ['Drones attacked a market in Sumy. Victims were rushed to a clinic in Kyiv. Nine people were injured, officials said.', 'injured', 9, /Sumy/],
    ['Militants ambushed a patrol near Gao. The wounded were airlifted to Bamako. The army said 10 soldiers were killed.', 'killed', 10, /Gao/],
    ['A suicide bomber struck a mosque in Peshawar. The injured were moved to Islamabad. Thirty worshippers died.', 'killed', 30, /Peshawar/],
    ['An explosion ripped through a depot in Taiz. Survivors were taken to hospital in Aden. Eight people were killed.', 'killed', 8, /Taiz/],
    ['Rockets hit Nahariya on Sunday. Two victims were brought to Haifa for surgery. Five people were hurt in the attack.', 'injured', 5, /Nahariya/],
    ['Air strikes pounded Rafah overnight. Dozens of patients were transferred to Khan Younis. The strikes killed 21 people, medics said.', 'killed', 21, /Rafah/],
  ]);
  // The place left stays an evacuation's place; a town that is the scene stays the scene.
  expectAll([
    ['Authorities evacuated 1,200 people from Oleshky to Mykolaiv on Sunday.', 'evacuated', 1200, /Oleshky/],
    ['Shelling hit Izmail overnight. Some 300 residents were evacuated to Odesa, the governor said.', 'evacuated', 300, /Izmail/],
    ['A drone attack on Kherson killed 3 people, the governor said.', 'killed', 3, /Kherson/],
    ['Militants stormed a base near Kidal, killing 16 soldiers, before they were driven back.', 'killed', 16, /Kidal/],
  ]);
});

test('a count at a region or a country is at the settlement its clause or the next sentence names', () => {
  expectAll([
    ['An attack on a village in the northern state of Zamfara killed 23 people, a local official said. Residents said the gunmen set fire to homes in the village of Kauran Namoda.', 'killed', 23, /Kauran Namoda/],
    ['Gunmen killed 17 people in an attack on a village in the northeastern province of Tillaberi, the interior ministry said on Sunday. The assailants arrived on motorbikes and opened fire in the village of Tamou.', 'killed', 17, /Tamou/],
    ['Eleven police officers were killed in the province of Balochistan, officials said, after a gunfight near the town of Turbat.', 'killed', 11, /Turbat/],
    ['At least 8 soldiers died in the Mopti region on Tuesday when militants ambushed a convoy near the town of Boni.', 'killed', 8, /Boni/],
    ['Five people were killed in an attack on a village in Ituri province on Friday, according to local sources. The militia fighters burned houses in the village of Ndalya.', 'killed', 5, /Ndalya/],
    ['An air strike on a town in the province of Idlib wounded 14 civilians, rescuers said. The jets hit the market of the town of Maarat Misrin.', 'injured', 14, /Maarat Misrin/],
    ['A roadside bomb killed four soldiers in the Kunar province on Monday, the army said, near the village of Shigal.', 'killed', 4, /Shigal/],
    ['Clashes in the Tigray region left 19 dead, officials said, after fighters stormed the town of Adwa.', 'killed', 19, /Adwa/],
    // A camp named before its noun is the place; the city it lies near or outside is not.
    ['Shelling of the Zamzam camp near El Fasher killed 12 civilians, medics said.', 'killed', 12, /Zamzam/],
    ['Artillery fire on the Kalma camp outside Nyala wounded 31 people, aid workers said.', 'injured', 31, /Kalma/],
  ]);
  // Not a settlement fled to, measured from, told in another count's clause or in an unrelated next sentence.
  expectAll([
    ['Gunmen killed 9 people in Borno state on Saturday, officials said. The army later launched operations in the Sambisa forest.', 'killed', 9, /Borno/],
    ['Militants killed 6 soldiers in Khyber Pakhtunkhwa province, the military said. The attack came days after a bombing in the town of Bannu.', 'killed', 6, /Khyber/],
    ['Floods killed 12 people in Sindh province, while 3 died in the town of Sukkur.', 'killed', 12, /Sindh/],
    ['Shelling killed 7 people in the Donetsk region, and residents fled to the town of Sloviansk.', 'killed', 7, /Donetsk/],
    ['An attack on a village in Katsina state killed 14 people, police said. In a separate incident, gunmen abducted students in the town of Kankara.', 'killed', 14, /Katsina/],
    ['Five soldiers were killed in Kunar province, 40 km from the town of Asadabad.', 'killed', 5, /Kunar/],
    ['Two civilians were killed in the village of Hamra in Raqqa province, activists said.', 'killed', 2, /Hamra/],
  ]);
});

test('one count over a list of places is at the list ("A and B", "A, B and C"), at a container named after them', () => {
  expectAll([
    ['Air strikes killed 9 people in the capital, Sanaa, and the port city of Hodeidah, the rebels said.', 'killed', 9, /^Sanaa and Hodeidah$/],
    ['Russian attacks killed 6 civilians in Kharkiv and Zaporizhzhia on Tuesday, officials said.', 'killed', 6, /^Kharkiv and Zaporizhzhia$/],
    ['Shelling wounded 14 people in Donetsk and Horlivka, the local administration said.', 'injured', 14, /^Donetsk and Horlivka$/],
    ['Drone strikes injured 8 people in Sumy and the nearby town of Okhtyrka, officials said.', 'injured', 8, /^Sumy and Okhtyrka$/],
    ['Israeli raids killed five Palestinians in Jenin and Tubas, the health ministry said.', 'killed', 5, /^Jenin and Tubas$/],
    ['Two civilians were wounded in Nikopol and Marhanets, the governor said.', 'injured', 2, /^Nikopol and Marhanets$/],
    ['Russian strikes damaged 120 homes in Mykolaiv and Odesa on Monday.', 'damaged', 120, /^Mykolaiv and Odesa$/],
    ['Three people were killed in Kharkiv, Sumy and Poltava overnight, the interior ministry said.', 'killed', 3, /^Kharkiv, Sumy and Poltava$/],
    ['At least 40 people were killed in attacks on Bunia, Beni and Butembo this week.', 'killed', 40, /^Bunia, Beni and Butembo$/],
    ['Nine people were killed in Bajaur District and South Waziristan District, Khyber Pakhtunkhwa, officials said.', 'killed', 9, /Khyber Pakhtunkhwa/],
  ]);
  // Not a list: a place after "and" that acts, another count's place, a chain of containers.
  expectAll([
    ['Shelling killed 4 people in Kherson and Russia said it downed 20 drones.', 'killed', 4, /^Kherson$/],
    ['Five people were killed in Kharkiv and three in Sumy.', 'killed', 5, /^Kharkiv$/],
    ['Strikes killed 7 people in Bakhmut, Donetsk region, on Friday.', 'killed', 7, /^Bakhmut$/],
    ['Two people died in Dnipro and Kyiv sent rescuers.', 'killed', 2, /^Dnipro$/],
  ]);
});

test('a running total an institution states since a war, a month or a year is the theatre\'s, not the last town told', () => {
  expectAll([
    ['Rockets struck Kiryat Shmona on Monday. Since October, more than 60 civilians have been killed by fire from Lebanon, the army said.', 'killed', 60, /^Israel$/],
    ['A strike on a house in Jabalia killed 7. The Gaza health ministry said 38,000 people have been killed since the war began.', 'killed', 38000, /^Gaza$/],
    ['A missile hit a school in Kramatorsk. Ukraine\'s prosecutor general said 590 children have been killed since February 2022.', 'killed', 590, /^Ukraine$/],
    ['Israeli jets struck Nabatieh on Tuesday. Since the escalation began, Lebanese authorities say 3,100 people have been killed.', 'killed', 3100, /^Lebanon$/],
    ['Shelling hit Avdiivka again overnight. Since the start of the war, more than 10,000 civilians have been killed, the UN said.', 'killed', 10000, /^Ukraine$/],
    ['A drone attack set fire to a depot in Tuapse. Since January, Russia\'s defence ministry says it has downed 2,400 Ukrainian drones.', 'intercepted', 2400, /^Russia$/],
    ['RSF fighters shelled a market in Omdurman. The UN said 12 million people have been displaced and 20,000 killed since April 2023.', 'killed', 20000, /^Sudan$/],
    ['Gunmen attacked a church in Kaya. This year alone, militants have killed 1,200 civilians, rights groups said.', 'killed', 1200, /Burkina/],
    ['A drone hit a house in the village of Sloboda in Chernihiv region, injuring two. Since the start of the full-scale invasion, 412 children have been killed in Ukraine, the prosecutor\'s office said.', 'killed', 412, /^Ukraine$/],
  ]);
  // A local official's total, a day's total, a total with its own place, a narrator's recollection keep their place.
  expectAll([
    ['Russian shelling hit Nikopol on Friday. Since the start of the invasion, 1,400 residents of the city have been injured, the mayor said.', 'injured', 1400, /Nikopol/],
    ['Drones struck Belgorod overnight. Since January, 150 civilians have been killed, regional officials said.', 'killed', 150, /Belgorod/],
    ['Strikes hit Kherson overnight. Over the past day, 4 people were killed, the administration said.', 'killed', 4, /Kherson/],
    ['Since Monday, 9 people have been killed in Kharkiv, officials said.', 'killed', 9, /Kharkiv/],
    ['A bomb exploded outside a hotel in Kismayo on Friday. Since 2012, hundreds of people have been killed in attacks on hotels and markets.', 'killed', null, /Kismayo/],
  ]);
});

test('a summary after two or more towns of an area is the area\'s, not the last town\'s', () => {
  expectAll([
    ['Russian troops shelled the Zaporizhzhia region 320 times over the past day, the governor said. In Huliaipole two people were wounded; in Orikhiv 3 were hurt. In total, 14 homes were damaged.', 'damaged', 14, /Zaporizhzhia/],
    ['Ukrainian drones attacked the Kursk region overnight, the governor said. In Rylsk 2 people were injured, and in Lgov 4 were injured. Twelve houses and 5 cars were damaged, he said.', 'damaged', 12, /Kursk/],
    ['Israeli strikes hit the Nabatieh governorate on Tuesday. Two people were killed in Kfar Roummane and four in Zawtar. Overall, 11 people were wounded, the health ministry said.', 'injured', 11, /Nabatieh/],
    ['The Belgorod region came under fire overnight. In Shebekino 2 were wounded; in Grayvoron a man was hurt. Seventeen drones were shot down, the governor said.', 'intercepted', 17, /Belgorod/],
    ['Russian forces struck the Sumy region 90 times on Saturday. A woman was killed in Bilopillia. Two men were wounded in Krasnopillia.\n\nThe attacks damaged 25 houses, regional authorities said.', 'damaged', 25, /Sumy/],
    ['Fighting raged across Darfur state. Ten civilians died in Tawila and 6 in Kutum. At least 40 homes were burned, witnesses said.', 'damaged', 40, /Darfur/],
    ['Russian forces shelled the Kherson region 40 times on Sunday, the governor said. In Bilozerka one man died; in Kherson city a woman was wounded. Twenty houses were damaged, the governor said.', 'damaged', 20, /Kherson region/],
    // ", and in X 4 were injured": the fronted place opens the second count's clause.
    ['Ukrainian drones attacked the Kursk region overnight. In Rylsk 2 people were injured, and in Lgov 4 were injured.', 'injured', 4, /Lgov/],
  ]);
  // One town told keeps the scene; a town of another area resets it; a breakdown's own counts keep their towns.
  expectAll([
    ['Russian troops shelled the Kherson region overnight. In Beryslav 4 people were wounded. Two more were injured later, the governor said.', 'injured', 2, /Beryslav/],
    ['Shelling hit the Donetsk region. In Kramatorsk 2 died; in Sloviansk 3 were hurt. In Kharkiv, 7 people were injured in a separate attack.', 'injured', 7, /Kharkiv/],
    ['Shelling hit the Donetsk region. In Kramatorsk 2 died; in Sloviansk 3 were hurt.', 'killed', 2, /Kramatorsk/],
    ['Shelling hit the Donetsk region. In Kramatorsk 2 died; in Sloviansk 3 were hurt.', 'injured', 3, /Sloviansk/],
  ]);
});

test('an airline named after a place is no place of the flights it cancels', () => {
  const cases: readonly (readonly [string, number | null, RegExp | null])[] = [
    ['Airlines including Lufthansa and Wizz Air cancelled 300 flights to Israel.', 300, /^Israel$/],
    ['Wizz Air, Aegean and Air Baltic suspended 45 flights to Tel Aviv.', 45, /^Tel Aviv$/],
    ['Turkish Airlines, Qatar Airways and Air Serbia cancelled dozens of flights.', null, null],
    ['Air India cancelled 14 flights to Dubai on Sunday.', 14, /^Dubai$/],
    ['Qatar Airways said it had cancelled 22 flights to Baghdad.', 22, /^Baghdad$/],
    ['Air France and KLM cancelled 60 flights to Beirut this week.', 60, /^Beirut$/],
    ['Air Canada suspended 8 flights to Tel Aviv until further notice.', 8, /^Tel Aviv$/],
    ['Air Astana and Air Arabia cancelled 31 flights.', 31, null],
    ['Etihad and Air Serbia halted 12 flights to Amman.', 12, /^Amman$/],
    ['British Airways cancelled 40 flights at Heathrow because of the strike.', 40, /Heathrow/],
    ['Carriers such as Ryanair and easyJet cancelled 120 flights at Lisbon airport because of the strike.', 120, /^Lisbon airport$/],
  ];
  const wrong: string[] = [];
  for (const [text, value, want] of cases) {
    const found = claimsOf(text).find((c) => c.kind === 'flights_disrupted' && c.value === value);
    const got = found?.where?.text ?? null;
    if (!found || (want ? !want.test(got ?? '') : got !== null)) wrong.push(`${value} @${got} in: ${text}`);
  }
  assert.deepEqual(wrong, []);
});

test('the dateline city is the place only when the item names nothing more specific', () => {
  expectAll([
    ['KHARTOUM, June 3 (Reuters) - Shelling killed 14 people in Omdurman on Tuesday, medics said.', 'killed', 14, /^Omdurman$/],
    ['KHARTOUM, June 3 (Reuters) - Shelling killed 14 people on Tuesday, medics said.', 'killed', 14, /^khartoum$/i],
    ['KYIV (AP) — Russian drones killed 3 people in Odesa overnight, officials said.', 'killed', 3, /^Odesa$/],
    ['KYIV (AP) — A Russian missile strike killed 5 people overnight, officials said.', 'killed', 5, /^kyiv$/i],
    ['MOGADISHU, Somalia — A car bomb killed 8 people near a checkpoint, police said.', 'killed', 8, /^mogadishu$/i],
    ['MOGADISHU, Somalia — A car bomb killed 8 people in Baidoa on Sunday, police said.', 'killed', 8, /^Baidoa$/],
    ['BEIRUT, Oct 2 (Reuters) - Israeli strikes on southern Lebanon killed 12 people, the health ministry said.', 'killed', 12, /Lebanon/],
    ['JERUSALEM (Reuters) - Rockets fired from Gaza wounded 4 people in Sderot, medics said.', 'injured', 4, /^Sderot$/],
    ['ISLAMABAD, May 5 (Reuters) - Militants killed 7 soldiers in North Waziristan, the army said.', 'killed', 7, /Waziristan/],
    ['DAMASCUS, Syria (AP) — Airstrikes wounded 9 civilians, state media said.', 'injured', 9, /^damascus$/i],
    ['Kharkiv hit again\n\nKYIV, May 15 (Reuters) - Ukraine shot down 41 of 157 drones over Kharkiv, the air force said.', 'intercepted', 41, /^Kharkiv$/],
  ]);
});

test('a count told over "the region" is the area the report named, not the town of the sentence before', () => {
  expectAll([
    ['Shelling hit Nikopol in the Dnipropetrovsk region on Monday. Thirty buildings were damaged throughout the region, the governor said.', 'damaged', 30, /Dnipropetrovsk/],
    ['Drones struck Sumy in the Sumy region overnight. Across the oblast, 14 people were injured, officials said.', 'injured', 14, /Sumy (?:region|oblast)/i],
    ['A missile hit Lozova in the Kharkiv region. Four people were killed in the region, the governor said.', 'killed', 4, /Kharkiv/],
    ['Rockets struck Nahariya in the Northern District. Eleven people were hurt across the district, medics said.', 'injured', 11, /Nahariya|Northern/],
    ['Militants attacked Bama in Borno state. Nine soldiers were killed across the state, the army said.', 'killed', 9, /Borno/],
  ]);
  // A sentence that names its own area keeps it; "the region of X" names it.
  expectAll([
    ['Shelling hit the Kherson region on Monday. In the Mykolaiv region, 5 houses were damaged across the region.', 'damaged', 5, /Mykolaiv/],
    ['Shelling hit Nikopol on Monday. Three people were wounded in the town, the mayor said.', 'injured', 3, /Nikopol/],
  ]);
});

test('fresh wordings of the classes above, written after the rules (a check of the rules on sentences they were not written from)', () => {
  expectAll([
    ['A raid on a village in Niger State left 31 people dead, police said on Monday. The bandits stormed the village of Kuchi at dawn.', 'killed', 31, /Kuchi/],
    ['Twelve farmers were killed in Plateau state, officials said, after gunmen attacked the village of Mushu.', 'killed', 12, /Mushu/],
    ['An ambush in the Sahel region killed 15 soldiers near the town of Djibo, the army said.', 'killed', 15, /Djibo/],
    ['Six civilians were wounded by shelling in the Donetsk region, the governor said, when shells hit the town of Kostiantynivka.', 'injured', 6, /Kostiantynivka/],
    ['Attackers killed 22 people in a town in Mali\'s Segou region, local officials said. They opened fire on the weekly market in the town of Diafarabe.', 'killed', 22, /Diafarabe/],
    ['An air strike on the Abu Shouk camp in North Darfur killed 9 displaced people, activists said.', 'killed', 9, /Abu Shouk/],
    ['Drone strikes on the Al-Mawasi camp west of Khan Younis killed 17 people, the civil defence said.', 'killed', 17, /Mawasi/],
    ['A landmine exploded under a bus near Kidal. Some of the wounded were flown to Gao. Six passengers were killed.', 'killed', 6, /Kidal/],
    ['Russian bombs hit a hospital in Vovchansk. Patients were evacuated to Kharkiv by bus. Three staff members were injured.', 'injured', 3, /Vovchansk/],
    ['A gas explosion rocked a market in Quetta. Victims were rushed to a trauma centre in Karachi. Nine people died, police said.', 'killed', 9, /Quetta/],
    ['Israeli air strikes killed 13 people in Khan Younis and Rafah overnight, medics said.', 'killed', 13, /^Khan Younis and Rafah$/],
    ['Shelling injured 7 civilians in the towns of Vuhledar and Marinka, the prosecutor said.', 'injured', 7, /Vuhledar and Marinka/],
    ['Russian glide bombs wounded 18 people in Kupiansk, Izium and Balakliia on Wednesday.', 'injured', 18, /^Kupiansk, Izium and Balakliia$/],
    ['The storm and strikes killed 4 people in Aden and the city of Mukalla.', 'killed', 4, /^Aden and Mukalla$/],
    ['Russia shelled the Dnipropetrovsk region overnight, the governor said. In Nikopol 3 were wounded; in Marhanets 2 were hurt. In all, 16 houses were damaged.', 'damaged', 16, /Dnipropetrovsk/],
    ['The Bryansk region was attacked by drones overnight. In Klintsy 2 people were injured, and in Pogar 1 was injured. Eight homes were damaged, the governor said.', 'damaged', 8, /Bryansk/],
    ['A strike hit a market in Kherson. Since Russia invaded, more than 12,000 civilians have been killed in the war, the UN says.', 'killed', 12000, /^Ukraine$/],
    ['Militants stormed a base near Menaka. Since 2012, the army says 2,300 soldiers have been killed fighting insurgents.', 'killed', 2300, /^Mali$/],
    ['Strikes hit Deir al-Balah on Friday. The health ministry in Gaza says 45,000 people have been killed since October 2023.', 'killed', 45000, /Gaza/],
  ]);
});
