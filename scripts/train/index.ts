/**
 * `npm run train`: every trainer in sequence, each writing its weights under data/models/.
 * Keep this a plain list (one line per trainer) so branches merge cleanly.
 */
import { execFileSync } from 'node:child_process';

const TRAINERS = [
  'scripts/train/events.ts',
];

for (const script of TRAINERS) {
  console.log(`== ${script}`);
  execFileSync(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit' });
}
