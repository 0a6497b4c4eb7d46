/**
 * Lists as JSON (`{items, nextCursor}`), CSV (RFC 4180, the CLI's columns plus the document
 * id) or GeoJSON (a FeatureCollection of the items that have coordinates, each item whole as
 * its properties). The next page's URL also goes in a `Link` header, which CSV can carry.
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { PlaceSummary, StoredClaim, StoredEvent, Tally } from '../store/index.js';
import { CLAIM_COLUMNS, EVENT_COLUMNS, PLACE_COLUMNS, toCsv, type Column } from '../store/index.js';
import { MEDIA_TYPE, type Representation } from './negotiate.js';

type Item = StoredClaim | StoredEvent | PlaceSummary;

const withDocument = <T extends { documentId: number }>(cols: Column<T>[]): Column<T>[] =>
  [cols[0]!, { name: 'document_id', get: (r) => r.documentId }, ...cols.slice(1)];

export const COLUMNS = {
  claims: withDocument(CLAIM_COLUMNS),
  events: withDocument(EVENT_COLUMNS),
  places: PLACE_COLUMNS,
};

/** [lon, lat] of an item, if it has both (RFC 7946 order). */
function point(item: Item): [number, number] | null {
  if ('where' in item) return item.where && item.where.lat !== null && item.where.lon !== null ? [item.where.lon, item.where.lat] : null;
  return [item.lon, item.lat];
}

export function geoJson(items: Item[], nextCursor: string | null) {
  const features = items.flatMap((item) => {
    const coordinates = point(item);
    return coordinates ? [{ type: 'Feature' as const, id: 'id' in item ? item.id : undefined, geometry: { type: 'Point' as const, coordinates }, properties: item }] : [];
  });
  // nextCursor is a foreign member (RFC 7946 §6.1): paging works the same as for JSON.
  return { type: 'FeatureCollection' as const, features, nextCursor };
}

export function sendList<T extends Item>(
  c: Context, rep: Representation, columns: Column<T>[], items: T[], nextCursor: string | null,
): Response {
  const headers: Record<string, string> = { 'Content-Type': MEDIA_TYPE[rep], Vary: 'Accept' };
  if (nextCursor) {
    const next = new URL(c.req.url);
    next.searchParams.set('cursor', nextCursor);
    headers.Link = `<${next.pathname}${next.search}>; rel="next"`;
  }
  const body = rep === 'csv' ? toCsv(columns, items)
    : rep === 'geojson' ? JSON.stringify(geoJson(items, nextCursor))
      : JSON.stringify({ items, nextCursor });
  return send(c, body, headers);
}

/**
 * Sends a body with its weak ETag already set: hashing the string here is synchronous and
 * cheap, where the etag middleware would re-read the response stream. The middleware still
 * answers If-None-Match from this header.
 */
export function send(c: Context, body: string, headers: Record<string, string>): Response {
  const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
  return c.body(body, 200, { ...headers, ETag: etag });
}

export function sendJson(c: Context, value: unknown, headers: Record<string, string> = {}): Response {
  return send(c, JSON.stringify(value), { 'Content-Type': 'application/json; charset=utf-8', ...headers });
}

/** Tallies as CSV: one row per group, a sum/count/parts column triple per kind. */
export function talliesCsv(tallies: Tally[], kinds: readonly string[]): string {
  const cols: Column<Tally>[] = [{ name: 'key', get: (t) => t.key }];
  for (const k of kinds) {
    cols.push({ name: `${k}_sum`, get: (t) => t.sums[k] ?? null });
    cols.push({ name: `${k}_count`, get: (t) => t.counts[k] ?? null });
    cols.push({ name: `${k}_parts_sum`, get: (t) => t.parts.sums[k] ?? null });
  }
  cols.push({ name: 'interception_rate', get: (t) => t.interceptionRate });
  return toCsv(cols, tallies);
}
