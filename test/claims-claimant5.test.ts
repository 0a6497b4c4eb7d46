import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkClaimants, claimsOf, type ClaimantCase } from './helpers/claimant.js';
import { sameParties } from './helpers/parties.js';

// Who says so for evacuations, and for tolls whose source stands in a neighbouring sentence (round claimant5).
// Sentences written for these tests, with names, places and numbers of their own; "\n\n" is a paragraph break.
// Each case: text, kind, value, the claimant wanted.
const check = (cases: readonly ClaimantCase[]): void => checkClaimants(cases, 'Attack report');

test('an evacuation is claimed by the authority that acts, also written in lower case, glossed by a name, or reported by an outlet', () => {
  check([
    ['The regional governor ordered the evacuation of 1,200 residents from three villages near the border.', 'evacuated', 1200, 'The regional governor'],
    ['The army evacuated 45 wounded soldiers from the front by helicopter.', 'evacuated', 45, 'The army'],
    ['Civil defence teams evacuated 30 families from damaged homes in the city.', 'evacuated', 30, 'Civil defence teams'],
    ['The city council has evacuated 140 people from two schools near the river.', 'evacuated', 140, 'The city council'],
    ['The local emergency service evacuated 65 patients from the hospital after the strike.', 'evacuated', 65, 'The local emergency service'],
    ['The mayor of Brovary, Ihor Sapozhko, evacuated 90 residents of the damaged block overnight.', 'evacuated', 90, 'Ihor Sapozhko'],
    ['Lebanese authorities have evacuated about 600 people from villages along the border, the state news agency reported.', 'evacuated', 600, 'Lebanese authorities'],
    ['Police evacuated 200 people from a shopping centre after a bomb threat, local media reported.', 'evacuated', 200, 'Police'],
    ['Authorities evacuated more than 3,000 people from the coastal town on Sunday.', 'evacuated', 3000, 'Authorities'],
    ['More than 700 people were evacuated from villages near the volcano, the disaster agency said.', 'evacuated', 700, 'the disaster agency'],
    // GUIDELINES (the acting authority for evacuations): the one who evacuates, even when a source reports it (round claimant6);
    // an evacuation no one acts on or reports has none.
    ['Troops evacuated 50 villagers from the valley, the governor said.', 'evacuated', 50, 'Troops'],
    ['Some 2,000 people were evacuated from the area on Monday.', 'evacuated', 2000, null],
    ['The attack damaged the hospital and 80 patients were evacuated.', 'evacuated', 80, null],
  ]);
});

test('an evacuation told after a sentence that names its source or acting authority is theirs (in the paragraph or the next ones, blind convention)', () => {
  check([
    ['Governor Vyacheslav Gladkov announced new measures for the border district on Wednesday. About 1,100 children were evacuated from the area.', 'evacuated', 1100, 'Governor Vyacheslav Gladkov'],
    ['The mayor of Nikopol, Oleksandr Sayuk, ordered an evacuation of the riverside district on Friday. By evening some 400 residents had been evacuated.', 'evacuated', 400, 'Oleksandr Sayuk'],
    ['The Israeli military ordered residents of the northern town to leave. Around 150 people were evacuated by bus overnight.', 'evacuated', 150, 'The Israeli military'],
    ['Kharkiv regional governor Oleh Syniehubov said authorities were moving families out of frontline towns. Eighty people, including 20 children, were evacuated on Thursday.', 'evacuated', 80, 'Kharkiv regional governor Oleh Syniehubov'],
    ["The region's emergency department said the river had burst its banks. Nearly 900 people were evacuated from low-lying streets.", 'evacuated', 900, "The region's emergency department"],
    ['Officials in Zaporizhzhia region warned of further shelling. Another 230 residents were evacuated from Stepnohirsk.', 'evacuated', 230, 'Officials in Zaporizhzhia region'],
    // With no one acting, the source of the report carries over a paragraph break or a sentence of narration between.
    ['The governor said three people were killed in the shelling.\n\nAbout 300 residents were evacuated from the district.', 'evacuated', 300, 'The governor'],
    ['The governor said three people were killed in the shelling. Fires broke out in two warehouses. About 300 residents were evacuated from the district.', 'evacuated', 300, 'The governor'],
    // A witness quoted between is not carried; a separate attack is no one's.
    ['The governor said three people were killed in the shelling. "The whole street burned," said a resident, Ivan Koval. About 300 residents were evacuated from the district.', 'evacuated', 300, 'The governor'],
    ['The governor said three people were killed in the shelling.\n\nIn a separate attack last week, about 300 residents were evacuated from the district.', 'evacuated', 300, null],
  ]);
});

