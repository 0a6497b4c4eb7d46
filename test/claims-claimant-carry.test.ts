import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dedupe, type Drafted } from '../src/claims/dedupe.js';
import { checkClaimants, claimsOf, type ClaimantCase } from './helpers/claimant.js';

// Who says so in short wire items and news pages: an outlet's own tally, the authority behind a closure named in
// another sentence, a source carried to the sentence that goes on with its fact (and where it is not), and sources
// glossed by long titles. Sentences written for these tests, with names, places and numbers of their own; "\n\n" is a
// paragraph break. Each case: text, kind, value, the claimant wanted.
const check = (cases: readonly ClaimantCase[]): void => checkClaimants(cases, 'Attack report');

test("an outlet's own tally or count is the outlet's claim; 'could not verify' names no source", () => {
  check([
    ['At least 38 people have been killed in the clashes since Thursday, according to an AFP tally.', 'killed', 38, 'AFP'],
    ['The raids have killed more than 140 civilians this year, according to a Reuters count based on figures from local officials.', 'killed', 140, 'Reuters'],
    ['According to an Associated Press count, 27 people died in the flooding after the dam was hit.', 'killed', 27, 'Associated Press'],
    ['An AFP tally based on hospital sources put the death toll at 53.', 'killed', 53, 'AFP'],
    ['Nineteen soldiers have died in the region since March, according to a Reuters tally of military funerals.', 'killed', 19, 'Reuters'],
    ['The shelling killed at least 16 people, according to an AFP count compiled from official statements.', 'killed', 16, 'AFP'],
    ['Eleven fishermen were wounded in the strikes, according to an Al Jazeera tally.', 'injured', 11, 'Al Jazeera'],
    ['According to the latest AFP toll, drawn from health ministry figures, 212 people have been killed.', 'killed', 212, 'AFP'],
    ['The strikes killed 24 people on Friday, the provincial governor said. Reuters could not independently verify the figure.', 'killed', 24, 'the provincial governor'],
    ['Police said 8 protesters were shot dead, a toll AFP could not verify.', 'killed', 8, 'Police'],
    ['More than 60 people have been wounded, according to a tally by the news agency.', 'injured', 60, 'the news agency'],
  ]);
});

test('a closure or restriction claimed by the authority that decided it, named after the fact or in another sentence of the paragraph', () => {
  check([
    ['Four airports in the west were closed on Saturday. The decision was taken by the civil aviation authority after balloons were sighted.', 'airport_closed', 4, 'the civil aviation authority'],
    ['Flights at two airports in the north were halted by order of the transport ministry.', 'airport_closed', 2, 'the transport ministry'],
    ['Three regional airports were shut overnight. The order came from the federal aviation agency, which cited a drone threat.', 'airport_closed', 3, 'the federal aviation agency'],
    ["Airports in Penza and Saratov were closed. Rosaviatsia, Russia's aviation watchdog, announced the restrictions early on Monday.", 'airport_closed', 2, 'Rosaviatsia'],
    ["Kuwait's civil aviation authority announced the closure of the country's airspace. Flights at two airports were suspended until further notice.", 'airport_closed', 2, "Kuwait's civil aviation authority"],
    ['Flights at three airports near the capital were halted on Tuesday. Rosaviatsia said the restrictions were needed to keep passengers safe.', 'airport_closed', 3, 'Rosaviatsia'],
    ['The Latvian airport authority said Riga airport had been closed for two hours. Several flights were diverted to Tallinn.', 'flights_disrupted', null, 'The Latvian airport authority'],
    ['Two airports in the south were closed on Friday under restrictions imposed by the aviation watchdog, the ministry said.', 'airport_closed', 2, 'the ministry'],
    ['Five airports in the region were closed under restrictions imposed by the aviation watchdog.', 'airport_closed', 5, 'the aviation watchdog'],
    ['The regional administration said 400 residents were evacuated from the border villages. Another 250 people were evacuated on Sunday.', 'evacuated', 250, 'The regional administration'],
    ['Operations at two airports were suspended on the instructions of the national security council.', 'airport_closed', 2, 'the national security council'],
    // A later sentence about anything else names no source of the closure; a source that announced it carries to the next paragraph.
    ['Flights at two airports near the capital were halted on Sunday. The governor said three people were killed in the attack.', 'airport_closed', 2, null],
    ["Oman's aviation authority announced the closure of the country's airspace.\n\nFlights at two airports in the north were suspended later in the day.", 'airport_closed', 2, "Oman's aviation authority"],
  ]);
});

