/**
 * One HTTP(S) request, no redirects followed: the address is vetted before connecting (literal
 * hosts here, names in lookup.ts) and again once connected, and the body is read as a stream
 * up to a cap whatever Content-Length says (a server may lie, or send none, or compress).
 */
import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { assertPublic, isIpLiteral, type PrivatePolicy } from './address.js';
import { guardedLookup, type Resolver } from './lookup.js';
import { FetchError } from './errors.js';

export interface RequestOptions {
  allowPrivate: PrivatePolicy;
  maxBytes: number;
  headers: Record<string, string>;
  signal: AbortSignal;
  resolver?: Resolver;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Empty for redirects and 304, which are not read. */
  body: Buffer;
}

/** Checks the address a socket is connected to; a blocked one ends the request before it is sent on. */
export function guardSocket(socket: Socket, allowPrivate: PrivatePolicy, host: string, fail: (e: Error) => void): void {
  const check = () => {
    try {
      if (socket.remoteAddress) assertPublic(socket.remoteAddress, allowPrivate, host);
    } catch (err) {
      fail(err as Error);
    }
  };
  if (socket.remoteAddress) check();
  else socket.once('connect', check);
}

function decoded(res: http.IncomingMessage): Readable {
  const enc = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (enc === 'gzip' || enc === 'x-gzip') return res.pipe(createGunzip());
  if (enc === 'deflate') return res.pipe(createInflate());
  if (enc === 'br') return res.pipe(createBrotliDecompress());
  return res;
}

/** The body, decompressed, refused past `max` bytes (counted after decompression: a small gzip can unpack to gigabytes). */
async function readBody(url: string, res: http.IncomingMessage, max: number): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  const tooLarge = () => new FetchError(url, 'too-large', `response larger than the ${max.toLocaleString('en')}-byte cap`);
  if (Number.isFinite(declared) && declared > max) { res.destroy(); throw tooLarge(); }
  const stream = decoded(res);
  const parts: Buffer[] = [];
  let n = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      n += chunk.length;
      if (n > max) throw tooLarge();
      parts.push(chunk);
    }
  } finally {
    if (n > max) { stream.destroy(); res.destroy(); }
  }
  return Buffer.concat(parts);
}

/** GET `url` once. Throws FetchError for refused addresses, caps, timeouts and network errors. */
export function requestOnce(url: URL, o: RequestOptions): Promise<RawResponse> {
  const href = url.href;
  return new Promise<RawResponse>((resolve, reject) => {
    if (isIpLiteral(url.hostname)) assertPublic(url.hostname.replace(/^\[|\]$/g, ''), o.allowPrivate);
    if (o.signal.aborted) return reject(new FetchError(href, 'aborted', 'stopped'));
    const mod = url.protocol === 'https:' ? https : http;
    // agent: false — a fresh socket per request, so every connection passes the address checks.
    const req = mod.request(url, { method: 'GET', headers: o.headers, agent: false, lookup: guardedLookup(o.allowPrivate, o.resolver) });
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      o.signal.removeEventListener('abort', onAbort);
      req.destroy();
      reject(err);
    };
    const onAbort = () => fail(new FetchError(href, 'aborted', 'stopped'));
    req.on('error', (err) => fail(err));
    o.signal.addEventListener('abort', onAbort, { once: true });
    req.on('socket', (s: Socket) => guardSocket(s, o.allowPrivate, url.hostname, fail));
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const skipBody = (status >= 300 && status < 400) || status === 204;
      const body = skipBody ? (res.resume(), Promise.resolve(Buffer.alloc(0))) : readBody(href, res, o.maxBytes);
      body.then(
        (b) => {
          if (settled) return;
          settled = true;
          o.signal.removeEventListener('abort', onAbort);
          resolve({ status, headers: res.headers, body: b });
        },
        (err: Error) => fail(err),
      );
    });
    req.end();
  }).catch((err: unknown) => {
    throw toFetchError(href, err);
  });
}

export function toFetchError(href: string, err: unknown): FetchError {
  if (err instanceof FetchError) return err;
  const e = err as NodeJS.ErrnoException;
  if ((e as { code?: string }).code === 'blocked-address') return new FetchError(href, 'blocked-address', e.message);
  const reason = e.code === 'ENOTFOUND' ? 'host not found' : e.code === 'ECONNREFUSED' ? 'connection refused' : e.message || String(err);
  return new FetchError(href, 'network', reason);
}
