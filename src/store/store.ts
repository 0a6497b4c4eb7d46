/**
 * The seam between Sitrep and its database. Everything outside src/store/ talks to a `Store`;
 * `sqlite/` implements it today and `postgres/` will sit beside it, sharing the schema in
 * `migrations.ts` and the row mapping in `rows.ts`, so adding a database is adding a folder.
 *
 *     const store = await openSqliteStore('sitrep.db');
 *     const { added } = await store.addExtraction(extractArticle(article), { contentHash, source });
 *     const drones = await store.claims({ kind: 'intercepted', since: '2025-01-01' });
 *     await store.close();
 *
 * Methods are async so a networked database fits the same interface.
 */
import type { ArticleMeta, Extraction } from '../types.js';
import type { ApiFilter, DocumentRecord, PageQuery, Tally, TallyQuery } from './api-query.js';
import type { IncidentList, IncidentQuery, IncidentRefresh, StoredIncident } from './incidents.js';

export type * from './api-query.js';
export type * from './incidents.js';

/** Filters shared by the query methods; every field is optional and they combine with AND. */
export interface QueryFilter {
  /** Claim kind (claims) or PLOVER type (events); a list matches any of them. */
  kind?: string | string[];
  /** ISO dates, inclusive, compared with the claim's or event's date, else the article's. */
  since?: string;
  until?: string;
  /** Substring of the place as written, or of the resolved place's name. */
  place?: string;
  /** ISO 3166-1 alpha-2 of the resolved place (alpha-3 also matches event actors). */
  country?: string;
  /** Substring of the claimant (claims) or of the actor/recipient (events). */
  claimant?: string;
  /** Substring of the evidence sentence. */
  text?: string;
  /** Include rows of superseded extraction runs (history); default: current runs only. */
  history?: boolean;
  limit?: number;
}

/** Where a claim or event is said to happen, as stored. */
export interface StoredWhere {
  text: string;
  name: string | null;
  lat: number | null;
  lon: number | null;
  geonameid: number | null;
  country: string | null;
  admin1: string | null;
  precision: string | null;
}

interface StoredRecordBase {
  id: number;
  documentId: number;
  runId: number;
  /** The article's own id (as given in JSONL, or `file#n` for text dumps). */
  articleId: string;
  published: string | null;
  when: string | null;
  where: StoredWhere | null;
  evidence: { start: number; end: number; text: string };
  superseded: boolean;
}

export interface StoredClaim extends StoredRecordBase {
  kind: string;
  value: number | null;
  qualifier: string | null;
  weapon: string | null;
  claimant: string | null;
  /** Stored id of the claim this one is part of. */
  partOf: number | null;
  /** Stored id of the claim, in another article of the same incident, whose figure this one repeats (tallies count it once). */
  repeatOf: number | null;
  /** Which rule found it (null for claims stored before rules were recorded). */
  rule: string | null;
  confidence: number | null;
}

export interface StoredActor { text: string; country: string | null; sector: string | null }

export interface StoredEvent extends StoredRecordBase {
  /** day, week (the publication date standing in), month or year; null when the date is unknown. */
  whenPrecision: string | null;
  type: string;
  mode: string | null;
  acledEventType: string | null;
  acledSubEventType: string | null;
  cameo: string | null;
  actor: StoredActor | null;
  recipient: StoredActor | null;
  fatalities: number | null;
  rule: string;
}

/** A resolved place with how often the current runs mention it. */
export interface PlaceSummary {
  name: string;
  geonameid: number | null;
  lat: number;
  lon: number;
  country: string | null;
  admin1: string | null;
  precision: string | null;
  mentions: number;
  documents: number;
}

export interface StoredDocument {
  id: number;
  articleId: string;
  contentHash: string;
  title: string | null;
  published: string | null;
  source: string | null;
  text: string;
}

export interface StoreSummary {
  documents: number;
  runs: number;
  claimsByKind: Record<string, number>;
  eventsByType: Record<string, number>;
  places: number;
  /** Incidents as of the last refresh: the stored articles grouped into one record per real-world incident. */
  incidents: number;
}

export interface DocumentMeta {
  /** sha256 of the normalised text (see src/ingest/hash.ts). */
  contentHash: string;
  source: string | null;
  /** Names the code that produced the extraction, kept with the run. */
  pipelineVersion: string;
  /** Where this text came from, kept as the document's 'original' source (migration 14). */
  origin?: SourceRecord;
  /** MinHash LSH band keys of the text, so later near-duplicates find it. */
  bands?: string[];
}

/** One place a document's text was read from: a file or a URL, with what the source said of itself. */
export interface SourceRecord extends ArticleMeta {
  /** The file as shown (relative or bare name, never absolute) or the URL. */
  source: string | null;
}

