/**
 * `npm run bench`: end-to-end throughput of the whole spine (read JSONL → hash → extract in
 * batches → SQLite, one transaction per article) on a generated corpus of ≥ 50 MB, with extraction time
 * measured inside the same run, per-stage timing on a sample, and peak memory; then extraction
 * on real news text (bench/real-news.ts), places alone, the dashboard's first load, and the
 * incident refresh on a ~30,000-article store (bench/incidents.ts; `--articles N` for another size).
 *
 *     npm run bench              # 50 MB
 *     npm run bench -- --mb 5    # a quicker look
 *
 * Single-threaded: MB/s here is MB/s per core.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractArticle, extractArticles } from '../src/pipeline.ts';
import { cleanArticle } from '../src/clean/index.ts';
import { splitSentences } from '../src/language/sentences.ts';
import { findPlaces, lookupPlace } from '../src/places/index.ts';
import { extractClaims } from '../src/claims/index.ts';
import { extractEvents } from '../src/events/index.ts';
import { ingestFiles } from '../src/ingest/index.ts';
import { openSqliteStore, type Store } from '../src/store/index.ts';
import type { Article, PlaceMention } from '../src/types.ts';
import { articles, writeCorpus } from './corpus.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const MB = arg('mb', 50);
/** Stage timing runs on its own sample: it repeats the pipeline's steps by hand. */
const STAGE_SAMPLE_MB = Math.min(arg('stage-mb', 2), MB);

const now = () => performance.now();
const mbOf = (bytes: number) => bytes / 1e6;
let peakRss = 0;
const sampleRss = () => { peakRss = Math.max(peakRss, process.memoryUsage().rss); };

/** The pipeline's stages called one by one (as src/pipeline.ts does), each timed. */
function stageTimes(sampleBytes: number) {
  const t = { clean: 0, sentences: 0, places: 0, claims: 0, events: 0 };
  let bytes = 0;
  for (const a of articles(99)) {
    if (bytes >= sampleBytes) break;
    bytes += Buffer.byteLength(a.text);
    const article: Article = { ...a, published: null };
    let t0 = now();
    const cleaned = cleanArticle(article);
    t.clean += now() - t0;
    const published = cleaned.dateline?.date ?? a.published;
    const dated: Article = { ...article, published, title: cleaned.title };
    t0 = now();
    const sentences = cleaned.body.flatMap((l) => splitSentences(a.text, l.start, l.end));
    t.sentences += now() - t0;
    t0 = now();
    const places: PlaceMention[] = findPlaces(a.text, { published });
    const inBody = places.filter((p) => cleaned.body.some((b) => p.start >= b.start && p.end <= b.end));
    const dlPlace = cleaned.dateline?.place ? lookupPlace(cleaned.dateline.place) : null;
    t.places += now() - t0;
    t0 = now();
    const claims = extractClaims({
      article: dated, sentences, places: inBody,
      dateline: cleaned.dateline ? { date: cleaned.dateline.date, place: cleaned.dateline.place ? { text: cleaned.dateline.place, place: dlPlace } : null } : null,
    });
    t.claims += now() - t0;
    t0 = now();
    extractEvents({ article: dated, sentences, places: inBody, claims, datelinePlace: cleaned.dateline?.place ?? null });
    t.events += now() - t0;
  }
  return { t, bytes };
}

/** Time spent in the store's write path (hasDocument + addExtraction), wall and CPU. */
const storeTime = { wall: 0, cpu: 0, articles: 0 };