test("a source named in the paragraph by a sentence that only gives news ('X gave details on Telegram', 'X reported the casualties') speaks for its unattributed sentences", () => {
  check([
    ['The regional governor gave details on Telegram. Three people were killed and nine injured in the strike on the port.', 'killed', 3, 'The regional governor'],
    ['Governor Ivan Fedorov posted photos of the damage on Telegram. Eleven people were injured, including two children.', 'injured', 11, 'Governor Ivan Fedorov'],
    ['The governor provided an update on the attack on Sunday morning. Two people were killed and 16 were injured.', 'killed', 2, 'The governor'],
    ['Three people were killed when a drone struck a minibus near Kherson. The head of the regional military administration, Oleksandr Prokudin, reported the casualties on Telegram.', 'killed', 3, 'Oleksandr Prokudin'],
    ['Israeli strikes on a school sheltering displaced families killed seven people on Sunday. The health ministry gave the toll in a statement.', 'killed', 7, 'The health ministry'],
    ['Four soldiers were wounded in the ambush. The army released further details late on Monday.', 'injured', 4, 'The army'],
    ['The city administration shared the latest figures on Facebook. Twelve homes were damaged and 5 people were hurt.', 'injured', 5, 'The city administration'],
    ['Two rockets hit the industrial zone. The police published footage of the site.', 'hit', 2, 'The police'],
    // Already read: a source after the facts, at the end of a sentence of several clauses.
    ['Five civilians were killed in the shelling of the market, the ministry said in a statement issued later.', 'killed', 5, 'the ministry'],
    ['Four people were killed, nine were wounded and a school was damaged, according to the district police chief.', 'killed', 4, 'the district police chief'],
    // Not carried: no news given ("gave no details"), another paragraph, another speaker.
    ['The ministry gave no details. Six people were killed in the blast.', 'killed', 6, null],
    ['The governor gave details on Telegram.\n\nSix people were killed in a separate strike on Monday.', 'killed', 6, null],
    ['The governor gave details on Telegram. The fire service said 6 people were killed.', 'killed', 6, 'The fire service'],
  ]);
});

// Meetings and visits in wire wordings: the parties compared as the evaluator compares claimants (the words of one hold
// the other's, or they share half their words), so a claimant that gives the states before the people matches either way.
function checkMeetings(cases: readonly (readonly [text: string, ...wanted: string[]])[]): void {
  const wrong: string[] = [];
  for (const [text, ...wanted] of cases) {
    const found = claimsOf(text, 'Diplomacy report').filter((c) => c.kind === 'meeting');
    if (!found.length) wrong.push(`no meeting: ${text}`);
    else for (const want of wanted) if (!sameParties(found[0]!.claimant ?? '', want)) wrong.push(`${JSON.stringify(found[0]!.claimant)} is not ${want}: ${text}`);
  }
  assert.deepEqual(wrong, []);
}

test('a meeting gives both parties, as people and as the states they act for: counterparts, guests received, particles in names, articles', () => {
  checkMeetings([
    ['German Defence Minister Boris Pistorius visited Vilnius on Monday and held talks with his Lithuanian counterpart Dovile Sakaliene.', 'Boris Pistorius and Dovile Sakaliene', 'Germany and Lithuania'],
    ['Russian Foreign Minister Sergei Lavrov and his Chinese counterpart Wang Yi met in Beijing on Tuesday, the Russian foreign ministry said.', 'Sergei Lavrov and Wang Yi', 'Russia and China'],
    ['Palestinian President Mahmoud Abbas was received by Turkish President Recep Tayyip Erdogan in Ankara.', 'Mahmoud Abbas and Recep Tayyip Erdogan', 'Palestine and Türkiye'],
    ['The Ruvian envoy was welcomed by the emir at his palace in Doha on Sunday.', 'Ruvian envoy and the emir'],
    ['Pakistani Prime Minister Shehbaz Sharif held talks with Saudi Crown Prince Mohammed bin Salman in Riyadh on Tuesday.', 'Shehbaz Sharif and Mohammed bin Salman', 'Pakistan and Saudi Arabia'],
    ['European Commission President Ursula von der Leyen met Zelenskiy in Kyiv on Saturday.', 'Ursula von der Leyen and Zelenskiy'],
    ['A Hamas delegation held talks with Egyptian officials in Cairo on Sunday, a Hamas official said.', 'Hamas and Egyptian officials', 'Hamas and Egypt'],
    ['A delegation from Hamas met Egyptian mediators in Cairo on Sunday.', 'Hamas and Egyptian mediators', 'Hamas and Egypt'],
    ['Chancellor Friedrich Merz hosted his Polish counterpart, Donald Tusk, in Berlin on Friday.', 'Friedrich Merz and Donald Tusk', 'Germany and Poland'],
    ['Kenya\'s President William Ruto and Somali President Hassan Sheikh Mohamud met in Nairobi on Saturday.', 'William Ruto and Hassan Sheikh Mohamud', 'Kenya and Somalia'],
  ]);
});

