import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeText } from '../src/language/normalize.js';
import { extractArticle } from '../src/pipeline.js';

const PLAIN = 'Border guards said 14 missiles were shot down over the Odesa region on Friday.';

test('normalizeText: marks dropped, fullwidth and other scripts\' digits made ASCII, offsets kept', () => {
  const original = 'Guards said １\u200B4 and ١٢ and ४२\u00A0shells.';
  const norm = normalizeText(original);
  assert.equal(norm.text, 'Guards said 14 and 12 and 42 shells.');
  const at = norm.text.indexOf('14');
  assert.equal(original.slice(norm.toOriginal(at), norm.toOriginal(at + 2)), '１\u200B4');
  assert.equal(normalizeText(PLAIN).changed, false);
});

test('extractArticle: hidden marks and foreign digits hide no claim, and spans index the text as given', () => {
  const variants = [
    PLAIN.replace('14', '１４'),
    PLAIN.replace('14', '1\u200B4').replace('shot down', 'shot\u00AD down'),
    PLAIN.replace('14', '١٤').replace('Odesa', 'Od\u200Cesa'),
  ];
  const expected = extractArticle({ id: 'p', title: null, published: '2025-05-02', text: PLAIN }).claims.map((c) => [c.kind, c.value]);
  assert.deepEqual(expected, [['intercepted', 14]]);
  for (const text of variants) {
    const x = extractArticle({ id: 'v', title: null, published: '2025-05-02', text });
    assert.deepEqual(x.claims.map((c) => [c.kind, c.value]), expected, text);
    assert.equal(x.article.text, text);
    const evidence = x.claims[0]!.evidence;
    assert.equal(text.slice(evidence.start, evidence.end), text.trim());
    const odesa = x.places.find((p) => p.place?.country === 'UA');
    assert.ok(odesa, 'the region is found');
    assert.match(text.slice(odesa.start, odesa.end), /^Od\u200C?esa/);
  }
});
