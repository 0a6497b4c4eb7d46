/**
 * Politeness per host: requests to one host are spaced by a minimum gap (raised by its
 * robots.txt Crawl-delay), and a host that answered 429 or 5xx is left alone until its
 * backoff ends. Hosts are independent: a slow one does not hold up the others' schedule.
 */
import { setTimeout as sleep } from 'node:timers/promises';

export class HostLimiter {
  /** When each host was last asked. */
  private readonly last = new Map<string, number>();
  /** Backoff: no request to the host before this time. */
  private readonly until = new Map<string, number>();
  private readonly gaps = new Map<string, number>();

  constructor(private readonly gapMs: number, private readonly now: () => number = Date.now) {}

  /** Raises one host's gap (a Crawl-delay); never lowers it below the default. */
  setGap(host: string, ms: number): void {
    this.gaps.set(host, Math.max(this.gapMs, ms));
  }

  gap(host: string): number {
    return this.gaps.get(host) ?? this.gapMs;
  }

  /** Holds back every request to `host` until `ms` from now (backoff, Retry-After). */
  pushBack(host: string, ms: number): void {
    this.until.set(host, Math.max(this.until.get(host) ?? 0, this.now() + ms));
  }

  /** Waits for the host's turn: a gap after its last request, and past any backoff. */
  async wait(host: string, signal?: AbortSignal): Promise<void> {
    const at = Math.max((this.last.get(host) ?? -Infinity) + this.gap(host), this.until.get(host) ?? 0);
    const wait = at - this.now();
    if (wait > 0) await sleep(wait, undefined, { signal });
    this.last.set(host, this.now());
  }
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); null if absent or unreadable. */
export function retryAfterMs(value: string | string[] | undefined, now = Date.now()): number | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return null;
  if (/^\s*\d+\s*$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}
