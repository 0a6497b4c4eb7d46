/**
 * Ingest in batches: each article is decided in input order (a stored text or a copy of one is
 * linked, a new text is to be extracted), the new ones of up to BATCH_ARTICLES articles are then
 * extracted together (src/pipeline.ts extractArticles: a third less CPU than one by one), and
 * everything is stored in input order. The store ends up with the same rows as when each article
 * is stored at once: an article whose original could be one the batch holds (the same hash, or a
 * shared MinHash band) waits until the batch is stored, so it is decided against exactly the
 * documents stored before it; and the writes happen in the order the articles came.
 */
import type { Article, Extraction } from '../types.js';
import type { Store } from '../store/index.js';
import { decideStore, storeDecided, type IngestOutcome, type StoreDecision } from './store-article.js';

/** New articles extracted together at most: the batch's texts and extractions are held in memory till it is stored. */
export const BATCH_ARTICLES = 64;
/** Steps held at most (links and notes are small, but a long run of copies must not grow without end). */
const MAX_STEPS = 1024;

/** Extraction of a batch: one answer per article, in order; an article that fails gets its Error. */
export type ExtractBatch = (articles: readonly Article[]) => Array<Extraction | Error>;

/** What became of an article once stored, or why it failed (decision, extraction or store). */
export type Stored = { outcome: IngestOutcome } | { error: Error };

type Step = (extracted: ReadonlyArray<Extraction | Error>) => Promise<void>;

/** Turns a one-article extraction into a batch one (tests and callers that replace extraction). */
export function oneByOne(extract: (a: Article) => Extraction): ExtractBatch {
  return (articles) => articles.map((a) => {
    try {
      return extract(a);
    } catch (err) {
      return err instanceof Error ? err : new Error(String(err));
    }
  });
}

export class IngestBatch {
  private toExtract: Article[] = [];
  private steps: Step[] = [];
  /** Hashes and bands of the articles waiting to be extracted: a later article sharing one waits for them. */
  private keys = new Set<string>();

  constructor(private readonly store: Store, private readonly extract: ExtractBatch, private readonly reextract: boolean, private readonly size = BATCH_ARTICLES) {}

  /** Decides an article now; `done` is called, in input order, once it is stored or has failed. */
  async add(article: Article, file: string, done: (r: Stored) => void): Promise<void> {
    let d: StoreDecision;
    try {
      d = await decideStore(article, file, this.store, this.reextract, (keys) => this.waitFor(keys));
    } catch (err) {
      this.then(() => done({ error: asError(err) }));
      return this.flushIfFull();
    }
    const k = d.kind === 'extract' ? this.toExtract.push(article) - 1 : -1;
    if (d.kind === 'extract') for (const key of [d.hash, ...d.bands]) this.keys.add(key);
    this.steps.push(async (extracted) => {
      const x = k >= 0 ? extracted[k]! : null;
      if (x instanceof Error) return done({ error: x });
      try {
        done({ outcome: await storeDecided(d, x, this.store, this.reextract) });
      } catch (err) {
        done({ error: asError(err) });
      }
    });
    return this.flushIfFull();
  }

  /** Runs `f` in input order, after the articles added before it are stored (issues, progress). */
  then(f: () => void): void {
    this.steps.push(async () => f());
  }

  /** Extracts the articles held, then stores them and runs the steps, in input order. */
  async flush(): Promise<void> {
    const articles = this.toExtract;
    const steps = this.steps;
    this.toExtract = [];
    this.steps = [];
    this.keys.clear();
    let extracted: ReadonlyArray<Extraction | Error>;
    try {
      extracted = articles.length ? this.extract(articles) : [];
    } catch (err) {
      // extractArticles answers each article apart; a replaced extraction that throws fails its batch's articles, not the ingest.
      extracted = articles.map(() => asError(err));
    }
    for (const step of steps) await step(extracted);
  }

  private async waitFor(keys: readonly string[]): Promise<void> {
    if (keys.some((key) => this.keys.has(key))) await this.flush();
  }

  private async flushIfFull(): Promise<void> {
    if (this.toExtract.length >= this.size || this.steps.length >= MAX_STEPS) await this.flush();
  }
}

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}
