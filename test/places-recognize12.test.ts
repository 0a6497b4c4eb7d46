import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces } from '../src/places/index.ts';

// Sentences made up for these tests (places12: recognition precision on local news).
const texts = (t: string) => findPlaces(t).map((p) => p.text);

test('an abbreviated title before a name is no place, nor is a name it opens', () => {
  assert.deepEqual(texts('The bill is backed by state Sen. Mark Hollis, R-Dayton, who spoke Tuesday.'), ['Dayton']);
  assert.deepEqual(texts('Sens. Ann Lowry and Carl Brandt wrote to the agency from Ohio.'), ['Ohio']);
  assert.deepEqual(texts('Det. Luis Ortega took the report.'), []);
  assert.deepEqual(texts('Gen. Ray Hollis met Col. Dana Pike at the base.'), []);
  // The town itself, after a preposition, is still a place.
  assert.deepEqual(texts('They drove from Sens to Auxerre.'), ['Sens', 'Auxerre']);
});

test('a district named by common words is a service or a zoning district, not a place', () => {
  assert.deepEqual(texts('The Hardin County Solid Waste District will collect paint on Saturday.'), ['Hardin County']);
  assert.deepEqual(texts('Crews from Fire District 4 put out the blaze.'), []);
  assert.deepEqual(texts('The Water Improvement District raised its rates again.'), []);
  // A unit's own name before the word stays a place.
  assert.deepEqual(texts('Shelling hit the Kupiansk District overnight.'), ['Kupiansk District']);
});

test('a surname the text gives a person stays a person even where a town of some size bears it', () => {
  const t = 'Police Lt. Dale Fairfield took the call at 2 a.m. Fairfield said the driver had fled on foot.';
  assert.deepEqual(texts(t), []);
  const u = 'Officers found Tessa M. Nelson, 34, at the scene. Nelson was charged with theft, police said.';
  assert.deepEqual(texts(u), []);
  // A state capital or a state keeps its reading: "George Washington" does not make Washington a person.
  assert.ok(texts('George Washington slept here. Washington lost two seats in the House.').includes('Washington'));
  // After a preposition the town is meant.
  assert.ok(texts('Judge Amy Denton heard the case. The hearing was moved to Denton last week.').includes('Denton'));
});

test('a full stop after a full word ends the sentence: the name after it is no surname', () => {
  const t = 'Voters pick a new Probate Judge. Columbus lawyer Ann Hale won the seat in Columbus.';
  assert.ok(texts(t).includes('Columbus'));
  assert.ok(texts('Crowds gathered in West Wichita on Saturday. West Wichita roads were icy.').some((x) => x.includes('Wichita')));
});

test('"D. C." printed with a space is the District of Columbia: Washington before it is the capital', () => {
  const ms = findPlaces('The senator flew back to Washington, D. C., on Monday for the vote.');
  assert.equal(ms[0]?.text, 'Washington');
  assert.equal(ms[0]?.place?.admin1, 'DC');
  const both = findPlaces('Her family farms near Yakima in Washington. She took a job in Washington, D. C. last spring.');
  assert.deepEqual(both.filter((m) => m.text === 'Washington').map((m) => m.place?.admin1), ['WA', 'DC']);
});

test('a vehicle make after its model year is the car, not the town of its name', () => {
  assert.deepEqual(texts('A 2004 Toyota Camry struck a 1998 Honda Civic at the light in Reno.'), ['Reno']);
  assert.deepEqual(texts('Deputies found the stolen 1989 Mercury behind a barn.'), []);
  // A city called so, and a place after a year that is no make, stay places.
  assert.ok(texts('The plant in Toyota makes engines.').includes('Toyota'));
  assert.ok(texts('The 2008 Beijing Olympics drew crowds.').includes('Beijing'));
});
