/**
 * The one schema every Store implementation runs, as numbered migrations recorded in the
 * `migrations` table. SQL here is the subset SQLite and PostgreSQL share; the only dialect
 * difference, an auto-numbered key, is the `{{ID}}` token each implementation fills in.
 * Append new migrations; never edit one that has shipped.
 *
 * `when_date` / `where_text`: WHEN and WHERE are SQL keywords. Dates are ISO text (YYYY-MM-DD),
 * which sorts and compares correctly in both databases.
 */
import { INCIDENT_KEYS, INCIDENT_TABLES } from './incident-schema.js';
import { AGGREGATE_TABLES, COARSE_TABLE, DAY_TABLE, FILL_AGGREGATES, FILL_COARSE, FILL_DAY, FILL_REGION, REGION_TABLE, REFILL_PLACE_COUNTS } from './aggregates.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Statements only SQLite runs (after `sql`), e.g. FTS5; PostgreSQL will carry its own. */
  sqlite?: string;
}

/**
 * An FTS5 index over `table`'s `columns`, external content (the text is stored once, in the
 * table), kept in step by triggers so every insert path is covered, then filled from the rows
 * already there. Updates fire only on the indexed columns: linking a claim's part_of must not
 * rewrite its index entry.
 */
function ftsIndex(table: string, columns: string[]): string {
  const cols = columns.join(', ');
  const news = columns.map((c) => `new.${c}`).join(', ');
  const olds = columns.map((c) => `old.${c}`).join(', ');
  const fts = `${table}_fts`;
  return `
CREATE VIRTUAL TABLE ${fts} USING fts5(${cols}, content='${table}', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER ${fts}_insert AFTER INSERT ON ${table} BEGIN
  INSERT INTO ${fts}(rowid, ${cols}) VALUES (new.id, ${news});
END;
CREATE TRIGGER ${fts}_delete AFTER DELETE ON ${table} BEGIN
  INSERT INTO ${fts}(${fts}, rowid, ${cols}) VALUES ('delete', old.id, ${olds});
END;
CREATE TRIGGER ${fts}_update AFTER UPDATE OF ${cols} ON ${table} BEGIN
  INSERT INTO ${fts}(${fts}, rowid, ${cols}) VALUES ('delete', old.id, ${olds});
  INSERT INTO ${fts}(rowid, ${cols}) VALUES (new.id, ${news});
END;
INSERT INTO ${fts}(${fts}) VALUES ('rebuild');
`;
}

const WHERE_COLUMNS = `
  where_text TEXT, place_name TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, geonameid BIGINT,
  country TEXT, admin1 TEXT, precision TEXT`;