/** `store` with its ingest calls timed: the store's share of "read+hash+store". */
function timed(store: Store): Store {
  const time = async <T>(f: () => Promise<T>): Promise<T> => {
    const t0 = now();
    const c0 = process.cpuUsage();
    try {
      return await f();
    } finally {
      const c = process.cpuUsage(c0);
      storeTime.wall += now() - t0;
      storeTime.cpu += (c.user + c.system) / 1000;
    }
  };
  return Object.assign(Object.create(store) as Store, {
    hasDocument: (hash: string) => time(() => store.hasDocument(hash)),
    addExtraction: (...a: Parameters<Store['addExtraction']>) => { storeTime.articles++; return time(() => store.addExtraction(...a)); },
  });
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  try {
    const corpus = join(dir, 'corpus.jsonl');
    let t0 = now();
    const { articles: n, textBytes } = await writeCorpus(corpus, MB * 1e6);
    console.log(`corpus: ${n} articles, ${mbOf(textBytes).toFixed(1)} MB of text, generated in ${((now() - t0) / 1000).toFixed(1)} s`);

    // Load the gazetteer and compile patterns outside every timing.
    extractArticle({ id: 'warm', title: null, published: null, text: 'Officials in Kyiv said 12 drones were shot down.' });
    sampleRss();

    const stages = stageTimes(STAGE_SAMPLE_MB * 1e6);
    const stageTotal = Object.values(stages.t).reduce((a, b) => a + b, 0);
    console.log(`stages on ${mbOf(stages.bytes).toFixed(1)} MB (${(mbOf(stages.bytes) / (stageTotal / 1000)).toFixed(2)} MB/s):`);
    for (const [k, ms] of Object.entries(stages.t)) {
      console.log(`  ${k.padEnd(10)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${((100 * ms) / stageTotal).toFixed(1).padStart(5)} %  ${(mbOf(stages.bytes) / (ms / 1000)).toFixed(2).padStart(8)} MB/s`);
    }

    const store = await openSqliteStore(join(dir, 'bench.db'));
    let extractMs = 0;
    let done = 0;
    let lastReport = now();
    t0 = now();
    const report = await ingestFiles([corpus], timed(store), {
      // Ingest extracts its new articles in batches (src/ingest/batch.ts), as the product does: this times those batches.
      extractBatch: (batch) => {
        const s = now();
        const xs = extractArticles(batch);
        extractMs += now() - s;
        return xs;
      },
      onProgress: (bytes) => {
        done += bytes;
        sampleRss();
        if (now() - lastReport > 30_000) {
          lastReport = now();
          process.stderr.write(`  … ${mbOf(done).toFixed(1)} MB, ${(mbOf(done) / ((now() - t0) / 1000)).toFixed(2)} MB/s\n`);
        }
      },
    });
    const wallMs = now() - t0;
    const summary = await store.summary();
    await store.close();
    sampleRss();
    peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);

    const claims = Object.values(summary.claimsByKind).reduce((a, b) => a + b, 0);
    const events = Object.values(summary.eventsByType).reduce((a, b) => a + b, 0);
    console.log(`end-to-end: ${report.added} articles stored (${report.duplicates} duplicates, ${report.issues.length} issues), ${claims} claims, ${events} events`);
    console.log(`  wall ${(wallMs / 1000).toFixed(1)} s: extraction ${(extractMs / 1000).toFixed(1)} s, read+hash+store ${((wallMs - extractMs) / 1000).toFixed(1)} s`);
    const per = (ms: number) => (ms / Math.max(1, storeTime.articles)).toFixed(2);
    console.log(`  store (hasDocument + addExtraction): ${per(storeTime.wall)} ms wall, ${per(storeTime.cpu)} ms CPU per article (${storeTime.articles} articles)`);
    console.log(`  end-to-end      ${(mbOf(textBytes) / (wallMs / 1000)).toFixed(3)} MB/s per core`);
    console.log(`  extraction only ${(mbOf(textBytes) / (extractMs / 1000)).toFixed(3)} MB/s per core (in batches, as ingest extracts)`);
    console.log(`  peak RSS        ${(peakRss / 1048576).toFixed(0)} MB`);
    console.log(`  (one thread; this machine has ${availableParallelism()} cores)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
// Extraction on real news text: the examples and the dev sets' articles (bench/real-news.ts).
const { benchRealNews } = await import('./real-news.ts');
benchRealNews();
// Recognition + resolution alone, cold and steady (bench/places.ts).
const { benchPlaces } = await import('./places.ts');
await benchPlaces();
// The dashboard's first load over a ≥ 10k-event store (bench/web.ts); it skips itself without chromium.
const { benchWeb } = await import('./web.ts');
await benchWeb();
// Incident refresh on a ~30,000-article store: rebuild, then 1 and 100 new articles (bench/incidents.ts).
const { benchIncidents } = await import('./incidents.ts');
await benchIncidents();
