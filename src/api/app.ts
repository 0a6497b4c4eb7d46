/**
 * The HTTP API over a Store, as a Hono app: JSON by default, CSV and GeoJSON on request,
 * weak ETags, problem+json errors, the OpenAPI document and its reference page, and the
 * dashboard's static files at `/`.
 *
 *     const app = createApp(store, { dashboardDir: 'src/web/dist' });
 *     serve({ fetch: app.fetch, port: 8080 });
 */
import { basename, isAbsolute } from 'node:path';
import { Hono, type MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
import type { ApiFilter, Store } from '../store/index.js';
import { TALLY_KINDS } from '../store/index.js';
import countryCodes from 'i18n-iso-countries';
import { decodeCursor, encodeCursor } from './cursor.js';
import { securityHeaders } from './headers.js';
import { responseCache } from './cache.js';
import { negotiate } from './negotiate.js';
import { claimsQuery, eventsQuery, idParam, LIST_PARAMS, noQuery, placesQuery, talliesQuery } from './params.js';
import { Problem, problemResponse } from './problem.js';
import { COLUMNS, send, sendJson, sendList, talliesCsv } from './represent.js';
import { validate } from './validate.js';
import { openApiDocument, ROUTES } from './openapi.js';
import { docsPage, DOCS_CSS } from './docs-page.js';
import { dashboard } from './dashboard.js';
import { freshIncidents, incidentRoutes } from './incidents.js';

export interface AppOptions {
  /** Folder of the built dashboard (index.html …); `/` explains how to build it when absent. */
  dashboardDir?: string;
  /** false: no response cache (an API worker process: the server keeps the one cache). */
  cache?: boolean;
  /** Answers API reads elsewhere (serve.ts: on worker processes), after the cache and before the routes. */
  offload?: MiddlewareHandler;
  /** false: never refresh incidents before a read (a worker's read-only connection; the server refreshes first). */
  refreshIncidents?: boolean;
}

type Shared = { since?: string; until?: string; bbox?: [number, number, number, number]; place?: string; country?: string; q?: string; documentId?: number };

function filterOf(p: Shared): ApiFilter {
  return {
    since: p.since, until: p.until, bbox: p.bbox, place: p.place, country: p.country, q: p.q, documentId: p.documentId,
    countryAlpha3: p.country ? countryCodes.alpha2ToAlpha3(p.country.toUpperCase()) : undefined,
  };
}

/** Fetches limit + 1 rows to learn whether another page exists without a COUNT. */
async function page<T extends { id: number }>(fetch: (limit: number) => Promise<T[]>, limit: number) {
  const rows = await fetch(limit + 1);
  const items = rows.slice(0, limit);
  const nextCursor = rows.length > limit ? encodeCursor(items[items.length - 1]!.id) : null;
  return { items, nextCursor };
}

/** Longer request targets are refused (RFC 9110 §15.5.15) before any parsing of their query. */
export const MAX_URL_LENGTH = 8192;

/**
 * The query string as one record for the route's schema. A list parameter given more than
 * once is all its values (`kind=a&kind=b` is `kind=a,b`); any other given twice is refused,
 * as keeping one of them silently answers a question the client did not ask.
 */
export function queryOf(url: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, v] of new URL(url).searchParams) {
    if (!(k in out)) out[k] = v;
    else if (LIST_PARAMS.has(k)) out[k] = `${out[k]},${v}`;
    else throw new Problem(400, `${k}: given more than once; give it once`, { issues: [{ path: k, message: 'repeated', code: 'custom' }] });
  }
  return out;
}

/** A route path as Hono writes it: /api/documents/{id} is /api/documents/:id. */
const honoPath = (route: string) => route.replace(/\{(\w+)\}/g, ':$1');

export function createApp(store: Store, opts: AppOptions = {}): Hono {
  const app = new Hono();
  useMiddleware(app, store, opts);
  recordRoutes(app, store);
  app.get('/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/docs', (c) => c.html(docsPage(openApiDocument())));
  app.get('/docs.css', (c) => c.body(DOCS_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }));

  app.route('/', incidentRoutes(store));
  // A known route asked with another method: 405 naming the methods it has (RFC 9110 §15.5.6).
  for (const route of ROUTES) {
    app.all(honoPath(route), (c) => {
      throw new Problem(405, `${c.req.method} is not allowed on ${route}; use GET or HEAD`, {}, { Allow: 'GET, HEAD' });
    });
  }

  // Unknown /api paths are problems, not the dashboard's index page.
  app.all('/api/*', () => { throw new Problem(404, 'no such API route; see /openapi.json'); });
  app.route('/', dashboard(opts.dashboardDir));

  app.notFound((c) => problemResponse(c, new Problem(404, `nothing at ${new URL(c.req.url).pathname}`)));
  app.onError((err, c) => {
    if (err instanceof Problem) return problemResponse(c, err);
    console.error(err);
    return problemResponse(c, new Problem(500, 'the server failed to answer; the error is logged'));
  });
  return app;
}

