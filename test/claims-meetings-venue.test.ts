import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../src/pipeline.js';

// Where a meeting was held when its verb names no place after it: the place its party went to earlier in the
// sentence (a trip's destination, a stay, a visit, an opening "In X,"), before the wire dateline (where.json
// `venueBefore`), in place of the wire dateline. Sentences written for these tests; names varied, dateline cities elsewhere.
type Case = readonly [text: string, venue: RegExp];
function check(cases: readonly Case[]): void {
  const wrong: string[] = [];
  for (const [text, venue] of cases) {
    const m = extractArticle({ id: 'v', title: 'Diplomacy report', published: '2025-09-12', text }).claims.find((c) => c.kind === 'meeting');
    if (!m) wrong.push(`no meeting: ${text}`);
    else if (!venue.test(m.where?.text ?? '')) wrong.push(`@${m.where?.text ?? null}: ${text}`);
  }
  assert.deepEqual(wrong, []);
}

test('a meeting is held where its party travelled, stayed or visited before the verb, not at the dateline', () => {
  check([
    ['LONDON (Reuters) - Ghana travelled to Accra on Monday for talks with Senegal.', /Accra/],
    ['BRUSSELS (AP) - Kenyan Foreign Minister Amina Odhiambo flew to Oslo for talks with Norwegian officials.', /Oslo/],
    ['CAIRO (Reuters) - Poland visited Vilnius on Sunday and met Lithuania.', /Vilnius/],
    ['TOKYO (Reuters) - The Indonesian prime minister visited Hanoi and held talks with his Vietnamese counterpart.', /Hanoi/],
    ['MADRID (AFP) - Peru was in Lima on Tuesday for talks with Chile.', /Lima/],
    ['NAIROBI, Kenya (AP) - In Muscat on Friday, Tanzania held talks with Kenya.', /Muscat/],
    ['PARIS (Reuters) - At Geneva on Thursday, the Serbian and Kosovar delegations met for a second round.', /Geneva/],
  ]);
});

test('a place after the verb still wins, and a place the party only left is no venue', () => {
  check([
    ['PARIS (Reuters) - Chile travelled to Lima and then met Peru in Cusco on Friday.', /Cusco/],
    ['The Polish president held talks with the Lithuanian president in Vilnius after flying from Warsaw.', /Vilnius/],
    ['ROME (AP) - Leaving Nairobi on Monday, the Kenyan envoy held talks with Somali officials.', /^(?!.*Nairobi)/],
  ]);
});

test("'travelled to X, where …': X is the venue with or without a dateline", () => {
  check([
    ['The prime minister travelled to Paris, where she met President Dana Holt.', /Paris/],
    ['Kenyan President Amina Odhiambo flew to Accra on Monday, where she held talks with Ghanaian President Kofi Mensah.', /Accra/],
    ['The Chilean delegation arrived in Lima, where they met Peruvian officials.', /Lima/],
  ]);
});
