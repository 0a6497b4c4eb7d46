import { readFileSync } from 'node:fs';
import { formOf, type CompiledRule, type LoadedRules, type RuleMeta, type RuleSpec, type Token, type WordForm } from '../language/index.js';

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
// Per form in RuleGate.formDone: not yet read (0), meets no need, meets some; bitsAt's answer for a form that meets none.
const MEETS_NONE = 1;
const MEETS_SOME = 2;
const NO_NEEDS = -2;

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
  /** The compiled rules of named words, in the order of ruleStart; those of none (always admitted); every rule read. */
  private readonly namedRules: CompiledRule<RuleMeta>[] = [];
  private readonly freeRules: CompiledRule<RuleMeta>[] = [];
  private readonly known = new Set<CompiledRule<RuleMeta>>();
  private open = false;
  /** Int32 words per set of needs (a bit per need). */
  private readonly width: number;
  /**
   * Per rule of named words, the words of its bit set that hold any of its needs, as (word index, bits) pairs:
   * rule r's pairs from ruleStart[r] to ruleStart[r + 1] (a rule has a few needs: most words of its set are empty).
   */
  private readonly ruleStart: Int32Array;
  private readonly ruleWord: Int32Array;
  private readonly ruleMask: Int32Array;
  /**
   * Per spelling's shared form, the needs it meets as a bit set, kept in a typed array by the form's id (of the
   * form table's current generation): a sentence's needs are its tokens' sets ORed, a few integer operations a
   * token, and a rule may match when its set is inside the sentence's (no list per form, no stamp per need).
   */
  private formBits = new Int32Array(0);
  private formDone = new Uint8Array(0);
  private bitsGeneration = -1;
  /** The needs of the sentence being read, and of a form answered without being kept (reused). */
  private readonly sentence: Int32Array;
  private readonly scratch: Int32Array;

  /** The rules of `loaded` (those `only` keeps, by id) read from the rule files in `dir`. */
  constructor(loaded: LoadedRules, dir: URL, only: (id: string) => boolean = () => true) {
    const setsOf = new Map<string, ReadonlyMap<string, readonly string[]>>();
    const key = new Map<string, number>();
    for (const { file, spec, rule } of loaded.specs) {
      if (!only(spec.id)) continue;
      this.known.add(rule);
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
      (own.length ? this.namedRules : this.freeRules).push(rule);
      this.rules.push(own);
    }
    this.width = Math.max(1, Math.ceil(this.needs.length / 32));
    const named = this.rules.filter((own) => own.length);
    const pairs = named.map((own) => {
      const words = new Map<number, number>();
      for (const n of own) words.set(n >> 5, (words.get(n >> 5) ?? 0) | (1 << (n & 31)));
      return [...words];
    });
    this.ruleStart = new Int32Array(named.length + 1);
    pairs.forEach((p, r) => { this.ruleStart[r + 1] = this.ruleStart[r]! + p.length; });
    this.ruleWord = new Int32Array(pairs.flat().map(([word]) => word));
    this.ruleMask = new Int32Array(pairs.flat().map(([, mask]) => mask));
    this.sentence = new Int32Array(this.width);
    this.scratch = new Int32Array(this.width);
    for (const own of named) this.keyed.add(own.reduce((best, n) => (specificity(this.needs[n]!) > specificity(this.needs[best]!) ? n : best)));
  }

  /**
   * Where the needs a form meets start in `formBits`, -1 when they were written to `scratch` (a form of an older
   * generation), or NO_NEEDS when the form meets none (most spellings: the sentence's bits are left as they are).
   */
  private bitsAt(f: WordForm): number {
    const w = this.width;
    if (f.generation !== this.bitsGeneration) {
      // A form of an older generation (its id may be a newer form's) is answered without being kept.
      if (f.generation < this.bitsGeneration) {
        this.fill(f, this.scratch, 0);
        return -1;
      }
      [this.formBits, this.formDone, this.bitsGeneration] = [new Int32Array(1024 * w), new Uint8Array(1024), f.generation];
    }
    const id = f.id;
    if (id >= this.formDone.length) {
      const size = Math.max(id + 1, this.formDone.length * 2);
      const bits = new Int32Array(size * w);
      bits.set(this.formBits);
      const done = new Uint8Array(size);
      done.set(this.formDone);
      [this.formBits, this.formDone] = [bits, done];
    }
    let done = this.formDone[id]!;
    if (!done) this.formDone[id] = done = this.fill(f, this.formBits, id * w) ? MEETS_SOME : MEETS_NONE;
    return done === MEETS_NONE ? NO_NEEDS : id * w;
  }

  /** Writes the needs a form meets as bits at `at`; whether it meets any. */
  private fill(f: WordForm, out: Int32Array, at: number): boolean {
    out.fill(0, at, at + this.width);
    const met = this.needsMet(f);
    for (const n of met) out[at + (n >> 5)]! |= 1 << (n & 31);
    return met.length > 0;
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
    const met = this.metBy(tokens);
    const { ruleStart, ruleWord, ruleMask } = this;
    for (let r = 0; r + 1 < ruleStart.length; r++) {
      let all = true;
      for (let k = ruleStart[r]!; k < ruleStart[r + 1]! && all; k++) all = (met[ruleWord[k]!]! & ruleMask[k]!) === ruleMask[k]!;
      if (all) return true;
    }
    return false;
  }

  /**
   * Which rules may match the tokens (Matcher.match's `only`): those the gate read with every need met, those of no
   * named words, and any it did not read. A rule left out has a mandatory step no token meets, so it matches nothing:
   * the matcher then skips trying it at each token where it could start.
   */
  admitted(tokens: readonly Token[]): (rule: CompiledRule<RuleMeta>) => boolean {
    const met = this.metBy(tokens);
    const ok = new Set(this.freeRules);
    const { ruleStart, ruleWord, ruleMask } = this;
    for (let r = 0; r + 1 < ruleStart.length; r++) {
      let all = true;
      for (let k = ruleStart[r]!; k < ruleStart[r + 1]! && all; k++) all = (met[ruleWord[k]!]! & ruleMask[k]!) === ruleMask[k]!;
      if (all) ok.add(this.namedRules[r]!);
    }
    return (rule) => ok.has(rule) || !this.known.has(rule);
  }

  /** The needs the tokens meet, as bits (in `sentence`, reused). */
  private metBy(tokens: readonly Token[]): Int32Array {
    const w = this.width;
    const met = this.sentence;
    met.fill(0);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const at = this.bitsAt(t.form ?? (t.form = formOf(t.text)));
      if (at === NO_NEEDS) continue;
      const from = at < 0 ? this.scratch : this.formBits;
      const o = at < 0 ? 0 : at;
      for (let k = 0; k < w; k++) met[k]! |= from[o + k]!;
    }
    return met;
  }
}

/** The word sets of a rule file (a .jsonl file has none); the rules' loader has validated the file already. */
function readSets(url: URL, file: string): ReadonlyMap<string, readonly string[]> {
  if (file.endsWith('.jsonl')) return new Map();
  const raw = JSON.parse(readFileSync(url, 'utf8')) as { sets?: Record<string, string[]> };
  return new Map(Object.entries(raw.sets ?? {}).map(([k, v]) => [k, v.map((w) => w.toLowerCase())]));
}
