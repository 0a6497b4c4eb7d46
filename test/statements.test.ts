import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../src/pipeline.js';
import { annotateTokens, guessLanguage } from '../src/language/index.js';

const claims = (text: string) => extractArticle({ id: 't', title: null, published: '2025-05-10', text }).claims;
const kinds = (text: string) => claims(text).map((c) => c.kind);

test('meetings told by wire stories: talks held, talks in a place, met on the sidelines', () => {
  assert.deepEqual(kinds('Rubio held talks with Saudi officials in Riyadh on Monday.'), ['meeting']);
  const g20 = claims('The G20 talks in Banff, Alberta, brought together ministers from nine countries.');
  assert.equal(g20[0]?.kind, 'meeting');
  assert.equal(g20[0]?.where?.text, 'Banff');
  assert.equal(g20[0]?.rule, 'meeting:talks-in-place');
  assert.deepEqual(kinds('The two presidents, who met on the sidelines of the summit, discussed grain.'), ['meeting']);
  assert.deepEqual(kinds('The ministers will hold talks in Riyadh next week.'), []);
  // A gathering placed by name is news though the sentence's source is a title in lower case.
  const lisbon = claims('Speaking to NATO military chiefs gathered in Lisbon on Tuesday, the minister urged more spending.');
  assert.deepEqual(lisbon.map((c) => [c.kind, c.where?.text]), [['meeting', 'Lisbon']]);
});

test('talk about an agreement is no agreement: hopes, proposals, negotiation, conditionals', () => {
  assert.deepEqual(kinds('Mediators hope to reach a ceasefire deal in Cairo.'), []);
  assert.deepEqual(kinds('The proposed ceasefire would free all hostages.'), []);
  assert.deepEqual(kinds('The envoys are negotiating an accord on prisoner swaps.'), []);
  assert.deepEqual(kinds('Kenya and Haiti signed a security agreement on Friday.'), ['agreement']);
});

test('damage to named buildings and sites', () => {
  assert.deepEqual(kinds('Ukrainian drones struck an oil depot in the Bryansk region.'), ['damaged']);
  assert.deepEqual(kinds('A residential building in Odesa was damaged in the attack.'), ['damaged']);
  assert.deepEqual(kinds('The retreating troops destroyed a bridge over the river.'), ['damaged']);
  assert.deepEqual(kinds('Officials said no buildings were damaged.'), []);
});

test('airports closed by name, by place name alone, and by restrictions', () => {
  const two = claims("Moscow's Vnukovo and Sheremetyevo suspended flights for several hours.");
  assert.deepEqual(two.map((c) => [c.kind, c.value, c.rule]), [['airport_closed', 2, 'airport_closed:places-suspend']]);
  assert.deepEqual(claims('Temporary restrictions were imposed at Samara airport overnight.').map((c) => [c.kind, c.value]), [['airport_closed', 1]]);
});

test('every claim names the rule that found it', () => {
  const found = claims('Russia launched 90 drones overnight, and 60 were shot down. A school in Sumy was damaged.');
  assert.ok(found.length >= 2);
  for (const c of found) {
    assert.match(c.rule, /^[a-z_-]+:[a-z0-9_:-]+$/);
    // The calibrated model (data/models/claims.json) gives each a probability.
    assert.ok(typeof c.confidence === 'number' && c.confidence > 0 && c.confidence < 1, `${c.rule}: ${c.confidence}`);
  }
});

test('annotation: scopes of negation and modality, shapes, language', () => {
  const { tokens } = annotateTokens('No one was hurt, but the rebels will meet at least 91 envoys.');
  const at = (w: string) => tokens.find((t) => t.text === w)!;
  assert.equal(at('hurt').neg, true);
  assert.equal(at('meet').modal, true);
  assert.equal(at('meet').neg, false);
  assert.equal(at('91').isNum, true);
  assert.equal(at('envoys').lemma, 'envoy');
  assert.equal(guessLanguage('The army said that the drones were shot down over the region.'), 'en');
  assert.equal(guessLanguage('Армия заявила, что беспилотники были сбиты над регионом.'), 'ru');
});
