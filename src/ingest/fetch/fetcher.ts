/**
 * The safe fetcher: GET with redirects followed by hand (each hop's scheme, address and
 * robots.txt checked), conditional requests, caps on size, time and hops, a per-host rate
 * limit, and exponential backoff on 429 and 5xx that honours Retry-After.
 */
import { readFileSync } from 'node:fs';
import { requestOnce, toFetchError, type RawResponse } from './http.js';
import type { Resolver } from './lookup.js';
import type { PrivatePolicy } from './address.js';
import { FetchError } from './errors.js';
import { HostLimiter, retryAfterMs } from './limiter.js';
import { RobotsCache, ROBOTS_MAX_BYTES } from './robots.js';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
/** The product token robots.txt rules name ("User-agent: sitrep"). */
export const ROBOTS_AGENT = 'sitrep';
export const USER_AGENT = `Sitrep/${pkg.version} (news reader; robots.txt honoured)`;

export interface FetchOptions {
  /** Private, loopback, link-local and metadata addresses allowed: none, all, or these ranges. */
  allowPrivate?: PrivatePolicy;
  maxBytes?: number;
  /** One attempt, all its redirects included. */
  timeoutMs?: number;
  maxRedirects?: number;
  /** Minimum time between two requests to one host. */
  hostGapMs?: number;
  /** Retries after a 429 or 5xx; waits longer than `maxBackoffMs` are not waited for, but reported. */
  maxRetries?: number;
  backoffBaseMs?: number;
  maxBackoffMs?: number;
  /** Longest Crawl-delay honoured; a site asking more is still fetched no faster than this. */
  maxCrawlDelayMs?: number;
  robots?: boolean;
  resolver?: Resolver;
  signal?: AbortSignal;
}

export interface Conditional { etag?: string | null; lastModified?: string | null }

export interface FetchResult {
  /** The URL the body came from, after redirects. */
  url: string;
  status: number;
  notModified: boolean;
  body: Buffer;
  contentType?: string;
  etag: string | null;
  lastModified: string | null;
  fetchedAt: Date;
}