/** How a source's text relates to its document's: the same article, an exact or a near copy. */
export type SourceRelation = 'original' | 'exact' | 'near';

export interface LinkedSource extends SourceRecord {
  contentHash: string;
  relation: SourceRelation;
  /** Shingle resemblance to the document's text (1 for exact copies). */
  similarity: number | null;
  addedAt: string;
}

/** What the watcher remembers about one URL between fetches (migration 15). */
export interface FetchState {
  url: string;
  /** The feed whose item this URL was; null for a watched source itself. */
  via: string | null;
  etag: string | null;
  lastModified: string | null;
  /** ISO timestamps. */
  fetchedAt: string | null;
  status: number | null;
  /** sha256 of the bytes last fetched. */
  contentHash: string | null;
  error: string | null;
  /** Not to be fetched before this time (schedule, Retry-After, backoff). */
  nextAt: string | null;
  /** An item link handled for good (stored, or refused for a lasting reason): never fetched again. */
  done: boolean;
}

export interface Store {
  /** The stored document with this content hash, if any: lets ingest skip extraction. */
  hasDocument(contentHash: string): Promise<boolean>;
  /** The id of the document with this content hash, or null. */
  documentIdByHash(contentHash: string): Promise<number | null>;
  /** Documents sharing at least one MinHash band with the given keys (at most `limit`, newest first), with their text. */
  similarDocuments(bands: string[], limit?: number): Promise<{ id: number; text: string }[]>;
  /** Documents stored before their MinHash bands were kept (migration 14), a page at a time. */
  unbandedDocuments(limit: number): Promise<{ id: number; text: string }[]>;
  /** Stores a document's band keys (and takes it off the pending list). */
  addBands(documentId: number, bands: string[]): Promise<void>;
  /** Links another source (a copy) to a stored document; false when that copy was already linked. */
  addSource(documentId: number, s: Omit<LinkedSource, 'addedAt'>): Promise<boolean>;
  /**
   * Stores an article and its extraction as one transaction: either all rows go in or none.
   * An article whose content hash is already stored adds nothing (`added: false`).
   */
  addExtraction(x: Extraction, meta: DocumentMeta): Promise<{ added: boolean; documentId: number }>;
  /**
   * Records a new extraction run for a stored document. Earlier runs stay, marked superseded,
   * so history is never overwritten.
   */
  addRun(documentId: number, x: Extraction, pipelineVersion: string): Promise<{ runId: number }>;
  /** Stored documents, oldest first, one at a time (for re-extraction and export). */
  documents(): AsyncIterable<StoredDocument>;
  claims(filter?: QueryFilter): Promise<StoredClaim[]>;
  events(filter?: QueryFilter): Promise<StoredEvent[]>;
  /** The same rows one at a time, for output that must not hold a whole store in memory. */
  claimStream(filter?: QueryFilter): AsyncIterable<StoredClaim>;
  eventStream(filter?: QueryFilter): AsyncIterable<StoredEvent>;
  places(filter?: QueryFilter): Promise<PlaceSummary[]>;
  summary(): Promise<StoreSummary>;
  close(): Promise<void>;
  /** Changes whenever the stored data may have (any writer): lets readers cache answers. */
  version?(): string;
  /** One stored document and the ids of its current claims and events; null if unknown. */
  document(id: number): Promise<DocumentRecord | null>;
  /** Current claims matching `q`, ordered by id, at most `q.limit`, after `q.afterId`. */
  claimPage(q: PageQuery): Promise<StoredClaim[]>;
  eventPage(q: PageQuery): Promise<StoredEvent[]>;
  /**
   * Groups the stored articles into incidents again and stores them (members, claimants'
   * figures, a new revision where figures changed), and marks each figure another article of
   * the same incident already counts as a repeat, which tallies leave out.
   */
  refreshIncidents(opts?: { reextract?: (d: StoredDocument) => Extraction }): Promise<IncidentRefresh>;
  /** True when articles were stored or re-extracted since the last refresh. */
  incidentsStale(): Promise<boolean>;
  incidents(q: IncidentQuery): Promise<IncidentList>;
  incident(id: string): Promise<StoredIncident | null>;
  /**
   * Sums and counts of numeric claims per group; parts of a matching total counted apart, and a
   * figure an article of the same incident already gives (a repeat) not counted again.
   */
  tallies(q: TallyQuery): Promise<Tally[]>;
  /** Places of current claims and events matching the filter (bbox, country, place, q …). */
  placesMatching(f: ApiFilter, limit: number): Promise<PlaceSummary[]>;
  /** The fetch state of `url`, or null if it was never fetched. */
  fetchState(url: string): Promise<FetchState | null>;
  /** Inserts or replaces the fetch state of `state.url`. */
  saveFetchState(state: FetchState): Promise<void>;
}
