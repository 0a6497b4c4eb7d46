// A worker process's first module: TypeScript through tsx, as bin/sitrep.mjs does for the CLI,
// then the worker module named in its argument (with the store's path, see protocol.ts).
import { register } from 'tsx/esm/api';

register();
const data = JSON.parse(process.argv[2] ?? '{}');
await import(data.module);