test("a follow-on sentence with no source of its own keeps the one before it when it goes on with its fact ('Another', 'more', 'others', 'In addition')", () => {
  check([
    ['Two people were killed when a missile hit a depot in the city, the mayor said. Another 14 people were wounded in the blast.', 'injured', 14, 'the mayor'],
    ['The governor wrote on Telegram that 5 people were killed in Kupiansk. Nine more were wounded in nearby villages.', 'injured', 9, 'The governor'],
    ['At least 4 civilians were killed, local officials said. Thirteen others were wounded.', 'injured', 13, 'local officials'],
    ['Officials said two schools were damaged in the shelling. In addition, 17 people were injured.', 'injured', 17, 'Officials'],
    ['The ministry said 6 soldiers were killed. A further 21 were wounded, it added.', 'injured', 21, 'The ministry'],
    ['Authorities said 120 people were evacuated from the valley. Eighty more residents were evacuated on Thursday.', 'evacuated', 80, 'Authorities'],
    ['Police said 3 gunmen were killed in the raid. Two officers were also hurt.', 'injured', 2, 'Police'],
    ['The army said it downed 16 drones overnight. Another 7 were shot down over the coast.', 'intercepted', 7, 'The army'],
    ["Ukraine's air force said Russia launched 85 drones overnight. Of those, 61 were shot down.", 'intercepted', 61, "Ukraine's air force"],
    ['The health ministry said 19 people were killed. Forty-five other people were wounded.', 'injured', 45, 'The health ministry'],
    // Not carried: a new paragraph, a different speaker, the reporter's own narration of other facts.
    ['Governor Pavlo Marchenko said five people died in the strike.\n\nEight people were wounded in a separate attack on Sumy on Monday.', 'injured', 8, null],
    ['The health ministry said 31 people were killed. The Red Crescent said 44 people were wounded.', 'injured', 44, 'The Red Crescent'],
    ['A drone strike killed three people in Kherson, the governor said. Last month, a similar strike killed 12 people in the city.', 'killed', 12, null],
    ['The rebels attacked the town on Friday, officials said. The single deadliest attack, in 2016, killed at least 40 people and injured 70 others.', 'injured', 70, null],
  ]);
});

test('sources with long titles and appositives, organisation and person, plural and generic officials, media and social posts', () => {
  check([
    ['Mykola Ivanov, head of the regional military administration, wrote on Telegram that 3 people were killed.', 'killed', 3, 'Mykola Ivanov'],
    ['Petro Savchenko, deputy head of the city council, said on Friday that 7 drones were shot down.', 'intercepted', 7, 'Petro Savchenko'],
    ['Anas al-Sharif, a spokesman for the civil defence agency in the territory, said 21 people were killed.', 'killed', 21, 'Anas al-Sharif'],
    ['Twelve people were wounded, Hamza al-Masri, director of the main hospital, said.', 'injured', 12, 'Hamza al-Masri'],
    ["Seven people were wounded, the ministry's spokeswoman, Olena Dorosh, told reporters.", 'injured', 7, 'Olena Dorosh'],
    ["The ministry's spokesman, Karim Haddad, said 15 militants were killed.", 'killed', 15, 'Karim Haddad'],
    ['Ukrainian and Polish officials said 4 drones were shot down near the border.', 'intercepted', 4, 'Ukrainian and Polish officials'],
    ['Nine civilians were killed in the village, officials said.', 'killed', 9, 'officials'],
    ['Eleven soldiers died in the ambush, local media reported.', 'killed', 11, 'local media'],
    ['State news agency TASS reported that 18 drones were destroyed over the region.', 'intercepted', 18, 'State news agency TASS'],
    ['In a Telegram post, Governor Yuri Slyusar said 6 people were injured.', 'injured', 6, 'Governor Yuri Slyusar'],
    ['Two civilians were wounded, the mayor posted on X.', 'injured', 2, 'the mayor'],
    ['Fourteen people were hurt, Ihor Kolomiets, the mayor of the city, said on Telegram.', 'injured', 14, 'Ihor Kolomiets'],
  ]);
});