/** Security headers, the URL cap and ETags on everything; incidents kept fresh, the cache and the worker pool on /api. */
function useMiddleware(app: Hono, store: Store, opts: AppOptions): void {
  app.use('*', securityHeaders);
  app.use('*', async (c, next) => {
    if (c.req.url.length > MAX_URL_LENGTH) throw new Problem(414, `the URL is ${c.req.url.length} characters long; at most ${MAX_URL_LENGTH} are read`);
    await next();
  });
  app.use('*', etag({ weak: true }));
  if (opts.refreshIncidents !== false) app.use('/api/*', freshIncidents(store));
  if (store.version && opts.cache !== false) app.use('/api/*', responseCache(() => store.version!()));
  if (opts.offload) app.use('/api/*', opts.offload);
}

/** The record routes: claims, events, places, tallies, summary and one document. */
function recordRoutes(app: Hono, store: Store): void {
  app.get('/api/claims', async (c) => {
    const p = validate(claimsQuery, queryOf(c.req.url));
    const rep = negotiate(p.format, c.req.header('Accept'), ['json', 'csv', 'geojson']);
    const afterId = p.cursor ? decodeCursor(p.cursor) : undefined;
    const filter = { ...filterOf(p), kinds: p.kind, claimant: p.claimant, afterId };
    const { items, nextCursor } = await page((limit) => store.claimPage({ ...filter, limit }), p.limit);
    return sendList(c, rep, COLUMNS.claims, items, nextCursor);
  });

  app.get('/api/events', async (c) => {
    const p = validate(eventsQuery, queryOf(c.req.url));
    const rep = negotiate(p.format, c.req.header('Accept'), ['json', 'csv', 'geojson']);
    const afterId = p.cursor ? decodeCursor(p.cursor) : undefined;
    const filter = { ...filterOf(p), kinds: p.type, actor: p.actor, afterId };
    const { items, nextCursor } = await page((limit) => store.eventPage({ ...filter, limit }), p.limit);
    return sendList(c, rep, COLUMNS.events, items, nextCursor);
  });

  app.get('/api/places', async (c) => {
    const p = validate(placesQuery, queryOf(c.req.url));
    const rep = negotiate(p.format, c.req.header('Accept'), ['json', 'csv', 'geojson']);
    // Places are aggregates, ranked by mentions: one page, `limit` long.
    return sendList(c, rep, COLUMNS.places, await store.placesMatching(filterOf(p), p.limit), null);
  });

  app.get('/api/tallies', async (c) => {
    const p = validate(talliesQuery, queryOf(c.req.url));
    const rep = negotiate(p.format, c.req.header('Accept'), ['json', 'csv']);
    const kinds = [...new Set([...(p.kinds ?? []), ...(p.kind ?? [])])];
    const tallies = await store.tallies({ ...filterOf(p), kinds: kinds.length ? kinds : undefined, claimant: p.claimant, groupBy: p.groupBy });
    if (rep === 'csv') return send(c, talliesCsv(tallies, kinds.length ? kinds : TALLY_KINDS), { 'Content-Type': 'text/csv; charset=utf-8; header=present', Vary: 'Accept' });
    return sendJson(c, { groupBy: p.groupBy, kinds: kinds.length ? kinds : TALLY_KINDS, items: tallies }, { Vary: 'Accept' });
  });

  app.get('/api/summary', async (c) => {
    validate(noQuery, queryOf(c.req.url));
    return sendJson(c, await store.summary());
  });

  app.get('/api/documents/:id', async (c) => {
    validate(noQuery, queryOf(c.req.url));
    const { id } = validate(idParam, c.req.param());
    const doc = await store.document(id);
    if (!doc) throw new Problem(404, `no document with id ${id}`);
    // Stores written before sources were kept relative hold absolute paths: show the name only.
    return sendJson(c, { ...doc, source: doc.source && isAbsolute(doc.source) ? basename(doc.source) : doc.source });
  });
}

