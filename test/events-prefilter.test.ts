import { test } from 'node:test';
import assert from 'node:assert/strict';
import { literalPrefixes, PatternIndex } from '../src/events/prefilter.js';
import { NAMED_ACTORS, TRIGGERS, TRIGGER_INDEX, ACTOR_INDEX } from '../src/events/lexicon.js';
import { findCountryMentions, findCountryMentionsByPattern } from '../src/events/countries.js';
import { articles } from '../bench/corpus.js';

// The fast paths must find exactly what a plain exec loop over each pattern finds.
const brute = (patterns: readonly { pattern: RegExp }[], text: string) => {
  const out: string[] = [];
  patterns.forEach(({ pattern }, n) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push(`${n}@${m.index}:${m[0]}`);
  });
  return out;
};
const fast = (index: PatternIndex, text: string) => index.matches(text).map(({ n, m }) => `${n}@${m.index}:${m[0]}`);

// Fixtures written for these tests: casing, hyphens, digits, non-ASCII letters, names run together.
const TEXTS = [
  'Rebels ATTACKED an army post; SHELLING and air-strikes followed, and a 120mm mortar hit Kharkiv.',
  'The Élysée said Hizbullah and al-Shabaab fighters clashed with IDF troops near the Houthis’ base.',
  'Suicide-bombers blew themselves up; IEDs, landmines and a car bomb exploded in North Korea and South Sudan.',
  'Students protested; police fired tear gas, arrested 12 and took 3 into custody in Washington, D.C. on Monday.',
  'The U.S. and the UK agreed, the US.Army said, while İstanbul and Ñuñoa residents demonstrated.',
  'ISIS, IS and ISIL militants; Isis the goddess; is it over? The Islamic State claimed it.',
  'Democratic Republic of the Congo, Congo, Congolese forces and Republic of the Congo troops met in Kinshasa.',
  '-Drone strikes x-drone strikes _drone strikes 3drone strikes drone-strikes',
];

test('prefix index finds the same trigger and actor matches as scanning every pattern', () => {
  const texts = [...TEXTS];
  let k = 0;
  for (const a of articles(5)) {
    texts.push(a.text, a.title);
    if (++k > 300) break;
  }
  for (const text of texts) {
    assert.deepEqual(fast(TRIGGER_INDEX, text), brute(TRIGGERS, text), text);
    assert.deepEqual(fast(ACTOR_INDEX, text), brute(NAMED_ACTORS, text), text);
    assert.deepEqual(findCountryMentions(text), findCountryMentionsByPattern(text), text);
  }
});

test('literal prefixes: what every match begins with, or null when it can begin with anything', () => {
  assert.deepEqual(literalPrefixes('shell(?:ed|ing)?|artillery'), ['she', 'art']);
  assert.deepEqual(literalPrefixes('(?:hand[- ])?grenades?'), ['han', 'gre']);
  assert.deepEqual(literalPrefixes('IS|ISIL'), ['is', 'isi']);
  assert.deepEqual(literalPrefixes('\\d+ ?mm'), [...'0123456789']);
  assert.equal(literalPrefixes('(?:a|b)?\\w+'), null);
  assert.deepEqual(literalPrefixes('(?<!no )b(?=y)y'), ['by']);
});
