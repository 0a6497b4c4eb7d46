/**
 * What the HTTP API asks of a Store beyond the CLI's `QueryFilter`: keyset pages ordered by
 * id (so a cursor never skips or repeats a row while others ingest), a bounding box, full-text
 * search, and tallies that never count a part of a total twice.
 */
import type { LinkedSource, SourceRecord, StoredDocument } from './store.js';

/** Filters of the API's list and tally queries; every field optional, combined with AND. */
export interface ApiFilter {
  /** Claim kinds (claims) or PLOVER types (events); any of them. */
  kinds?: string[];
  /** ISO dates, inclusive, against the record's date, else its article's. */
  since?: string;
  until?: string;
  /** [minLon, minLat, maxLon, maxLat]; minLon > maxLon crosses the antimeridian. */
  bbox?: [number, number, number, number];
  /** Substring of the place as written or of the resolved name. */
  place?: string;
  /** ISO 3166-1 alpha-2 of the resolved place. */
  country?: string;
  /** Events: the same country as alpha-3, matched against actor and recipient. */
  countryAlpha3?: string;
  /** Events: substring of actor or recipient (or their alpha-3 country). */
  actor?: string;
  /** Claims: substring of the claimant. */
  claimant?: string;
  /** Full-text query (FTS5 terms, ANDed) over the evidence sentence and the article. */
  q?: string;
  documentId?: number;
}

export interface PageQuery extends ApiFilter {
  limit: number;
  /** Rows with a greater id only: the keyset cursor. */
  afterId?: number;
}

export const TALLY_GROUPS = ['day', 'country', 'region', 'weapon', 'claimant', 'kind'] as const;
export type TallyGroupBy = (typeof TALLY_GROUPS)[number];

/** Kinds summed by default: the numbers a strike report turns on (`tally` in data/claims/kinds.json). */
export { TALLY_KINDS } from '../claims/index.js';

export interface TallyQuery extends ApiFilter {
  groupBy: TallyGroupBy;
}

/**
 * One group's numbers. `sums`/`counts` hold totals only: a claim that is part of another
 * matching claim (partOf) is left out of them and reported under `parts`, so summing the
 * groups never counts "40 Shaheds" inside "52 drones" twice.
 */
export interface Tally {
  /** The group; claimants lower-cased, so spellings that differ in case are one group. */
  key: string | null;
  /** The group as written in the claims (claimants only). */
  label?: string | null;
  sums: Record<string, number>;
  counts: Record<string, number>;
  parts: { sums: Record<string, number>; counts: Record<string, number> };
  /**
   * intercepted / launched over the reports that state both for one salvo (same article,
   * claimant, weapon and date); null where no report does. Never a launch count of one report
   * over an interception count of another.
   */
  interceptionRate: number | null;
  /** What the rate divides: the paired launches, interceptions and how many reports. */
  rateFrom: { launched: number; intercepted: number; reports: number } | null;
}

/** A document with the ids of its current claims and events. */
export interface DocumentRecord extends StoredDocument {
  claimIds: number[];
  eventIds: number[];
  /** What the document's own source said of itself (URL, outlet, author, language, dates); null before migration 14. */
  meta: Omit<SourceRecord, 'source'> | null;
  /** Every source of the text, its own first, then exact and near-duplicate copies. */
  sources: LinkedSource[];
}
