/**
 * A keyword index over many word-bounded patterns, so that a sentence is run only against the
 * patterns that can match it. Running every trigger, actor and sector pattern over every sentence
 * was most of the events stage's time; most patterns cannot match most sentences.
 *
 * The index is derived from the patterns themselves, not curated beside them (a curated keyword
 * list would drift from data/events/*.tsv): for each pattern we compute the set of short literal
 * prefixes (up to PREFIX_LEN characters, ASCII, lower-cased) that every match must begin with.
 * A pattern whose matches can begin with anything (`\d+ ?mm`, `\w+ by`) has no prefix set and is
 * always run. The test is a necessary condition only, so results are exactly those of running
 * every pattern: the filter never drops a match, it only skips patterns that would find nothing.
 */

import { literalPrefixes as readPrefixes } from './prefixes.js';
import { LiteralGate, literalRow, requiredLiterals, restLiterals } from './literals.js';

// Prefixes are indexed by their first three characters and checked in full (up to LONG_PREFIX):
// a longer literal rules out more places before the (costlier) pattern is tried.
const PREFIX_LEN = 3;
const LONG_PREFIX = 12;
// A node with this many children is looked up by a table rather than scanned.
const DENSE_CHILDREN = 4;
// How many texts' matches are kept: an article's sentence is asked about by classify, then again
// by findActorMentions and the place's party countries once the sentences of every article of the
// batch are read (extractEventsOf: a batch of 64 articles holds a few thousand sentences).
const KEPT_TEXTS = 4096;

/** Prefix sets of regex source `src`, or null when unbounded (src/events/prefixes.ts). */
export function literalPrefixes(src: string, maxLength = PREFIX_LEN): string[] | null {
  return readPrefixes(src, maxLength);
}

/**
 * A pattern's prefixes at the longest length that keeps them under MAX_PREFIXES: a longer literal
 * rules out more word starts ("(?:form|formed|forms) (?:an? |the )…" by its first three letters
 * was tried at every "for").
 */
function longestPrefixes(source: string): string[] | null {
  for (const length of [LONG_PREFIX, 8, 6, 5, 4]) {
    const list = literalPrefixes(source, length);
    if (list) return list;
  }
  return literalPrefixes(source);
}

// The patterns are wrapped in (?<![\w-]): a match starts where the previous character is neither.
const isWordish = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45;

export interface IndexedPattern {
  /** The pattern as written in the data, before word-bounding. */
  source: string;
  /** The word-bounded, global pattern. */
  pattern: RegExp;
}

// ASCII lower-casing is exact here: under /i without /u a non-ASCII character never matches an
// ASCII one. Non-ASCII maps to 0, which no prefix uses.
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c < 128 ? c : 0);

interface TrieNode { next: Map<number, TrieNode>; ends: number[] }

/**
 * The prefix trie in flat arrays. Each node is a record of NODE_FIELDS numbers in `nodes`, and
 * is named by the record's offset there: its patterns are endList[nodes[k] .. nodes[k + 1]), its
 * children the (character, node) pairs of children[nodes[k + 3] .. nodes[k + 4]). Most nodes have
 * one child, so a short scan beats a Map look-up per character; the root and the nodes with many
 * children (the first letters of words, where most walks end) have a table by character, at
 * dense[nodes[k + 2] + code] (nodes[k + 2] < 0 for none). A step of a walk reads one record and
 * one run of pairs, a cache line or two: with a node's fields in parallel arrays it read four
 * lines, and the walk runs at every word start of every sentence.
 */
interface FlatTrie {
  root: Int32Array;
  nodes: Int32Array;
  dense: Int32Array;
  children: Int32Array;
  endList: Int32Array;
}

const NODE_FIELDS = 5;

function flatten(trie: TrieNode): FlatTrie {
  const order: TrieNode[] = [trie];
  for (let k = 0; k < order.length; k++) for (const child of order[k]!.next.values()) order.push(child);
  const at = new Map(order.map((n, k) => [n, k * NODE_FIELDS]));
  const nodes = new Int32Array(order.length * NODE_FIELDS);
  const pairs: number[] = [];
  const ends: number[] = [];
  const wide = order.filter((n) => n.next.size >= DENSE_CHILDREN);
  const dense = new Int32Array(128 * wide.length).fill(-1);
  const denseAt = new Map(wide.map((n, w) => [n, 128 * w]));
  order.forEach((n, k) => {
    const r = k * NODE_FIELDS;
    nodes[r] = ends.length;
    ends.push(...n.ends);
    nodes[r + 1] = ends.length;
    nodes[r + 2] = denseAt.get(n) ?? -1;
    nodes[r + 3] = pairs.length;
    for (const [c, child] of n.next) {
      pairs.push(c, at.get(child)!);
      if (nodes[r + 2]! >= 0) dense[nodes[r + 2]! + c] = at.get(child)!;
    }
    nodes[r + 4] = pairs.length;
  });
  const root = new Int32Array(128).fill(-1);
  for (const [c, child] of trie.next) root[c] = at.get(child)!;
  return { root, nodes, dense, children: Int32Array.from(pairs), endList: Int32Array.from(ends) };
}

