import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanTokens, tokenize, wordOfToken } from '../src/places/normalize.js';
import { tokenize as languageTokens } from '../src/language/tokens.js';

const TEXTS = [
  'Shelling hit Ivano-Frankivsk and Russia\'s Kursk region; U.S. and W.Va. officials met in St. Louis.',
  'Crews in SÃO PAULO and Dnipro said the ROAD to Qal\u0301at and Zaporizhzhia was shut. Mr. Lee left.',
  'the plain words come first, then Kyiv, KYIV, kyiv and kyiv again; 2024 and G7 and F-16s too.',
];

const view = (t: ReturnType<typeof tokenize>[number]) => ({ start: t.start, end: t.end, text: t.text, key: t.key, cap: t.cap, gap: t.gap, word: t.w ? { key: t.w.key, cap: t.w.cap } : null });

test('name tokens read from the language tokens are the scanner\'s, a spelling met again included', () => {
  for (const text of [...TEXTS, TEXTS.join(' ')]) {
    const read = tokenize(text, languageTokens(text));
    const scanned = scanTokens(text);
    assert.deepEqual(read.map((t) => ({ start: t.start, end: t.end, text: t.text, key: t.key, cap: t.cap, gap: t.gap })),
      scanned.map((t) => ({ start: t.start, end: t.end, text: t.text, key: t.key, cap: t.cap, gap: t.gap })), text);
    // A word given with a token is the one its spelling has everywhere (wordOfToken).
    for (const t of read) if (t.w) assert.equal(t.w, wordOfToken({ ...t, w: null }), t.text);
  }
});

test('a spelling read twice keeps one word, whose looked-up facts the second token shares', () => {
  const text = 'Kyiv and Kyiv; near kyiv and near kyiv.';
  const read = tokenize(text, languageTokens(text)).map(view);
  assert.equal(read[0]!.key, 'kyiv');
  assert.equal(read[0]!.cap, true);
  const [a, b] = tokenize(text, languageTokens(text)).filter((t) => t.text === 'Kyiv');
  assert.ok(a!.w && a!.w === b!.w);
  const lower = tokenize(text, languageTokens(text)).filter((t) => t.text === 'near');
  assert.ok(lower[0]!.w && lower[0]!.w === lower[1]!.w && lower[0]!.w.key === 'near' && !lower[0]!.cap);
});
