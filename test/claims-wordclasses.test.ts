import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../src/language/index.js';
import { attributionOf } from '../src/claims/attribution.js';
import { weaponOf } from '../src/claims/weapons.js';
import { sentenceWords } from '../src/claims/wordclasses.js';

// Sentences written for this test. The word classes (wordclasses.ts) only spare tests that could not
// match: read with a sentence's classes, every answer is the answer read without them.
const SENTENCES = [
  'Ten drones were shot down over the region, the air force said on Sunday.',
  'According to the regional governor, three people were injured.',
  'Per the health ministry, the toll rose to 14.',
  '"We intercepted them all," said the brigade spokesman, Oleh Marchuk.',
  'Two people were wounded — the mayor said — and a school was damaged.',
  'The army, which keeps a daily tally, said 40 missiles were launched.',
  'A number of homes burned in what officials described as arson.',
  'The village was quiet on Monday morning.',
  'Rescuers pulled survivors from the rubble of a five-storey block.',
  'Flights were halted by order of the civil aviation authority.',
  'He said the cruise missiles and Shahed drones struck at dawn.',
  'The snake_said thing: an underscore is a word character to a pattern, never to the tokenizer.',
  'The war’said line joins a verb to the word before it with a closing quote.',
  'Police released the following figures: 12 dead, 30 hurt.',
];

test('who-says-so reads the same claimant with the sentence\'s word classes as without them', () => {
  for (const s of SENTENCES) assert.deepEqual(attributionOf(s, sentenceWords(tokenize(s))), attributionOf(s), s);
});

test('the weapon a sentence names is the same with its word classes as without them', () => {
  for (const s of SENTENCES) {
    const tokens = tokenize(s);
    assert.equal(weaponOf(tokens, sentenceWords(tokens)), weaponOf(tokens), s);
  }
  assert.equal(weaponOf(tokenize('Dozens of Shahed drones were launched.'), sentenceWords(tokenize('Dozens of Shahed drones were launched.'))) !== null, true);
});
