import { readFileSync, existsSync } from 'node:fs';
import { z } from 'zod';
import { FormTable } from './formtable.js';
import { WordIds } from './wordids.js';
import type { Token as LanguageToken } from '../language/index.js';
import { NOTE_MARKUP, formWords, stemIds, type FormWords } from './stemids.js';
import { addRow, sparseRows, type SparseRows } from './sparserows.js';

/**
 * The learned half of event classification: a multinomial logistic regression over the words of
 * a sentence and what the trigger rules made of it. The rules know news vocabulary the ACLED notes
 * lack; the notes teach which of the rules' competing cues wins ("protesters … set fire" is a
 * riot, not a protest). Trained by scripts/train/events.ts; weights in data/models/events.json.
 */

/** The label of a sentence that holds no ACLED event. */
export const NONE = 'NONE';

const ModelFile = z.object({
  about: z.string(),
  classes: z.array(z.string()).min(2),
  /** Training examples per class: a class seen too rarely neither overrides nor is overridden. */
  support: z.record(z.string(), z.number()),
  /** Softmax temperature fitted on out-of-fold predictions, so probabilities are calibrated. */
  temperature: z.number().positive(),
  /** Least probability for the model to replace the rules' class, or to report an event they missed. */
  overrideAt: z.number(),
  fallbackAt: z.number(),
  minSupport: z.number(),
  /** For rule classes with no ACLED type (statements, meetings): how often the rules were right about them in training. */
  ruleConfidence: z.record(z.string(), z.number().min(0).max(1)),
  /** For ACLED types the rules chose with no rival type in sight: how often they were right in training. */
  settledConfidence: z.record(z.string(), z.number().min(0).max(1)),
  bias: z.array(z.number()),
  /** feature → [class index, weight, class index, weight, …] (sparse). */
  weights: z.record(z.string(), z.array(z.number())),
});
export type EventModelFile = z.infer<typeof ModelFile>;
/**
 * The model as used. Stems get numbers once, at load, so a sentence costs one Map probe per word:
 * unigram rows by stem number, bigram rows by runs per first stem, the few rule features by name.
 */
export type EventModel = Omit<EventModelFile, 'weights'> & {
  table: ReadonlyMap<string, Float64Array>;
  stems: ReadonlyMap<string, number>;
  unigrams: ReadonlyArray<Float64Array | undefined>;
  /** The bigrams by first stem (see bigramAt). */
  bigrams: BigramIndex;
  /** The unigram rows by stem number and the bigram rows by index in `bigrams`, zeros left out (predictIds adds them). */
  unigramRows: SparseRows;
  bigramRows: SparseRows;
  /** Per stem number: 1 when some bigram starts with it, 2 when some ends with it (a pair with neither needs no look-up). */
  bigramSide: Uint8Array;
  /** Indices of the classes the model may report: not NONE, and seen at least minSupport times. */
  reportable: readonly number[];
  /** Per stem number and per bigram (by its index in `bigrams`): the word's best weight among the reportable classes (see reachBound). */
  gain: Float64Array;
  bigramGain: Float64Array;
  /** Words already stemmed, with their stem number (a cache, filled as text is read). */
  wordIds: WordIds;
  /** Per spelling (language: WordForm), its words' stem numbers (a cache, see stemIds). */
  formWords: FormTable<FormWords>;
  /** Rule logits per combination of rule outputs (a cache, see ruleLogits). */
  ruleRows: Map<string, Float64Array>;
  /** The index of NONE, and per stem number its gain less its NONE weight. */
  none: number;
  gainOverNone: Float64Array;
};

/**
 * The bigrams as runs by first stem: stem p's second stems are second[from[p] .. from[p + 1]),
 * each bigram's weights in rows[] at the same index. A sentence asks for a bigram at most of its
 * words; a scan of a run of a few numbers answers sooner than a Map keyed by a number made of both.
 */
export interface BigramIndex { from: Int32Array; second: Int32Array; rows: readonly Float64Array[] }

/** The index in `bigrams` of the bigram (first, second), or -1. */
function bigramAt(bigrams: BigramIndex, first: number, second: number): number {
  const { from, second: seconds } = bigrams;
  for (let k = from[first]!, end = from[first + 1]!; k < end; k++) if (seconds[k] === second) return k;
  return -1;
}

