/**
 * Throughput of recognition + resolution (findPlaces) on two generated corpora: the bench news
 * corpus (bench/corpus.ts) and a place-dense one of local-news lines. Text is prepared and the
 * index warmed up before timing, so only findPlaces is measured.
 *
 *     npx tsx bench/places.ts [--mb 4] [--profile out.cpuprofile]
 *
 * Each corpus is timed twice: the first pass fills the caches (new words, trie nodes, gazetteer
 * rows), the second shows steady-state throughput.
 * Times are CPU seconds of this process (MB/s per core), so other jobs on the machine skew them less.
 * --profile records a V8 CPU profile of the timed part only (summarise self time per function
 * from its nodes/samples/timeDeltas); MB/s with the profiler on is lower than without.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { findPlaces } from '../src/places/index.ts';
import { articles } from './corpus.ts';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const MB = Number(arg('mb') ?? 4);
const profile = arg('profile');

const towns = ['Moscow', 'Kursk', 'Paris', 'Springfield', 'Gainesville', 'Texas', 'Ohio', 'Kyiv', 'Gaza', 'Bangor, Maine', 'New Delhi', 'Georgia'];
const fillers = ['officials said on Monday that', 'the ministry reported', 'according to local police,', 'residents were evacuated after', 'a spokesman told reporters that'];
let seed = 7;
const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
function dense(): string {
  const parts: string[] = [];
  for (let s = 0; s < 12; s++) parts.push(`In ${towns[rnd(towns.length)]}, ${fillers[rnd(fillers.length)]} Ukrainian drones hit the ${towns[rnd(3)]} region near ${towns[rnd(towns.length)]}.`);
  return parts.join(' ');
}

const news: string[] = [];
let newsBytes = 0;
for (const a of articles(7)) {
  if (newsBytes >= (MB / 2) * 1e6) break;
  news.push(a.text);
  newsBytes += Buffer.byteLength(a.text);
}
const local: string[] = [];
let localBytes = 0;
while (localBytes < (MB / 2) * 1e6) { const a = dense(); local.push(a); localBytes += Buffer.byteLength(a); }

// Warm-up: load the index and let the JIT settle outside the timing.
for (const d of [...news.slice(0, 100), ...local.slice(0, 100)]) findPlaces(d);

const session = profile ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
// CPU time, not wall time: on a shared machine the wall clock counts other people's jobs.
const time = (docs: string[]) => {
  const c0 = process.cpuUsage();
  let n = 0;
  for (const d of docs) n += findPlaces(d).length;
  const c = process.cpuUsage(c0);
  return { s: (c.user + c.system) / 1e6, n };
};
const a = time(news);
const b = time(local);
// A second pass over the same text: the gazetteer rows, trie nodes and words it met are cached
// by then, as they are after the first megabytes of a long run.
const a2 = time(news);
const b2 = time(local);
if (session) {
  const { profile: p } = await session.post('Profiler.stop');
  writeFileSync(profile!, JSON.stringify(p));
  session.disconnect();
}
const line = (name: string, bytes: number, r: { s: number; n: number }) =>
  `places ${name}: ${(bytes / 1e6).toFixed(1)} MB, ${r.n} mentions in ${r.s.toFixed(2)} s = ${(bytes / 1e6 / r.s).toFixed(2)} MB/s`;
console.log(line('news  (first pass)', newsBytes, a));
console.log(line('local (first pass)', localBytes, b));
console.log(line('news  (warm)      ', newsBytes, a2));
console.log(line('local (warm)      ', localBytes, b2));
console.log(`places total: ${((newsBytes + localBytes) / 1e6 / (a.s + b.s)).toFixed(2)} MB/s first pass, ${((newsBytes + localBytes) / 1e6 / (a2.s + b2.s)).toFixed(2)} MB/s warm`);
