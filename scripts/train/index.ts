/**
 * Runs every trainer in sequence (`npm run train`): each writes its weights under data/models/.
 * One line per trainer, so that trainers added on other branches merge as a list.
 */
import { trainClaims } from './claims.ts';

const trainers: [string, () => void | Promise<void>][] = [
  ['claims', () => trainClaims([])],
];

for (const [name, train] of trainers) {
  console.log(`train: ${name}`);
  await train();
}