function bigramIndex(pairs: ReadonlyArray<readonly [number, number, Float64Array]>, stems: number): BigramIndex {
  const sorted = [...pairs].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const from = new Int32Array(stems + 1);
  for (const [a] of sorted) from[a + 1]!++;
  for (let p = 0; p < stems; p++) from[p + 1]! += from[p]!;
  return { from, second: Int32Array.from(sorted, (x) => x[1]), rows: sorted.map((x) => x[2]) };
}

/** A sparse [class, weight, …] row as a dense one: adding it is then a plain loop over the classes. */
function dense(sparse: readonly number[], classes: number): Float64Array {
  const row = new Float64Array(classes);
  for (let k = 0; k < sparse.length; k += 2) row[sparse[k]!] = sparse[k + 1]!;
  return row;
}

function compile(file: EventModelFile): EventModel {
  const { weights, ...rest } = file;
  const stems = new Map<string, number>();
  const id = (s: string): number => stems.get(s) ?? (stems.set(s, stems.size), stems.size - 1);
  const K = file.classes.length;
  const unigrams: Array<Float64Array | undefined> = [];
  const pairs: Array<[string, string, Float64Array]> = [];
  for (const [f, sparse] of Object.entries(weights)) {
    const w = dense(sparse, K);
    if (f.startsWith('w:')) unigrams[id(f.slice(2))] = w;
    else if (f.startsWith('b:')) {
      const [a, b] = f.slice(2).split('_');
      pairs.push([a!, b!, w]);
      id(a!);
      id(b!);
    }
  }
  const bigramSide = new Uint8Array(stems.size);
  for (const [a, b] of pairs) {
    bigramSide[stems.get(a)!]! |= 1;
    bigramSide[stems.get(b)!]! |= 2;
  }
  const bigrams = bigramIndex(pairs.map(([a, b, w]) => [stems.get(a)!, stems.get(b)!, w] as const), stems.size);
  const table = new Map(Object.entries(weights).map(([f, sparse]) => [f, dense(sparse, K)]));
  // The classes the model may report (not NONE, seen often enough): a word's gain is its best weight among them.
  const reportable = file.classes.flatMap((c, k) => (c !== NONE && (file.support[c] ?? 0) >= file.minSupport ? [k] : []));
  const best = (w: Float64Array): number => reportable.reduce((m, k) => Math.max(m, w[k]!), -Infinity);
  const gain = new Float64Array(stems.size);
  for (const [i, w] of unigrams.entries()) if (w) gain[i] = best(w);
  const bigramGain = Float64Array.from(bigrams.rows, best);
  const none = file.classes.indexOf(NONE);
  const gainOverNone = gain.map((g, i) => g - (unigrams[i]?.[none] ?? 0));
  const model: EventModel = {
    ...rest, table, stems, unigrams, bigrams, unigramRows: sparseRows(unigrams, stems.size), bigramRows: sparseRows(bigrams.rows), bigramSide, reportable, gain, bigramGain, wordIds: new WordIds((w) => stems.get(stem(w)) ?? -1),
    formWords: new FormTable((text) => formWords(model, text)), ruleRows: new Map(), none, gainOverNone,
  };
  return model;
}

export const MODEL_PATH = new URL('../../data/models/events.json', import.meta.url);

