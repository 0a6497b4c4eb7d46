/**
 * Diseases called after a place or its people ("Lassa fever", "Marburg virus", "Japanese
 * encephalitis") name no place: a lower-case word of data/places/context-words.tsv `eponym` right
 * after the name. Outbreak news names them often beside the places they struck. Sentences written
 * for these tests.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces } from '../src/places/index.ts';

const names = (text: string) => findPlaces(text).map((m) => m.text);

test('a name before a disease word is the disease, and the places around it stay', () => {
  const cases: [string, string[], string[]][] = [
    ['Clinics in Akure treated forty patients with Lassa fever last month.', ['Akure'], ['Lassa']],
    ['A second case of Marburg virus was confirmed in western Uganda on Friday.', ['Uganda'], ['Marburg']],
    ['Herders near Garissa blamed Rift Valley fever for the loss of their cattle.', ['Garissa'], ['Valley', 'Rift Valley']],
    ['Two pilgrims returning to Jakarta tested positive for Middle East respiratory syndrome.', ['Jakarta'], ['Middle East']],
    ['Vaccination against Japanese encephalitis began in Gorakhpur this week.', ['Gorakhpur'], ['Japanese']],
    ['County health officials in Florida traced three cases of St. Louis encephalitis.', ['Florida'], ['St. Louis']],
    ['Children in Osaka were treated for Kawasaki disease at the city hospital.', ['Osaka'], ['Kawasaki']],
  ];
  const misses: string[] = [];
  for (const [text, keep, drop] of cases) {
    const got = names(text);
    for (const k of keep) if (!got.includes(k)) misses.push(`${text}: lost ${k}`);
    for (const d of drop) if (got.includes(d)) misses.push(`${text}: kept ${d}`);
  }
  assert.deepEqual(misses, []);
});

test('a disease word after a comma or a capitalised word leaves the place', () => {
  const cases: [string, string][] = [
    ['In Texas, fever cases rose after the storm, the state said.', 'Texas'],
    ['Doctors in Lagos said virus samples were sent abroad.', 'Lagos'],
  ];
  for (const [text, place] of cases) assert.ok(names(text).includes(place), text);
});
