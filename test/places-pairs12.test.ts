import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces } from '../src/places/index.ts';

// Sentences made up for these tests (places12): a town and the county it lies in, named in one
// local story, are each other's evidence; a namesake county some 100 km from a namesake town is not.
const where = (t: string) => findPlaces(t).map((m) => `${m.text}:${m.place?.country}.${m.place?.admin1}`);

test('a town and the county that holds it pick each other', () => {
  const a = where('The Henry County commission met Tuesday in Paris to talk about the courthouse roof. Henry County has paid for two repairs since 2006, and Paris officials want a new roof before winter.');
  assert.deepEqual([...new Set(a)], ['Henry County:US.TN', 'Paris:US.TN']);
  const b = where('Richmond police arrested two men after a break-in at a Madison County farm supply store. The Madison County sheriff said the men were taken to the Richmond jail.');
  assert.deepEqual([...new Set(b)], ['Richmond:US.KY', 'Madison County:US.KY']);
  const c = where('Volunteers in Boone County cleaned the banks of the creek near Lebanon on Saturday. Boone County officials thanked the Lebanon volunteers.');
  assert.deepEqual([...new Set(c)], ['Boone County:US.IN', 'Lebanon:US.IN']);
});