/**
 * Sorts a short list of numbers in place. Array.prototype.sort copies its array into a work array
 * on every call: run once per sentence per index, that copy was a tenth of the events stage's garbage.
 */
function sortSmall(xs: Int32Array, length: number): void {
  for (let i = 1; i < length; i++) {
    const x = xs[i]!;
    let j = i - 1;
    for (; j >= 0 && xs[j]! > x; j--) xs[j + 1] = xs[j]!;
    xs[j + 1] = x;
  }
}

/** One match: which pattern (index into the list given) and the match itself. */
export interface PatternMatch {
  n: number;
  m: RegExpExecArray;
}

/**
 * Indexes word-bounded patterns by the literal prefixes their matches begin with. A text is read
 * once for the positions where an indexed prefix begins a word; each pattern is then tried only at
 * its own positions, anchored (sticky), instead of being scanned over the whole text.
 */
export class PatternIndex {
  // The prefixes in a trie over lower-cased ASCII codes, so each word start costs one walk of at
  // most LONG_PREFIX steps, however many prefixes share its first letters (a bucket per
  // three-letter start cost a string comparison per prefix: ~200 for "set", "bui", "ope").
  private readonly trie: FlatTrie;
  private readonly always: number[] = [];
  private readonly sticky: RegExp[];
  // Per pattern, literals one of which its every match holds beyond its prefix (literals.ts), or null:
  // a pattern whose prefix opens common words ("is", "will", a digit) is tried only where they occur.
  // A pattern with no prefix ("Élysée": no ASCII start) is scanned whole only where its literals occur.
  private readonly needs: Array<LiteralGate | null>;
  // Per pattern, literals one of which its every match holds past its opening words (literals.ts restLiterals), or null.
  private readonly rests: Array<LiteralGate | null>;
  // The matches of the texts asked about lately (see KEPT_TEXTS), by text.
  private readonly kept = new Map<string, PatternMatch[]>();