export const FETCH_DEFAULTS = {
  maxBytes: 10 * 1024 * 1024, timeoutMs: 30_000, maxRedirects: 5, hostGapMs: 1000,
  maxRetries: 3, backoffBaseMs: 1000, maxBackoffMs: 60_000, maxCrawlDelayMs: 60_000,
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const header = (v: string | string[] | undefined): string | null => (Array.isArray(v) ? v[0] ?? null : v ?? null);

export class Fetcher {
  readonly o: Required<Omit<FetchOptions, 'resolver' | 'signal'>> & Pick<FetchOptions, 'resolver' | 'signal'>;
  readonly limiter: HostLimiter;
  private readonly robots: RobotsCache;

  constructor(opts: FetchOptions = {}) {
    this.o = { ...FETCH_DEFAULTS, allowPrivate: false, robots: true, ...opts };
    this.limiter = new HostLimiter(this.o.hostGapMs);
    this.robots = new RobotsCache(async (url) => {
      const r = await this.chain(url, {}, false, ROBOTS_MAX_BYTES * 2);
      return { status: r.raw.status, body: r.raw.body };
    }, ROBOTS_AGENT);
  }

  /** Fetches `url`; throws FetchError (naming the URL) for anything but 2xx and 304. */
  async fetch(url: string, cond: Conditional = {}): Promise<FetchResult> {
    for (let attempt = 0; ; attempt++) {
      const { raw, final } = await this.chain(url, cond, this.o.robots, this.o.maxBytes);
      const { status } = raw;
      if ((status >= 200 && status < 300) || status === 304) return this.result(final, raw);
      const retryable = status === 429 || status >= 500;
      if (!retryable) throw new FetchError(url, 'http-status', `HTTP ${status}`, status);
      const asked = retryAfterMs(raw.headers['retry-after']);
      const wait = asked ?? this.o.backoffBaseMs * 2 ** attempt;
      const host = new URL(final).host;
      this.limiter.pushBack(host, Math.min(wait, this.o.maxBackoffMs));
      if (attempt >= this.o.maxRetries || wait > this.o.maxBackoffMs) {
        const why = `HTTP ${status}${asked !== null ? `, Retry-After ${Math.round(asked / 1000)} s` : ''} after ${attempt + 1} attempt${attempt ? 's' : ''}`;
        throw new FetchError(url, 'http-status', why, status, wait);
      }
    }
  }

  private result(final: string, raw: RawResponse): FetchResult {
    return {
      url: final,
      status: raw.status,
      notModified: raw.status === 304,
      body: raw.body,
      contentType: header(raw.headers['content-type']) ?? undefined,
      etag: header(raw.headers.etag),
      lastModified: header(raw.headers['last-modified']),
      fetchedAt: new Date(),
    };
  }

  /** One attempt: the request and its redirects, under one deadline. */
  private async chain(url: string, cond: Conditional, robots: boolean, maxBytes: number): Promise<{ raw: RawResponse; final: string }> {
    // The clock starts at the first request: waiting for the host's turn is not the server's time.
    let deadline = 0;
    const seen = new Set<string>();
    let current = url;
    for (let hop = 0; ; hop++) {
      const target = this.checkedUrl(url, current, hop);
      if (seen.has(target.href)) throw new FetchError(url, 'redirect-loop', `redirect loop at ${target.href}`);
      seen.add(target.href);
      if (robots) await this.checkRobots(url, target);
      await this.limiter.wait(target.host, this.o.signal).catch(() => { throw new FetchError(url, 'aborted', 'stopped'); });
      deadline ||= Date.now() + this.o.timeoutMs;
      const timeout = AbortSignal.timeout(Math.max(1, deadline - Date.now()));
      const signal = this.o.signal ? AbortSignal.any([this.o.signal, timeout]) : timeout;
      const raw = await requestOnce(target, { allowPrivate: this.o.allowPrivate, maxBytes, headers: this.headers(cond), signal, resolver: this.o.resolver })
        .catch((err: unknown) => { throw this.named(url, target, err, timeout); });
      const location = header(raw.headers.location);
      if (!REDIRECTS.has(raw.status) || !location) return { raw, final: target.href };
      current = new URL(location, target).href;
    }
  }

  private checkedUrl(original: string, current: string, hop: number): URL {
    let u: URL;
    try {
      u = new URL(current);
    } catch {
      throw new FetchError(original, 'bad-url', `not a URL: ${current}`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new FetchError(original, 'bad-scheme', `only http and https are fetched, not ${u.protocol}${hop ? ` (redirected to ${u.href})` : ''}`);
    if (u.username || u.password) throw new FetchError(original, 'bad-url', 'URLs with credentials are not fetched');
    if (hop > this.o.maxRedirects) throw new FetchError(original, 'too-many-redirects', `more than ${this.o.maxRedirects} redirects`);
    return u;
  }

  private async checkRobots(original: string, target: URL): Promise<void> {
    let verdict;
    try {
      verdict = await this.robots.check(target);
    } catch (err) {
      throw this.named(original, target, err);
    }
    if (verdict.crawlDelayMs) this.limiter.setGap(target.host, Math.min(verdict.crawlDelayMs, this.o.maxCrawlDelayMs));
    if (!verdict.allowed) throw new FetchError(original, 'robots', `skipped: ${target.href} ${verdict.reason}`);
  }

  /** An error as FetchError naming the URL asked for (and the hop, when a redirect led there). */
  private named(original: string, target: URL, err: unknown, timeout?: AbortSignal): FetchError {
    if (timeout?.aborted && !this.o.signal?.aborted) return new FetchError(original, 'timeout', `took longer than ${this.o.timeoutMs / 1000} s`);
    const e = toFetchError(target.href, err);
    const reason = target.href === original ? e.reason : `${e.reason} (redirected to ${target.href})`;
    return new FetchError(original, e.code, reason, e.status, e.retryAfterMs);
  }

  private headers(cond: Conditional): Record<string, string> {
    const h: Record<string, string> = { 'user-agent': USER_AGENT, accept: '*/*', 'accept-encoding': 'gzip, deflate, br' };
    if (cond.etag) h['if-none-match'] = cond.etag;
    if (cond.lastModified) h['if-modified-since'] = cond.lastModified;
    return h;
  }
}
