import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../src/pipeline.js';

// The scene of a count from the story's headline, and the right country (where9s). Own sentences, none of
// them in data/claims/train/*.jsonl, which the place ranker learns from.

type Case = readonly [title: string | null, text: string, kind: string, value: number | null, want: RegExp];

/** Every case's claim is placed as its pattern says; the failures are listed together. */
function expectTitled(cases: readonly Case[]): void {
  const wrong: string[] = [];
  for (const [title, text, kind, value, want] of cases) {
    const claims = extractArticle({ id: 'fx-where9s', title, published: '2025-09-10', text }).claims;
    const found = claims.find((c) => c.kind === kind && c.value === value);
    if (!found || !want.test(found.where?.text ?? '')) wrong.push(`${kind} ${value} @${found ? found.where?.text : 'none'} in: ${title ?? ''} | ${text}`);
  }
  assert.deepEqual(wrong, []);
}

test('a count whose story names its scene in the title alone is at the title\'s place', () => {
  expectTitled([
    ['Russian drone strike kills three in Nikopol', 'A drone hit a minibus carrying factory workers early on Wednesday, killing three passengers and wounding five, the regional governor said.', 'killed', 3, /Nikopol/],
    ['Israeli strike on Khan Younis house kills 9, medics say', 'An Israeli air strike flattened a family home overnight, killing nine people including four children, medics said. The Israeli military said it had targeted a Hamas commander.', 'killed', 9, /Khan Younis/],
    ['Myanmar air strike on Sagaing village kills 20', 'Military jets bombed a village school on Thursday, killing at least 20 people, a local resistance group and residents said.', 'killed', 20, /Sagaing/],
    ['Landmine blast kills 4 soldiers in Colombia\'s Cauca', 'Four soldiers died when their patrol drove over an explosive device on Wednesday, the army said, blaming dissidents of the former FARC rebel group.', 'killed', 4, /Cauca/],
    ['Bandits kill 12 traders in Zamfara', 'Gunmen ambushed a convoy of traders on a rural road on Thursday, killing 12 of them, a local official said. Nigeria\'s president ordered security forces to hunt down the attackers.', 'killed', 12, /Zamfara/],
  ]);
});

test('a title\'s place beats a wire dateline and a capital named in passing', () => {
  expectTitled([
    ['Car bomb kills 8 at checkpoint near Baidoa', 'MOGADISHU (Reuters) - A car packed with explosives rammed into a military checkpoint on Saturday, killing eight soldiers, an army officer told Reuters by phone.', 'killed', 8, /Baidoa/],
    ['Drone strike kills 11 at market in Sudan\'s El Obeid', 'KHARTOUM, Feb 3 (AP) — A paramilitary drone struck a crowded market on Monday, killing 11 people and wounding more than 30, a doctors\' group said.', 'injured', 30, /El Obeid/],
    ['Three killed as drones strike Odesa port', 'KYIV, Oct 4 (Reuters) - Russian drones struck port infrastructure overnight, killing three people and damaging grain silos, Ukraine\'s deputy prime minister said.', 'killed', 3, /Odesa/],
    ['Air strike on Syria\'s Idlib kills seven', 'Warplanes struck a crowded street on Sunday, killing seven civilians, the White Helmets rescue service said. Damascus said its forces had targeted militant positions.', 'killed', 7, /Idlib/],
  ]);
});

test('a headline line opening the text sets the scene; a topic heading does not, nor a place the count\'s sentence overrides', () => {
  expectTitled([
    [null, 'Shelling wounds six in Kherson suburb\n\nRussian artillery pounded a residential street on Friday afternoon, wounding six civilians, including a teenager, regional officials said.', 'injured', 6, /Kherson/],
    ['Pakistan: blasts in two cities kill 10', 'A suicide bomber killed six people at a police station in Bannu on Monday. In a separate attack, four people died when a bomb went off in Quetta, police said.', 'killed', 4, /Quetta/],
    ['Drone debris injures two in Rostov region', 'Two people were injured when debris fell on a house, the regional governor said. Russia\'s defence ministry said 27 drones were destroyed over the region overnight.', 'injured', 2, /Rostov/],
  ]);
  const claims = extractArticle({ id: 'fx-where9s', title: null, published: '2025-09-10', text: 'Horn of Africa\nGunmen kill 9 herders near Garissa, Kenya.\n\nShipping\nA tanker is hit and three sailors are hurt.' }).claims;
  assert.equal(claims.find((c) => c.kind === 'injured' && c.value === 3)?.where?.text ?? null, null);
});

test('a meeting is at the venue its talks are named by, or near which it was held, not at the dateline or a party\'s country', () => {
  expectTitled([
    [null, 'Vienna talks between Iran and the European powers ended on Friday without agreement, diplomats said.', 'meeting', null, /Vienna/],
    [null, 'Istanbul talks between Ukraine and Russia ended without a breakthrough on Wednesday, after the two delegations met for two hours.', 'meeting', null, /Istanbul/],
    [null, 'Russian President Vladimir Putin received the Indian prime minister at his residence near Moscow on Monday.', 'meeting', null, /Moscow/],
    [null, 'BEIRUT (Reuters) - Israeli and Hamas negotiators met again on Sunday at the Doha talks, mediators said.', 'meeting', null, /Doha/],
  ]);
  // "Ukraine peace talks" name what the talks are about: the venue stays the dateline's.
  const claims = extractArticle({ id: 'fx-where9s', title: null, published: '2025-09-10', text: 'LONDON (Reuters) - European leaders met on Tuesday to prepare Ukraine peace talks.' }).claims;
  assert.notEqual(claims.find((c) => c.kind === 'meeting')?.where?.text, 'Ukraine');
});
