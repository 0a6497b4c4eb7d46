/**
 * The query parameters of every route, as zod schemas: one source for validation (a bad
 * parameter is a 400 naming the zod issue) and for the OpenAPI document (`openapi.ts` turns
 * these shapes into parameter lists). Unknown parameters are refused: a misspelt filter that
 * was silently ignored would return numbers that look right and are not.
 */
import { z } from 'zod';
import countryCodes from 'i18n-iso-countries';
import { TALLY_GROUPS } from '../store/index.js';
import { CLAIM_KINDS } from '../claims/index.js';

// The kinds a filter accepts are those declared in data/claims/kinds.json.
export { CLAIM_KINDS };

/**
 * PLOVER 2023's event types (the codebook's closed list); test/api.test.ts checks that every
 * type data/events/classes.json can produce is here, so a filter never refuses a stored type.
 */
export const EVENT_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'INVESTIGATE', 'DEMAND',
  'DISAPPROVE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT', 'FIGHT',
] as const;

export const MAX_LIMIT = 1000;
export const FORMATS = ['json', 'csv', 'geojson'] as const;

/** A calendar day that exists: 2025-02-29 and 2025-04-31 do not. */
function isRealDay(v: string): boolean {
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * YYYY, YYYY-MM or YYYY-MM-DD, widened to the first (since) or last (until) day of the period.
 * An `until` month ends on its "31st": dates compare as strings, so it bounds every real day.
 */
const date = (end: boolean, description: string) => z.string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((v) => v.length !== 10 || isRealDay(v), 'no such day in the calendar')
  .transform((v) => (v.length === 10 ? v : v.length === 7 ? `${v}-${end ? '31' : '01'}` : `${v}-${end ? '12-31' : '01-01'}`))
  .describe(description);

/**
 * Free text a user filters by: C0 control characters (NUL above all: SQLite's FTS5 and C
 * strings end at it) are refused, not passed to the database.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
export const text = (max: number, description: string) => z.string().min(1).max(max)
  .refine((v) => !CONTROL.test(v), 'control characters (such as NUL) are not allowed')
  .describe(description);

/** ISO 3166-1 alpha-2, and one that is assigned: ZZ is not a country. */
const country = z.string().regex(/^[A-Za-z]{2}$/, 'expected an ISO 3166-1 alpha-2 code').transform((v) => v.toUpperCase())
  .refine((v) => countryCodes.isValid(v), 'not an assigned ISO 3166-1 alpha-2 country code');

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
  place: text(200, 'place as written or as resolved contains this text (case-insensitive)').optional(),
  country: country.describe('resolved place in this country (ISO 3166-1 alpha-2); events also match actor or recipient of that country').optional(),
  q: text(500, 'full-text search (SQLite FTS5) over the evidence sentence and the article; terms are ANDed, a trailing * searches a prefix').optional(),
  documentId: z.coerce.number().int().positive().describe('only records of this stored document').optional(),
};

const paging = {
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(100).describe(`items per page (1–${MAX_LIMIT})`),
  cursor: text(100, 'opaque cursor from the previous page\'s nextCursor').optional(),
};

const format = (formats: readonly string[]) => z.enum(formats as [string, ...string[]])
  .describe('response format; overrides the Accept header (text/csv, application/geo+json)').optional();

const claimKinds = list(z.enum(CLAIM_KINDS), `claim kinds, comma-separated: ${CLAIM_KINDS.join(', ')}`).optional();
const eventTypes = list(z.string().transform((v) => v.toUpperCase()).pipe(z.enum(EVENT_TYPES)), `PLOVER event types, comma-separated: ${EVENT_TYPES.join(', ')}`).optional();

/** `since` after `until` selects nothing: a mistake, said so rather than answered with no rows. */
function ordered(v: { since?: string; until?: string }, ctx: z.RefinementCtx): void {
  if (v.since && v.until && v.since > v.until) ctx.addIssue({ code: 'custom', path: ['since'], message: `since (${v.since}) is after until (${v.until})` });
}

const claimant = text(200, 'claimant contains this text (case-insensitive)').optional();

export const claimsQuery = z.strictObject({
  kind: claimKinds,
  ...shared,
  claimant,
  ...paging,
  format: format(FORMATS),
}).superRefine(ordered);

export const eventsQuery = z.strictObject({
  type: eventTypes,
  ...shared,
  actor: text(200, 'actor or recipient contains this text, or has this alpha-3 country code').optional(),
  ...paging,
  format: format(FORMATS),
}).superRefine(ordered);

export const placesQuery = z.strictObject({
  ...shared,
  limit: paging.limit,
  format: format(FORMATS),
}).superRefine(ordered);

export const talliesQuery = z.strictObject({
  groupBy: z.enum(TALLY_GROUPS).default('kind').describe('one row per day, country, region (country-admin1), weapon, claimant or claim kind'),
  kinds: list(z.enum(CLAIM_KINDS), 'claim kinds to tally, comma-separated (default: launched, intercepted, hit, killed, injured)').optional(),
  kind: claimKinds.describe('same as kinds'),
  ...shared,
  claimant,
  format: format(['json', 'csv']),
}).superRefine(ordered);

/** Routes without parameters still refuse unknown ones: `?kind=x` on /api/summary is a mistake. */
export const noQuery = z.strictObject({});

/** Parameters that are lists: `kind=a&kind=b` means `kind=a,b`. Any other repeated is refused. */
export const LIST_PARAMS: ReadonlySet<string> = new Set(['kind', 'kinds', 'type']);

/**
 * The CLI's filters (`sitrep claims|events|export`), checked by the same field rules as the
 * API's: one definition of a valid date, kind, type, country and text for both.
 */
export const cliFilter = (records: 'claims' | 'events') => z.strictObject({
  kind: records === 'claims' ? claimKinds : eventTypes,
  since: shared.since,
  until: shared.until,
  place: shared.place,
  country: shared.country,
  claimant,
  text: text(500, 'evidence sentence contains this text').optional(),
}).superRefine(ordered);

export const idParam = z.object({
  id: z.coerce.number().int().positive().describe('stored id'),
});

export type ClaimsQuery = z.infer<typeof claimsQuery>;
export type EventsQuery = z.infer<typeof eventsQuery>;
export type PlacesQuery = z.infer<typeof placesQuery>;
export type TalliesQuery = z.infer<typeof talliesQuery>;
