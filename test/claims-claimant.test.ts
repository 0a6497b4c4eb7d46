import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../src/pipeline.js';
import type { Claim } from '../src/types.js';

// Sentences written for these tests (other words, places and numbers than any evaluation set): who says
// so when the attribution trails the claim with more words, follows a long appositive, covers a series
// of sentences, or is the story's own issuer.
function claims(text: string, title: string | null = null): Claim[] {
  return extractArticle({ id: 't', title, published: '2025-05-14', text }).claims;
}
const one = (text: string, kind: string): Claim => claims(text).find((c) => c.kind === kind)!;
type Case = readonly [text: string, kind: string, claimant: string | null];
function check(cases: readonly Case[], title: string | null = null): void {
  const wrong: string[] = [];
  for (const [text, kind, want] of cases) {
    const found = claims(text, title).filter((c) => c.kind === kind);
    if (found.length === 0) wrong.push(`no ${kind}: ${text}`);
    else if (found[0]!.claimant !== want) wrong.push(`${JSON.stringify(found[0]!.claimant)} != ${JSON.stringify(want)}: ${text}`);
  }
  assert.deepEqual(wrong, []);
}

test('an attribution trailing the claim with more words: citing, told reporters, according to a posted statement', () => {
  check([
    ['Eleven people were killed in the overnight shelling of Nikopol, the official said, citing preliminary figures.', 'killed', 'the official'],
    ['At least 14 civilians died in the raid, the regional governor said, citing police reports from the district.', 'killed', 'the regional governor'],
    ['Four soldiers were wounded near the border, Colonel Ivan Petrenko told reporters on Sunday.', 'injured', 'Colonel Ivan Petrenko'],
    ['Six militants were killed in the clash, Major Ahmed Khalil told reporters in Peshawar on Tuesday evening.', 'killed', 'Major Ahmed Khalil'],
    ['Nine drones were shot down over the Belgorod region, according to a statement posted on Telegram by the regional governor.', 'intercepted', 'the regional governor'],
    ['Twelve people were injured in the blast, the mayor wrote on Telegram, adding that two of them were children.', 'injured', 'the mayor'],
    ['Thirty-one rockets were fired at the town, the police spokesman said in a statement late on Monday.', 'launched', 'the police spokesman'],
    ['Five fishermen were killed when the shell struck their boat, the district chief said by telephone, citing witnesses.', 'killed', 'the district chief'],
    ['Seven houses were damaged in the attack, the local administration said in a Telegram post on Friday morning.', 'damaged', 'the local administration'],
    ['Two paramedics were killed in the strike, the health ministry said in a statement on its website, calling it a war crime.', 'killed', 'the health ministry'],
    ['Sixteen people were wounded, Governor Maria Kovac said on social media, citing hospital staff.', 'injured', 'Governor Maria Kovac'],
    ['Three guards were killed at the checkpoint, a police officer told the AFP news agency on condition of anonymity.', 'killed', 'a police officer'],
    ['Eight miners were killed, according to figures released by the provincial administration on Monday.', 'killed', 'the provincial administration'],
    ['Some 230 people were injured, according to the latest count by the U.N. humanitarian office.', 'injured', 'the U.N. humanitarian office'],
    ['Six people were wounded, said Petra Novak, the district governor, on Telegram.', 'injured', 'Petra Novak'],
    ['Three people were killed and 12 were injured, according to preliminary information from the State Emergency Service.', 'killed', 'the State Emergency Service'],
    ['Ten soldiers were killed in the ambush, two security officials told Reuters, speaking on condition of anonymity.', 'killed', 'two security officials'],
    ['Air defence downed 15 drones over the capital, said Marko Petrov, head of the city military administration.', 'intercepted', 'Marko Petrov'],
  ]);
});

