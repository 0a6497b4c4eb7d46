/**
 * The one schema every Store implementation runs, as numbered migrations recorded in the
 * `migrations` table. SQL here is the subset SQLite and PostgreSQL share; the only dialect
 * difference, an auto-numbered key, is the `{{ID}}` token each implementation fills in.
 * Append new migrations; never edit one that has shipped.
 *
 * `when_date` / `where_text`: WHEN and WHERE are SQL keywords. Dates are ISO text (YYYY-MM-DD),
 * which sorts and compares correctly in both databases.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
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
];

/** The bookkeeping table itself, created before any migration runs. */
export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS migrations (
  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`;