const EVIDENCE_COLUMNS = `
  evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL`;

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'documents, extraction runs, claims, events, places',
    sql: `
CREATE TABLE documents (
  id {{ID}},
  article_id TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  title TEXT,
  published TEXT,
  source TEXT,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE TABLE extraction_runs (
  id {{ID}},
  document_id BIGINT NOT NULL REFERENCES documents(id),
  pipeline_version TEXT NOT NULL,
  created_at TEXT NOT NULL,
  superseded_by BIGINT REFERENCES extraction_runs(id)
);
CREATE INDEX extraction_runs_document ON extraction_runs(document_id);
CREATE TABLE claims (
  id {{ID}},
  run_id BIGINT NOT NULL REFERENCES extraction_runs(id),
  document_id BIGINT NOT NULL REFERENCES documents(id),
  ordinal INTEGER NOT NULL,
  kind TEXT NOT NULL,
  value DOUBLE PRECISION,
  qualifier TEXT,
  weapon TEXT,
  when_date TEXT,
  ${WHERE_COLUMNS},
  claimant TEXT,
  ${EVIDENCE_COLUMNS},
  part_of BIGINT REFERENCES claims(id)
);
CREATE INDEX claims_run ON claims(run_id);
CREATE INDEX claims_kind ON claims(kind);
CREATE INDEX claims_when ON claims(when_date);
CREATE TABLE events (
  id {{ID}},
  run_id BIGINT NOT NULL REFERENCES extraction_runs(id),
  document_id BIGINT NOT NULL REFERENCES documents(id),
  ordinal INTEGER NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  acled_event_type TEXT,
  acled_sub_event_type TEXT,
  cameo TEXT,
  when_date TEXT,
  ${WHERE_COLUMNS},
  actor_text TEXT, actor_country TEXT, actor_sector TEXT,
  recipient_text TEXT, recipient_country TEXT, recipient_sector TEXT,
  fatalities INTEGER,
  rule TEXT NOT NULL,
  ${EVIDENCE_COLUMNS}
);
CREATE INDEX events_run ON events(run_id);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_when ON events(when_date);
CREATE TABLE places (
  id {{ID}},
  run_id BIGINT NOT NULL REFERENCES extraction_runs(id),
  document_id BIGINT NOT NULL REFERENCES documents(id),
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  role TEXT NOT NULL,
  place_name TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, geonameid BIGINT,
  country TEXT, admin1 TEXT, precision TEXT, feature_code TEXT
);
CREATE INDEX places_run ON places(run_id);
CREATE INDEX places_geonameid ON places(geonameid);
`,
  },
  {
    version: 2,
    name: 'API: indexes for keyset pages and tallies, full-text search over documents and evidence',
    // Each index ends in the row id implicitly, so "kind = ? AND id > ? ORDER BY id" walks one
    // index range; the tally indexes cover the summed columns so a tally never reads the table.
    sql: `
CREATE INDEX claims_document ON claims(document_id);
CREATE INDEX events_document ON events(document_id);
CREATE INDEX claims_country ON claims(country);
CREATE INDEX events_country ON events(country);
CREATE INDEX claims_part_of ON claims(part_of);
CREATE INDEX claims_tally ON claims(kind, country, run_id, value, part_of);
CREATE INDEX places_document ON places(document_id);
`,
    sqlite: ftsIndex('documents', ['title', 'text']) + ftsIndex('claims', ['evidence_text']) + ftsIndex('events', ['evidence_text']),
  },
  {
    version: 3,
    name: 'API: index shapes measured on 1M claims (bench/api.ts)',
    // Lists filter by kind and country and page by id: an index on exactly those keeps id order
    // (no sort of every match). Tallies read one covering index, never the wide claims rows;
    // it leads with country, the filter that "over Russia" questions always carry. Queries
    // skip superseded runs by looking up the few superseded ids, hence the partial index.
    sql: `
DROP INDEX claims_tally;
DROP INDEX claims_part_of;
CREATE INDEX claims_kind_country ON claims(kind, country);
CREATE INDEX events_type_country ON events(type, country);
CREATE INDEX claims_tally ON claims(country, kind, run_id, value, part_of, claimant, weapon, admin1, when_date, document_id);
CREATE INDEX extraction_runs_superseded ON extraction_runs(superseded_by) WHERE superseded_by IS NOT NULL;
`,
  },
  {
    version: 4,
    name: 'tallies and summary from maintained aggregates; cheaper writes (measured on 1M claims and bench/run.ts)',
    // Tallies and /api/summary read claim_tallies and record_counts (src/store/aggregates.ts),
    // kept in step per run, instead of ~80k claim rows; the wide covering index they needed goes.
    // claims_kind / events_type are prefixes of the (kind, country) indexes; the when_date
    // indexes never served a query (dates are filtered as COALESCE(when_date, published)).
    sql: `${AGGREGATE_TABLES}${FILL_AGGREGATES}
DROP INDEX claims_tally;
DROP INDEX claims_kind;
DROP INDEX events_type;
DROP INDEX claims_when;
DROP INDEX events_when;
`,
    // Evidence is a slice of its article's text, so an evidence match is always a match of the
    // article's own index: the evidence indexes only doubled the work of every insert.
    sqlite: ['claims', 'events'].map((t) => `
DROP TRIGGER ${t}_fts_insert;
DROP TRIGGER ${t}_fts_delete;
DROP TRIGGER ${t}_fts_update;
DROP TABLE ${t}_fts;`).join(''),
  },
  {
    version: 5,
    name: 'API: event lists by country read actor and recipient countries through indexes',
    // An event "in" a country may be placed there or have its actor or recipient from there;
    // each side is walked as its own branch in id order (sqlite/api-queries.ts), so each
    // needs an index of the same shape as events_type_country.
    sql: `
CREATE INDEX events_type_actor_country ON events(type, actor_country);
CREATE INDEX events_type_recipient_country ON events(type, recipient_country);
`,
  },
  {
    version: 6,
    name: 'tallies by country, claimant or kind from a rollup without day, region and weapon',
    // Measured with copies that share no group: claim_tallies then has a row per claim and a
    // country's claimant tally read ~40k of them; the rollup reads a few hundred.
    sql: `${COARSE_TABLE}
${FILL_COARSE}`,
  },
  {
    version: 7,
    name: 'tallies by day from a rollup without region, weapon and claimant',
    // The same measurement for the dashboard's timeline (by day, every country): a full read
    // of claim_tallies, ~770k rows, where this rollup holds kinds × days × countries.
    sql: `${DAY_TABLE}
${FILL_DAY}`,
  },
  {
    version: 8,
    name: 'tallies by region or weapon from a rollup without day and claimant',
    // By region over every country read all of claim_tallies (~770k rows, 350 ms CPU).
    sql: `${REGION_TABLE}
${FILL_REGION}`,
  },
  {
    version: 9,
    name: 'cheaper writes: a run\'s rows are found through their document',
    // Every read of one run's rows knows its document (sqlite-store.ts, RUN_ROWS), and the
    // document indexes narrow to a few rows; the run indexes were three insertions per article
    // row that no query needed.
    sql: `
DROP INDEX claims_run;
DROP INDEX events_run;
DROP INDEX places_run;
`,
  },
  {
    version: 10,
    name: 'how exactly an event\'s date is known',
    // day: stated; week: the publication date standing in (ACLED's time precision 2); month, year.
    sql: `ALTER TABLE events ADD COLUMN when_precision TEXT;`,
  },
  {
    version: 11,
    name: 'which rule found a claim, and how sure it is',
    // rule: a data/rules pattern id or count:<kind>:<head>; confidence: the calibrated model's (0..1).
    sql: `ALTER TABLE claims ADD COLUMN rule TEXT;
ALTER TABLE claims ADD COLUMN confidence DOUBLE PRECISION;`,
  },
  {
    version: 12,
    name: 'the summary counts every place `places` lists, not only those with a gazetteer id',
    sql: REFILL_PLACE_COUNTS,
  },
  {
    version: 13,
    name: 'a document\'s claims by kind: the interception rate pairs launches with their own report\'s interceptions',
    // Replaces the (document_id) index, which it extends: no extra write per row.
    sql: `DROP INDEX IF EXISTS claims_document;
CREATE INDEX IF NOT EXISTS claims_document_kind ON claims(document_id, kind);`,
  },
  {
    version: 14,
    name: 'where a document came from: every copy (URL, outlet, dates) and its MinHash bands for near-duplicates',
    // One row per source of a document: its own ('original'), and each exact or near-duplicate
    // copy ingested later (wire copy, a page re-fetched with a new ad block), which adds no
    // claims. source_key (URL, else file name): a source is linked to a document once, so
    // re-ingesting a copy, or re-fetching a page whose ad block changed, adds nothing.
    // document_bands holds the document's MinHash LSH band keys (src/text/minhash.ts): a new
    // article is compared only with documents that share a band. Documents stored before this
    // migration are listed as pending: the next ingest computes their bands (SQL cannot).
    sql: `
CREATE TABLE document_sources (
  id {{ID}},
  document_id BIGINT NOT NULL REFERENCES documents(id),
  content_hash TEXT NOT NULL,
  source_key TEXT NOT NULL,
  relation TEXT NOT NULL,
  similarity DOUBLE PRECISION,
  source TEXT, url TEXT, canonical_url TEXT, outlet TEXT, author TEXT, language TEXT,
  published TEXT, modified TEXT,
  added_at TEXT NOT NULL
);
CREATE UNIQUE INDEX document_sources_key ON document_sources(document_id, source_key);
CREATE TABLE document_bands (
  band TEXT NOT NULL,
  document_id BIGINT NOT NULL REFERENCES documents(id)
);
CREATE INDEX document_bands_band ON document_bands(band);
CREATE TABLE document_bands_pending (document_id BIGINT PRIMARY KEY REFERENCES documents(id));
INSERT INTO document_bands_pending (document_id) SELECT id FROM documents;
`,
  },
  {
    version: 15,
    name: 'fetch state of watched sources and the pages their feeds link to',
    // One row per URL fetched (a watched source or a feed's item link): the validators for the
    // next conditional GET, when and how it was last fetched, a hash of its bytes (a changed
    // ETag with the same bytes stores nothing), and `done` for an item link that needs no
    // second fetch. A restarted watcher reads this and fetches nothing twice.
    sql: `
CREATE TABLE fetch_state (
  url TEXT PRIMARY KEY,
  via TEXT,
  etag TEXT,
  last_modified TEXT,
  fetched_at TEXT,
  status INTEGER,
  content_hash TEXT,
  error TEXT,
  next_at TEXT,
  done INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX fetch_state_via ON fetch_state(via);
`,
  },
  {
    version: 16,
    name: 'incidents: members, claimants\' figures, revision history, and repeats the tallies leave out',
    // See src/store/incident-schema.ts. Claims stored before it are all counted until the
    // first refresh (`sitrep ingest` and the API run one) marks repeats.
    sql: INCIDENT_TABLES,
  },
  {
    version: 17,
    name: 'API: full text + kind walks the kind in id order (measured on 300k claims, bench/api.ts)',
    // "q=drones&kind=hit" collected every claim of the kind in every matching article and
    // sorted them for a page of 100: ~80 ms CPU when most articles match. Walking the kind in
    // id order and testing each document against the match list stops after a page: 2–7 ms
    // whether the term is common or matches nothing (the walk reads this index only, hence
    // document_id in it). The planner cannot know how many articles match, so the query names
    // the index (sqlite/api-queries.ts).
    sql: `CREATE INDEX IF NOT EXISTS claims_kind_document ON claims(kind, id, document_id);`,
  },
  {
    version: 18,
    name: 'incidents: each profile\'s day and blocking keys, so a refresh regroups only new articles\' neighbourhood',
    // See src/store/incident-schema.ts (INCIDENT_KEYS); rows stored before are filled by the next refresh.
    sql: INCIDENT_KEYS,
  },
];

/** The bookkeeping table itself, created before any migration runs. */
export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS migrations (
  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`;
