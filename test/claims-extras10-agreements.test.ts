import { test } from 'node:test';
import { kindTable } from './helpers/kinds.js';

// Agreements told by a halt of hostilities agreed to (issue 9, round extras10): "agreed on a 30-day halt to strikes",
// "agreed to a pause in the fighting" reach an agreement though no agreement noun names it (GUIDELINES: every agreement
// reached); talk of a halt, a proposal or a condition does not. Sentences of our own.
const A = ['agreement'];

test('a halt, pause or moratorium agreed to is an agreement reached', () => {
  kindTable(A, [
    ['Kavria and Dorvel agreed on a 30-day halt to strikes on energy facilities.', ['agreement null null']],
    ['The two sides agreed to a 72-hour pause in fighting in Khartoum.', ['agreement null null @Khartoum']],
    ['The rebels and the army agreed on Sunday to a temporary cessation of hostilities.', ['agreement null null']],
    ['Both navies agreed to a moratorium on attacks on merchant ships.', ['agreement null null']],
  ]);
});

test('talk of a halt, a proposed one or one agreed only on a condition is none', () => {
  kindTable(A, [
    ['Kavria and Dorvel agreed to discuss a halt to strikes.', []],
    ['The rivals agreed to a proposed pause next week.', []],
    ['The rivals would agree to a pause only if the shelling stops.', []],
    ['Kavria has not agreed to a halt in the fighting.', []],
    ['The army called for a pause in the fighting.', []],
  ]);
});
