import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkStatements, statementClaims, type StatementCase } from './helpers/statements.js';

// Meetings and agreements of shapes the statement rules missed or invented (statements24): gatherings chaired, talks
// broken off, a place opening the sentence with no dateline, a day between "met" and "with", letters of intent and
// agreements announced. Sentences written for these tests; names and places varied.
const claimsOf = (text: string, kind: 'meeting' | 'agreement') => statementClaims(text, kind, '2026-03-04');
const check = (kind: 'meeting' | 'agreement', cases: readonly StatementCase[]): void => checkStatements(kind, cases, '2026-03-04');

test('a gathering chaired took place; one to be chaired, or a body chaired for years, did not', () => {
  check('meeting', [
    ['The governor chaired a security meeting in Quetta on Tuesday and vowed to catch the gunmen.', 1, /Quetta/],
    ['Premier Hal Rusk presided over an emergency session of the cabinet on Friday night.', 1],
    ['Premier Hal Rusk will chair a meeting of the defence council next week.', 0],
    ['She chaired the foreign affairs committee for a decade.', 0],
  ]);
});

test('talks suspended, broken off or "not on the agenda" are no meeting', () => {
  check('meeting', [
    ['In March the government suspended talks with the Red Valley front and resumed air strikes.', 0],
    ['The rebels broke off negotiations with the junta after the raid on Sunday.', 0],
    ['A summit between Rusk and Said was "not on the agenda," the spokesman said.', 0],
    ['The government held talks with the Red Valley front in Bogota on Monday.', 1, /Bogota/],
  ]);
});

test('a place opening the sentence holds its meeting, with no dateline; a place of the meeting itself wins', () => {
  check('meeting', [
    ["In Nairobi, the UN envoy, Hans Berg, met the rebels' chief negotiator, Ali Salam, on Monday, his office said.", 1, /Nairobi/],
    ['In Kigali, President Omar Said met the commanders of the regional force on Monday to discuss funding.', 1, /Kigali/],
    ['In Kigali, President Omar Said met the commanders of the regional force in Goma on Monday.', 1, /Goma/],
  ]);
});

test("'met on Monday evening with X': the day between verb and 'with' keeps the other party", () => {
  const [m] = claimsOf('The defence minister arrived late. He met on Monday evening with the UN envoy to the truce committee, the ministry said.', 'meeting');
  assert.ok(m, 'no meeting');
  assert.match(m.claimant ?? '', /UN envoy/);
});

test('letters of intent, documents signed and agreements announced are agreements; a letter to someone and a unilateral truce are not', () => {
  check('agreement', [
    ["The two governments signed a letter of intent on joint purchases of radar, the premier's office said.", 1],
    ['The two leaders witnessed the signing of 12 cooperation documents covering mining and ports.', 1],
    ['Later on Tuesday, the interior minister and tribal elders announced an agreement in Quetta to halt the fighting.', 1, /Quetta/],
    ['Forty lawmakers signed a letter to the defence minister on Monday.', 0],
    ['The army announced a unilateral ceasefire for the holiday.', 0],
    ['The two leaders met in Tbilisi on Saturday at the invitation of the host, their first meeting since May, and agreed to open two new border crossings.', 1, /Tbilisi/],
  ]);
});

test('a named building the meeting words end at is its place (also when a town follows it: statements25), unless another place of the clause names it', () => {
  check('meeting', [
    ['The foreign minister held talks with his Kavrian counterpart, Ilse Dorn, at the Blue Lake Palace on Tuesday.', 1, /Blue Lake Palace/],
    ["The visiting minister met Premier Aldo Verro and the army chief at the Prime Minister's House, officials said.", 1, /Prime Minister's House/],
    ['Premier Aldo Verro met King Tomas on Friday at the Sorrel Palace in Nairobi.', 1, /Sorrel Palace/],
    ['Premier Aldo Verro met King Tomas in Kigali, at the Sorrel Palace.', 1, /Kigali/],
  ]);
});

test("'army chief Abdel Karim al-Tahir met …': a name with a hyphened particle after a lower-case title is a party", () => {
  check('meeting', [
    ['On Sunday, army chief Abdel Karim al-Tahir met Egyptian President Omar Said in the coastal city of Alexandria, his office said.', 1, /Alexandria/],
  ]);
});

test("'met A at X and later held talks with B in Y': two meetings, each at its own place", () => {
  const met = claimsOf('The envoy, Ana Ruiz, met President Omar Said at the Sorrel Palace on Wednesday morning and later held talks with Speaker Ilse Dorn at her residence in Kigali, the presidency said.', 'meeting');
  assert.deepEqual(met.map((m) => m.where?.text ?? null), ['Sorrel Palace', 'Kigali']);
  // A sequence with no second gathering stays one meeting.
  assert.equal(claimsOf('The envoy met President Omar Said in Kigali and then flew to Nairobi.', 'meeting').length, 1);
});
