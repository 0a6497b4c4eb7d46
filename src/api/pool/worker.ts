/** The API worker process's module (see worker-main.ts). */
import { runWorker } from './worker-main.js';

await runWorker();
