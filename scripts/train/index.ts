/**
 * `npm run train`: every trainer of the project, in sequence. Keep this a plain list so that
 * trainers added on other branches merge by adding a line each.
 */
import { trainPlaces } from './places.ts';

const TRAINERS: [string, () => void | Promise<void>][] = [
  ['places', trainPlaces],
];

for (const [name, train] of TRAINERS) {
  const t0 = Date.now();
  await train();
  console.log(`train ${name}: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}
