/**
 * Pairwise evidence that two articles report one incident, and the blocking that keeps the
 * number of compared pairs near-linear: only pairs sharing a weighty word, a name, a city or
 * an LSH band are scored; every other pair is taken as two incidents.
 */
import type { Profile, Vectors } from './profile.js';
import { cosine, jaccard } from './text.js';
import { similarity } from './minhash.js';

export const FEATURES = [
  'bias', 'lead_cosine', 'body_cosine', 'names_cosine', 'minhash', 'numbers_jaccard',
  'years_shared', 'years_disjoint', 'event_same_day', 'event_days_apart', 'published_days_apart', 'published_unknown',
  'city_shared', 'city_jaccard', 'admin1_shared', 'country_disjoint', 'km_apart',
  'kind_shared', 'weapon_shared', 'actor_shared', 'killed_differs', 'killed_same',
  'lead_log', 'body_log', 'names_log', 'weak_text', 'far_apart', 'protagonists_missing',
  'city_disjoint', 'admin1_disjoint', 'figures_disjoint',
] as const;
export type FeatureName = (typeof FEATURES)[number];

const dayOf = (d: string): number => Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / 86_400_000;
/** 0 for the same day, 1 for a year or more apart, log-scaled between. */
const apart = (a: string, b: string): number => Math.min(1, Math.log1p(Math.abs(dayOf(a) - dayOf(b))) / Math.log1p(365));

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The share of `salient` that `other` never names. */
const missing = (salient: ReadonlySet<string>, other: ReadonlySet<string>): number => {
  if (!salient.size) return 0;
  let gone = 0;
  for (const n of salient) if (!other.has(n)) gone++;
  return gone / salient.size;
};
const shares = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number => ([...a].some((x) => b.has(x)) ? 1 : 0);
const disjoint = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number => (a.size && b.size && !shares(a, b) ? 1 : 0);

/**
 * Two first reports of violent events on different days, each placed in a city or region and
 * sharing none, with
 * no figure in common: two incidents, whatever the text says (constraints.json, elsewhereAnotherDay).
 */
export function elsewhereAnotherDay(a: Profile, b: Profile, daysApart: number): boolean {
  if (!a.firstReportOf || !b.firstReportOf || Math.abs(dayOf(a.firstReportOf) - dayOf(b.firstReportOf)) < daysApart) return false;
  const placed = (p: Profile) => p.cities.size + p.admin1.size > 0;
  return placed(a) && placed(b) && !shares(a.cities, b.cities) && !shares(a.admin1, b.admin1) && disjoint(a.figureValues, b.figureValues) === 1;
}

