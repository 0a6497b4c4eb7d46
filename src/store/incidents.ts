/**
 * Incidents as the store keeps them (migration 16): the reconcile stage's records, their member
 * documents and claimants' figures, and every earlier set of reconciled figures as a revision.
 * Recomputed by `refreshIncidents` after an ingest or re-extraction, from the profile kept
 * beside each article's current run: only the new articles' neighbourhood (incremental), or
 * every article with `rebuild`.
 */
import type { Grade, Incident, IncidentArticle } from '../reconcile/index.js';

export interface IncidentQuery {
  /** Incident date on or after / on or before (ISO day). */
  since?: string;
  until?: string;
  grade?: Grade;
  limit: number;
}

/** One incident in a list: its figures without the claimants. */
export interface IncidentBrief {
  id: string;
  date: string | null;
  place: string | null;
  where: { lat: number; lon: number } | null;
  kind: string | null;
  grade: Grade;
  confidence: number;
  articles: number;
  killed: { low: number; best: number; high: number } | null;
  injured: { low: number; best: number; high: number } | null;
}

export interface IncidentList {
  /** How many incidents match (the items are the first `limit` of them, newest first). */
  count: number;
  /** Over every matching incident: each incident's reconciled best once, never a figure per article. */
  totals: { incidents: number; killed: number; injured: number };
  items: IncidentBrief[];
}

/** The reconciled figures as they stood from `revisedAt` until the next revision. */
export interface IncidentRevision {
  revision: number;
  revisedAt: string;
  articles: string[];
  killed: Incident['killed'];
  injured: Incident['injured'];
}

export interface StoredIncident extends Omit<Incident, 'articles'> {
  articles: (IncidentArticle & { documentId: number })[];
  /** When the incident was first formed and last recomputed with a change. */
  firstSeen: string;
  updatedAt: string;
  /** False once its articles joined another incident (named by mergedInto). */
  current: boolean;
  mergedInto: string | null;
  /** Every set of figures the incident has had, oldest first; the last is the current one. */
  history: IncidentRevision[];
}

export interface IncidentRefresh {
  incidents: number;
  /** Incidents whose figures changed (a revision was added), including new ones. */
  revised: number;
  /** Incidents no longer formed (their articles joined others). */
  retired: number;
  /** Claims whose counting in the tallies changed (a repeat of another article's figure, or no longer). */
  recounted: number;
  /** Articles read and grouped again: the new ones and their neighbourhood (every article on a rebuild). */
  regrouped: number;
  /** Articles whose profile had to be made again and whose extraction threw: left out, the others grouped. */
  failed: { documentId: number; articleId: string; error: string }[];
}
