import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../src/pipeline.js';
import { sameParties } from './helpers/parties.js';

// A meeting reported by someone else: the parties are the two sides of the reported clause, never the speaker,
// also when that clause opens with an article ("said the Philippines had met …", "said the president met …");
// "X met the Y" names Y as the other side. Sentences written for these tests; names varied.
type Case = readonly [text: string, parties: string];
function check(cases: readonly Case[]): void {
  const wrong: string[] = [];
  for (const [text, want] of cases) {
    const m = extractArticle({ id: 'r', title: 'Diplomacy report', published: '2025-09-12', text }).claims.find((c) => c.kind === 'meeting');
    if (!m) wrong.push(`no meeting: ${text}`);
    else if (!sameParties(m.claimant ?? '', want)) wrong.push(`${JSON.stringify(m.claimant)} is not ${want}: ${text}`);
  }
  assert.deepEqual(wrong, []);
}

test('a speaker reporting a meeting is no party to it', () => {
  check([
    ['A government spokesman said the Philippines had met Japan in Manila on Monday.', 'the Philippines and Japan'],
    ['Officials said the president met the Kenyan envoy on Monday.', 'the president and the Kenyan envoy'],
    ['The foreign ministry said the Netherlands held talks with Belgium in Brussels.', 'the Netherlands and Belgium'],
    ['State media reported the king met Omani Foreign Minister Said al-Harthi in Amman.', 'the king and Omani Foreign Minister Said al-Harthi'],
    ['The Kremlin said the special envoy, Dana Holt, spoke with Russian President Ilya Marsk on Thursday.', 'the special envoy, Dana Holt and Russian President Ilya Marsk'],
  ]);
});

test("'X met the Y': the Y is the other side", () => {
  check([
    ['During a visit to Jakarta, NATO met the African Union.', 'NATO and the African Union'],
    ['On Tuesday in Hanoi, Japan met the Philippines for border talks.', 'Japan and the Philippines'],
    ['The Arab League met the Gulf Cooperation Council in Doha.', 'The Arab League and the Gulf Cooperation Council'],
  ]);
});

test('an office told by country and rank words ("the Somali prime minister", "the Jordanian deputy prime minister") is read whole', () => {
  check([
    ["Kenya's president received the Somali prime minister in Nairobi.", "Kenya's president and the Somali prime minister"],
    ["Egypt's foreign minister met the Jordanian deputy prime minister in Cairo.", "Egypt's foreign minister and the Jordanian deputy prime minister"],
    ['The Ghanaian vice president held talks with the Senegalese prime minister in Accra.', 'The Ghanaian vice president and the Senegalese prime minister'],
  ]);
});