test('a source before a long appositive, then its verb', () => {
  check([
    ['A senior officer, who spoke on condition of anonymity because he was not authorised to talk to journalists, said 19 fighters were killed.', 'killed', 'A senior officer'],
    ['A local official, who asked not to be named for fear of reprisals, said eight villagers were killed overnight.', 'killed', 'A local official'],
    ['Two security sources, speaking on condition of anonymity because they were not allowed to brief the media, said 27 soldiers died.', 'killed', 'Two security sources'],
    ['A military spokesman, who declined to give his name in line with army rules, told reporters that 40 rockets were launched.', 'launched', 'A military spokesman'],
    ['The district commissioner, who visited the scene on Wednesday with a team of doctors, said 13 people were injured.', 'injured', 'The district commissioner'],
    ['A hospital director in the city, who did not want to be identified by name, said five civilians were killed in the strike.', 'killed', 'A hospital director in the city'],
    ['An aid worker, who spoke on condition of anonymity because of the security situation, said 300 families were evacuated.', 'evacuated', 'An aid worker'],
    ['The army spokesman, Brigadier General Omar Saleh, who was speaking at a news conference in the capital, said 22 militants were killed.', 'killed', 'Brigadier General Omar Saleh'],
    ['A diplomat, who requested anonymity as the talks were private, said three drones were intercepted near the embassy.', 'intercepted', 'A diplomat'],
    ['A village elder, reached by phone from the provincial capital on Thursday, said 15 houses were destroyed.', 'damaged', 'A village elder'],
    ['Witnesses, some of whom filmed the attack on their phones, said six people were killed.', 'killed', 'Witnesses'],
    ['Col. Sam Hill, a spokesman for the coalition, who briefed reporters in Baghdad, said 12 fighters were killed.', 'killed', 'Col. Sam Hill'],
    ['Police, who arrived at the scene shortly after the blast, said nine people were killed.', 'killed', 'Police'],
  ]);
});

test('a country\'s air force or army said it destroyed, downed or intercepted', () => {
  check([
    ['The Ukrainian air force said it destroyed 23 drones overnight.', 'intercepted', 'The Ukrainian air force'],
    ['The Ukrainian air force said on Sunday that it had shot down 41 of 57 drones launched by Russia.', 'intercepted', 'The Ukrainian air force'],
    ['Ukraine’s air force said its units downed 18 drones and two missiles over six regions.', 'intercepted', 'Ukraine’s air force'],
    ['The Russian defence ministry said air defence systems destroyed 30 Ukrainian drones over the Kursk region.', 'intercepted', 'The Russian defence ministry'],
    ['Ukraine’s air force says Russia launched 96 drones at the country overnight.', 'launched', 'Ukraine’s air force'],
    ['The Israeli military said it intercepted five rockets fired from Gaza.', 'intercepted', 'The Israeli military'],
    ['Air defences shot down 14 drones, the Ukrainian air force said in a Telegram post.', 'intercepted', 'the Ukrainian air force'],
    ['According to the Ukrainian air force, 61 drones were neutralised overnight.', 'intercepted', 'the Ukrainian air force'],
    ['The air force of Ukraine reported that 19 drones had been destroyed.', 'intercepted', 'The air force of Ukraine'],
    ['The Polish army said two of its soldiers were wounded near the border.', 'injured', 'The Polish army'],
  ]);
});

test('one attribution covering a series: a quote of several sentences closed by its source, a list after a colon, figures given', () => {
  check([
    ['"Enemy forces fired 45 shells at our positions overnight. Two of our soldiers were wounded," the brigade said.', 'launched', 'the brigade'],
    ['“Russian troops shelled the village for hours. Three houses were destroyed and four civilians were injured,” said Governor Oleh Marchenko.', 'injured', 'Governor Oleh Marchenko'],
    ['"The convoy was ambushed near the bridge. Seven of our men were killed. We will respond," the militia commander told reporters.', 'killed', 'the militia commander'],
    ['“Twenty drones were launched across the border before dawn. Our units downed all of them,” the regional governor wrote on Telegram.', 'launched', 'the regional governor'],
    ['The regional administration gave these figures: 14 people were killed in Kherson. Another nine were injured in Beryslav.', 'killed', 'The regional administration'],
    ['The regional administration gave these figures: 14 people were killed in Kherson. Nine were injured in Beryslav.', 'injured', 'The regional administration'],
    ['Russia attacked again overnight. The military gave the following details:\n12 drones were shot down over the Sumy region.\n5 missiles were shot down over the Poltava region.', 'intercepted', 'The military'],
    ['Police released the following toll on Monday: 8 people were killed and 21 injured.', 'killed', 'Police'],
    ['The border region was shelled on Sunday. The ministry said in its evening update:\n\nAir defences destroyed 35 drones over the Bryansk region.', 'intercepted', 'The ministry'],
    ['Emergency services provided new figures on Wednesday: 16 people were injured in the fire.', 'injured', 'Emergency services'],
    ['Drones struck the port at night. The governor wrote on Telegram:\n“Nine people were injured in the attack on the city.”', 'injured', 'The governor'],
    ['Officials gave these figures for the night: 40 drones were launched, 33 were intercepted.', 'launched', 'Officials'],
  ], 'Overnight attacks on the south');
});

