import { test } from 'node:test';
import { checkClaimants, type ClaimantCase } from './helpers/claimant.js';

// Round claimant11: claimant classes met on realistic wire items and live pages (train21, read for its shapes only);
// sentences written for these tests, with names, places and numbers of their own. "\n\n" is a paragraph break.
// Each case: text, kind, value, claimant.
const check = (cases: readonly ClaimantCase[]): void => checkClaimants(cases, 'Overnight attacks');

test('a source closing the sentence may be followed by a remark on the fact, not only by a clause of saying', () => {
  check([
    ['SEOUL, Oct. 4 (Yonhap) - North Korea fired three cruise missiles toward the Yellow Sea on Monday, the South Korean military said, the second such launch this month.', 'launched', 3, 'the South Korean military'],
    ['RIGA - Latvian air defences shot down 41 drones over the weekend, the Latvian army said, one of the largest numbers it has recorded this year.', 'intercepted', 41, 'the Latvian army'],
    ['HAIFA/AMMAN - Hezbollah fired about 70 rockets at northern Israel late on Friday, the Israeli military said, hours after an air strike hit a depot in Nabatieh.', 'launched', 70, 'the Israeli military'],
    ['Further east, in Mayadin, U.S. jets struck two ammunition depots used by militia groups, the Pentagon said late on Monday, in response to a series of attacks on its bases.', 'hit', 2, 'the Pentagon'],
  ]);
});

test('a perfect or past perfect verb of saying: the source before it, the pronoun before it', () => {
  check([
    ['Israeli drones struck a car near Bint Jbeil, killing three men, Lebanon\'s health ministry has said.', 'killed', 3, "Lebanon's health ministry"],
    ['Air strikes on a market in Kordofan killed 14 people, the Sudan Doctors Network has said.', 'killed', 14, 'the Sudan Doctors Network'],
    ['Governor Oksana Melnyk said on Monday that 9 people were hurt. The day before, she had reported 5 wounded.', 'injured', 5, 'Governor Oksana Melnyk'],
    ['The regional police have reported that 12 shops were damaged in the blast.', 'damaged', 12, 'The regional police'],
  ]);
});

test('a live page entry opened by its time, and by a place before a colon, names its source after them', () => {
  check([
    ['08:30 - The Polish armed forces have published their morning figure: 48 drones were shot down overnight.', 'intercepted', 48, 'The Polish armed forces'],
    ['22:05 - Odesa region: Governor Oleh Kiper says a man was killed in Izmail district when a drone hit a house. Five houses and a barn were damaged in the village of Kiliia.', 'damaged', 5, 'Governor Oleh Kiper'],
    ['14:10 - Harbour operator Baltic Terminals says 3 warehouses were damaged by the blast.', 'damaged', 3, 'Harbour operator Baltic Terminals'],
  ]);
});

test('a source glossed after an opening conjunction; one of a group of sources named before', () => {
  check([
    ['But two Indian army officers, speaking to reporters on condition of anonymity, said troops had killed at least 12 insurgents.', 'killed', 12, 'two Indian army officers'],
    ['And a senior police officer, reached by phone in Gao, said 8 soldiers were wounded.', 'injured', 8, 'a senior police officer'],
    ['The bombing in the town of Khuzdar also wounded more than 14 people, one of the officials said, speaking on condition of anonymity.', 'injured', 14, 'one of the officials'],
    ['A second official, reached by telephone from Timbuktu, put the toll at 31 dead.', 'killed', 31, 'A second official'],
  ]);
});

test('a source that denies or declines one thing and says another, and "it said" after it', () => {
  check([
    ['The Chadian interior ministry did not confirm the clash but said its troops had repelled the attack. It said rebel shelling near Abeche had killed seven civilians.', 'killed', 7, 'The Chadian interior ministry'],
    ['The army denied the report and said 4 soldiers were wounded in the ambush.', 'injured', 4, 'The army'],
  ]);
});

test('a person an outlet or body quotes is who "he" or "she" points back to', () => {
  check([
    ['The army killed more than 20 militants near Jilib, the state news agency SONNA reported.\n\nThe raid targeted camps near the river, SONNA said, quoting Deputy Defence Minister Omar Hassan.\n\nFour militant camps were destroyed, he said.', 'damaged', 4, 'Deputy Defence Minister Omar Hassan'],
  ]);
});

test('a source of lower-case words the lists lack opening the sentence, and a company named after its description', () => {
  check([
    ['Local radio reported that about a dozen nearby shops were damaged.', 'damaged', 12, 'Local radio'],
    ['In Sumy region, a power plant was set ablaze and four workers were killed, according to the state energy company Energoatom, which said it was the fifth attack this month.', 'killed', 4, 'the state energy company Energoatom'],
    ['The Chad Doctors Union put the number of injured at 27.', 'injured', 27, 'The Chad Doctors Union'],
    ['A local pro-government militia gave a toll of 19 dead.', 'killed', 19, 'A local pro-government militia'],
  ]);
});

test('a clause with its own source after "where" or "though": the count in it is that source\'s', () => {
  check([
    ['Further north, the army said it had repelled an assault on the town of Rabak, where local medics said nine civilians were killed when shells hit a bus station.', 'killed', 9, 'local medics'],
    ['Flights at the city airport went on, though Royal Jordanian said four of its morning arrivals had been delayed.', 'flights_disrupted', 4, 'Royal Jordanian'],
  ]);
});

