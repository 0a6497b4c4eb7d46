/**
 * Named armed groups whose short form is an acronym that is also an English word or a first name
 * ("IS" / "is", "IRA" / "Ira", "PDF" / "pdf"): the acronym is read only in capitals, the group's
 * full names in any case.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findActorMentions } from '../src/events/actors.js';
import { namedActors } from '../src/events/lexicon.js';

const named = (sentence: string): string[] => findActorMentions(sentence, 0, []).map((m) => sentence.slice(m.start, m.end));

test('an acronym in lower case or as a name is not the group', () => {
  for (const sentence of [
    'The mayor said the bridge is closed until the inspection is done.',
    'Ira Mendel, a farmer, said the road was flooded.',
    'The report, published as a pdf on Monday, lists the budget.',
    'Police said it is too early to say what caused the fire.',
  ]) {
    const found = named(sentence).map((name) => name.toLowerCase());
    for (const word of ['is', 'ira', 'pdf']) assert.ok(!found.includes(word), `${word} read as an armed group in: ${sentence}`);
  }
});

test('the acronym in capitals and the full name in any case are the group', () => {
  const cases: Array<[string, string]> = [
    ['IS fighters attacked a checkpoint near the town on Tuesday.', 'IS'],
    ['Militants of the Islamic State seized two villages.', 'Islamic State'],
    ['An ISLAMIC STATE statement claimed the blast.', 'ISLAMIC STATE'],
    ['The IRA announced a ceasefire in 1994.', 'IRA'],
    ['Fighters of the local PDFs overran an army post.', 'PDFs'],
  ];
  for (const [sentence, name] of cases) assert.ok(named(sentence).includes(name), `${name} not found in: ${sentence}`);
});

test('a row mixing acronyms and names gives one pattern of each, with the row\'s country and sector', () => {
  const rows = namedActors('ABC|Alpha Brigade|XYZ\tSYR\tREB\ta test row\nOnly Names|Other Name\t-\tGOV\tnames\n');
  assert.deepEqual(rows.map((r) => [r.source, r.pattern.flags, r.country, r.sector]), [
    ['ABC|XYZ', 'g', 'SYR', 'REB'],
    ['Alpha Brigade', 'gi', 'SYR', 'REB'],
    ['Only Names|Other Name', 'gi', null, 'GOV'],
  ]);
});
