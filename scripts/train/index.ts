/**
 * `npm run train`: every trainer of the project in sequence, each a script of its own that
 * writes its weights under data/models/. Keep this a plain list, one line per trainer.
 */
import { execFileSync } from 'node:child_process';

const TRAINERS = [
  'scripts/train/places.ts',
  'scripts/train/claims.ts',
  'scripts/train/claimplace.ts',
  'scripts/train/events.ts',
  'scripts/train/incidents.ts',
];

for (const script of TRAINERS) {
  console.log(`== ${script}`);
  execFileSync(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit' });
}
