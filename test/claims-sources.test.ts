import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../src/pipeline.js';
import { tokenize } from '../src/language/index.js';
import type { Claim } from '../src/types.js';

// Sentences written for these tests: who a claim's source stands for, and who the parties of a meeting are.
function claims(text: string, published = '2025-03-14'): Claim[] {
  return extractArticle({ id: 't', title: null, published, text }).claims;
}
const one = (text: string, kind: string): Claim => {
  const found = claims(text).filter((c) => c.kind === kind);
  assert.equal(found.length, 1, JSON.stringify(found.map((c) => [c.kind, c.value, c.claimant, c.where?.text])));
  return found[0]!;
};

test('"the group said" stands for the armed group named before', () => {
  assert.equal(one('Fighters of al-Shabab stormed a base near Kismayo on Monday. In a statement, the group said it had killed more than 20 soldiers.', 'killed').claimant, 'al-Shabab');
  assert.equal(one('Boko Haram raided the village at dawn. The jihadist group said its fighters killed 12 soldiers.', 'killed').claimant, 'Boko Haram');
  // With no armed group named, the common noun stays the source.
  assert.equal(one('Gunmen raided the village at dawn. The group said it killed 12 soldiers.', 'killed').claimant, 'The group');
});

test('a source after a long opening phrase, and in "what X describe as"', () => {
  assert.equal(one('Days after ending this week’s siege of the camp, Kenya’s Defence Forces, or KDF, said troops killed dozens of militants near Lamu.', 'killed').claimant, 'Kenya’s Defence Forces, or KDF');
  assert.equal(one('Three fighters were killed in what Malian and French officials describe as a joint raid near Gao.', 'killed').claimant, 'Malian and French officials');
});

test('meeting parties: time openers, quotes, "held a separate meeting with", hyphenated pairs', () => {
  assert.equal(one('Last week, Chad and Niger officials met in Niamey and discussed border patrols.', 'meeting').claimant, 'Chad and Niger');
  assert.equal(one('"Last week, Chinese and Pakistani leaders signed a treaty on defence," the envoy told reporters.', 'agreement').claimant, 'Chinese and Pakistani');
  assert.equal(one('Prince Salman held a separate meeting with Jordanian President Ali Hassan in Amman on Monday.', 'meeting').claimant, 'Prince Salman and Jordanian President Ali Hassan');
  assert.equal(one('Talks were tense. Serbia-Kosovo talks in Brussels ended on Monday.', 'meeting').claimant, 'Serbia and Kosovo');
  // A participle or question word opening the sentence is no party.
  const speaking = claims('Speaking to defence chiefs gathered in Warsaw on Tuesday, the minister urged more spending.').filter((c) => c.kind === 'meeting');
  assert.ok(speaking.every((c) => c.claimant !== 'Speaking'), JSON.stringify(speaking));
});

test('gatherings apart in one clause are two meetings; a modal after ", where" is not the meeting\'s', () => {
  const met = claims('Serbia-Kosovo talks in Brussels preceded Greece-Turkey talks in Ankara, where Turkey said it would accept a proposal.').filter((c) => c.kind === 'meeting');
  assert.deepEqual(met.map((c) => c.where?.text).sort(), ['Ankara', 'Brussels']);
  assert.equal(claims('Talks in Geneva will resume on Monday.').filter((c) => c.kind === 'meeting').length, 0);
});

test('the hand-written tokenizer reads as the token pattern does', () => {
  const TOKEN = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
  for (const text of ['U.S.-led strikes hit Geran-2 sites; didn’t they?', 'a-b- c.. 𝐀𝐁 x😀y 中文 ½ ٣ \u00a0z', '-a a- \' \ud800 end.']) {
    const expected = [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], lower: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length }));
    assert.deepEqual(tokenize(text), expected);
  }
});

test('an agreement takes the place of the talks told after it that reached it; its parties are the that-clause\'s subject', () => {
  const found = claims('Lawmakers welcomed Tuesday’s announcement that Armenia had agreed to a 60-day truce. The deal is a step toward peace. Foreign Minister Ali Hassan led ten hours of talks with Armenian officials in Doha, Qatar, to reach the agreement.');
  const deal = found.find((c) => c.kind === 'agreement');
  assert.equal(deal?.where?.text, 'Doha');
  assert.equal(deal?.claimant, 'Armenia');
});

test('the day of an abbreviated month is no count ("on Dec. 7")', () => {
  assert.deepEqual(claims('The launch comes after another test North Korea said it carried out on Dec. 7 at the same launching site.').map((c) => c.value), []);
  assert.deepEqual(claims('North Korea said it fired 7 missiles on Dec. 7.').map((c) => [c.kind, c.value]), [['launched', 7]]);
});

test('a party given by an alias or a surname stands for the full name told before', () => {
  const met = claims('On Monday, Crown Prince Ahmed bin Khalid, commonly known by his initials ABK, met with Marco Rubio in Doha. ABK held a separate meeting with Kenyan President William Ruto in Riyadh.').filter((c) => c.kind === 'meeting');
  assert.equal(met.find((c) => c.where?.text === 'Riyadh')?.claimant, 'Crown Prince Ahmed bin Khalid and Kenyan President William Ruto');
});

test('the count and place word lists are data, each with its reason', async () => {
  const { readFileSync } = await import('node:fs');
  const file = JSON.parse(readFileSync(new URL('../data/claims/words.json', import.meta.url), 'utf8')) as { lists: Record<string, { why: string; words: string[] }> };
  for (const [name, list] of Object.entries(file.lists)) {
    assert.ok(list.why.length > 20, `${name} has a reason`);
    assert.ok(list.words.length > 0, `${name} has words`);
  }
  const { WORDS } = await import('../src/claims/words.js');
  assert.ok(WORDS.MONTHS.has('dec') && WORDS.FREE_AFTER.has('suffered'));
});

test('the talks that reached "the agreement" place it however far on; a quoted "I\'m" is no party', () => {
  const filler = 'Officials spoke of progress. Markets rose. The region stayed calm. Aid groups waited. Critics were wary. Diplomats stayed silent. ';
  const found = claims(`Armenia agreed to a 60-day truce on Tuesday. ${filler}${filler}Foreign Minister Ali Hassan led ten hours of talks with Armenian officials in Doha, Qatar, to reach the agreement.`);
  assert.equal(found.find((c) => c.kind === 'agreement')?.where?.text, 'Doha');
  const quoted = claims('“I\'m very encouraged the parties have reached an agreement,” the senator said. Armenia agreed to a truce on Monday.').filter((c) => c.kind === 'agreement');
  assert.deepEqual(quoted.map((c) => c.claimant), ['Armenia']);
});

test('villages the gazetteer does not know are still the scene ("the villages of A and B")', () => {
  const found = claims('Rebels attacked the villages of Bomari and Koui on Tuesday. The army says bodies of five soldiers have been found in villages since the attacks began.');
  assert.deepEqual(found.map((c) => [c.kind, c.value, c.where?.text]), [['killed', 5, 'Bomari and Koui']]);
  // With a known region beside them, the rules for known places decide (the list is not made one place).
  const region = claims('Gunmen killed 13 people in the villages of Turmo and Jiifta in the Kharkiv region on Monday.');
  assert.notEqual(region[0]?.where?.text, 'Turmo and Jiifta');
});

test('the acting authority of an evacuation may open a later clause', () => {
  const moved = claims('No injuries were reported, but Chad evacuated about 80 people from the town of Bol.').find((c) => c.kind === 'evacuated');
  assert.equal(moved?.claimant, 'Chad');
});
