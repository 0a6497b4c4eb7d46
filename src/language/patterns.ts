import { z } from 'zod';
import type { AnnotatedToken } from './annotate.js';

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
export interface Affix { prefix: boolean; words: readonly string[] }

export function affixOf(spec: TokenSpec): Affix | null {
  const a = spec.PREFIX ?? spec.SUFFIX;
  if (a === undefined) return null;
  return { prefix: spec.PREFIX !== undefined, words: (typeof a === 'string' ? [a] : a.IN).map((w) => w.toLowerCase()) };
}

export function hasAffix(norm: string, a: Affix): boolean {
  return a.prefix ? a.words.some((w) => norm.startsWith(w)) : a.words.some((w) => norm.endsWith(w));
}

export interface Step {
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

export function range(op: string | undefined): [number, number] {
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
export function firstKeys(pattern: readonly TokenSpec[], sets: WordSets): string[] | null {
  const first = pattern[0];
  if (!first || first.OP === '!' || range(first.OP)[0] === 0) return null;
  for (const [attr, prefix] of [['LOWER', 'l:'], ['LEMMA', 'm:']] as const) {
    const words = first[attr];
    if (words === undefined || (typeof words === 'object' && 'NOT_IN' in words)) continue;
    return [...wordSet(words, sets, 'index').set].map((w) => prefix + w);
  }
  return null;
}

/** Backtracking match of steps[s..] at token p; greedy, so the first success is the longest. Returns the end or -1. */
export function matchSteps(steps: readonly Step[], s: number, tokens: readonly AnnotatedToken[], p: number, captures: Record<string, { start: number; end: number }>): number {
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
