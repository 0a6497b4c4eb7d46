import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { loadRules, type RuleSpec } from '../language/index.js';
import type { ClaimKind } from '../types.js';
import { HEAD_CLASSES, isClaimKind } from './kinds.js';
import { indexPhrases, phraseList, type Phrase, type PhraseIndex, type PhraseList } from './phrases.js';

/**
 * The rules that bind a number to a claim kind (data/rules/counts.json), validated and compiled by
 * the rules loader (their fixtures run in test/rules.test.ts), then read here into the lookups the
 * count engine uses. A rule's pattern is the cue the engine looks for at the place its `bind` names.
 */
const FILE = 'data/rules/counts.json';
const Bind = z.enum(['verb', 'head', 'toll', 'by', 'before', 'after', 'times', 'armed', 'x-of-y', 'sentence', 'fled', 'area', 'share', 'paired', 'participle', 'order', 'veto', 'veto-before', 'veto-after', 'negated']);
// Rules that bind no count of their own: cues the binding rules need ("order"), vetoes, and the words that take back a count's verb.
const UNBOUND: ReadonlySet<string> = new Set(['order', 'veto', 'veto-before', 'veto-after', 'negated']);
const Kind = z.string().refine(isClaimKind, 'not a kind of data/claims/kinds.json');
const Meta = z.object({
  kind: Kind.optional(),
  /** Kinds a veto holds back, comma-separated (none: every kind). */
  vetoes: z.string().refine((v) => v.split(',').every(isClaimKind), 'not kinds of data/claims/kinds.json').optional(),
  bind: Bind,
  side: z.enum(['before', 'after']).optional(),
  heads: z.string().optional(),
  linkers: z.string().regex(/^@/).optional(),
  rises: z.string().regex(/^@/).optional(),
  unless: z.string().regex(/^@/).optional(),
  /** A "head" rule binds only in a sentence with one of these words ("bodies" that were found, not returned). */
  needs: z.string().regex(/^@/).optional(),
  /** ... or with one of these anywhere, however told ("bodies brought to hospitals"): a place where the dead are taken. */
  needsAny: z.string().regex(/^@/).optional(),
  /** The rule binds only a count with a head noun of its classes ("4) attacked" in a bracket counts no drones). */
  needsHead: z.boolean().optional(),
  /** A count the rule binds is also a claim of this kind when its head is of a class of `alsoHeads` ("struck two depots": hit and damaged). */
  also: Kind.optional(),
  alsoHeads: z.string().optional(),
}).strict();

/** A count rule as the engine reads it. */
export interface CountRule {
  id: string;
  kind: ClaimKind;
  bind: z.infer<typeof Bind>;
  side: 'before' | 'after' | null;
  /** Head classes the rule is limited to (null: any its kind counts). */
  heads: ReadonlySet<string> | null;
  /** Whether a count with no head noun is out of the rule's reach. */
  needsHead: boolean;
  /** The pattern's word steps as phrases (empty when a step is not a plain word step). */
  phrases: PhraseList;
  meta: z.infer<typeof Meta>;
  pattern: RuleSpec['pattern'];
}

const fail = (id: string, what: string): never => { throw new Error(`${FILE} rule "${id}": ${what}`); };

function fileSets(): Record<string, readonly string[]> {
  const raw = JSON.parse(readFileSync(new URL('../../data/rules/counts.json', import.meta.url), 'utf8')) as { sets?: Record<string, string[]> };
  return raw.sets ?? {};
}
const SETS = fileSets();

function words(id: string, w: unknown): string[] {
  if (typeof w === 'string') return w.startsWith('@') ? [...(SETS[w.slice(1)] ?? fail(id, `unknown set ${w}`))] : [w];
  if (w && typeof w === 'object' && 'IN' in w) {
    const list = (w as { IN: string | string[] }).IN;
    return (typeof list === 'string' ? [list] : list).flatMap((x) => words(id, x));
  }
  return fail(id, 'a phrase step must name its words (LOWER: word, IN list or @set)');
}

/** Every word sequence a pattern of plain word steps (optionally "?") reads, in order; [] when it has other steps. */
function phrasesOf(spec: RuleSpec): Phrase[] {
  let out: string[][] = [[]];
  for (const step of spec.pattern) {
    const keys = Object.keys(step).filter((k) => k !== 'OP' && k !== 'CAPTURE');
    if (keys.length !== 1 || keys[0] !== 'LOWER' || (step.OP !== undefined && step.OP !== '?')) return [];
    const ws = words(spec.id, step.LOWER).map((w) => w.toLowerCase());
    out = out.flatMap((p) => [...ws.map((w) => [...p, w]), ...(step.OP === '?' ? [p] : [])]);
  }
  return out.filter((p) => p.length);
}

/** A rule that binds no count: an evacuation order a flight needs, or a veto (of `vetoes`, null for every kind). */
export interface CueRule { id: string; bind: 'order' | 'veto' | 'veto-before' | 'veto-after' | 'negated'; vetoes: ReadonlySet<ClaimKind> | null; pattern: RuleSpec['pattern'] }

const LOADED = loadRules('counts');
/** The compiled matcher of every rule of the file, for the cues read over a whole sentence. */
export const COUNT_MATCHER = LOADED.matcher;

function readCues(): CueRule[] {
  return LOADED.specs.filter(({ spec }) => UNBOUND.has(String(spec.meta.bind))).map(({ spec }) => {
    const meta = Meta.safeParse(spec.meta);
    if (!meta.success) return fail(spec.id, meta.error.issues.map((i) => `meta.${i.path.join('.')}: ${i.message}`).join('; '));
    const vetoes = meta.data.vetoes ? new Set(meta.data.vetoes.split(',') as ClaimKind[]) : null;
    return { id: spec.id, bind: meta.data.bind as CueRule['bind'], vetoes, pattern: spec.pattern };
  });
}
export const CUE_RULES: readonly CueRule[] = readCues();

