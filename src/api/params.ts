/**
 * The query parameters of every route, as zod schemas: one source for validation (a bad
 * parameter is a 400 naming the zod issue) and for the OpenAPI document (`openapi.ts` turns
 * these shapes into parameter lists). Unknown parameters are refused: a misspelt filter that
 * was silently ignored would return numbers that look right and are not.
 */
import { z } from 'zod';
import type { ClaimKind } from '../types.js';
import { TALLY_GROUPS } from '../store/api-query.js';

export const CLAIM_KINDS = [
  'launched', 'intercepted', 'hit', 'killed', 'injured', 'evacuated',
  'airport_closed', 'flights_disrupted', 'damaged', 'agreement', 'meeting',
] as const satisfies readonly ClaimKind[];
// Fails to compile if src/types.ts gains a kind this list lacks.
const _allKinds: readonly (typeof CLAIM_KINDS)[number][] = [] as ClaimKind[];
void _allKinds;

export const MAX_LIMIT = 1000;
export const FORMATS = ['json', 'csv', 'geojson'] as const;

/** YYYY, YYYY-MM or YYYY-MM-DD, widened to the first (since) or last (until) day of the period. */
const date = (end: boolean, description: string) => z.string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .transform((v) => (v.length === 10 ? v : v.length === 7 ? `${v}-${end ? '31' : '01'}` : `${v}-${end ? '12-31' : '01-01'}`))
  .describe(description);

const bbox = z.string()
  .transform((v, ctx) => {
    const n = v.split(',').map((x) => (x.trim() === '' ? NaN : Number(x)));
    const [minLon, minLat, maxLon, maxLat] = n;
    const ok = n.length === 4 && n.every(Number.isFinite)
      && Math.abs(minLon!) <= 180 && Math.abs(maxLon!) <= 180 && Math.abs(minLat!) <= 90 && Math.abs(maxLat!) <= 90 && minLat! <= maxLat!;
    if (!ok) {
      ctx.addIssue({ code: 'custom', message: 'expected minLon,minLat,maxLon,maxLat in degrees (minLat ≤ maxLat; minLon > maxLon crosses the antimeridian)' });
      return z.NEVER;
    }
    return n as [number, number, number, number];
  })
  .describe('bounding box minLon,minLat,maxLon,maxLat (WGS84 degrees); only records with coordinates inside');

/** A comma-separated list, each item checked by `item`. */
const list = <T extends z.ZodType<string, string>>(item: T, description: string) => z.string()
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(item).min(1))
  .describe(description);

const shared = {
  since: date(false, 'on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); the record\'s date, else its article\'s').optional(),
  until: date(true, 'on or before this date; a partial date means the end of its period').optional(),
  bbox: bbox.optional(),
  place: z.string().min(1).max(200).describe('place as written or as resolved contains this text (case-insensitive)').optional(),
  country: z.string().regex(/^[A-Za-z]{2}$/, 'expected an ISO 3166-1 alpha-2 code').transform((v) => v.toUpperCase())
    .describe('resolved place in this country (ISO 3166-1 alpha-2); events also match actor or recipient of that country').optional(),
  q: z.string().min(1).max(500).describe('full-text search (SQLite FTS5) over the evidence sentence and the article; terms are ANDed, a trailing * searches a prefix').optional(),
  documentId: z.coerce.number().int().positive().describe('only records of this stored document').optional(),
};

const paging = {
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(100).describe(`items per page (1–${MAX_LIMIT})`),
  cursor: z.string().max(100).describe('opaque cursor from the previous page\'s nextCursor').optional(),
};

const format = (formats: readonly string[]) => z.enum(formats as [string, ...string[]])
  .describe('response format; overrides the Accept header (text/csv, application/geo+json)').optional();

const claimKinds = list(z.enum(CLAIM_KINDS), `claim kinds, comma-separated: ${CLAIM_KINDS.join(', ')}`).optional();

export const claimsQuery = z.strictObject({
  kind: claimKinds,
  ...shared,
  claimant: z.string().min(1).max(200).describe('claimant contains this text (case-insensitive)').optional(),
  ...paging,
  format: format(FORMATS),
});

export const eventsQuery = z.strictObject({
  type: list(z.string().regex(/^[A-Za-z_]{2,40}$/).transform((v) => v.toUpperCase()), 'PLOVER event types, comma-separated (ASSAULT, PROTEST, …)').optional(),
  ...shared,
  actor: z.string().min(1).max(200).describe('actor or recipient contains this text, or has this alpha-3 country code').optional(),
  ...paging,
  format: format(FORMATS),
});

export const placesQuery = z.strictObject({
  ...shared,
  limit: paging.limit,
  format: format(FORMATS),
});

export const talliesQuery = z.strictObject({
  groupBy: z.enum(TALLY_GROUPS).default('kind').describe('one row per day, country, region (country-admin1), weapon, claimant or claim kind'),
  kinds: list(z.enum(CLAIM_KINDS), 'claim kinds to tally, comma-separated (default: launched, intercepted, hit, killed, injured)').optional(),
  kind: claimKinds.describe('same as kinds'),
  ...shared,
  claimant: claimsQuery.shape.claimant,
  format: format(['json', 'csv']),
});

export const idParam = z.object({
  id: z.coerce.number().int().positive().describe('stored id'),
});

export type ClaimsQuery = z.infer<typeof claimsQuery>;
export type EventsQuery = z.infer<typeof eventsQuery>;
export type PlacesQuery = z.infer<typeof placesQuery>;
export type TalliesQuery = z.infer<typeof talliesQuery>;
