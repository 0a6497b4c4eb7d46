import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../src/pipeline.js';
import { sameParties } from './helpers/parties.js';

// Shapes of meetings and agreements the generator (test/helpers/meetinggen.ts) found missed or invented, end to end:
// a delegation received or hosted, "said after meeting X", an agreement's passive told after a long subject, and a
// signing told as background (a year before the publication's, "last year"). Sentences written for these tests.
type Case = readonly [text: string, kind: 'meeting' | 'agreement', parties: string | 'NONE'];
function check(cases: readonly Case[]): void {
  const wrong: string[] = [];
  for (const [text, kind, want] of cases) {
    const found = extractArticle({ id: 's', title: 'Diplomacy report', published: '2025-09-12', text }).claims.filter((c) => c.kind === kind);
    if (want === 'NONE') {
      if (found.length) wrong.push(`${kind} ${JSON.stringify(found[0]!.claimant)} found: ${text}`);
    } else if (!found.length) wrong.push(`no ${kind}: ${text}`);
    else if (!sameParties(found[0]!.claimant ?? '', want)) wrong.push(`${JSON.stringify(found[0]!.claimant)} is not ${want}: ${text}`);
  }
  assert.deepEqual(wrong, []);
}

test('a delegation received, hosted or welcomed: a meeting of the host and the delegation', () => {
  check([
    ['Ghana received a delegation from Senegal in Accra on Wednesday.', 'meeting', 'Ghana and a delegation from Senegal'],
    ['The Omani sultan hosted a high-level Iranian delegation at his palace in Muscat.', 'meeting', 'The Omani sultan and a high-level Iranian delegation'],
    ['Qatar welcomed delegations of both warring parties for indirect talks in Doha.', 'meeting', 'Qatar and delegations of both warring parties'],
    ['Egypt will receive a Hamas delegation in Cairo next week.', 'meeting', 'NONE'],
    ['The ministry received a letter from the Kenyan delegation on Monday.', 'meeting', 'NONE'],
  ]);
});

test("'said after meeting X': the speaker met X", () => {
  check([
    ['"We had very frank talks," Peru said after meeting Chile in Hanoi on Monday.', 'meeting', 'Peru and Chile'],
    ['Aid will continue, the Polish defence minister said after meeting Lithuanian Defence Minister Rasa Petraite in Vilnius.', 'meeting', 'the Polish defence minister and Lithuanian Defence Minister Rasa Petraite'],
    ['The council adjourned after meeting Monday in Lima.', 'meeting', 'NONE'],
  ]);
});

test('an agreement signed in the passive after a long subject; one told as background is none', () => {
  check([
    ['An agreement between Chile and Peru on fishing rights was signed in Lima on Friday.', 'agreement', 'Chile and Peru'],
    ['A memorandum between Ghana and Senegal on cross-border trade was signed in Dakar.', 'agreement', 'Ghana and Senegal'],
    ['Egypt and Sudan signed a defence pact in 2021, officials recalled.', 'agreement', 'NONE'],
    ['In 2019, Kenya and Somalia signed a maritime accord.', 'agreement', 'NONE'],
    ['Chile and Peru reached a ceasefire deal last year that has largely held.', 'agreement', 'NONE'],
    ['Egypt and Sudan signed a defence pact in Cairo on Monday.', 'agreement', 'Egypt and Sudan'],
    ['Kenya and Somalia signed a maritime accord in 2025, the ministry said.', 'agreement', 'Kenya and Somalia'],
  ]);
});

test('a gathering cancelled, offered, planned or last held long ago is no meeting; a first accord since a year is one', () => {
  check([
    ['A planned meeting between Ghana and Senegal in Dakar was cancelled at the last minute.', 'meeting', 'NONE'],
    ['The summit of Chile and Peru in Lima has been postponed until spring.', 'meeting', 'NONE'],
    ['Norway offered to host talks with both warring parties in Oslo.', 'meeting', 'NONE'],
    ['The two governments agreed to hold a summit in Hanoi next spring.', 'meeting', 'NONE'],
    ['Kenya and Tanzania last met in Nairobi in 2019.', 'meeting', 'NONE'],
    ['Kenya and Tanzania met in Nairobi on Monday, their first meeting since 2019.', 'meeting', 'Kenya and Tanzania'],
    ['Ghana and Senegal signed their first trade accord since 2015 in Accra on Friday.', 'agreement', 'Ghana and Senegal'],
  ]);
});

test('the people of a named side hosted or received; a traveller met someone "where" it went', () => {
  check([
    ['ANKARA (Reuters) - The Turkish president hosted Hamas leaders in Istanbul on Saturday.', 'meeting', 'The Turkish president and Hamas leaders'],
    ['Oman received Iranian and Kavrian negotiators in Muscat.', 'meeting', 'Oman and Iranian and Kavrian negotiators'],
    ['Qatar will host Taliban officials in Doha next week.', 'meeting', 'NONE'],
    ['The prime minister travelled to Paris, where she met President Dana Holt.', 'meeting', 'The prime minister and President Dana Holt'],
    ['The Chilean delegation arrived in Lima, where they met Peruvian officials.', 'meeting', 'The Chilean delegation and Peruvian officials'],
  ]);
});