test('a series ends where its paragraph does; a quote never closed and a sentence after a closed quote keep no source', () => {
  const paragraphs = claims('The ministry said on Monday: 12 people were killed in Kherson.\n\nSeparately, 4 people were injured in a road accident in Lviv.', 'Attacks in the south');
  assert.equal(paragraphs.find((c) => c.kind === 'injured')?.claimant, null);
  const listed = claims('Shelling went on all day. The ministry gave these figures:\n\n12 people were killed in Kherson.\n\nIn Lviv, 4 people were injured in a road accident.', 'Attacks in the south');
  assert.equal(listed.find((c) => c.kind === 'killed')?.claimant, 'The ministry');
  assert.equal(listed.find((c) => c.kind === 'injured')?.claimant, null);
  assert.equal(claims('"Nine houses were destroyed in the storm. People are angry.').find((c) => c.kind === 'damaged')?.claimant ?? null, null);
  const after = claims('"We shot down nine drones," the governor said. Three people were injured in a separate fire.');
  assert.equal(after.find((c) => c.kind === 'intercepted')?.claimant, 'the governor');
  assert.equal(after.find((c) => c.kind === 'injured')?.claimant, null);
});

test('first-party text: a statement\'s issuer named in its title, an official channel, a body that opens the story with a colon', () => {
  const body = 'Air defence units destroyed 31 drones over the Kursk region overnight.';
  const said = (title: string | null, text = body, outlet?: string): string | null | undefined =>
    extractArticle({ id: 't', title, published: '2025-05-14', text, ...(outlet ? { meta: { outlet } } : {}) }).claims.find((c) => c.kind === 'intercepted')?.claimant;
  assert.equal(said('Statement by the Ministry of Defence on the night attack'), 'the Ministry of Defence');
  assert.equal(said('Statement of the General Staff of the Armed Forces'), 'the General Staff of the Armed Forces');
  assert.equal(said('Joint Statement by the Defence Ministries of Latvia and Estonia'), 'the Defence Ministries of Latvia and Estonia');
  assert.equal(said('Ministry of Defence statement on the overnight drone attack'), 'Ministry of Defence');
  assert.equal(said('Press release from the Regional Military Administration'), 'the Regional Military Administration');
  assert.equal(said('Update from the Air Force Command: the night of May 13'), 'the Air Force Command');
  assert.equal(said(null, body, 'Air Force of the Armed Forces of Ukraine'), 'Air Force of the Armed Forces of Ukraine');
  assert.equal(said(null, body, 'Ministry of Defence of the Russian Federation'), 'Ministry of Defence of the Russian Federation');
  assert.equal(said('Night attack', 'The Ministry of Defence reports:\n\nThe enemy attacked overnight.\n\n' + body), 'The Ministry of Defence');
  // A news outlet's own voice, and a title that reports, name no issuer.
  assert.equal(said(null, body, 'Example News'), null);
  assert.equal(said('Report on the night attack'), null);
  assert.equal(said('Drones downed over Kursk'), null);
});

test('a quote after a source\'s colon is theirs to its close, and no further', () => {
  const found = claims('Floods hit the delta. The relief coordinator, Anna Berg, said: "We count 70 villages flooded. Forty people were killed there this week.” Soldiers have rushed to evacuate thousands of people from the coast.', 'Floods in the delta');
  assert.equal(found.find((c) => c.kind === 'killed')?.claimant, 'Anna Berg');
  // After the quote the soldiers act: the acting authority of the evacuation (GUIDELINES), not the one quoted.
  const evacuated = found.find((c) => c.kind === 'evacuated');
  assert.ok(evacuated);
  assert.equal(evacuated.claimant, 'Soldiers');
  // A document that closes the quote gives way to its issuer.
  assert.equal(one('"Nine hundred people were killed on the roads in five years. Of those, 327 were killed by drunk drivers," a statement from the department says.', 'killed').claimant, 'the department');
});

