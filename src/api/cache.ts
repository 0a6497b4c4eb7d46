/**
 * Answers repeated API reads from memory while the store has not changed. A dashboard asks
 * the same few questions again and again (every viewer, every filter change back); under 50
 * connections the expensive ones (full text over most documents, claimant tallies) queued the
 * fast ones behind them. The store's version (SQLite's data_version and this connection's
 * changes) is part of the key, so an ingest by another process is seen at the next request.
 *
 * A hit costs no stream and no copy: the body is kept as bytes and sent as a Uint8Array, which
 * @hono/node-server writes straight to the socket (an ArrayBuffer body or a clone() built a web
 * ReadableStream per response, most of a hit's CPU under load). Identical requests that miss
 * together wait for the first one's answer instead of each running the same query.
 */
import type { MiddlewareHandler } from 'hono';

interface Entry { body: Uint8Array<ArrayBuffer>; status: number; headers: [string, string][] }

export interface CacheOptions {
  /** Responses kept (least recently used goes first). */
  entries?: number;
  /** Larger bodies are not kept: a 1000-row CSV page is cheap to make and dear to hold. */
  maxBytes?: number;
}

const respond = (e: Entry) => new Response(e.body, { status: e.status, headers: e.headers });

export function responseCache(version: () => string, opts: CacheOptions = {}): MiddlewareHandler {
  const max = opts.entries ?? 1000;
  const maxBytes = opts.maxBytes ?? 512 * 1024;
  const entries = new Map<string, Entry>();
  /** Misses being answered, by key: a request arriving meanwhile waits for the same answer. */
  const pending = new Map<string, Promise<Entry | null>>();
  let seen = '';
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const v = version();
    if (v !== seen) { entries.clear(); seen = v; }
    const key = `${c.req.method} ${c.req.url}\n${c.req.header('Accept') ?? ''}\n${v}`;
    const hit = entries.get(key);
    if (hit) {
      entries.delete(key);
      entries.set(key, hit);
      return respond(hit);
    }
    const inFlight = pending.get(key);
    if (inFlight) {
      const shared = await inFlight;
      // Not kept (an error, or too large): this request is answered on its own.
      if (shared) return respond(shared);
      return next();
    }
    let settle!: (e: Entry | null) => void;
    pending.set(key, new Promise<Entry | null>((r) => { settle = r; }));
    try {
      await next();
      if (c.res.status !== 200) return settle(null);
      const entry = await entryOf(c.res);
      c.res = respond(entry);
      const keep = entry.body.byteLength <= maxBytes && version() === v;
      settle(keep ? entry : null);
      if (!keep) return;
      entries.set(key, entry);
      if (entries.size > max) entries.delete(entries.keys().next().value!);
    } catch (err) {
      settle(null);
      throw err;
    } finally {
      pending.delete(key);
    }
  };
}

/** The response read into an entry (and sent from it: its body is read once). */
async function entryOf(res: Response): Promise<Entry> {
  return { body: new Uint8Array(await res.arrayBuffer()), status: res.status, headers: [...res.headers.entries()] };
}
