/**
 * Migration 16's tables: incidents, kept by the store so the API and dashboard read them
 * instead of recomputing, with their history.
 *
 * - article_profiles: what the reconcile stage reads of each article's current run (JSON), so a
 *   refresh after ingest groups the whole store without extracting it again.
 * - incidents: the current record of every incident id ever formed; `current` 0 once its
 *   articles joined another (`merged_into`), never deleted. `record` is the whole reconciled
 *   incident (claimants, rules, contradictions) as JSON; the columns beside it are for queries.
 * - incident_articles: each document's incident now; incident_reports: each claimant's figure.
 * - incident_revisions: append-only; a row whenever an incident's figures or claimants change,
 *   so a toll later revised keeps its earlier reading.
 * - claims.repeat_of: the claim, in another article of the same incident, that the tallies count
 *   instead of this one (src/reconcile/counted.ts gives the rule); NULL for counted claims.
 */
export const INCIDENT_TABLES = `
ALTER TABLE claims ADD COLUMN repeat_of BIGINT;
CREATE TABLE article_profiles (
  document_id BIGINT PRIMARY KEY REFERENCES documents(id),
  run_id BIGINT NOT NULL REFERENCES extraction_runs(id),
  profile TEXT NOT NULL
);
CREATE TABLE incidents (
  id TEXT PRIMARY KEY,
  current INTEGER NOT NULL,
  merged_into TEXT,
  date TEXT,
  grade TEXT NOT NULL,
  articles INTEGER NOT NULL,
  killed_best DOUBLE PRECISION,
  injured_best DOUBLE PRECISION,
  record TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX incidents_current_date ON incidents(current, date);
CREATE TABLE incident_articles (
  document_id BIGINT PRIMARY KEY REFERENCES documents(id),
  incident_id TEXT NOT NULL REFERENCES incidents(id),
  copy_of BIGINT REFERENCES documents(id)
);
CREATE INDEX incident_articles_incident ON incident_articles(incident_id);
CREATE TABLE incident_reports (
  incident_id TEXT NOT NULL REFERENCES incidents(id),
  kind TEXT NOT NULL,
  document_id BIGINT NOT NULL REFERENCES documents(id),
  published TEXT,
  value DOUBLE PRECISION NOT NULL,
  basis TEXT NOT NULL,
  qualifier TEXT,
  claimant TEXT,
  evidence_start INTEGER,
  evidence_end INTEGER,
  copies INTEGER NOT NULL,
  PRIMARY KEY (incident_id, kind, document_id)
);
CREATE TABLE incident_revisions (
  id {{ID}},
  incident_id TEXT NOT NULL REFERENCES incidents(id),
  revised_at TEXT NOT NULL,
  figures TEXT NOT NULL
);
CREATE INDEX incident_revisions_incident ON incident_revisions(incident_id, id);
CREATE TABLE incident_state (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`;

/**
 * Migration 18: what an incremental refresh needs to find a new article's neighbourhood
 * without reading every profile. `day` is the article's place in the reconcile stage's time
 * window (src/reconcile/keys.ts, articleDay), `keys` its blocking keys (JSON numbers). Rows
 * stored before are filled at the next refresh, from their profiles.
 */
export const INCIDENT_KEYS = `
ALTER TABLE article_profiles ADD COLUMN day INTEGER;
ALTER TABLE article_profiles ADD COLUMN keys TEXT;
CREATE INDEX article_profiles_day ON article_profiles(day);
`;
