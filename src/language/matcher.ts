import { z } from 'zod';
import type { AnnotatedToken } from './annotate.js';
import { formOf, type Token, type WordForm } from './tokens.js';
import { sentenceParts } from './cues.js';

/**
 * Token patterns in the spirit of spaCy's Matcher: a pattern is a list of token specs, each with
 * attributes a token must have and an optional OP ("?", "*", "+", "!", "{n,m}") and CAPTURE name.
 */
const Words = z.union([z.string().min(1), z.object({ IN: z.union([z.array(z.string().min(1)).min(1), z.string().regex(/^@/)]) }).strict(),
  z.object({ NOT_IN: z.union([z.array(z.string().min(1)).min(1), z.string().regex(/^@/)]) }).strict()]);
const Affixes = z.union([z.string().min(1), z.object({ IN: z.array(z.string().min(1)).min(1) }).strict()]);
export const TokenSpec = z.object({
  LOWER: Words.optional(),
  /** The lower-case word starts (PREFIX) or ends (SUFFIX) with one of these ("dispers" for dispersed, dispersing, dispersal). */
  PREFIX: Affixes.optional(),
  SUFFIX: Affixes.optional(),
  LEMMA: Words.optional(),
  TEXT: Words.optional(),
  IS_TITLE: z.boolean().optional(),
  IS_NUM: z.boolean().optional(),
  LIKE_NUM: z.boolean().optional(),
  IS_PUNCT: z.boolean().optional(),
  NEG: z.boolean().optional(),
  MODAL: z.boolean().optional(),
  HEDGE: z.boolean().optional(),
  OP: z.string().regex(/^(?:[?*+!]|\{\d*,?\d*\})$/).optional(),
  CAPTURE: z.string().regex(/^[a-z_]+$/).optional(),
}).strict();
export type TokenSpec = z.infer<typeof TokenSpec>;

/** A rule ready to match: predicates per step, and the words its first step can start with. */
export interface CompiledRule<M = unknown> {
  id: string;
  reason: string;
  meta: M;
  steps: Step[];
  /** Sentence-wide flags that must be false for the rule to fire (e.g. no modal anywhere). */
  sentence: { neg: boolean; modal: boolean; hedge: boolean };
  /** Words one mandatory step needs (its smallest literal set): a sentence without any of them is skipped whole. */
  needs: { field: 'norm' | 'lemma' | 'text'; words: ReadonlySet<string> } | null;
  /** With no such words, the affixes one mandatory step needs ("dispers…"): the matcher indexes them per spelling. */
  affix: Affix | null;
}

/** A step's PREFIX or SUFFIX list, lower case. */
interface Affix { prefix: boolean; words: readonly string[] }

function affixOf(spec: TokenSpec): Affix | null {
  const a = spec.PREFIX ?? spec.SUFFIX;
  if (a === undefined) return null;
  return { prefix: spec.PREFIX !== undefined, words: (typeof a === 'string' ? [a] : a.IN).map((w) => w.toLowerCase()) };
}

function hasAffix(norm: string, a: Affix): boolean {
  return a.prefix ? a.words.some((w) => norm.startsWith(w)) : a.words.some((w) => norm.endsWith(w));
}

interface Step {
  test: (t: AnnotatedToken) => boolean;
  min: number;
  max: number;
  negate: boolean;
  capture: string | null;
}

export interface Match<M = unknown> {
  rule: CompiledRule<M>;
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  captures: Record<string, { start: number; end: number }>;
}

export type WordSets = ReadonlyMap<string, ReadonlySet<string>>;

function wordSet(words: z.infer<typeof Words>, sets: WordSets, where: string, fold = true): { set: ReadonlySet<string>; negate: boolean } {
  const f = (w: string): string => (fold ? w.toLowerCase() : w);
  if (typeof words === 'string') return { set: new Set([f(words)]), negate: false };
  const list = 'IN' in words ? words.IN : words.NOT_IN;
  const expand = (w: string): string[] => {
    if (!w.startsWith('@')) return [f(w)];
    const set = sets.get(w.slice(1));
    if (!set) throw new Error(`${where}: unknown word set ${w}`);
    return [...set].map(f);
  };
  return { set: new Set(typeof list === 'string' ? expand(list) : list.flatMap(expand)), negate: 'NOT_IN' in words };
}