test('an inverted source is never followed by a verb of its own; a possessive toll that stands at a count is its giver\'s', () => {
  check([
    ["Poland's army, meanwhile, said Belarus had attacked overnight with 50 drones, of which 41 were neutralised by air defences over the east of the country.", 'intercepted', 41, "Poland's army"],
    ["The Lebanese Health Ministry's cumulative toll, which does not tell fighters from civilians, stands at more than 3,100 killed since October.", 'killed', 3100, 'The Lebanese Health Ministry'],
  ]);
});

test('a source of lower-case words glossed by a relative clause; a month of the background ends the report', () => {
  check([
    ['The neighbourhood resistance committee in the town, which counts the dead, said the toll was higher, with 21 dead.', 'killed', 21, 'The neighbourhood resistance committee in the town'],
    ['A village defence council, which tracks casualties, said 6 fighters were killed.', 'killed', 6, 'A village defence council'],
    ['A local rebel militia gave a toll of 14 dead.\n\nIn April, eight people were killed in an air raid on a clinic in the same district.', 'killed', 8, null],
  ]);
});

test('a source described in the lead and named in the next sentence is the name; a person or an outlet named after is not', () => {
  check([
    ['Air strikes on a convoy near Idlib killed nine fighters overnight, a war monitor said on Friday.\nThe London-based Syrian Network for Human Rights said the raids also hit two depots.', 'killed', 9, 'The London-based Syrian Network for Human Rights'],
    ['Police fired on protesters in the capital, killing 4, a rights group said.\n\nThe Sudan Human Rights Hub said more than 30 people were detained.', 'killed', 4, 'The Sudan Human Rights Hub'],
    ['Air strikes on a convoy near Idlib killed nine fighters overnight, a war monitor said on Friday.\nState news agency SANA said air defences downed most of the missiles.', 'killed', 9, 'a war monitor'],
    ['Gunmen killed 7 villagers in the north, a security source said.\nThe Nigerian army said troops were hunting the attackers.', 'killed', 7, 'a security source'],
  ]);
});

test("a headline's figure told again in the body takes the body's source", () => {
  check([
    ['Poland reports 44 drones downed over the east\n\nPolish air defences shot down 44 drones over the Lublin region overnight, the Polish Operational Command said on Sunday.', 'intercepted', 44, 'the Polish Operational Command'],
  ]);
});

test('an authority that issues an order closing airports is the acting authority', () => {
  check([
    ["Thailand's civil aviation regulator issued a notice temporarily closing 6 airports in the north until Friday. AirAsia said it had cancelled more than 90 flights.", 'airport_closed', 6, "Thailand's civil aviation regulator"],
  ]);
});

test("'the air force' after a force named by a possessive takes no article", () => {
  check([
    ["Romania's air force said Russia launched 90 drones overnight. Bucharest mayor Ion Stan said debris fell in two districts. Air defences downed 74 of the drones, the air force said.", 'intercepted', 74, "Romania's air force"],
  ]);
});

test("a trend or record told in the reporter's own words after a source is no one's account", () => {
  check([
    ['Police said gunmen attacked a checkpoint near the town, killing 4 officers. The province has seen a surge in attacks by armed groups, who killed 30 soldiers in a single raid in the north.', 'killed', 30, null],
    ['Officials said 7 people were injured. Drone attacks on the port have intensified in recent weeks, with 3 dock workers killed on Thursday alone.', 'killed', 3, null],
    ['The army said 12 militants were killed in the raid. The group has carried out dozens of attacks in the capital, including a truck bombing that killed 90 people.', 'killed', 90, null],
    // News told after the source still carries it.
    ['The governor said drones hit the port overnight. Five people were killed, including a child.', 'killed', 5, 'The governor'],
  ]);
});

test('an outlet that gives the source of what came before by citing someone passes it on', () => {
  check([
    ['Three people were injured in a drone strike on Kherson. Ukrinform reports this, citing the press service of the regional police.', 'injured', 3, 'the press service of the regional police'],
    ['Six houses were damaged in the shelling of Nikopol. Suspilne reported this, quoting the head of the district, Yevhen Yevtushenko.', 'damaged', 6, 'Yevhen Yevtushenko'],
  ]);
});

test('a source that adds to what came before in the next sentence is the source of the count before it', () => {
  check([
    ['A Ukrainian drone hit a bus near Valuyki, injuring 5 passengers. "All of them are in hospital," Governor Vyacheslav Gladkov added on Telegram.', 'injured', 5, 'Governor Vyacheslav Gladkov'],
    ['Mayor Ihor Terekhov said the strike hit the city centre.\n\nNine cars were burnt out and 4 shops were damaged.\n\nThe shelling lasted an hour, he added.', 'damaged', 4, 'Mayor Ihor Terekhov'],
  ]);
});

test("officials with a body, 'per' a source in lower case; a toll that rose with no giver names none", () => {
  check([
    ['Six people were killed in the attack, officials with the provincial government said.', 'killed', 6, 'officials with the provincial government'],
    ['Eight people were killed, per local officials.', 'killed', 8, 'local officials'],
    ['The death toll rose to 21, the provincial disaster agency said in an update.', 'killed', 21, 'the provincial disaster agency'],
  ]);
});
