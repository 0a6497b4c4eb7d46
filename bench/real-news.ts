/**
 * Extraction throughput on real news text, not the generated corpus: the example corpus
 * (`examples/`) and, when they are beside the checkout, the development sets' articles
 * (`../shared/eval/dev/*.jsonl`), read at run time and never copied into the project.
 * Any other JSON Lines file of `{text, title?, published?}` can be named with `--real FILE`.
 *
 *     npx tsx bench/real-news.ts [--real FILE ...] [--passes 3]
 *
 * Reports MB/s per core as bytes over CPU seconds of this one thread, for the first (cold) pass
 * and the best of the later (warm) passes, with the load average beside them: the machine is
 * shared, so wall time alone would mislead. Articles are extracted in batches as `sitrep extract`
 * extracts them (src/cli/jsonl.ts JSONL_BATCH, src/pipeline.ts extractArticles); the warm figure
 * article by article (extractArticle, as one document ingested alone) is printed beside it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle, extractArticles } from '../src/pipeline.ts';
import { JSONL_BATCH } from '../src/cli/jsonl.ts';
import type { Article } from '../src/types.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
/** The dev sets whose records are news articles or snippets (the geo sets are news too). */
const DEV_SETS = ['claims-domain', 'claims-voa', 'geo-lgl', 'geo-geovirus', 'events-plover', 'incidents-gvc-dev'];

interface Corpus { name: string; articles: Article[]; bytes: number }

function readJsonl(path: string, name: string): Corpus {
  const articles: Article[] = [];
  for (const [i, line] of readFileSync(path, 'utf8').split('\n').entries()) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id?: string; text?: string; title?: string | null; published?: string | null };
    if (typeof r.text !== 'string') continue;
    articles.push({ id: r.id ?? `${name}-${i}`, text: r.text, title: r.title ?? null, published: r.published ?? null });
  }
  return { name, articles, bytes: articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) };
}

function exampleCorpus(): Corpus {
  const dir = join(HERE, '..', 'examples');
  const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({
    id: f, title: null, published: null, text: readFileSync(join(dir, f), 'utf8'),
  }));
  return { name: 'examples', articles, bytes: articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) };
}

export function realCorpora(extra: readonly string[] = []): Corpus[] {
  const dev = join(HERE, '..', '..', 'shared', 'eval', 'dev');
  const found = DEV_SETS.map((s) => join(dev, `${s}.jsonl`)).filter((p) => existsSync(p));
  return [exampleCorpus(), ...found.map((p) => readJsonl(p, p.split('/').pop()!.replace('.jsonl', ''))), ...extra.map((p) => readJsonl(p, p))];
}

/** CPU milliseconds of this process to run `f`. */
function cpuMs(f: () => void): number {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/** Extracts `articles` in batches of JSONL_BATCH, as `sitrep extract --jsonl` does. */
export function inBatches(articles: readonly Article[]): void {
  for (let i = 0; i < articles.length; i += JSONL_BATCH) extractArticles(articles.slice(i, i + JSONL_BATCH));
}

export function benchRealNews(extra: readonly string[] = [], passes = 3): void {
  const corpora = realCorpora(extra);
  const all = corpora.flatMap((c) => c.articles);
  const bytes = corpora.reduce((n, c) => n + c.bytes, 0);
  if (!all.length) return void console.log('real news: no corpus found');
  // The gazetteer and the compiled rules load outside every timing.
  extractArticle({ id: 'warm', title: null, published: null, text: 'Officials in Kyiv said 12 drones were shot down.' });
  const runOnce = () => inBatches(all);
  const cold = cpuMs(runOnce);
  let warm = Infinity;
  let single = Infinity;
  // Alternated, so both figures see the same minutes of a shared machine.
  for (let p = 1; p < passes; p++) {
    warm = Math.min(warm, cpuMs(runOnce));
    single = Math.min(single, cpuMs(() => { for (const a of all) extractArticle(a); }));
  }
  const rate = (b: number, ms: number) => (b / 1e6 / (ms / 1000)).toFixed(2);
  console.log(`real news: ${all.length} articles, ${(bytes / 1e6).toFixed(2)} MB (${corpora.map((c) => c.name).join(', ')})`);
  console.log(`  extraction cold ${rate(bytes, cold)} MB/s per core, warm ${rate(bytes, warm)} MB/s per core in batches of ${JSONL_BATCH}, ${rate(bytes, single)} article by article (load average ${loadavg()[0]!.toFixed(1)})`);
  for (const c of corpora) {
    const ms = cpuMs(() => inBatches(c.articles));
    console.log(`  ${c.name.padEnd(18)} ${(c.bytes / 1e6).toFixed(2).padStart(6)} MB  ${rate(c.bytes, ms).padStart(6)} MB/s`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const extra = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--real' ? [a] : []));
  const i = process.argv.indexOf('--passes');
  benchRealNews(extra, i > 0 ? Number(process.argv[i + 1]) : 3);
}