function range(op: string | undefined): [number, number] {
  switch (op) {
    case undefined: case '!': return [1, 1];
    case '?': return [0, 1];
    case '*': return [0, Infinity];
    case '+': return [1, Infinity];
  }
  const [lo, hi] = op.slice(1, -1).split(',');
  const min = lo ? Number(lo) : 0;
  return [min, hi === undefined ? min : hi === '' ? Infinity : Number(hi)];
}

// One closure per field read, not `t[field]`: a property read by a variable name is a slow
// (keyed, megamorphic) load, and step tests run on every token a rule is tried at.
function wordTest(attr: 'LOWER' | 'LEMMA' | 'TEXT', set: ReadonlySet<string>, negate: boolean): (t: AnnotatedToken) => boolean {
  if (attr === 'LOWER') return (t) => set.has(t.norm) !== negate;
  if (attr === 'LEMMA') return (t) => set.has(t.lemma) !== negate;
  return (t) => set.has(t.text) !== negate;
}

type Flag = 'isTitle' | 'isNum' | 'likeNum' | 'isPunct' | 'neg' | 'modal' | 'hedge';
function flagTest(field: Flag, want: boolean): (t: AnnotatedToken) => boolean {
  switch (field) {
    case 'isTitle': return (t) => t.isTitle === want;
    case 'isNum': return (t) => t.isNum === want;
    case 'likeNum': return (t) => t.likeNum === want;
    case 'isPunct': return (t) => t.isPunct === want;
    case 'neg': return (t) => t.neg === want;
    case 'modal': return (t) => t.modal === want;
    case 'hedge': return (t) => t.hedge === want;
  }
}

function compileStep(spec: TokenSpec, sets: WordSets, where: string): Step {
  const tests: ((t: AnnotatedToken) => boolean)[] = [];
  for (const attr of ['LOWER', 'LEMMA', 'TEXT'] as const) {
    const words = spec[attr];
    if (words === undefined) continue;
    const { set, negate } = wordSet(words, sets, where, attr !== 'TEXT');
    tests.push(wordTest(attr, set, negate));
  }
  for (const attr of ['PREFIX', 'SUFFIX'] as const) {
    const affix = spec[attr];
    if (affix === undefined) continue;
    const list = (typeof affix === 'string' ? [affix] : affix.IN).map((w) => w.toLowerCase());
    tests.push(attr === 'PREFIX' ? (t) => list.some((w) => t.norm.startsWith(w)) : (t) => list.some((w) => t.norm.endsWith(w)));
  }
  for (const [attr, field] of [['IS_TITLE', 'isTitle'], ['IS_NUM', 'isNum'], ['LIKE_NUM', 'likeNum'], ['IS_PUNCT', 'isPunct'], ['NEG', 'neg'], ['MODAL', 'modal'], ['HEDGE', 'hedge']] as const) {
    const want = spec[attr];
    if (want !== undefined) tests.push(flagTest(field, want));
  }
  const [a, b] = tests;
  const test = tests.length === 0 ? () => true : tests.length === 1 ? a! : tests.length === 2 ? (t: AnnotatedToken): boolean => a!(t) && b!(t)
    : (t: AnnotatedToken): boolean => {
      for (const f of tests) if (!f(t)) return false;
      return true;
    };
  const [min, max] = range(spec.OP);
  return { test, min, max, negate: spec.OP === '!', capture: spec.CAPTURE ?? null };
}

export interface SentenceSpec { NEG?: boolean; MODAL?: boolean; HEDGE?: boolean }

