import { readFileSync } from 'node:fs';
import { formOf, type LoadedRules, type RuleSpec, type Token, type WordForm } from '../language/index.js';

/**
 * A cheap, exact test of whether any statement rule could match a sentence: every mandatory step of a
 * rule that names words (LOWER, LEMMA, TEXT) or affixes (PREFIX, SUFFIX) needs a token of the sentence
 * that has them. Derived from the rules when they load, so it follows the data: a sentence without all
 * the words of some one rule is spared its annotation (lemmas, scopes) and the matcher, which would
 * find nothing. The matcher's own pre-test (mayMatch) asks for one word of one step; most sentences
 * pass that and then fail a later step.
 */
type Spec = RuleSpec['pattern'][number];
type Words = NonNullable<Spec['LOWER']>;

/** One thing a mandatory step needs of some token: a word in a set (by field), or an affix. */
type Need = { field: 'norm' | 'lemma' | 'text'; words: ReadonlySet<string> } | { affix: 'prefix' | 'suffix'; words: readonly string[] };

function minOf(op: string | undefined): number {
  if (op === undefined || op === '+') return 1;
  if (op === '?' || op === '*' || op === '!') return 0;
  const lo = op.slice(1, -1).split(',')[0];
  return lo ? Number(lo) : 0;
}

/** As the matcher reads a step's words: literal words folded unless TEXT, a set's words as the loader lower-cased them. */
function wordsOf(words: Words, sets: ReadonlyMap<string, readonly string[]>, fold: boolean, where: string): ReadonlySet<string> | null {
  if (typeof words === 'object' && 'NOT_IN' in words) return null;
  const f = (w: string): string => (fold ? w.toLowerCase() : w);
  const list = typeof words === 'string' ? [words] : words.IN;
  const expand = (w: string): string[] => {
    if (!w.startsWith('@')) return [f(w)];
    const set = sets.get(w.slice(1));
    if (!set) throw new Error(`${where}: unknown word set ${w}`);
    return set.map(f);
  };
  return new Set(typeof list === 'string' ? expand(list) : list.flatMap(expand));
}

function needsOf(pattern: readonly Spec[], sets: ReadonlyMap<string, readonly string[]>, where: string): Need[] {
  const out: Need[] = [];
  for (const spec of pattern) {
    if (minOf(spec.OP) === 0) continue;
    for (const [attr, field] of [['LOWER', 'norm'], ['LEMMA', 'lemma'], ['TEXT', 'text']] as const) {
      const words = spec[attr];
      const set = words === undefined ? null : wordsOf(words, sets, attr !== 'TEXT', where);
      if (set) out.push({ field, words: set });
    }
    for (const [attr, affix] of [['PREFIX', 'prefix'], ['SUFFIX', 'suffix']] as const) {
      const a = spec[attr];
      if (a !== undefined) out.push({ affix, words: (typeof a === 'string' ? [a] : a.IN).map((w) => w.toLowerCase()) });
    }
  }
  return out;
}

function has(need: Need, f: WordForm): boolean {
  if ('field' in need) return need.words.has(need.field === 'norm' ? f.norm : need.field === 'lemma' ? f.lemma : f.text);
  return need.affix === 'prefix' ? need.words.some((w) => f.norm.startsWith(w)) : need.words.some((w) => f.norm.endsWith(w));
}

const NONE: readonly number[] = Object.freeze([]);

/** How seldom a need is likely met, by the length of its shortest word (an affix need: 0, most words have one). */
function specificity(need: Need): number {
  if (!('field' in need)) return 0;
  let min = Infinity;
  for (const w of need.words) min = Math.min(min, w.length);
  return min;
}

export class RuleGate {
  /** The distinct needs of all rules, and per rule the indices of its needs. */
  private readonly needs: Need[] = [];
  private readonly rules: (readonly number[])[] = [];
  /**
   * Per spelling's shared form, the needs it meets (most meet none): kept in an array by the form's id
   * (of the form table's current generation), so a look-up hashes nothing (a string-keyed cache and a
   * WeakMap by form both measured slower).
   */
  private met: (readonly number[] | undefined)[] = [];
  private metGeneration = -1;
  /** Stamp of the sentence that met each need: no clearing between sentences. */
  private readonly seen: Int32Array;
  private stamp = 0;
  private open = false;

