/**
 * The reconcile stage: from many articles' extractions to one record per real-world incident.
 *
 *   profiles → near-duplicates (MinHash) → blocked candidate pairs → learned pair probability
 *   → average-link clustering → per incident: stable id, claimants, reconciled figures, grade.
 */
import { createHash } from 'node:crypto';
import type { Extraction } from '../types.js';
import { averageLink, type ScoredPair, type Seeds } from './cluster.js';
import { noneReported, reconcileKind, supersededWounds } from './figures.js';
import { candidatePairs, copiesOf } from './minhash.js';
import { loadModel, probability, type Model } from './model.js';
import { candidates, elsewhereAnotherDay, pairFeatures } from './pairs.js';
import { articleDay, constraintRules, dayNumber, profileOf, vectorsOf, type Profile, type Vectors } from './profile.js';
import { TermWeights } from './text.js';
import type { Grade, Incident, IncidentSet } from './types.js';

export type { CasualtyKind, Grade, Incident, IncidentArticle, IncidentSet, Reconciled, Report } from './types.js';
export { FEATURES } from './pairs.js';
export { profileOf, type Profile } from './profile.js';
export { decodeProfile, encodeProfile, PROFILE_VERSION } from './serialize.js';
export { countedArticles, COUNTING_RULE, type ArticleTotals } from './counted.js';
export { averageLink, MAX_COMPONENT, type Seeds } from './cluster.js';
export { articleDay, blockingKeys, neighbours, type Keyed } from './keys.js';
export { constraintRules } from './profile.js';
export { probability, type Model, type Weights } from './model.js';

/** A batch read once: profiles, vectors, and every candidate pair's features. */
export interface Batch {
  profiles: Profile[];
  vectors: Vectors[];
  pairs: { i: number; j: number; x: number[] }[];
}

export function prepareBatch(extractions: readonly Extraction[]): Batch {
  return prepareProfiles(extractions.map(profileOf));
}

/** The same from profiles already made (the store keeps one per article); `index` must be the position. */
export function prepareProfiles(profiles: Profile[]): Batch {
  const weights = new TermWeights();
  for (const p of profiles) weights.add([...p.terms.body, ...p.terms.lead, ...p.terms.names]);
  const vectors = profiles.map((p) => vectorsOf(p, weights));
  const keys = new Set<number>();
  const n = profiles.length;
  for (const [i, j] of [...candidates(vectors), ...candidatePairs(profiles.map((p) => p.signature))]) keys.add(i * n + j);
  const pairs = [...keys].sort((a, b) => a - b).map((k) => {
    const [i, j] = [Math.floor(k / n), k % n];
    return { i, j, x: pairFeatures(profiles[i]!, vectors[i]!, profiles[j]!, vectors[j]!) };
  });
  return { profiles, vectors, pairs };
}

/** For each article, the index of the article it copies, when it is a near-duplicate. */
function copyMap(batch: Batch, model: Model): Map<number, number> {
  const copies = copiesOf(batch.profiles.map((p) => p.signature), model.copyThreshold);
  const out = new Map<number, number>();
  copies.forEach((c, i) => { if (c !== null) out.set(i, c); });
  return out;
}

/**
 * What an incremental refresh adds (src/reconcile/cluster.ts, Seeds): each article's incident
 * so far (null for a new one) and whether it was grouped before.
 */
export interface Grouped {
  groups: readonly (string | null)[];
  frozen: readonly boolean[];
}

/** The cluster label of each article (the lowest index of its cluster) and the scored pairs. */
export function clusterBatch(batch: Batch, model: Model, grouped?: Grouped): { labels: number[]; scored: ScoredPair[]; copyOf: Map<number, number> } {
  const copyOf = copyMap(batch, model);
  const { daysApart } = constraintRules().elsewhereAnotherDay;
  const days = batch.profiles.map(articleDay);
  const scored = batch.pairs.map(({ i, j, x }) => {
    const copy = copyOf.get(j) === i || copyOf.get(i) === j || (copyOf.has(i) && copyOf.get(i) === copyOf.get(j));
    const [a, b] = [batch.profiles[i]!, batch.profiles[j]!];
    if (copy) return { i, j, p: 1 };
    return { i, j, p: elsewhereAnotherDay(a, b, daysApart) ? 0 : probability(model, x, !!a.published && !!b.published) };
  });
  const dates = { firstDays: batch.profiles.map((p) => (p.firstReportOf ? dayNumber(p.firstReportOf) : null)), daysApart: constraintRules().firstReport.daysApart };
  const seeds: Seeds = { ...grouped, days };
  return { labels: averageLink(batch.profiles.length, scored, model.mergeThreshold, dates, seeds), scored, copyOf };
}