export function compileRule<M>(id: string, reason: string, meta: M, pattern: readonly TokenSpec[], sets: WordSets, sentence: SentenceSpec = {}): CompiledRule<M> {
  if (Object.values(sentence).some((v) => v)) throw new Error(`rule ${id}: a sentence constraint can only forbid a flag (false)`);
  const steps = pattern.map((spec) => compileStep(spec, sets, `rule ${id}`));
  // The words the rule needs: its first mandatory literal step (the trigger, by the rules' convention), passing
  // over steps whose words are all short function words ("in", "at"), which every sentence holds.
  let needs: CompiledRule<M>['needs'] = null;
  for (const spec of pattern) {
    if (needs) break;
    if (spec.OP === '!' || range(spec.OP)[0] === 0) continue;
    for (const [attr, field] of [['LOWER', 'norm'], ['LEMMA', 'lemma']] as const) {
      const words = spec[attr];
      if (needs || words === undefined || (typeof words === 'object' && 'NOT_IN' in words)) continue;
      const set = wordSet(words, sets, `rule ${id}`).set;
      if ([...set].some((w) => w.length > 2)) needs = { field, words: set };
    }
  }
  // A rule of case-sensitive words only ("Air" before an airline's country) needs one of them as written.
  for (const spec of pattern) {
    if (needs || spec.OP === '!' || range(spec.OP)[0] === 0 || spec.TEXT === undefined || (typeof spec.TEXT === 'object' && 'NOT_IN' in spec.TEXT)) continue;
    const set = wordSet(spec.TEXT, sets, `rule ${id}`, false).set;
    if ([...set].some((w) => w.length > 2)) needs = { field: 'text', words: set };
  }
  // A rule of short words only ("by") needs one of them: no better index, but not tried at every token.
  for (const spec of pattern) {
    if (needs || spec.OP === '!' || range(spec.OP)[0] === 0 || spec.LOWER === undefined || (typeof spec.LOWER === 'object' && 'NOT_IN' in spec.LOWER)) continue;
    if (!pattern.some((p) => p.PREFIX !== undefined || p.SUFFIX !== undefined)) needs = { field: 'norm', words: wordSet(spec.LOWER, sets, `rule ${id}`).set };
  }
  // A rule of affixes only ("vandalis…") needs the affix of its first mandatory step that has one.
  const mandatory = pattern.filter((spec) => spec.OP !== '!' && range(spec.OP)[0] > 0);
  const affixStep = needs ? undefined : mandatory.find((spec) => affixOf(spec));
  const affix = affixStep ? affixOf(affixStep) : null;
  return { id, reason, meta, steps, needs, affix, sentence: { neg: sentence.NEG === false, modal: sentence.MODAL === false, hedge: sentence.HEDGE === false } };
}

/** The literal words (LOWER or LEMMA, as "l:"/"m:" keys) a pattern must start with, or null when it may start anywhere. */
function firstKeys(pattern: readonly TokenSpec[], sets: WordSets): string[] | null {
  const first = pattern[0];
  if (!first || first.OP === '!' || range(first.OP)[0] === 0) return null;
  for (const [attr, prefix] of [['LOWER', 'l:'], ['LEMMA', 'm:']] as const) {
    const words = first[attr];
    if (words === undefined || (typeof words === 'object' && 'NOT_IN' in words)) continue;
    return [...wordSet(words, sets, 'index').set].map((w) => prefix + w);
  }
  return null;
}

const NO_FLAGS = new Uint8Array(1);

// Matchers that remember their mayMatch answers on word forms, two bits each in WordForm.marks;
// past that many (a test making matchers by the dozen) they keep a cache of their own.
const MARK_SLOTS = 15;
let nextSlot = 0;

interface WordRules {
  /** Rules that may start at a token with this word. */
  start: number[];
  /** Rules that need this word somewhere in the sentence. */
  need: number[];
}

/** The index entries of one spelling (by its norm, lemma, text and affixes); NO_RULES when it has none. */
interface FormRules {
  norm: WordRules | undefined;
  lemma: WordRules | undefined;
  text: WordRules | undefined;
  affix: WordRules | undefined;
}
const NO_RULES: FormRules = { norm: undefined, lemma: undefined, text: undefined, affix: undefined };

