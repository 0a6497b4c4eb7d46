import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classify } from '../src/events/classify.js';

// One news-style sentence per ACLED sub-event type (and a second for the common ones), written
// for this test: the classifier must read wire snippets as well as ACLED's own notes.
const cases: [string, string][] = [
  ['Government forces and rebels fought for control of the airport on Sunday.', 'Armed clash'],
  ['Insurgents ambushed an army convoy near the border, killing four soldiers.', 'Armed clash'],
  ['Government troops recaptured the town from the militants after days of fighting.', 'Government regains territory'],
  ['The army said it had retaken control of the district capital.', 'Government regains territory'],
  ['Rebels seized the town of Karo after heavy fighting with government troops.', 'Non-state actor overtakes territory'],
  ['Militants captured three villages in the north overnight.', 'Non-state actor overtakes territory'],
  ['Warplanes bombed a market in the rebel-held city, killing 12 people.', 'Air/drone strike'],
  ['A drone strike hit a car carrying two militant commanders.', 'Air/drone strike'],
  ['A suicide bomber blew himself up outside a police station, killing nine.', 'Suicide bomb'],
  ['Artillery shells landed in residential areas of the city overnight.', 'Shelling/artillery/missile attack'],
  ['Rockets fired from the enclave struck a kibbutz.', 'Shelling/artillery/missile attack'],
  ['A roadside bomb exploded as a military patrol passed, wounding three.', 'Remote explosive/landmine/IED'],
  ['A landmine killed two children herding goats.', 'Remote explosive/landmine/IED'],
  ['Attackers threw a grenade into a crowded bar, injuring 15.', 'Grenade'],
  ['Government forces used chemical weapons against the besieged suburb, activists said.', 'Chemical weapon'],
  ['Air defences shot down two drones over the capital.', 'Disrupted weapons use'],
  ['Police defused a bomb planted under a bridge.', 'Disrupted weapons use'],
  ['Gunmen stormed a village and killed 20 civilians.', 'Attack'],
  ['Unknown assailants shot dead a journalist in his home.', 'Attack'],
  ['Armed men kidnapped 30 students from a boarding school.', 'Abduction/forced disappearance'],
  ['Soldiers raped women during the raid on the village, witnesses said.', 'Sexual violence'],
  ['Thousands marched peacefully through the capital to demand fair elections.', 'Peaceful protest'],
  ['Teachers held a rally outside parliament over unpaid salaries.', 'Peaceful protest'],
  ['Police fired tear gas to disperse protesters in the city centre.', 'Protest with intervention'],
  ['Riot police arrested dozens of demonstrators at the sit-in.', 'Protest with intervention'],
  ['Security forces opened fire on protesters, killing five.', 'Excessive force against protesters'],
  ['Protesters threw stones at police and set tyres on fire.', 'Violent demonstration'],
  ['Demonstrators torched government buildings during the protest.', 'Violent demonstration'],
  ['A mob lynched a man suspected of theft.', 'Mob violence'],
  ['Supporters of rival parties clashed with machetes after the vote count.', 'Mob violence'],
  ['The two sides signed a ceasefire agreement in Doha.', 'Agreement'],
  ['Police arrested the opposition leader at his home.', 'Arrests'],
  ['The militia announced it had formed a new alliance with two other groups.', 'Change to group/activity'],
  ['Rebels withdrew from the town, handing it over to the army without a fight.', 'Non-violent transfer of territory'],
  ['Fighters looted shops and burned homes in the market town.', 'Looting/property destruction'],
  ['Militants set up a new headquarters in the captured village.', 'Headquarters or base established'],
  ['Thousands of people were displaced by the fighting.', 'Other'],
];

test('news snippets: each ACLED sub-event type from a sentence of its own', () => {
  const wrong = cases.filter(([text, want]) => classify(text)?.eventClass.sub !== want)
    .map(([text, want]) => `${want} <- ${classify(text)?.eventClass.sub ?? 'nothing'}: ${text}`);
  assert.deepEqual(wrong, []);
});

// PLOVER event types, two sentences each, also written for this test.
const ploverCases: [string, string][] = [
  ['The two countries signed a trade pact in Hanoi on Monday.', 'AGREE'],
  ['Rebel leaders agreed to a 30-day truce brokered by the church.', 'AGREE'],
  ['The European Union will send 50 tonnes of medical supplies to the quake zone.', 'AGREE'],
  ['Japan gave Cambodia a loan of 200 million dollars for roads.', 'AID'],
  ['The Red Cross delivered food and medicine to the besieged town.', 'AID'],
  ['Air strikes destroyed a bridge used by insurgents, the army said.', 'ASSAULT'],
  ['Gunmen killed six villagers in an overnight raid.', 'ASSAULT'],
  ['Police detained 40 opposition activists ahead of the vote.', 'COERCE'],
  ['The government banned two independent newspapers.', 'COERCE'],
  ['The ministry released 200 political prisoners under an amnesty.', 'CONCEDE'],
  ['Authorities lifted the state of emergency in the capital.', 'CONCEDE'],
  ['The foreign minister visited Beijing for talks on trade.', 'CONSULT'],
  ['The two presidents spoke by telephone about the border crisis.', 'CONSULT'],
  ['The navies of both countries held joint exercises in the Baltic.', 'COOPERATE'],
  ['The opposition demanded the immediate resignation of the prime minister.', 'DEMAND'],
  ['The UN urged both sides to return to the negotiating table.', 'DEMAND'],
  ['The foreign ministry condemned the missile test as a provocation.', 'DISAPPROVE'],
  ['Human rights groups criticized the sentencing of the journalist.', 'DISAPPROVE'],
  ['Army and rebel units fought for hours near the northern pass.', 'FIGHT'],
  ['Troops clashed with guerrillas in the jungle, leaving ten dead on both sides.', 'FIGHT'],
  ['A commission opened an inquiry into the police shootings.', 'INVESTIGATE'],
  ['Prosecutors are investigating the former minister over arms deals.', 'INVESTIGATE'],
  ['The army mobilized reservists and moved tanks to the border.', 'MOBILIZE'],
  ['Thousands of workers marched in the capital against the pension reform.', 'PROTEST'],
  ['Students staged a sit-in outside the education ministry.', 'PROTEST'],
  ['The government rejected the rebels\' offer of talks.', 'REJECT'],
  ['The president refused to meet the opposition delegation.', 'REJECT'],
  ['The peacekeepers withdrew from the buffer zone on Friday.', 'RETREAT'],
  ['The army pulled back its troops from the disputed ridge.', 'RETREAT'],
  ['Washington imposed sanctions on three banks over the nuclear programme.', 'SANCTION'],
  ['The country expelled four diplomats and recalled its ambassador.', 'SANCTION'],
  ['The president praised the mediators for their patience.', 'SUPPORT'],
  ['The party endorsed the defence minister for the presidency.', 'SUPPORT'],
  ['The militia threatened to attack oil installations if its demands were ignored.', 'THREATEN'],
  ['The general warned that any incursion would be met with force.', 'THREATEN'],
];

test('news snippets: PLOVER event types', () => {
  const wrong = ploverCases.filter(([text, want]) => classify(text)?.eventClass.plover !== want)
    .map(([text, want]) => `${want} <- ${classify(text)?.eventClass.plover ?? 'nothing'}: ${text}`);
  assert.deepEqual(wrong, []);
});