/** A model file's contents, validated; errors name the file and the field at fault. */
export function parseModel(json: unknown, name = 'data/models/events.json'): EventModel {
  const parsed = ModelFile.safeParse(json);
  if (!parsed.success) throw new Error(`${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  if (parsed.data.bias.length !== parsed.data.classes.length) throw new Error(`${name}: bias has one weight per class`);
  return compile(parsed.data);
}

function load(): EventModel | null {
  if (!existsSync(MODEL_PATH)) return null;
  return parseModel(JSON.parse(readFileSync(MODEL_PATH, 'utf8')));
}

let loaded: EventModel | null | undefined;
/**
 * The model in use, read on first need; null when none has been trained yet (the rules then
 * decide alone). Lazy, so the trainer can read the rules without loading an outdated model.
 */
export function activeModel(): EventModel | null {
  if (loaded === undefined) loaded = load();
  return loaded;
}

/**
 * A word reduced to a crude stem, so "defused", "defuses" and "defusing" share weights: news
 * and notes inflect the same verbs differently (present-tense headlines, past-tense notes).
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  // "shelled"/"shelling" → "shell", "stopped" → "stop".
  if (w.length > 4 && w[w.length - 1] === w[w.length - 2] && !/[ls]{2}$/.test(w)) w = w.slice(0, -1);
  return w;
}

export interface Token { stem: string; start: number; end: number }

const WORD = /[A-Za-z][A-Za-z'’-]*/g;

/** A token's word as the model keys it (lower case, no possessive), or null if too short. */
function word(raw: string): string | null {
  const w = raw.toLowerCase().replace(/['’]s?$/, '');
  return w.length < 2 ? null : w;
}

export function tokens(text: string): Token[] {
  const clean = /[[(]/.test(text) ? text.replace(NOTE_MARKUP, (m) => ' '.repeat(m.length)) : text;
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(clean); m; m = WORD.exec(clean)) {
    const w = word(m[0]);
    if (w) out.push({ stem: stem(w), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** What the trigger rules made of a sentence, as features. */
export interface RuleView {
  /** The internal class the rules chose, with its ACLED sub-event type; null if no trigger fired. */
  classId: string | null;
  sub: string | null;
  /** Classes of every trigger found, best first. */
  hitClasses: string[];
}

/**
 * Features of a sentence: stems, stem bigrams and the rules' outputs. The context reaches the
 * model only through the rules (which read it for the cues that split close classes): its words
 * would cost a pass over the paragraph for every sentence of an article.
 */
export function features(lead: string, rules: RuleView): string[] {
  // A bag: a word said twice counts twice (cheaper than a set, and as good for a linear model).
  const out: string[] = [];
  const add = (f: string): void => void out.push(f);
  const toks = tokens(lead);
  for (let i = 0; i < toks.length; i++) {
    add(`w:${toks[i]!.stem}`);
    if (i > 0) add(`b:${toks[i - 1]!.stem}_${toks[i]!.stem}`);
  }
  if (rules.classId) {
    add(`R:${rules.classId}`);
    add(`RS:${rules.sub ?? NONE}`);
  } else add('R:none');
  for (const [i, h] of rules.hitClasses.entries()) {
    add(`H:${h}`);
    if (i === 0) add(`H1:${h}`);
  }
  return out;
}

const add = (z: Float64Array, w: Float64Array | undefined): void => {
  if (w) for (let k = 0; k < w.length; k++) z[k]! += w[k]!;
};

/** Class probabilities (calibrated) for a feature set. */
export function predict(model: EventModel, feats: readonly string[]): number[] {
  const z = model.bias.slice();
  for (const f of feats) {
    const w = model.table.get(f);
    if (w) for (let k = 0; k < w.length; k++) z[k]! += w[k]!;
  }
  return softmax(z, model.temperature);
}


/**
 * The logits the rules' outputs and the bias give, before any word. Few combinations of rule
 * outputs occur (most sentences have none), so each is computed once; callers must not write to it.
 */
export function ruleLogits(model: EventModel, rules: RuleView): Float64Array {
  const key = !rules.classId && !rules.hitClasses.length ? '' : `${rules.classId ?? ''}|${rules.sub ?? ''}|${rules.hitClasses.join(',')}`;
  const known = model.ruleRows.get(key);
  if (known) return known;
  const z = Float64Array.from(model.bias);
  if (rules.classId) {
    add(z, model.table.get(`R:${rules.classId}`));
    add(z, model.table.get(`RS:${rules.sub ?? NONE}`));
  } else add(z, model.table.get('R:none'));
  for (const [i, h] of rules.hitClasses.entries()) {
    add(z, model.table.get(`H:${h}`));
    if (i === 0) add(z, model.table.get(`H1:${h}`));
  }
  if (model.ruleRows.size > 10_000) model.ruleRows.clear();
  model.ruleRows.set(key, z);
  return z;
}

/** Class probabilities (calibrated) from a sentence's stem numbers and its rule logits. */
export function predictIds(model: EventModel, ids: Int32Array, base: Float64Array): number[] {
  const z = Float64Array.from(base);
  let prev = -1;
  for (const id of ids) {
    if (id >= 0) addRow(z, model.unigramRows, id);
    if (id >= 0 && prev >= 0 && model.bigramSide[prev]! & 1 && model.bigramSide[id]! & 2) {
      const k = bigramAt(model.bigrams, prev, id);
      if (k >= 0) addRow(z, model.bigramRows, k);
    }
    prev = id;
  }
  return softmax(z, model.temperature);
}

/** The same probabilities as predict(model, features(lead, rules)), without building the features. */
export function predictText(model: EventModel, lead: string, rules: RuleView): number[] {
  return predictIds(model, stemIds(model, lead), ruleLogits(model, rules));
}

/**
 * An upper bound on how far any class of `candidates` can get above class `against`, in logits,
 * from a sentence's words: each word adds at most its best weight among the classes the model may
 * report (`gain`, fixed at load) less its weight for `against`. Costs two numbers per word, not a
 * row of every class: when the bound stays under the margin a decision needs, the model cannot
 * make that decision and its full pass is spared.
 */
export function reachBound(model: EventModel, ids: Int32Array, base: Float64Array, against: number, candidates: readonly number[]): number {
  let sum = reachStart(base, against, candidates);
  // Against NONE (the commonest ask: a sentence no trigger fired in) each word's term is precomputed.
  const overNone = against === model.none ? model.gainOverNone : null;
  let prev = -1;
  for (const id of ids) {
    if (id >= 0) sum += overNone ? overNone[id]! : model.gain[id]! - (model.unigrams[id]?.[against] ?? 0);
    if (id >= 0 && prev >= 0 && model.bigramSide[prev]! & 1 && model.bigramSide[id]! & 2) {
      const k = bigramAt(model.bigrams, prev, id);
      if (k >= 0) sum += model.bigramGain[k]! - model.bigrams.rows[k]![against]!;
    }
    prev = id;
  }
  return sum;
}

/** Where reachBound's sum starts: the best rule logit among `candidates` over `against`'s. */
function reachStart(base: Float64Array, against: number, candidates: readonly number[]): number {
  let best = -Infinity;
  for (const k of candidates) if (k !== against && base[k]! > best) best = base[k]!;
  return best - base[against]!;
}

/**
 * reachBound against NONE over the reportable classes, read from the language layer's tokens of
 * `lead` without writing its stem numbers out: a sentence no trigger fired in (most of a short
 * report's) is read once, not stemmed into an array and read again. The words come as stemIds
 * gives them and their terms are added in reachBound's order, so the sum is the same number.
 * Null where stemIds would not read the tokens alone (note markup, a word running across tokens).
 */
export function reachOverNone(model: EventModel, lead: string, tokens: readonly LanguageToken[], base: Float64Array): number | null {
  if (lead.includes('[') || lead.includes('(')) return null;
  const { gainOverNone: over, bigramSide, bigrams, bigramGain, none } = model;
  let sum = reachStart(base, none, model.reportable);
  // As idsOfTokens: how many numbers it would have written, in a buffer of this size.
  const room = tokens.length * 2 + 1;
  let n = 0;
  let prev = -1;
  let prevEnd = -1;
  let prevOpen = false;
  for (const t of tokens) {
    if (!t.form) return null;
    const w = model.formWords.of(t.form);
    if (prevOpen && t.start === prevEnd && w.wordStart) return null;
    if (w.count > 1 && room - n < w.count) return null;
    for (let k = 0; k < w.count; k++) {
      const id = k === 0 ? w.id : w.ids[k]!;
      if (id >= 0) sum += over[id]!;
      if (id >= 0 && prev >= 0 && bigramSide[prev]! & 1 && bigramSide[id]! & 2) {
        const b = bigramAt(bigrams, prev, id);
        if (b >= 0) sum += bigramGain[b]! - bigrams.rows[b]![none]!;
      }
      prev = id;
    }
    n += w.count;
    prevEnd = t.end;
    prevOpen = w.openEnd;
  }
  return sum;
}

export function softmax(z: ArrayLike<number>, temperature = 1): number[] {
  // Loops, not map/spread: this runs for every sentence the model reads (same arithmetic, same order).
  let max = -Infinity;
  for (let k = 0; k < z.length; k++) if (z[k]! > max) max = z[k]!;
  const p = new Array<number>(z.length);
  let sum = 0;
  for (let k = 0; k < z.length; k++) {
    const e = Math.exp((z[k]! - max) / temperature);
    sum += e;
    p[k] = e;
  }
  for (let k = 0; k < p.length; k++) p[k] = p[k]! / sum;
  return p;
}

/** The word of `lead` that speaks most for `classIndex`: the trigger shown for a model decision. */
export function strongestToken(model: EventModel, lead: string, classIndex: number): Token | null {
  let best: Token | null = null;
  let bestW = 0;
  for (const t of tokens(lead)) {
    const w = model.table.get(`w:${t.stem}`)?.[classIndex] ?? 0;
    if (w > bestW) { bestW = w; best = t; }
  }
  return best;
}