  /** `keep`: how many texts' matches are kept for a later ask (0: none, for an index asked once per text). */
  constructor(private readonly entries: readonly IndexedPattern[], private readonly keep = KEPT_TEXTS) {
    this.sticky = entries.map(({ pattern }) => new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`));
    // The longest prefixes the pattern has few enough of; the short ones always fit.
    const prefixes = entries.map(({ source }) => longestPrefixes(source));
    const trie: TrieNode = { next: new Map(), ends: [] };
    prefixes.forEach((list, n) => {
      if (!list) { this.always.push(n); return; }
      for (const p of list) {
        let node = trie;
        for (let k = 0; k < p.length; k++) {
          const c = p.charCodeAt(k);
          let child = node.next.get(c);
          if (!child) { child = { next: new Map(), ends: [] }; node.next.set(c, child); }
          node = child;
        }
        if (!node.ends.includes(n)) node.ends.push(n);
      }
    });
    this.trie = flatten(trie);
    // A literal that every prefix starts with is already proved by the prefix: no second test.
    const proved = (list: string[] | null, literals: string[]): boolean => !!list?.every((p) => literals.some((l) => p.startsWith(l)));
    this.needs = entries.map(({ pattern }, n) => {
      const needs = requiredLiterals(pattern.source, 2);
      return needs && !proved(prefixes[n]!, needs) ? new LiteralGate(needs) : null;
    });
    // What the pattern needs past its opening words ("families … fled"): most prefixes found ("families") stand in
    // sentences that hold none of it, where trying the pattern would find nothing.
    this.rests = entries.map(({ pattern }, n) => {
      const rest = restLiterals(pattern.source);
      const needs = this.needs[n]?.literals;
      return rest && !proved(prefixes[n]!, rest) && !(needs && rest.length === needs.length && rest.every((l) => needs.includes(l))) ? new LiteralGate(rest) : null;
    });
    this.head = new Int32Array(entries.length);
    this.tail = new Int32Array(entries.length).fill(-1);
    this.touched = new Int32Array(entries.length);
  }

  /**
   * Every match of every pattern in `text`, ordered by pattern then position: exactly what a
   * `pattern.exec` loop over each pattern in turn finds. (The array is shared between calls with
   * the same text: do not change it.)
   */
  matches(text: string): readonly PatternMatch[] {
    if (this.keep === 0) return this.find(text);
    let found = this.kept.get(text);
    if (found) return found;
    if (this.kept.size >= this.keep) this.kept.clear();
    found = this.find(text);
    this.kept.set(text, found);
    return found;
  }

  // Scratch of find(), reused from text to text (it never nests): per pattern the first and last
  // of its start positions, chained in `pairNext`; a new array per pattern per sentence was most
  // of the events stage's garbage, and a pass over every pattern most of its bookkeeping.
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  private pairStart = new Int32Array(256);
  private pairNext = new Int32Array(256);
  // The patterns touched, in touchedCount leading cells: each pattern at most once, so the list
  // never outgrows one cell per pattern. (An array emptied per sentence gave up its storage and
  // grew it again at the next.)
  private readonly touched: Int32Array;
  private touchedCount = 0;

  private find(text: string): PatternMatch[] {
    this.markStarts(text);
    return this.matchTouched(text);
  }

  /**
   * Every pattern whose literal prefix starts at a word start: the start, chained per pattern (head/tail/pairNext).
   *
   * Walked by characters on purpose. Reading the starts per spelling instead (the trie's walks inside
   * each interned form, found once per process; per token one look-up, and only a walk that runs past
   * the token goes on in the text) was tried: 1.5x faster over the sentences alone, but 40% slower
   * inside the events stage (sampled in one process, alternate passes over the real news): a token's
   * form, its row of a table by form id and its list of walks are loads that miss the cache there,
   * while this walk reads the text in order and a few trie rows that stay hot.
   */
  private markStarts(text: string): void {
    const { head, tail, touched } = this;
    let count = 0;
    let pairs = 0;
    const { root, nodes, dense, children, endList } = this.trie;
    const len = text.length;
    let prevWordish = false;
    for (let s = 0; s < len; s++) {
      const first = text.charCodeAt(s);
      const atStart = !prevWordish;
      prevWordish = isWordish(first);
      if (!atStart) continue;
      let node = root[lowerAscii(first)]!;
      for (let k = s + 1; node >= 0; k++) {
        for (let e = nodes[node]!, last = nodes[node + 1]!; e < last; e++) {
          const n = endList[e]!;
          const t = tail[n]!;
          if (t >= 0 && this.pairStart[t] === s) continue;
          if (pairs === this.pairStart.length) this.growPairs();
          this.pairStart[pairs] = s;
          this.pairNext[pairs] = -1;
          if (t < 0) { head[n] = pairs; touched[count++] = n; } else this.pairNext[t] = pairs;
          tail[n] = pairs++;
        }
        if (k >= len) break;
        const c = lowerAscii(text.charCodeAt(k));
        const table = nodes[node + 2]!;
        if (table >= 0) { node = dense[table + c]!; continue; }
        let next = -1;
        for (let j = nodes[node + 3]!, last = nodes[node + 4]!; j < last; j += 2) if (children[j] === c) { next = children[j + 1]!; break; }
        node = next;
      }
    }
    this.touchedCount = count;
  }

  /** The matches of the patterns marked, in pattern order, each tried only at its prefix's starts. */
  private matchTouched(text: string): PatternMatch[] {
    const { head, tail, touched } = this;
    // Patterns in their order (the always-run ones have no prefix, so none was touched above).
    let count = this.touchedCount;
    for (const n of this.always) touched[count++] = n;
    sortSmall(touched, count);
    const out: PatternMatch[] = [];
    // The text's literal readings, looked up once for all its patterns' gates (no other text is read meanwhile).
    let row = -1;
    for (let k = 0; k < count; k++) {
      const n = touched[k]!;
      const needs = this.needs[n];
      const rest = this.rests[n];
      if ((needs || rest) && row < 0) row = literalRow(text);
      if (tail[n]! < 0) {
        // No prefix to anchor on: scanned whole, as before.
        if ((needs && !needs.mayAt(row)) || (rest && !rest.mayAt(row))) continue;
        const { pattern } = this.entries[n]!;
        pattern.lastIndex = 0;
        for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push({ n, m });
        continue;
      }
      // A global scan takes the leftmost match, then goes on from its end; every possible match
      // starts at one of its positions, so trying them in order finds the same matches.
      if ((needs && !needs.mayAt(row)) || (rest && !rest.mayAt(row))) { tail[n] = -1; continue; }
      const re = this.sticky[n]!;
      let from = 0;
      for (let p = head[n]!; p >= 0; p = this.pairNext[p]!) {
        const s = this.pairStart[p]!;
        if (s < from) continue;
        re.lastIndex = s;
        const m = re.exec(text);
        if (!m) continue;
        out.push({ n, m });
        from = s + Math.max(m[0].length, 1);
      }
      tail[n] = -1;
    }
    this.touchedCount = 0;
    return out;
  }

  private growPairs(): void {
    const start = new Int32Array(this.pairStart.length * 2);
    const next = new Int32Array(this.pairNext.length * 2);
    start.set(this.pairStart);
    next.set(this.pairNext);
    this.pairStart = start;
    this.pairNext = next;
  }
}
