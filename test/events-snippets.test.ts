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