test("a visit is a meeting with the host: a lone visitor's party gains the host country, unless the visitor is of it; leaders named alone act for their state", () => {
  checkMeetings([
    ['Indian Prime Minister Narendra Modi visited Kyiv on Friday, the first such trip since the war began.', 'Narendra Modi', 'India and Ukraine'],
    ['German Chancellor Friedrich Merz visited Warsaw on Tuesday for talks on migration.', 'Friedrich Merz', 'Germany and Poland'],
    ['British Prime Minister Keir Starmer made a surprise visit to Kyiv on Thursday.', 'Keir Starmer', 'United Kingdom and Ukraine'],
    ['Secretary of State Marco Rubio visited Israel on Sunday.', 'Marco Rubio', 'United States and Israel'],
    ['Trump met Putin at a military base in Anchorage on Friday.', 'Trump and Putin', 'United States and Russia'],
    ['Host Prime Minister Mark Carney welcomed Japanese Prime Minister Shigeru Ishiba in Ottawa.', 'Mark Carney and Shigeru Ishiba', 'Canada and Japan'],
    ['Erdogan held talks with Sharaa in Ankara on Tuesday.', 'Erdogan and Sharaa', 'Türkiye and Syria'],
    ['Macron and Starmer met in Paris to discuss the coalition.', 'Macron and Starmer', 'France and United Kingdom'],
  ]);
  // The visitor of the country visited gains no host; a name no state is known for stays as written.
  const home = claimsOf('Ukrainian President Volodymyr Zelenskiy visited Kharkiv on Monday.').filter((c) => c.kind === 'meeting');
  assert.equal(home[0]?.claimant, 'Ukraine (Ukrainian President Volodymyr Zelenskiy)');
  const unknown = claimsOf('Varo and Lindqvist held talks in Oslo on Monday.').filter((c) => c.kind === 'meeting');
  assert.equal(unknown[0]?.claimant, 'Varo and Lindqvist');
});

test('a toll told after a sentence that named its source, in its paragraph or the next ones, is that source\'s account; not across another time, attack or a hedge', () => {
  check([
    ['The Sudan Doctors Network said the paramilitary shelled the camp for a third day. Fourteen people were killed, among them four children.', 'killed', 14, 'The Sudan Doctors Network'],
    ['Governor Oleh Kiper said Russian drones struck the port overnight. Two people were killed and seven were injured.', 'injured', 7, 'Governor Oleh Kiper'],
    ['The Israeli military said its jets struck a weapons depot in the south. Three militants were killed in the strike.', 'killed', 3, 'The Israeli military'],
    ['Police said the gunmen opened fire on a bus near the border. Six passengers were wounded.', 'injured', 6, 'Police'],
    ['Local officials said a drone hit a market in the town. At least 9 people died.', 'killed', 9, 'Local officials'],
    ['The regional administration reported a massive attack on the city overnight. Four missiles hit industrial sites.', 'hit', 4, 'The regional administration'],
    // Not carried.
    ['The army said it had retaken the village. Five people were killed in a separate strike on the market.', 'killed', 5, null],
    ['The governor said the strike hit a school. In 2022, shelling killed 40 people in the town.', 'killed', 40, null],
    ['The governor said a school was damaged.\n\nEight people were killed in Kherson on Monday.', 'killed', 8, 'The governor'],
    ['The ministry said the convoy was attacked at dawn. Eleven soldiers were reportedly killed.', 'killed', 11, null],
    ['The ministry gave no details. Six people were killed in the blast.', 'killed', 6, null],
    ['The ministry said 4 soldiers were killed on Monday. The war has killed more than 10,000 civilians since 2022.', 'killed', 10000, null],
    ['Russia launched 50 drones overnight, the air force said. Ukrainian officials said six people were killed.', 'killed', 6, 'Ukrainian officials'],
  ]);
});

test("a meeting told with a pronoun subject ('He met …') is the person named before; talks said to have taken place are a meeting of the parties 'between'", () => {
  checkMeetings([
    ['Indian Prime Minister Narendra Modi arrived in Tokyo on Friday. He met his Japanese counterpart Shigeru Ishiba at the prime minister\'s office.', 'Narendra Modi and Shigeru Ishiba', 'India and Japan'],
    ['Chinese President Xi Jinping arrived in Moscow on Monday for a state visit. He held talks with Russian President Vladimir Putin in the Kremlin.', 'Xi Jinping and Vladimir Putin', 'China and Russia'],
    ['Austrian Chancellor Lena Berger landed in Cairo on Sunday. She met Egyptian Foreign Minister Badr Abdelatty later that day.', 'Lena Berger and Badr Abdelatty', 'Austria and Egypt'],
    ['Talks between the delegations of Armenia and Azerbaijan took place in Almaty on Monday.', 'Armenia and Azerbaijan'],
    ['A meeting between Thai and Cambodian military officers took place at a border checkpoint on Thursday.', 'Thai and Cambodian military officers'],
  ]);
  // A gathering that did not take place, or only will, is none.
  for (const text of ['The talks, which had been due to take place in Geneva, never took place.', 'The summit will take place in Rome next month.']) {
    assert.equal(claimsOf(text).filter((c) => c.kind === 'meeting').length, 0, text);
  }
});