/** A set of compiled rules indexed by the word they start with: matching a sentence is one pass over its tokens. */
export class Matcher<M = unknown> {
  private readonly byNorm = new Map<string, WordRules>();
  private readonly byLemma = new Map<string, WordRules>();
  /** Rules that need a word as written (case-sensitive); it indexes no starts. */
  private readonly byText = new Map<string, WordRules>();
  /** Whether a spelling holds a word some rule needs (mayMatch); cleared when a rule is added. */
  private readonly neededCache = new Map<string, boolean>();
  /** This matcher's two bits in WordForm.marks (see mayMatch); -1 until first asked after a rule is added. */
  private slot = -1;
  private readonly anywhere: number[] = [];
  private readonly needless: number[] = [];
  /** Rules that need an affix (CompiledRule.affix), and rules whose first step is an affix. */
  private readonly affixNeed: number[] = [];
  private readonly affixStart: { n: number; affix: Affix }[] = [];
  /** Per spelling (norm): the affix rules it lets live, and those that may start at it. */
  private readonly affixCache = new Map<string, WordRules>();
  private readonly affixes: (WordRules | undefined)[] = [];
  /** Whether some rule forbids a sentence-wide flag (else no sentence parts are computed). */
  private flagged = false;
  private zeros = new Uint16Array(0);
  readonly rules: CompiledRule<M>[] = [];
  private live = new Uint8Array(0);
  private tried = new Int32Array(0);
  private readonly norms: (WordRules | undefined)[] = [];
  private readonly lemmas: (WordRules | undefined)[] = [];
  /**
   * The index entries of each spelling by its form's id (WordForm.id), of the forms' generation
   * byFormGeneration: a token with a form costs one array read, not up to four string-keyed look-ups.
   */
  private byForm: (FormRules | undefined)[] = [];
  private byFormGeneration = -1;

  private entry(field: 'norm' | 'lemma' | 'text', word: string): WordRules {
    const index = field === 'norm' ? this.byNorm : field === 'lemma' ? this.byLemma : this.byText;
    let e = index.get(word);
    if (!e) index.set(word, (e = { start: [], need: [] }));
    return e;
  }

  add(rule: CompiledRule<M>, pattern: readonly TokenSpec[], sets: WordSets): void {
    const n = this.rules.push(rule) - 1;
    this.neededCache.clear();
    // Answers remembered on forms were for the old rules: later answers go to fresh bits.
    this.slot = -1;
    this.affixCache.clear();
    this.byForm = [];
    if (rule.sentence.neg || rule.sentence.modal || rule.sentence.hedge) this.flagged = true;
    if (!rule.needs && rule.affix) this.affixNeed.push(n);
    else if (!rule.needs) this.needless.push(n);
    else for (const w of rule.needs.words) {
      const e = this.entry(rule.needs.field, w);
      if (!e.need.includes(n)) e.need.push(n);
    }
    const keys = firstKeys(pattern, sets);
    const first = pattern[0];
    const startAffix = !keys && first && first.OP !== '!' && range(first.OP)[0] > 0 ? affixOf(first) : null;
    if (startAffix) this.affixStart.push({ n, affix: startAffix });
    else if (!keys) this.anywhere.push(n);
    else for (const k of keys) {
      const e = this.entry(k.startsWith('l:') ? 'norm' : 'lemma', k.slice(2));
      if (!e.start.includes(n)) e.start.push(n);
    }
  }

