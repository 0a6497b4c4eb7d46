import { test } from 'node:test';
import { checkStatements, type StatementCase } from './helpers/statements.js';

// Meetings and agreements of wire-story shapes (statements25): calls are no meetings, a named building a town follows
// is the meeting's place, parties told by description, relative clause or the body their people belong to, and two
// sides told by their people agreeing on a course. Sentences written for these tests; names and places varied.
const check = (kind: 'meeting' | 'agreement', cases: readonly StatementCase[]): void => checkStatements(kind, cases, '2026-05-12');

test('a phone or video call is no meeting; a meeting told beside it still is', () => {
  check('meeting', [
    ['Premier Ilse Varga spoke by phone with President Tomas Brek of Dorvel on Sunday.', 0],
    ['The two presidents held a lengthy telephone conversation on Friday, their offices said.', 0],
    ['Foreign Minister Anan Roth phoned his Kavrian counterpart after the shelling.', 0],
    ['In a video call on Thursday, the two leaders discussed grain exports.', 0],
    ['President Brek said he had a very good call with Premier Varga.', 0],
    ['The two leaders held phone talks on Monday and met in Ostrava a week later.', 1, /Ostrava/],
    ['Premier Varga met President Brek in Ostrava on Monday, a day after they spoke by phone.', 1, /Ostrava/],
  ]);
});

test('a named building that a town follows is the meeting place; a place told before it stays', () => {
  check('meeting', [
    ['Premier Aldo Verro met King Tomas on Friday at the Sorrel Palace in Nairobi.', 1, /Sorrel Palace/],
    ['Premier Aldo Verro met King Tomas in Kigali, at the Sorrel Palace.', 1, /Kigali/],
    ['Negotiators from the two sides met for two rounds of talks at the Lindqvist Manor House in Accra and agreed to reopen the road.', 1, /Lindqvist Manor House/],
    ['The envoys met at the Kestrel Hotel in Nicosia on Tuesday.', 1, /Kestrel Hotel/],
    ["The two presidents met at the People's Palace in Nicosia on Tuesday and signed a transit deal.", 1, /People's Palace/],
    ['The envoy met President Aldo Verro at the palace in Nicosia on Friday.', 1, /Nicosia/],
    ['Premier Aldo Verro will meet King Tomas at the Sorrel Palace in Nairobi next week.', 0],
  ]);
});

test('the parties of "met": a described office, a relative clause, the body its people belong to', () => {
  check('meeting', [
    ["In Muscat, the country's foreign minister met the Houthi delegation for talks on the truce proposal.", 1, /Muscat/],
    ["In Addis Ababa, the bloc's top envoy met Sudanese army chief Idris Kamal Osman on Wednesday.", 1, /Addis Ababa/],
    ['The admiral flew to Mombasa at the invitation of President Ruto, who met officers of the Kenya Navy at the port on Monday.', 1],
    ['General Tom Selk, who met senior commanders of the Ghana Armed Forces in Accra on Monday, praised the drills.', 1, /Accra/],
    ['The minister met members of the press after the vote.', 0],
    ['The plan met the demands of the Union on Friday.', 0],
    ["In Muscat, the country's foreign minister will meet the Houthi delegation next week.", 0],
  ]);
});

test('two sides told by their people, or agreeing by some means, reached an agreement on a course; agreeing to talk is none', () => {
  check('agreement', [
    ['A day later, Houthi and government delegations agreed to free 400 detainees in a swap.', 1],
    ['Kavrian and Tessalian negotiators agreed to reopen two border crossings.', 1],
    ['Dorvel and rebel commanders have agreed to withdraw heavy weapons from the town.', 1],
    ['The army chiefs of Kavria and Dorvel agreed over their hotline on Tuesday to halt all firing along the frontier.', 1],
    ['Kavria and Dorvel agreed by telephone to swap 40 detainees each.', 1],
    ['Kavrian and Tessalian negotiators agreed to meet again next month.', 0],
    ['Kavria and Dorvel agreed over the phone to continue talks.', 0],
    ['Officials from the two sides agreed to reopen the crossing.', 0],
    ['Houthi and government delegations have not agreed to free the detainees.', 0],
  ]);
});