test("meetings told by roles in lower case ('the two leaders met', 'elders and officials were meeting') are kept; roles take the names of the meeting just told", () => {
  check([
    ['On Thursday, the two leaders met for talks on the war.', 'meeting', null, 'the two leaders'],
    ['Later, the foreign ministers met to discuss the truce.', 'meeting', null, 'the foreign ministers'],
    ['Last week, senior military commanders from both sides met to discuss a prisoner swap.', 'meeting', null, 'senior military commanders'],
    ['Earlier this month, the two presidents held talks by video link.', 'meeting', null, 'the two presidents'],
    ['After the attack, community leaders and local officials met to discuss security.', 'meeting', null, 'community leaders and local officials'],
    ['In a rare move, the rival generals met face to face on Friday.', 'meeting', null, 'the rival generals'],
    ['Gunmen stormed a guesthouse where clan elders and police officers were meeting, killing 4 people.', 'meeting', null, 'clan elders and police officers'],
    ['Kenyan President Ada Mwangi and Ugandan President Joel Okello held talks on border security. The two presidents met in Kampala.', 'meeting', null, 'Kenya and Uganda (Kenyan President Ada Mwangi and Ugandan President Joel Okello)'],
    ['British envoy Mark Dale met with Lebanese President Samir Haddad. The two men met in Beirut for talks on the ceasefire.', 'meeting', null, 'United Kingdom and Lebanon (British envoy Mark Dale and Lebanese President Samir Haddad)'],
    ['Chancellor Anna Vogt hosted Prime Minister Luis Ortega in Berlin on Monday. The two leaders met again on Tuesday to sign the accord.', 'meeting', null, 'Chancellor Anna Vogt and Prime Minister Luis Ortega'],
  ]);
});

test('a meeting of faceless parties with no place is still dropped; a gathering at the site of an attack is held at its scene; roles merge with the meeting they retell', () => {
  const meetings = (text: string) => claimsOf(text, 'Report').filter((c) => c.kind === 'meeting');
  const placeless = (claimant: string, sentence = 0): Drafted => ({
    kind: 'meeting', value: null, qualifier: null, weapon: null, when: null, where: null, claimant, evidence: { start: 0, end: 10 },
    partOf: null, rule: 'meeting:met', sentence, finite: true, anaphoric: false,
  });
  for (const faceless of ['the two countries', 'both nations', 'the two sides']) assert.equal(dedupe([placeless(faceless)]).length, 0, faceless);
  for (const people of ['the two leaders', 'tribal elders and police officers', 'the foreign ministers']) assert.equal(dedupe([placeless(people)])[0]?.claimant, people);
  const hotel = meetings('Militants stormed a hotel in Baidoa on Friday. "Our forces killed six attackers who raided a hotel where clan elders and officials were meeting," the commander said.');
  assert.equal(hotel.length, 1);
  assert.equal(hotel[0]!.where?.text, 'Baidoa');
  const retold = meetings('President Omar Said received Prime Minister Lena Berg in Cairo on Tuesday. The two leaders met for more than two hours and discussed trade.');
  assert.equal(retold.length, 1);
  assert.match(retold[0]!.claimant ?? '', /Omar Said/);
});