  /**
   * Whether any rule could match plain tokens (before annotation): a sentence holding none of the
   * words the rules need is spared its lemmas and scopes.
   */
  mayMatch(tokens: readonly Token[]): boolean {
    if (this.needless.length) return true;
    if (this.slot < 0 && nextSlot < MARK_SLOTS) this.slot = nextSlot++;
    if (this.slot >= 0) {
      // Remembered on the spelling's form, which the token keeps for annotation: one look-up per token.
      const known = 1 << (2 * this.slot);
      const yes = known << 1;
      for (const t of tokens) {
        const f = t.form ?? (t.form = formOf(t.text));
        if (!(f.marks & known)) f.marks |= known | (this.needsWord(f) ? yes : 0);
        if (f.marks & yes) return true;
      }
      return false;
    }
    for (const t of tokens) {
      // Remembered per spelling: one look-up per token instead of its form's three.
      let needed = this.neededCache.get(t.text);
      if (needed === undefined) {
        needed = this.needsWord(formOf(t.text));
        if (this.neededCache.size >= 200_000) this.neededCache.clear();
        this.neededCache.set(t.text, needed);
      }
      if (needed) return true;
    }
    return false;
  }

  private needsWord(f: WordForm): boolean {
    return !!(this.byNorm.get(f.norm)?.need.length || this.byLemma.get(f.lemma)?.need.length || this.byText.get(f.text)?.need.length ||
      (this.affixNeed.length && this.affixRules(f.norm).need.length));
  }

  /** The affix rules a spelling lets live and those that may start at it, remembered per spelling. */
  private affixRules(norm: string): WordRules {
    let e = this.affixCache.get(norm);
    if (e) return e;
    e = { need: this.affixNeed.filter((n) => hasAffix(norm, this.rules[n]!.affix!)), start: this.affixStart.filter((a) => hasAffix(norm, a.affix)).map((a) => a.n) };
    if (this.affixCache.size >= 200_000) this.affixCache.clear();
    this.affixCache.set(norm, e);
    return e;
  }

