/**
 * `sitrep watch SOURCES_FILE` and the URL half of `sitrep ingest`: rounds of fetching (see
 * src/ingest/fetch/round.ts), a one-line progress display on a terminal, every problem as a
 * line naming its URL, and a clean stop on SIGINT / SIGTERM (the article being stored is
 * finished; nothing half-fetched is remembered as done).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Store } from '../store/index.js';
import { refreshIncidents } from './ingest-command.js';
import { Fetcher, parsePolicy, PIPELINE_VERSION, readSourcesFile, watchRound, nextDueMs, DEFAULT_EVERY_MS, type RoundReport, type WatchEvent, type WatchSource } from '../ingest/index.js';

export interface WebOptions {
  allowPrivate?: boolean;
  /** Comma-separated addresses and CIDR ranges: the only non-public ones allowed. */
  allowRange?: string;
  /** Seconds per request, redirects included. */
  timeout?: number;
  /** Megabytes per response. */
  maxSize?: number;
  /** Seconds between two requests to one host. */
  delay?: number;
  maxItems?: number;
  quiet?: boolean;
}

function makeFetcher(o: WebOptions, signal?: AbortSignal): Fetcher {
  return new Fetcher({
    allowPrivate: o.allowPrivate ? true : o.allowRange ? parsePolicy(o.allowRange) : false,
    signal,
    ...(o.timeout !== undefined && { timeoutMs: o.timeout * 1000 }),
    ...(o.maxSize !== undefined && { maxBytes: Math.round(o.maxSize * 1024 * 1024) }),
    ...(o.delay !== undefined && { hostGapMs: o.delay * 1000 }),
  });
}

/** Progress on stderr: one status line redrawn on a terminal, nothing when stderr is a file or pipe. */
class Progress {
  private readonly live: boolean;
  private stored = 0;
  private requests = 0;
  constructor(private readonly command: string, quiet: boolean) {
    this.live = Boolean(process.stderr.isTTY) && !quiet;
  }
  private status(text: string): void {
    if (this.live) process.stderr.write(`\r\x1b[K${text.slice(0, (process.stderr.columns || 100) - 1)}`);
  }
  clear(): void {
    if (this.live) process.stderr.write('\r\x1b[K');
  }
  line(text: string): void {
    this.clear();
    process.stderr.write(`${text}\n`);
  }
  event = (e: WatchEvent): void => {
    if (e.kind === 'issue') this.line(`sitrep ${this.command}: ${e.message}`);
    if (e.kind === 'fetch') this.requests++;
    if (e.kind === 'stored') this.stored++;
    const what = e.kind === 'fetch' ? `fetching ${e.url}` : e.kind === 'stored' ? `stored ${e.title ?? e.url}` : '';
    this.status(`${this.command}: ${this.requests} requests, ${this.stored} new articles | ${what}`);
  };
}

export function describeRound(r: RoundReport): string {
  const parts = [`${r.added} new article${r.added === 1 ? '' : 's'}`, `${r.duplicates} already stored`, `${r.unchanged} unchanged`];
  if (r.notDue) parts.push(`${r.notDue} not due`);
  if (r.skipped) parts.push(`${r.skipped} skipped by robots.txt`);
  if (r.issues.length) parts.push(`${r.issues.length} problem${r.issues.length === 1 ? '' : 's'} (see above)`);
  return `Fetched ${r.requests} URL${r.requests === 1 ? '' : 's'} from ${r.sources} source${r.sources === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}

/** `sitrep ingest URL…`: one round over the URLs, now; a feed's item pages are ingested too. */
export async function runUrlIngest(urls: string[], store: Store, o: WebOptions): Promise<RoundReport> {
  const progress = new Progress('ingest', Boolean(o.quiet));
  const sources: WatchSource[] = urls.map((url) => ({ url, everyMs: DEFAULT_EVERY_MS }));
  const report = await watchRound(sources, {
    store, fetcher: makeFetcher(o), pipelineVersion: PIPELINE_VERSION, force: true, maxItems: o.maxItems, onEvent: progress.event,
  });
  progress.clear();
  if (report.added) await refreshIncidents(store);
  return report;
}

/**
 * Polls until stopped (or one round with `once`). Returns whether any round had problems.
 * The sources file is read once at start; an invalid one throws before anything is fetched.
 */
export async function runWatch(file: string, store: Store, o: WebOptions & { once?: boolean }): Promise<{ problems: number }> {
  const sources = readSourcesFile(file);
  const stop = new AbortController();
  const onSignal = () => {
    // A second Ctrl-C means now: the store's transactions keep it whole either way.
    if (stop.signal.aborted) process.exit(130);
    process.stderr.write('\nsitrep watch: stopping (the request under way is dropped and fetched again next time)…\n');
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const fetcher = makeFetcher(o, stop.signal);
  const progress = new Progress('watch', Boolean(o.quiet));
  let problems = 0;
  try {
    for (let round = 1; !stop.signal.aborted; round++) {
      const report = await watchRound(sources, {
        store, fetcher, pipelineVersion: PIPELINE_VERSION, force: o.once, maxItems: o.maxItems, onEvent: progress.event, signal: stop.signal,
      });
      problems += report.issues.length;
      // One record per incident as new pages arrive, and repeats marked so tallies count them once.
      if (report.added) await refreshIncidents(store);
      progress.line(`${new Date().toISOString()} round ${round}: ${describeRound(report)}`);
      if (o.once) break;
      const wait = Math.max(1000, await nextDueMs(sources, store));
      await sleep(wait, undefined, { signal: stop.signal }).catch(() => undefined);
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return { problems };
}