export function pairFeatures(a: Profile, va: Vectors, b: Profile, vb: Vectors): number[] {
  const f: Record<FeatureName, number> = {
    bias: 1,
    lead_cosine: cosine(va.lead, vb.lead),
    body_cosine: cosine(va.body, vb.body),
    names_cosine: cosine(va.names, vb.names),
    minhash: similarity(a.signature, b.signature),
    numbers_jaccard: jaccard(a.numbers, b.numbers),
    years_shared: shares(a.years, b.years),
    years_disjoint: disjoint(a.years, b.years),
    event_same_day: a.eventDate && b.eventDate ? (Math.abs(dayOf(a.eventDate) - dayOf(b.eventDate)) <= 1 ? 1 : 0) : 0,
    event_days_apart: a.eventDate && b.eventDate ? apart(a.eventDate, b.eventDate) : 0,
    published_days_apart: a.published && b.published ? apart(a.published, b.published) : 0,
    published_unknown: a.published && b.published ? 0 : 1,
    city_shared: shares(a.cities, b.cities),
    city_jaccard: jaccard(a.cities, b.cities),
    admin1_shared: shares(a.admin1, b.admin1),
    country_disjoint: disjoint(a.countries, b.countries),
    km_apart: a.primary && b.primary ? Math.min(1, Math.log1p(km(a.primary, b.primary)) / Math.log1p(2000)) : 0,
    kind_shared: shares(a.kinds, b.kinds),
    weapon_shared: shares(a.weapons, b.weapons),
    actor_shared: shares(a.actors, b.actors),
    killed_differs: a.figures.killed && b.figures.killed && a.figures.killed.value !== b.figures.killed.value ? 1 : 0,
    killed_same: a.figures.killed && b.figures.killed && a.figures.killed.value === b.figures.killed.value ? 1 : 0,
    // Logs spread the low end: two texts with almost nothing in common are told apart from
    // two that share a little, whatever their dates and places say.
    lead_log: 0,
    body_log: 0,
    names_log: 0,
    // Agreeing dates, kinds and tolls are common among unrelated shootings; without shared
    // words they are not enough, and neither is a shared date between distant places.
    weak_text: 0,
    // Two reports of one event share its protagonists; two events of one kind (two boxing
    // matches of one champion) differ in the others they name again and again.
    protagonists_missing: 0,
    far_apart: a.primary && b.primary && !shares(a.cities, b.cities) && km(a.primary, b.primary) > 300 ? 1 : 0,
    // Two attacks of one night read alike; where both name their cities, regions or figures and
    // share none of them, they are two (city_shared alone cannot tell "none named" from "others named").
    city_disjoint: disjoint(a.cities, b.cities),
    admin1_disjoint: disjoint(a.admin1, b.admin1),
    figures_disjoint: disjoint(a.figureValues, b.figureValues),
  };
  f.protagonists_missing = (missing(a.salient, b.nameSet) + missing(b.salient, a.nameSet)) / 2;
  f.weak_text = f.lead_cosine < 0.1 && f.body_cosine < 0.1 ? 1 : 0;
  f.lead_log = Math.log(f.lead_cosine + 0.02);
  f.body_log = Math.log(f.body_cosine + 0.02);
  f.names_log = Math.log(f.names_cosine + 0.02);
  return FEATURES.map((k) => f[k]);
}

/** At most this many candidates per article and row (its later articles), the strongest by body similarity. */
const MAX_PAIRS_PER_ROW = 60;

/**
 * Candidate pairs [i, j], i < j: those whose body vectors share a term rarer than `maxShare` of
 * the batch (an inverted index, so common words never pair everything with everything).
 */
export function candidates(vectors: readonly Vectors[], maxShare = 0.15, minDot = 0.04, minLimit = 25, maxPosting = 300, perRow = MAX_PAIRS_PER_ROW): [number, number][] {
  const postings = new Map<string, [number, number][]>();
  vectors.forEach((v, i) => {
    for (const [t, w] of v.body) {
      const list = postings.get(t);
      if (list) list.push([i, w]);
      else postings.set(t, [[i, w]]);
    }
  });
  // A small batch compares everything; a large one skips the words too many articles share,
  // and no word's posting list is paired out beyond `maxPosting` (quadratic in its length).
  const limit = Math.max(minLimit, Math.min(maxPosting, Math.ceil(vectors.length * maxShare)));
  // Row by row, each article's dot products with the later ones accumulate in one typed array
  // (a sparse product): the same sums as pair by pair, without a map entry per pair.
  const n = vectors.length;
  const acc = new Float64Array(n);
  const seen = new Uint8Array(n);
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const touched: number[] = [];
    for (const [t, w] of vectors[i]!.body) {
      const list = postings.get(t)!;
      if (list.length < 2 || list.length > limit) continue;
      for (const [j, wj] of list) {
        if (j <= i) continue;
        if (!seen[j]) { seen[j] = 1; touched.push(j); }
        acc[j] = acc[j]! + w * wj;
      }
    }
    // Only an article's strongest links: a store where thousands of articles share the same
    // moderately rare words (one long war, one region) would otherwise pair every one of them
    // with every other, quadratic in memory; clustering needs the strong links only.
    let keep = touched.filter((j) => acc[j]! >= minDot);
    if (keep.length > perRow) keep = keep.sort((a, b) => acc[b]! - acc[a]! || a - b).slice(0, perRow);
    for (const j of keep.sort((a, b) => a - b)) out.push([i, j]);
    for (const j of touched) { acc[j] = 0; seen[j] = 0; }
  }
  return out;
}
