/** The records the reconcile stage produces: one per real-world incident, across articles. */

export type CasualtyKind = 'killed' | 'injured';

/** One independent article's figure for an incident (its copies named, not counted again). */
export interface Report {
  article: string;
  published: string | null;
  value: number;
  /** claim: a stated count; cue: read from headline/lead wording; none: no figure given, taken as zero. */
  basis: 'claim' | 'cue' | 'none';
  qualifier: string | null;
  claimant: string | null;
  evidence: { start: number; end: number } | null;
  /** Articles that copy this one (syndicated wire text): the same source, not a second one. */
  copies: string[];
}

export interface Reconciled {
  low: number;
  best: number;
  high: number;
  /** Which rule chose `best`, in words. */
  rule: string;
  /** Every report, oldest first: the history, never overwritten. */
  reports: Report[];
  /** Pairs of reports whose figures cannot both hold. */
  contradictions: { a: string; b: string; why: string }[];
}

export type Grade = 'one source' | 'several independent sources' | 'contested' | 'conceded by a party';

export interface IncidentArticle {
  id: string;
  title: string | null;
  published: string | null;
  /** The article this one copies, when it is a near-duplicate. */
  copyOf: string | null;
}

export interface Incident {
  id: string;
  date: string | null;
  place: string | null;
  /** Coordinates of the first member article's resolved place, for a map. */
  where: { lat: number; lon: number } | null;
  kind: string | null;
  articles: IncidentArticle[];
  killed: Reconciled | null;
  injured: Reconciled | null;
  grade: Grade;
  /** Mean pairwise probability within the incident (1 for a lone article). */
  confidence: number;
}

export interface IncidentSet {
  incidents: Incident[];
  /** The incident id of each input extraction, in input order. */
  incidentOf: string[];
}
