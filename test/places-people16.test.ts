/**
 * People named like places (issue 9, spurious finds): a person's age in apposition makes a full
 * name whatever the given name; a title's given name that ends its sentence does not run into the
 * next one; a surname is no place for having a tiny capital or a small first-level unit of its
 * name abroad. Sentences written for these tests.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces } from '../src/places/index.ts';

const names = (text: string) => findPlaces(text).map((p) => p.text);

test('a name with an age in apposition is a person, and so is its surname later', () => {
  const a = names('Police said Rondell Mercer, 31, of Tulsa was arrested on Friday. Mercer was held on a $5,000 bond.');
  assert.ok(!a.includes('Mercer'), a.join());
  assert.ok(a.includes('Tulsa'));
  const b = names('Deputies said Jarvis Clayton, 19, of Macon fled on foot. Clayton was caught an hour later.');
  assert.ok(!b.includes('Clayton'), b.join());
  assert.ok(b.includes('Macon'));
  // A town and its state in apposition are no person: a number after them is no age.
  assert.ok(names('The plant in Dayton, Ohio, 25 miles away, closed.').includes('Dayton'));
});

test("a title's given name that ends its sentence leaves the next sentence alone", () => {
  const a = names('The arrest was made by Sheriff Greg Taylor. The car was found near the river, according to Taylor.');
  assert.ok(!a.includes('Taylor'), a.join());
  const b = names('The report was signed by Chief Dana Marion. The fire started in the kitchen, according to Marion.');
  assert.ok(!b.includes('Marion'), b.join());
});

test('a surname is no place for a tiny capital or a small unit abroad of its name', () => {
  const a = names('Richmond native Jeff Hamilton plays the drums. Hamilton will appear on television next week.');
  assert.ok(!a.includes('Hamilton'), a.join());
  const b = names('Who would have wanted Matthew D. Flores dead? Flores had no enemies, his stepfather said.');
  assert.ok(!b.includes('Flores'), b.join());
  // Where the name is a place, it stays one.
  assert.ok(names('The team flew from Hamilton, Ontario, to Winnipeg.').includes('Hamilton'));
  assert.ok(names('Fishermen on Flores island said the ferry was late.').includes('Flores'));
});
