// Stand-in for `sitrep geocode --jsonl` until the CLI wires it: stdin -> stdout.
import { runGeocodeJsonl } from '../src/cli/geocode.ts';

await runGeocodeJsonl(process.stdin, process.stdout);
