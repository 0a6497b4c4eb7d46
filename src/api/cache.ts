/**
 * Answers repeated API reads from memory while the store has not changed. A dashboard asks
 * the same few questions again and again (every viewer, every filter change back); under 50
 * connections the expensive ones (full text over most documents, claimant tallies) queued the
 * fast ones behind them. The store's version (SQLite's data_version and this connection's
 * changes) is part of the key, so an ingest by another process is seen at the next request.
 */
import type { MiddlewareHandler } from 'hono';

interface Entry { body: ArrayBuffer; status: number; headers: [string, string][] }

export interface CacheOptions {
  /** Responses kept (least recently used goes first). */
  entries?: number;
  /** Larger bodies are not kept: a 1000-row CSV page is cheap to make and dear to hold. */
  maxBytes?: number;
}

export function responseCache(version: () => string, opts: CacheOptions = {}): MiddlewareHandler {
  const max = opts.entries ?? 1000;
  const maxBytes = opts.maxBytes ?? 512 * 1024;
  const entries = new Map<string, Entry>();
  let seen = '';
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const v = version();
    if (v !== seen) { entries.clear(); seen = v; }
    const key = `${c.req.url}\n${c.req.header('Accept') ?? ''}`;
    const hit = entries.get(key);
    if (hit) {
      entries.delete(key);
      entries.set(key, hit);
      return new Response(hit.body.slice(0), { status: hit.status, headers: hit.headers });
    }
    await next();
    const res = c.res;
    if (res.status !== 200) return;
    const body = await res.clone().arrayBuffer();
    if (body.byteLength > maxBytes) return;
    entries.set(key, { body, status: res.status, headers: [...res.headers.entries()] });
    if (entries.size > max) entries.delete(entries.keys().next().value!);
  };
}