  /** The rules of `loaded` (those `only` keeps, by id) read from the rule files in `dir`. */
  constructor(loaded: LoadedRules, dir: URL, only: (id: string) => boolean = () => true) {
    const setsOf = new Map<string, ReadonlyMap<string, readonly string[]>>();
    const key = new Map<string, number>();
    for (const { file, spec } of loaded.specs) {
      if (!only(spec.id)) continue;
      let sets = setsOf.get(file);
      if (!sets) setsOf.set(file, (sets = readSets(new URL(file, dir), file)));
      const own: number[] = [];
      for (const need of needsOf(spec.pattern, sets, `data/rules/${file} rule "${spec.id}"`)) {
        const k = 'field' in need ? `${need.field}:${[...need.words].sort().join('|')}` : `${need.affix}:${[...need.words].sort().join('|')}`;
        let n = key.get(k);
        if (n === undefined) key.set(k, (n = this.needs.push(need) - 1));
        if (!own.includes(n)) own.push(n);
      }
      // A rule of no named words may match any sentence: the gate then lets every one through.
      if (!own.length) this.open = true;
      this.rules.push(own);
    }
    this.seen = new Int32Array(this.needs.length);
    // Each rule is filed under its first need: a rule whose needs are all met has that one met, so only
    // the rules filed under a need the sentence met are read (not every rule for every sentence).
    this.byFirst = this.needs.map(() => []);
    for (const own of this.rules) if (own.length) this.byFirst[own[0]!]!.push(own);
    for (const own of this.rules) if (own.length) this.keyed.add(own.reduce((best, n) => (specificity(this.needs[n]!) > specificity(this.needs[best]!) ? n : best)));
  }

  /** Per need, the rules filed under it (their first need). */
  private readonly byFirst: (readonly number[])[][];
  /** The needs met by the sentence being read, in the order met (reused: no array per sentence). */
  private readonly metNow: number[] = [];

  private metBy(f: WordForm): readonly number[] {
    if (f.generation !== this.metGeneration) {
      // A form of an older generation (its id may be a newer form's) is answered without being kept.
      if (f.generation < this.metGeneration) return this.needsMet(f);
      [this.met, this.metGeneration] = [[], f.generation];
    }
    const met = this.met;
    const id = f.id;
    // Grown by push, never by a write past its end: an array with holes would turn into a dictionary.
    while (met.length <= id) met.push(undefined);
    let m = met[id];
    if (m === undefined) met[id] = m = this.needsMet(f);
    return m;
  }

  private needsMet(f: WordForm): readonly number[] {
    const found: number[] = [];
    for (let n = 0; n < this.needs.length; n++) if (has(this.needs[n]!, f)) found.push(n);
    return found.length ? found : NONE;
  }

  /**
   * Per rule, the one need its sentence is tested for first (keyed): the need of the longest shortest word, as
   * function words ("in", "was") are short and met by most sentences. Any need of a rule would be exact: a rule
   * whose needs are all met has its key need met.
   */
  private readonly keyed = new Set<number>();

  /** Whether a spelling meets the key need of some rule (or the gate is open): a sentence with no such token matches no rule. */
  opensSome(f: WordForm): boolean {
    if (this.open) return true;
    const m = this.needsMet(f);
    for (let k = 0; k < m.length; k++) if (this.keyed.has(m[k]!)) return true;
    return false;
  }

  /** Whether the tokens meet every need of at least one rule (else no rule can match them). */
  mayMatch(tokens: readonly Token[]): boolean {
    if (this.open) return true;
    const seen = this.seen;
    if (this.stamp === 0x7fffffff) {
      seen.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const metNow = this.metNow;
    metNow.length = 0;
    for (const t of tokens) {
      const m = this.metBy(t.form ?? (t.form = formOf(t.text)));
      for (let k = 0; k < m.length; k++) {
        const n = m[k]!;
        if (seen[n] !== stamp) {
          seen[n] = stamp;
          metNow.push(n);
        }
      }
    }
    for (let i = 0; i < metNow.length; i++) {
      const filed = this.byFirst[metNow[i]!]!;
      for (let r = 0; r < filed.length; r++) {
        const own = filed[r]!;
        let all = true;
        for (let k = 1; k < own.length && all; k++) all = seen[own[k]!] === stamp;
        if (all) return true;
      }
    }
    return false;
  }
}

/** The word sets of a rule file (a .jsonl file has none); the rules' loader has validated the file already. */
function readSets(url: URL, file: string): ReadonlyMap<string, readonly string[]> {
  if (file.endsWith('.jsonl')) return new Map();
  const raw = JSON.parse(readFileSync(url, 'utf8')) as { sets?: Record<string, string[]> };
  return new Map(Object.entries(raw.sets ?? {}).map(([k, v]) => [k, v.map((w) => w.toLowerCase())]));
}
