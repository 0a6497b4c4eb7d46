/**
 * Where warm extraction time goes: extracts the real-news corpus once (caches, compiled rules),
 * then takes a CPU profile of further passes and prints self time by file and by function.
 *
 *     npx tsx bench/profile.ts [--passes 2] [--top 40] [--lines] [--inclusive] [--out profile.cpuprofile]
 *
 * Per-line figures need a loader that keeps line breaks (tsx minifies whitespace).
 */
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { inBatches, realCorpora } from './real-news.ts';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[]; positionTicks?: { line: number; ticks: number }[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

function post<T>(s: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => s.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));
}

const short = (url: string): string => url.replace(/^file:\/\//, '').replace(/^.*?\/(src|bench|node_modules)\//, '$1/') || '(native)';

export async function profileExtraction(passes: number, top: number, out: string | null): Promise<void> {
  const all = realCorpora().flatMap((c) => c.articles);
  inBatches(all);
  const s = new Session();
  s.connect();
  await post(s, 'Profiler.enable');
  await post(s, 'Profiler.setSamplingInterval', { interval: 200 });
  await post(s, 'Profiler.start');
  const c0 = process.cpuUsage();
  for (let p = 0; p < passes; p++) inBatches(all);
  const cpu = process.cpuUsage(c0);
  const { profile } = await post<{ profile: Profile }>(s, 'Profiler.stop');
  if (out) writeFileSync(out, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let k = 0; k < profile.samples.length; k++) self.set(profile.samples[k]!, (self.get(profile.samples[k]!) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000);
  const byFile = new Map<string, number>();
  const byFn = new Map<string, number>();
  for (const [id, ms] of self) {
    const n = byId.get(id)!;
    const file = short(n.callFrame.url);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    const fn = `${file}:${n.callFrame.lineNumber + 1} ${n.callFrame.functionName || '(anon)'}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
  }
  // Lines (when the loader keeps them): each node's own samples spread over its lines by tick.
  const byLine = new Map<string, number>();
  for (const [id, ms] of self) {
    const n = byId.get(id)!;
    const ticks = n.positionTicks ?? [];
    const sum = ticks.reduce((a, t) => a + t.ticks, 0);
    for (const t of ticks) {
      const key = `${short(n.callFrame.url)}:${t.line}`;
      byLine.set(key, (byLine.get(key) ?? 0) + (ms * t.ticks) / sum);
    }
  }
  // Inclusive time per function: its own samples and those of everything it called, once per stack.
  const inclusive = new Map<string, number>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  for (const [id, ms] of self) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at)!;
      const fn = `${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1} ${n.callFrame.functionName || '(anon)'}`;
      if (seen.has(fn)) continue;
      seen.add(fn);
      inclusive.set(fn, (inclusive.get(fn) ?? 0) + ms);
    }
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`${passes} passes, ${(total).toFixed(0)} ms sampled, CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms, load ${loadavg()[0]!.toFixed(1)}`);
  const print = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).forEach(([k, v]) => console.log(`${v.toFixed(0).padStart(7)}  ${k}`));
  console.log('-- by file'); print(byFile, 30);
  console.log('-- by function'); print(byFn, top);
  if (process.argv.includes('--inclusive')) { console.log('-- inclusive'); print(new Map([...inclusive].filter(([k]) => k.startsWith('src/'))), top); }
  if (process.argv.includes('--lines')) { console.log('-- by line'); print(byLine, top); }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string, d: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1]! : d; };
  await profileExtraction(Number(arg('--passes', '2')), Number(arg('--top', '40')), process.argv.includes('--out') ? arg('--out', '') : null);
}
