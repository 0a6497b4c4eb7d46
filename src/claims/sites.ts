import type { PlaceMention } from '../types.js';
import type { Sentence } from '../language/index.js';
import { namedSites } from '../places/index.js';

const byStart = (a: PlaceMention, b: PlaceMention): number => a.start - b.start;

/**
 * The named sites of one sentence (places/sites.ts: "the X oil refinery", "the X border crossing"), read against
 * all the text's mentions. "Medics at the X hospital in Y said …": a site where a source speaks is no place of what it reports.
 */
function sitesOf(text: string, s: Sentence, places: readonly PlaceMention[]): PlaceMention[] {
  return namedSites(text, s, places).filter((m) => !m.speaks);
}

/** The mentions with the sites in place of the names inside them, in text order. */
function replacedBySites(places: readonly PlaceMention[], sites: readonly PlaceMention[]): PlaceMention[] {
  if (!sites.length) return [...places];
  const kept = places.filter((p) => !sites.some((x) => p.start >= x.start && p.end <= x.end));
  return [...kept, ...sites].sort(byStart);
}

/**
 * The mentions of the text with the named sites of its sentences in place of the names inside them: a count told
 * of a site is there, whether or not the gazetteer knows X, and X alone would read as a modifier of the site.
 */
export function withSites(text: string, sentences: readonly Sentence[], places: readonly PlaceMention[]): PlaceMention[] {
  return replacedBySites(places, sentences.flatMap((s) => sitesOf(text, s, places)));
}

/**
 * An article's mentions with its sites (withSites, sorted by start), read per sentence on first ask: most sentences
 * are never asked for their places, and the whole list only when a claim's place is ranked against the article's.
 * A site lies within its sentence, so it replaces only mentions that start in that sentence: a sentence's share of
 * the whole list is its own mentions with its own sites, in the same order (all sorts are stable, by start).
 */
export class SitedMentions {
  private readonly sorted: PlaceMention[];
  private readonly sites: (PlaceMention[] | undefined)[];
  private whole: PlaceMention[] | null = null;
  // Sentences that overlap or run back (never seen) take their shares of the whole list, read at once, as before.
  private readonly eager: PlaceMention[][] | null;

  /** `places`: the mentions sites are read against (withSettlements, withAirports), in the order those give. */
  constructor(private readonly text: string, private readonly sentences: readonly Sentence[], private readonly places: readonly PlaceMention[]) {
    this.sites = new Array<PlaceMention[] | undefined>(sentences.length);
    this.sorted = [...places].sort(byStart);
    this.eager = inTextOrder(sentences) ? null : cursorShares(this.all, sentences);
  }

  /** All the article's mentions with its sites, sorted by start (the same array on every ask). */
  get all(): PlaceMention[] {
    if (this.whole) return this.whole;
    const sites = this.sentences.flatMap((s, i) => this.sitesAt(i));
    return (this.whole = replacedBySites(this.places, sites).sort(byStart));
  }

  /** The mentions that start within sentence `si`, sites in place of the names inside them. */
  in(si: number): PlaceMention[] {
    if (this.eager) return this.eager[si]!;
    const s = this.sentences[si]!;
    const all = this.sorted;
    const first = firstFrom(all, s.start);
    let last = first;
    while (last < all.length && all[last]!.start < s.end) last++;
    const own = all.slice(first, last);
    const sites = this.sitesAt(si);
    return sites.length ? replacedBySites(own, sites) : own;
  }

  private sitesAt(si: number): PlaceMention[] {
    return (this.sites[si] ??= sitesOf(this.text, this.sentences[si]!, this.places));
  }
}

/** The index of the first mention starting at or after `at` in a list sorted by start. */
function firstFrom(sorted: readonly PlaceMention[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Each sentence's mentions as a cursor read them in sentence order (it never runs back). */
function cursorShares(all: readonly PlaceMention[], sentences: readonly Sentence[]): PlaceMention[][] {
  let cursor = 0;
  return sentences.map((s) => {
    while (cursor < all.length && all[cursor]!.start < s.start) cursor++;
    let last = cursor;
    while (last < all.length && all[last]!.start < s.end) last++;
    return all.slice(cursor, last);
  });
}

function inTextOrder(sentences: readonly Sentence[]): boolean {
  for (let i = 1; i < sentences.length; i++) if (sentences[i]!.start < sentences[i - 1]!.end) return false;
  return sentences.every((s) => s.start <= s.end);
}