test('a quote that goes on after its speaker\'s closed quote is theirs, in the same paragraph only', () => {
  const text = 'Cholera has spread to six provinces. "The outbreak is the worst we have seen," the charity\'s spokeswoman Lena Ortiz said. "More than 900 people have died so far. Many others will die at home."\n\n"Eighty people were killed in the riots."';
  const found = claims(text, 'Cholera spreads');
  assert.equal(found.find((c) => c.kind === 'killed' && c.value === 900)?.claimant, 'the charity\'s spokeswoman Lena Ortiz');
  assert.equal(found.find((c) => c.kind === 'killed' && c.value === 80)?.claimant, null);
});

test('a quote interrupted by its source, or going on after it', () => {
  check([
    ['"Last night," the commander said, "twelve of our men were killed."', 'killed', 'the commander'],
    ['“Since Monday,” Colonel Ivan Petrenko told reporters, “the enemy has fired 300 shells at the town.”', 'launched', 'Colonel Ivan Petrenko'],
    ['"In the end," Rahimi said, "nine people were killed in the crossfire."', 'killed', 'Rahimi'],
    ['“All night long,” the mayor wrote on Telegram, “we heard explosions; five homes were destroyed.”', 'damaged', 'the mayor'],
    ['"Overnight," the police chief said, "eight people were injured in the blasts."', 'injured', 'the police chief'],
    ['Rescuers worked all night. “We pulled out survivors,” the rescue chief said. “Fourteen people were killed in the collapse.”', 'killed', 'the rescue chief'],
    ['The night was long. "It was chaos," said Tom Lind, the harbour master. "Three ships were damaged by the fire."', 'damaged', 'Tom Lind'],
    ['Sirens sounded at dawn. “We were ready,” a brigade spokesman said. “Our crews shot down six drones before they reached the city.”', 'intercepted', 'a brigade spokesman'],
    ['Shelling resumed at noon. "They struck the market," the governor said. "At least 11 civilians were wounded."', 'injured', 'the governor'],
    ['Fighting flared again. "Nothing is left of the school," a teacher told us. "Two school buildings were destroyed completely."', 'damaged', 'a teacher'],
  ], 'Fighting in the east');
});

test('the authority caused to close or evacuate is the claimant of the closure ("prompting X to suspend flights")', () => {
  check([
    ['Drones attacked the region overnight, prompting the Federal Air Transport Agency to suspend flights at two airports.', 'airport_closed', 'the Federal Air Transport Agency'],
    ['The strike forced authorities to close three airports in the south.', 'airport_closed', 'authorities'],
    ['The air raid alert caused Poland to close two airports near the border.', 'airport_closed', 'Poland'],
    ['Rocket fire from the north prompted Israel to evacuate 500 residents of Kiryat Shmona.', 'evacuated', 'Israel'],
    ['The storm forced Lufthansa to cancel 200 flights on Monday.', 'flights_disrupted', 'Lufthansa'],
    ['A drone sighting led Danish police to shut two airports for several hours.', 'airport_closed', 'Danish police'],
    ['The missile threat pushed Jordan to close its airspace and divert 30 flights.', 'flights_disrupted', 'Jordan'],
    ['Shelling near the plant compelled Ukrainian authorities to evacuate 1,200 people from Enerhodar.', 'evacuated', 'Ukrainian authorities'],
    ['Unidentified drones over the base prompted Norway to temporarily close three airports.', 'airport_closed', 'Norway'],
    ['A bomb threat forced the Airport Authority to cancel 40 flights on Friday.', 'flights_disrupted', 'the Airport Authority'],
  ]);
  // A source that names itself stays the claimant.
  check([['The attack forced authorities to close two airports, the transport ministry said.', 'airport_closed', 'the transport ministry']]);
});