/** "were not intercepted", "failed to intercept", "threatened to launch": the words (bind "negated") that, ending right before a count's verb, say it did not happen. */
export const NEGATED: PhraseList = phraseList(LOADED.specs.filter(({ spec }) => spec.meta.bind === 'negated').flatMap(({ spec }) => {
  const phrases = phrasesOf(spec);
  return phrases.length ? phrases : fail(spec.id, 'a "negated" rule must be plain word steps');
}));

function read(): CountRule[] {
  return LOADED.specs.filter(({ spec }) => !UNBOUND.has(String(spec.meta.bind))).map(({ spec }) => {
    const parsed = Meta.safeParse(spec.meta);
    if (!parsed.success) fail(spec.id, parsed.error.issues.map((i) => `meta.${i.path.join('.')}: ${i.message}`).join('; '));
    const meta = parsed.data!;
    if (!meta.kind) fail(spec.id, 'a rule that binds a count names its meta.kind');
    const heads = meta.heads ? new Set(meta.heads.split(',')) : null;
    for (const h of heads ?? []) if (!HEAD_CLASSES.has(h)) fail(spec.id, `head class "${h}" is counted by no kind`);
    const phrases = phrasesOf(spec);
    if (['verb', 'head', 'toll', 'before', 'after', 'participle'].includes(meta.bind) && !phrases.length) fail(spec.id, `a "${meta.bind}" rule must be plain word steps`);
    return { id: spec.id, kind: meta.kind as ClaimKind, bind: meta.bind, side: meta.side ?? null, heads, needsHead: meta.needsHead ?? false, phrases: phraseList(phrases), meta, pattern: spec.pattern };
  });
}

export const COUNT_RULES: readonly CountRule[] = read();

// Rule id -> the kind its counts are also claimed as, by head class (meta.also, meta.alsoHeads).
const ALSO: ReadonlyMap<string, { kind: ClaimKind; heads: ReadonlySet<string> }> = new Map(COUNT_RULES.filter((r) => r.meta.also).map((r) => {
  const heads = new Set((r.meta.alsoHeads ?? fail(r.id, 'meta.also needs meta.alsoHeads')).split(','));
  for (const h of heads) if (!HEAD_CLASSES.has(h)) fail(r.id, `also head class "${h}" is counted by no kind`);
  return [r.id, { kind: r.meta.also as ClaimKind, heads }] as const;
}));

/** The kind a count bound by rule `id` with a head of class `head` is also claimed as (meta.also), if any. */
export function alsoClaimedAs(id: string, head: string | null): ClaimKind | null {
  const also = ALSO.get(id);
  return also && head !== null && also.heads.has(head) ? also.kind : null;
}

export function rulesBound(bind: CountRule['bind']): readonly CountRule[] {
  return COUNT_RULES.filter((r) => r.bind === bind);
}

/** The one rule of a binding (and kind) the engine needs; its absence is an error naming the file. */
export function ruleBound(bind: CountRule['bind'], kind?: ClaimKind): CountRule {
  return COUNT_RULES.find((r) => r.bind === bind && (!kind || r.kind === kind)) ?? fail(`${bind}${kind ? `/${kind}` : ''}`, 'no such rule, and the count engine needs one');
}

/** The words step `i` of a rule's pattern reads (its LOWER word, list or set). */
export function stepWords(rule: Pick<CountRule, 'id' | 'pattern'>, i: number): ReadonlySet<string> {
  const step = rule.pattern[i];
  if (!step?.LOWER) return fail(rule.id, `step ${i} must name its words (LOWER)`);
  return new Set(words(rule.id, step.LOWER).map((w) => w.toLowerCase()));
}

/** Words of a set the file names (in a rule's meta, as "@name"). */
export function setWords(ref: string | undefined): ReadonlySet<string> {
  return new Set(ref ? SETS[ref.replace(/^@/, '')] ?? fail(ref, 'unknown set') : []);
}

/** A verb phrase and the rule it belongs to. */
export interface VerbHit { kind: ClaimKind; rule: CountRule }

const verbRules = rulesBound('verb');
const kindOrder = [...new Set(verbRules.map((r) => r.kind))];
// One entry per phrase, grouped by kind in the file's order and longest first within a kind.
const entries = verbRules.flatMap((rule) => rule.phrases.all.map((phrase) => ({ rule, phrase })))
  .map((e, i) => ({ ...e, i }))
  .sort((a, b) => kindOrder.indexOf(a.rule.kind) - kindOrder.indexOf(b.rule.kind) || b.phrase.length - a.phrase.length || a.i - b.i);

function indexOf(side: 'before' | 'after'): PhraseIndex<VerbHit> {
  const lists = entries.filter((e) => e.rule.side === null || e.rule.side === side).map((e) => [{ kind: e.rule.kind, rule: e.rule }, phraseList([e.phrase])] as const);
  return indexPhrases(lists);
}
/** Verbs read after a count ("91 drones were downed"), indexed by their first word. */
export const VERB_INDEX = indexOf('after');

/** Verbs read before a count, indexed by their last word (for looking left of a number). */
export const VERBS_BY_LAST: ReadonlyMap<string, readonly (VerbHit & { phrase: Phrase })[]> = (() => {
  const m = new Map<string, (VerbHit & { phrase: Phrase })[]>();
  for (const e of entries) {
    if (e.rule.side === 'after') continue;
    const last = e.phrase[e.phrase.length - 1]!;
    m.set(last, [...(m.get(last) ?? []), { kind: e.rule.kind, rule: e.rule, phrase: e.phrase }]);
  }
  return m;
})();