/** Derived from the earliest article's id, date and place: adding later articles keeps it. */
function incidentId(members: readonly Profile[]): string {
  const first = [...members].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.id.localeCompare(b.id))[0]!;
  const hash = createHash('sha256').update(`${first.id}|${first.eventDate ?? first.published ?? ''}|${first.placeName ?? ''}`).digest('hex');
  return `inc-${hash.slice(0, 12)}`;
}

function whereOf(members: readonly Profile[]): Incident['where'] {
  const m = members.find((p) => p.primary);
  return m?.primary ? { lat: m.primary.lat, lon: m.primary.lon } : null;
}

function gradeOf(incident: Pick<Incident, 'killed' | 'injured'>, independent: number, conceded: boolean): Grade {
  if ((incident.killed?.contradictions.length ?? 0) + (incident.injured?.contradictions.length ?? 0) > 0) return 'contested';
  if (conceded) return 'conceded by a party';
  return independent > 1 ? 'several independent sources' : 'one source';
}

function buildIncident(members: Profile[], copyOf: ReadonlyMap<number, number>, scored: readonly ScoredPair[]): Incident {
  const inside = new Set(members.map((m) => m.index));
  const within = scored.filter((s) => inside.has(s.i) && inside.has(s.j));
  const possible = (members.length * (members.length - 1)) / 2;
  let killed = reconcileKind(members, copyOf, 'killed');
  let injured = reconcileKind(members, copyOf, 'injured');
  if (killed && !injured) injured = noneReported('injured', members);
  if (injured && !killed) killed = noneReported('killed', members);
  if (injured) injured = supersededWounds(injured, killed);
  const dated = members.map((m) => m.eventDate ?? m.published).filter((d): d is string => !!d).sort();
  const partial = { killed, injured };
  return {
    id: incidentId(members),
    date: dated[0] ?? null,
    place: members.find((m) => m.placeName)?.placeName ?? null,
    where: whereOf(members),
    kind: [...(members[0]?.kinds ?? [])][0] ?? null,
    articles: members.map((m) => ({ id: m.id, title: m.title || null, published: m.published, copyOf: copyOf.has(m.index) ? members.find((o) => o.index === copyOf.get(m.index))?.id ?? null : null })),
    ...partial,
    grade: gradeOf(partial, members.filter((m) => !copyOf.has(m.index)).length, members.some((m) => m.concedes)),
    confidence: possible ? Number((within.reduce((s, p) => s + p.p, 0) / possible).toFixed(3)) : 1,
  };
}

/** Incidents of a prepared batch. */
export function incidentsOfBatch(batch: Batch, model: Model = loadModel(), grouped?: Grouped): IncidentSet {
  const { labels, scored, copyOf } = clusterBatch(batch, model, grouped);
  const groups = new Map<number, Profile[]>();
  labels.forEach((l, i) => groups.set(l, [...(groups.get(l) ?? []), batch.profiles[i]!]));
  const idOf = new Map<number, string>();
  const incidents = [...groups].map(([label, members]) => {
    const incident = buildIncident(members, copyOf, scored);
    idOf.set(label, incident.id);
    return incident;
  });
  return { incidents, incidentOf: labels.map((l) => idOf.get(l)!) };
}

/** The entry function: many articles' extractions in, one record per incident out. */
export function reconcileIncidents(extractions: readonly Extraction[], model: Model = loadModel()): IncidentSet {
  return incidentsOfBatch(prepareBatch(extractions), model);
}

/**
 * The same from stored profiles, in any order (each profile's `index` its position); `grouped`
 * for a refresh that regroups new articles with incidents already formed.
 */
export function reconcileProfiles(profiles: Profile[], model: Model = loadModel(), grouped?: Grouped): IncidentSet {
  return incidentsOfBatch(prepareProfiles(profiles), model, grouped);
}
