/**
 * Which stored articles a refresh must regroup with new ones. A new article can only join an
 * incident through a scored pair, and pairs come from blocking (shared rare words, shared LSH
 * bands; pairs.ts, minhash.ts) inside the time window (constraints.json, window). Each article
 * keeps a few keys that stand for that blocking without the batch: its MinHash bands and its
 * rarest words by general-English rarity (batch frequencies are not known until the batch is).
 * The neighbourhood of new articles is the stored articles in their window sharing the most keys.
 */
import { bandKeys, fnv1a as hash } from './minhash.js';
import type { Profile } from './profile.js';
import { articleDay, withinWindow } from './profile.js';
import { backgroundWeight } from './text.js';

/** Rare words kept as keys per article: enough to find the articles it shares its names and places with. */
const TERM_KEYS = 12;
/** A key more articles of the window hold than this is a common word of the store, not a lead. */
const MAX_POSTING = 300;
/** At most this many stored neighbours per new article, the ones sharing most keys. */
const PER_ARTICLE = 10;
/** A shared band says near-identical text: it counts as much as this many shared words. */
const BAND_WEIGHT = 3;
/** A neighbour shares at least this much (one band, or two rare words). */
const MIN_SHARED = 2;


/** Band keys are even numbers, word keys odd, so a key says what it stands for. */
export function blockingKeys(p: Profile): number[] {
  const bands = bandKeys(p.signature).map((k) => (hash(`b:${k}`) & ~1) >>> 0);
  const tf = new Map<string, number>();
  for (const t of p.terms.body) if (/[a-z]/.test(t)) tf.set(t, (tf.get(t) ?? 0) + 1);
  const rare = [...tf].map(([t, n]) => ({ t, w: (1 + Math.log(n)) * Math.max(0.05, backgroundWeight(t) - 5) }))
    .sort((a, b) => b.w - a.w || (a.t < b.t ? -1 : 1)).slice(0, TERM_KEYS).map(({ t }) => (hash(`t:${t}`) | 1) >>> 0);
  return [...bands, ...rare];
}

export interface Keyed {
  doc: number;
  /** articleDay of its profile. */
  day: number | null;
  keys: readonly number[];
}

export { articleDay };

/** The stored articles of `pool` a refresh regroups with `fresh` (fresh ones excluded). */
export function neighbours(fresh: readonly Keyed[], pool: readonly Keyed[]): Set<number> {
  const postings = new Map<number, Keyed[]>();
  const isFresh = new Set(fresh.map((f) => f.doc));
  for (const k of pool) {
    if (isFresh.has(k.doc)) continue;
    for (const key of new Set(k.keys)) { const l = postings.get(key); if (l) l.push(k); else postings.set(key, [k]); }
  }
  const out = new Set<number>();
  for (const f of fresh) {
    const shared = new Map<number, number>();
    for (const key of new Set(f.keys)) {
      const list = postings.get(key);
      if (!list || list.length > MAX_POSTING) continue;
      const w = key % 2 === 0 ? BAND_WEIGHT : 1;
      for (const k of list) if (withinWindow(f.day, k.day)) shared.set(k.doc, (shared.get(k.doc) ?? 0) + w);
    }
    [...shared].filter(([, n]) => n >= MIN_SHARED).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, PER_ARTICLE).forEach(([doc]) => out.add(doc));
  }
  return out;
}