  /** Every rule match in the tokens, in token order; a rule matches at most once per start token (its longest). */
  match(tokens: readonly AnnotatedToken[], only?: (rule: CompiledRule<M>) => boolean): Match<M>[] {
    const out: Match<M>[] = [];
    // One pass over the tokens finds the rules whose needed words the sentence holds; most sentences hold none.
    // Scratch arrays are the matcher's own, reused from sentence to sentence (matching never nests).
    if (this.live.length !== this.rules.length) [this.live, this.tried] = [new Uint8Array(this.rules.length), new Int32Array(this.rules.length)];
    const { live, tried, norms, lemmas, affixes } = this;
    const affixed = this.affixNeed.length > 0 || this.affixStart.length > 0;
    live.fill(0);
    let any = this.needless.length > 0;
    const byText = this.byText.size ? this.byText : null;
    // Most rule sets index no lemma: a look-up per token spared.
    const byLemma = this.byLemma.size ? this.byLemma : null;
    for (const n of this.needless) live[n] = 1;
    // The sentence-wide flags, per part of the sentence (see sentenceParts): bit 1 neg, 2 modal, 4 hedge.
    // A matcher whose rules ask none reads every token as part 0 with no flags.
    if (!this.flagged && this.zeros.length < tokens.length) this.zeros = new Uint16Array(tokens.length * 2);
    const parts = this.flagged ? sentenceParts(tokens) : this.zeros;
    const flags = this.flagged ? new Uint8Array((parts[tokens.length - 1] ?? 0) + 1) : NO_FLAGS;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (this.flagged) flags[parts[i]!]! |= (t.neg ? 1 : 0) | (t.modal ? 2 : 0) | (t.hedge ? 4 : 0);
      const e = this.rulesOf(t, byLemma, byText, affixed);
      const a = (norms[i] = e.norm);
      const b = (lemmas[i] = e.lemma);
      if (a) for (const n of a.need) (live[n] = 1), (any = true);
      if (b) for (const n of b.need) (live[n] = 1), (any = true);
      const c = e.text;
      if (c) for (const n of c.need) (live[n] = 1), (any = true);
      const d = (affixes[i] = e.affix);
      if (d) for (const n of d.need) (live[n] = 1), (any = true);
    }
    if (!any) return out;
    if (only) for (let n = 0; n < this.rules.length; n++) if (live[n] && !only(this.rules[n]!)) live[n] = 0;
    const anywhere = this.anywhere.filter((n) => live[n]);
    // Which rule was last tried at which start token: no set to allocate per token.
    tried.fill(-1);
    for (let i = 0; i < tokens.length; i++) {
      const a = norms[i];
      if (a) for (const n of a.start) this.attempt(n, i, tokens, parts, flags, out);
      const b = lemmas[i];
      if (b) for (const n of b.start) this.attempt(n, i, tokens, parts, flags, out);
      const d = affixes[i];
      if (d) for (const n of d.start) this.attempt(n, i, tokens, parts, flags, out);
      for (const n of anywhere) this.attempt(n, i, tokens, parts, flags, out);
    }
    return out;
  }

  /** A token's index entries, kept by its spelling's form when it has one. */
  private rulesOf(t: AnnotatedToken, byLemma: Map<string, WordRules> | null, byText: Map<string, WordRules> | null, affixed: boolean): FormRules {
    let f = t.form;
    if (f === undefined) {
      // A token made without its form (a stage's own annotation): the form of its spelling serves when
      // it reads the same (the entries depend on nothing else), one look-up instead of four.
      const g = formOf(t.text);
      if (g.norm === t.norm && g.lemma === t.lemma) f = g;
    }
    let id = -1;
    if (f !== undefined) {
      // A newer generation of forms numbers its spellings afresh; an older one is not kept.
      if (f.generation > this.byFormGeneration) [this.byForm, this.byFormGeneration] = [[], f.generation];
      if (f.generation === this.byFormGeneration) {
        id = f.id;
        const known = id < this.byForm.length ? this.byForm[id] : undefined;
        if (known !== undefined) return known;
      }
    }
    const norm = this.byNorm.get(t.norm);
    const lemma = byLemma?.get(t.lemma);
    const text = byText?.get(t.text);
    const affix = affixed ? this.affixRules(t.norm) : undefined;
    const e = norm || lemma || text || affix ? { norm, lemma, text, affix } : NO_RULES;
    if (id >= 0) {
      // Grown by push, never by a write past its end: an array with holes would turn into a dictionary.
      while (this.byForm.length <= id) this.byForm.push(undefined);
      this.byForm[id] = e;
    }
    return e;
  }

  /** Rule n tried at token i, once (a method, not a closure made per sentence). */
  private attempt(n: number, i: number, tokens: readonly AnnotatedToken[], parts: Uint16Array, flags: Uint8Array, out: Match<M>[]): void {
    const { live, tried } = this;
    if (!live[n] || tried[n] === i) return;
    tried[n] = i;
    const rule = this.rules[n]!;
    const f = flags[parts[i]!]!;
    if ((rule.sentence.neg && f & 1) || (rule.sentence.modal && f & 2) || (rule.sentence.hedge && f & 4)) return;
    const first = rule.steps[0]!;
    if (first.min > 0 && first.test(tokens[i]!) === first.negate) return;
    const captures: Record<string, { start: number; end: number }> = {};
    const end = matchSteps(rule.steps, 0, tokens, i, captures);
    if (end >= 0) out.push({ rule, start: i, end, captures });
  }
}

/** Backtracking match of steps[s..] at token p; greedy, so the first success is the longest. Returns the end or -1. */
function matchSteps(steps: readonly Step[], s: number, tokens: readonly AnnotatedToken[], p: number, captures: Record<string, { start: number; end: number }>): number {
  if (s === steps.length) return p;
  const step = steps[s]!;
  let n = 0;
  while (n < step.max && p + n < tokens.length && step.test(tokens[p + n]!) !== step.negate) n++;
  for (; n >= step.min; n--) {
    const end = matchSteps(steps, s + 1, tokens, p + n, captures);
    if (end >= 0) {
      // Steps sharing a capture name make one span ("Vnukovo and Domodedovo").
      const prev = step.capture ? captures[step.capture] : undefined;
      if (step.capture && n > 0) captures[step.capture] = prev ? { start: Math.min(prev.start, p), end: Math.max(prev.end, p + n) } : { start: p, end: p + n };
      return end;
    }
  }
  return -1;
}
