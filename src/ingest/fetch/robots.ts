/**
 * robots.txt (RFC 9309), fetched once per origin and kept for the run. Read as the RFC says:
 * a 4xx answer means no rules (everything allowed); a 5xx, a network error or a timeout means
 * the site is unreachable and everything is disallowed for now (§2.3.1.4) — not cached, so a
 * later round asks again. Only the first 500 KiB are parsed (§2.5).
 */
import robotsParserModule from 'robots-parser';
import { FetchError } from './errors.js';

export const ROBOTS_MAX_BYTES = 500 * 1024;

export interface RobotsVerdict {
  allowed: boolean;
  /** Crawl-delay for our user agent, in milliseconds (non-standard, widely used). */
  crawlDelayMs: number | null;
  /** Why a URL is not allowed, for the report. */
  reason?: string;
}

type Rules = { isAllowed(url: string, ua?: string): boolean | undefined; getCrawlDelay(ua?: string): number | undefined };

// The package is CommonJS (module.exports = fn) but its types declare an ES default export.
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => Rules;

/** What the robots.txt request answered: a status and body, or a fetch error. */
export type RobotsFetch = (url: string) => Promise<{ status: number; body: Buffer }>;

/** RFC 9309 §2.4: a cached robots.txt should not be used for more than 24 hours. */
export const ROBOTS_TTL_MS = 24 * 3_600_000;

export class RobotsCache {
  private readonly rules = new Map<string, Promise<Rules | 'unreachable'>>();
  private readonly loadedAt = new Map<string, number>();

  constructor(private readonly fetchRobots: RobotsFetch, private readonly agent: string) {}

  private load(origin: string): Promise<Rules | 'unreachable'> {
    const robotsUrl = `${origin}/robots.txt`;
    return this.fetchRobots(robotsUrl).then(
      ({ status, body }) => {
        if (status >= 500 || status === 429) return 'unreachable' as const;
        const text = status >= 200 && status < 300 ? body.subarray(0, ROBOTS_MAX_BYTES).toString('utf8') : '';
        return robotsParser(robotsUrl, text);
      },
      (err: unknown) => {
        // A robots.txt on a refused address is as unreachable as a page there: say so, not "disallowed".
        if (err instanceof FetchError && err.code === 'blocked-address') throw err;
        return 'unreachable' as const;
      },
    );
  }

  async check(url: URL): Promise<RobotsVerdict> {
    const origin = url.origin;
    let rules = this.rules.get(origin);
    if (!rules || Date.now() - (this.loadedAt.get(origin) ?? 0) > ROBOTS_TTL_MS) {
      rules = this.load(origin);
      this.rules.set(origin, rules);
      this.loadedAt.set(origin, Date.now());
    }
    let r: Rules | 'unreachable';
    try {
      r = await rules;
    } catch (err) {
      this.rules.delete(origin);
      throw err;
    }
    if (r === 'unreachable') {
      this.rules.delete(origin);
      return { allowed: false, crawlDelayMs: null, reason: `${origin}/robots.txt is unreachable (server or network error), so the site is treated as disallowed for now (RFC 9309 §2.3.1.4)` };
    }
    const delay = r.getCrawlDelay(this.agent);
    const crawlDelayMs = typeof delay === 'number' && Number.isFinite(delay) && delay > 0 ? delay * 1000 : null;
    if (r.isAllowed(url.href, this.agent) === false) return { allowed: false, crawlDelayMs, reason: `disallowed by ${origin}/robots.txt` };
    return { allowed: true, crawlDelayMs };
  }
}