test("hyphened words in a source ('the state-run news agency', 'the army-backed council'); 'quoted X as saying' gives X whoever quotes; a source never ends on an article", () => {
  check([
    ['Eight people were killed, said the state-run news agency.', 'killed', 8, 'the state-run news agency'],
    ['Nine people died in the shelling, the army-backed council said.', 'killed', 9, 'the army-backed council'],
    ['The Iran-backed militia said 3 drones were launched at the base.', 'launched', 3, 'The Iran-backed militia'],
    ['Five soldiers were killed, the state-owned broadcaster reported.', 'killed', 5, 'the state-owned broadcaster'],
    ['The Kremlin-appointed mayor said 6 people were wounded.', 'injured', 6, 'The Kremlin-appointed mayor'],
    ['Eleven people were wounded, the Houthi-run health ministry said.', 'injured', 11, 'the Houthi-run health ministry'],
    ['The agency quoted a security source as saying 4 attackers were killed.', 'killed', 4, 'a security source'],
    ['The ministry quoted two witnesses as saying 3 people died in the blast.', 'killed', 3, 'two witnesses'],
    ['Interfax quoted the regional governor as saying 12 drones were downed.', 'intercepted', 12, 'the regional governor'],
    ['The newspaper quoted an army officer as saying 7 rockets hit the camp.', 'hit', 7, 'an army officer'],
    // Never 'The RSF denied the'; the source that denies one thing and says another is the source (claimant11: coordinatedSaying).
    ['The RSF denied the claim and said it had killed 14 soldiers.', 'killed', 14, 'The RSF'],
  ]);
});

test("a partitive opening a paragraph ('Of these, …', 'Among them', 'The rest') right after the sentence that named its source keeps that source; so does any count of the same report within a few paragraphs (blind convention)", () => {
  check([
    ['The Ministry of Defence said air defence systems destroyed 38 drones overnight.\n\nOf these, 21 were downed over the Oryol region.', 'intercepted', 21, 'The Ministry of Defence'],
    ["Ukraine's air force said Russia launched 112 drones at the country.\n\nOf those, 87 were shot down and 19 were jammed.", 'intercepted', 87, "Ukraine's air force"],
    ['The health ministry said 26 people were killed in the strikes.\n\nAmong them were 8 children.', 'killed', 26, 'The health ministry'],
    ['The navy said 14 sea drones were launched at the fleet overnight.\n\nOf these, 11 were destroyed.', 'intercepted', 11, 'The navy'],
    ['The army said it intercepted 9 rockets fired from the north.\n\nOf these, 2 were shot down over the city.', 'intercepted', 2, 'The army'],
    ['The regional governor said 3 people were killed in the strike on Monday.\n\nAnother 11 people were wounded.', 'injured', 11, 'The regional governor'],
    // A sentence of narration between them goes on with the same report: its source carries (blind convention).
    ['The army said it intercepted 9 rockets fired from the north.\n\nSirens sounded across the region.\n\nOf these, 2 were shot down over the city.', 'intercepted', 2, 'The army'],
    ['Russia launched 70 drones overnight, the air force said. Air defences were active in 10 regions.\n\nOf those, 45 were shot down.', 'intercepted', 45, 'the air force'],
    ['Emergency services said 12 people were injured.\n\nOf these, 4 were in a serious condition.', 'injured', 12, 'Emergency services'],
  ]);
});

test("a meeting in a clause opened by a capitalised subordinator ('Since A and B held a summit, …') and one that 'brought together' its parties", () => {
  check([
    ['Since Prime Minister Tan Wei and President Lee Jun held a summit in Seoul in May, trade has doubled.', 'meeting', null, 'Prime Minister Tan Wei and President Lee Jun'],
    ['After President Ruiz and King Faisal met in Riyadh last week, the two countries restored flights.', 'meeting', null, 'President Ruiz and King Faisal'],
    ['When Chancellor Vogt and President Mercier met in Paris, they agreed on a joint fund.', 'meeting', null, 'Chancellor Vogt and President Mercier'],
    ['The talks in Riyadh brought together officials from Russia and the United States.', 'meeting', null, 'Russia and United States (officials from Russia and the United States)'],
    ['The talks in Geneva brought together envoys from Armenia and Azerbaijan.', 'meeting', null, 'Armenia and Azerbaijan (envoys from Armenia and Azerbaijan)'],
    // A named group before the gathering stays its party.
    ['The ASEAN summit in Jakarta brought together leaders of 10 nations.', 'meeting', null, 'The ASEAN'],
  ]);
});
