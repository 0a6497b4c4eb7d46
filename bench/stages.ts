/**
 * Warm CPU time of each stage of extraction over the real-news corpus (bench/real-news.ts):
 * the stages run as src/pipeline.ts runs them (in batches, as `sitrep extract` does), each timed by process.cpuUsage.
 *
 *     npx tsx bench/stages.ts [--passes 3] [--corpus claims-domain]
 *
 * `--corpus NAME` times one corpus of real-news.ts alone (the conflict news is where claims costs most).
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { stageTimes } from '../src/pipeline.ts';
import { inBatches, realCorpora } from './real-news.ts';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--passes');
  const passes = i > 0 ? Number(process.argv[i + 1]) : 3;
  const c = process.argv.indexOf('--corpus');
  const corpora = realCorpora().filter((k) => c < 0 || k.name === process.argv[c + 1]);
  if (!corpora.length) throw new Error(`no corpus named ${process.argv[c + 1]}`);
  const all = corpora.flatMap((c) => c.articles);
  const mb = corpora.reduce((n, c) => n + c.bytes, 0) / 1e6;
  inBatches(all);
  let best: Record<string, number> | null = null;
  let bestTotal = Infinity;
  for (let p = 0; p < passes; p++) {
    const times = stageTimes(() => inBatches(all));
    const total = Object.values(times).reduce((x, y) => x + y, 0);
    if (total < bestTotal) [best, bestTotal] = [times, total];
  }
  console.log(`best of ${passes} warm passes over ${mb.toFixed(2)} MB: ${bestTotal.toFixed(0)} ms CPU, ${(mb / (bestTotal / 1000)).toFixed(2)} MB/s per core (load average ${loadavg()[0]!.toFixed(1)})`);
  for (const [k, v] of Object.entries(best!).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(12)} ${v.toFixed(0).padStart(6)} ms  ${((100 * v) / bestTotal).toFixed(0).padStart(3)}%`);
}
