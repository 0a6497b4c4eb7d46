/**
 * Garbage per warm pass of extraction over the real-news corpus (bench/real-news.ts): bytes
 * allocated, bytes that survived young-generation collections and were promoted, the number of
 * collections and their pauses. Unlike MB/s these do not move with the machine's load, so a
 * change's effect on garbage can be read on a busy machine.
 *
 *     npx tsx bench/gc.ts [--passes 2]
 *
 * It runs itself again under `node --trace-gc-nvp` and sums the collector's own figures between
 * the markers the child prints around each pass.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src/pipeline.ts';
import { realCorpora } from './real-news.ts';

const MARK = '##gc-pass';

function child(passes: number): void {
  const all = realCorpora().flatMap((c) => c.articles);
  for (const a of all) extractArticle(a);
  for (let p = 0; p < passes; p++) {
    console.log(`${MARK} start`);
    const c0 = process.cpuUsage();
    for (const a of all) extractArticle(a);
    const c = process.cpuUsage(c0);
    console.log(`${MARK} end ${((c.user + c.system) / 1000).toFixed(0)}`);
  }
}

interface Pass { gcs: number; full: number; pause: number; allocated: number; survived: number; promoted: number; cpu: string }

/** The collector's key=value fields of one --trace-gc-nvp line. */
function fields(line: string): Map<string, string> {
  return new Map([...line.matchAll(/(\S+?)=(\S+)/g)].map((m) => [m[1]!, m[2]!]));
}

function summarise(out: string): Pass[] {
  const passes: Pass[] = [];
  let cur: Pass | null = null;
  for (const line of out.split('\n')) {
    if (line.startsWith(`${MARK} start`)) cur = { gcs: 0, full: 0, pause: 0, allocated: 0, survived: 0, promoted: 0, cpu: '' };
    else if (line.startsWith(`${MARK} end`) && cur) { cur.cpu = line.split(' ').pop()!; passes.push(cur); cur = null; }
    else if (cur && line.includes('pause=')) {
      const f = fields(line);
      cur.gcs++;
      if (f.get('gc') !== 's') cur.full++;
      cur.pause += Number(f.get('pause') ?? 0);
      cur.allocated += Number(f.get('allocated') ?? 0);
      cur.survived += Number(f.get('new_space_survived') ?? 0);
      cur.promoted += Number(f.get('promoted') ?? 0);
    }
  }
  return passes;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--passes');
  const passes = i > 0 ? Number(process.argv[i + 1]) : 2;
  if (process.argv.includes('--child')) child(passes);
  else {
    const run = spawnSync(process.execPath, ['--trace-gc-nvp', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', '--passes', String(passes)], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (run.status !== 0) throw new Error(`bench/gc.ts: the measured run failed: ${run.stderr}`);
    const mb = (b: number) => (b / 1e6).toFixed(0).padStart(4);
    for (const [k, p] of summarise(run.stdout).entries()) {
      console.log(`warm pass ${k + 1}: allocated ${mb(p.allocated)} MB, survived young collections ${mb(p.survived)} MB (promoted ${mb(p.promoted)} MB), ${p.gcs} collections (${p.full} full), pauses ${p.pause.toFixed(0)} ms, CPU ${p.cpu} ms`);
    }
  }
}
