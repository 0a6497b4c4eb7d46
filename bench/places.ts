/**
 * Throughput of recognition + resolution (findPlaces) on two generated corpora: the bench news
 * corpus (bench/corpus.ts) and a place-dense one of local-news lines. Text is prepared before
 * timing, so only findPlaces is measured.
 *
 *     npx tsx bench/places.ts [--mb 4] [--profile out.cpuprofile]     (also part of `npm run bench`)
 *
 * Each corpus is timed twice on different text: a cold pass right after the index loads (it
 * fills the caches of words, trie nodes and gazetteer rows) and a steady pass over the next
 * megabytes, as in a long run. Times are CPU seconds of this process (MB/s per core), so other
 * jobs on the machine skew them less. --profile records a V8 CPU profile of the timed part
 * (summarise self time per function from its nodes/samples/timeDeltas).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Session } from 'node:inspector/promises';
import { findPlaces } from '../src/places/index.ts';
import { articles } from './corpus.ts';

const towns = ['Moscow', 'Kursk', 'Paris', 'Springfield', 'Gainesville', 'Texas', 'Ohio', 'Kyiv', 'Gaza', 'Bangor, Maine', 'New Delhi', 'Georgia'];
const fillers = ['officials said on Monday that', 'the ministry reported', 'according to local police,', 'residents were evacuated after', 'a spokesman told reporters that'];
let seed = 7;
const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
function dense(): string {
  const parts: string[] = [];
  for (let s = 0; s < 12; s++) parts.push(`In ${towns[rnd(towns.length)]}, ${fillers[rnd(fillers.length)]} Ukrainian drones hit the ${towns[rnd(3)]} region near ${towns[rnd(towns.length)]}.`);
  return parts.join(' ');
}

/** Consecutive chunks of about `mb` MB each from a stream of documents. */
function chunks(docs: Iterable<string>, mb: number, count: number): { docs: string[]; bytes: number }[] {
  const out: { docs: string[]; bytes: number }[] = [];
  let cur = { docs: [] as string[], bytes: 0 };
  for (const d of docs) {
    cur.docs.push(d);
    cur.bytes += Buffer.byteLength(d);
    if (cur.bytes >= mb * 1e6) {
      out.push(cur);
      if (out.length === count) break;
      cur = { docs: [], bytes: 0 };
    }
  }
  return out;
}

function* newsTexts(): Generator<string> { for (const a of articles(7)) yield a.text; }
function* localTexts(): Generator<string> { for (;;) yield dense(); }

// CPU time, not wall time: on a shared machine the wall clock counts other people's jobs.
function time(docs: string[]): { s: number; n: number } {
  const c0 = process.cpuUsage();
  let n = 0;
  for (const d of docs) n += findPlaces(d).length;
  const c = process.cpuUsage(c0);
  return { s: (c.user + c.system) / 1e6, n };
}

/** Prints cold and steady MB/s per core of findPlaces; returns the steady figure over both corpora. */
export async function benchPlaces(mb = 2, profile?: string): Promise<number> {
  const [newsCold, newsFill, newsSteady] = chunks(newsTexts(), mb, 3);
  const [localCold, localSteady] = chunks(localTexts(), mb, 2);
  if (!newsCold || !newsFill || !newsSteady || !localCold || !localSteady) throw new Error('bench corpus too small');
  findPlaces('Warming up in Kyiv.'); // loads the index outside the timing
  const session = profile ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const a = time(newsCold.docs);
  const b = time(localCold.docs);
  time(newsFill.docs); // more text through the caches, untimed
  const a2 = time(newsSteady.docs);
  const b2 = time(localSteady.docs);
  if (session && profile) {
    const { profile: p } = await session.post('Profiler.stop');
    writeFileSync(profile, JSON.stringify(p));
    session.disconnect();
  }
  const line = (name: string, bytes: number, r: { s: number; n: number }) =>
    `  ${name}: ${(bytes / 1e6).toFixed(1)} MB, ${r.n} mentions in ${r.s.toFixed(2)} s = ${(bytes / 1e6 / r.s).toFixed(2)} MB/s`;
  console.log('places (recognition + resolution, findPlaces), MB/s per core:');
  console.log(line('news  cold  ', newsCold.bytes, a));
  console.log(line('local cold  ', localCold.bytes, b));
  console.log(line('news  steady', newsSteady.bytes, a2));
  console.log(line('local steady', localSteady.bytes, b2));
  const steady = (newsSteady.bytes + localSteady.bytes) / 1e6 / (a2.s + b2.s);
  console.log(`  places total: ${((newsCold.bytes + localCold.bytes) / 1e6 / (a.s + b.s)).toFixed(2)} MB/s cold, ${steady.toFixed(2)} MB/s steady (goal ≥ 5)`);
  return steady;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  await benchPlaces(Number(arg('mb') ?? 2), arg('profile'));
}
