import { formOf, loadRules, sentenceTokens, tokenize, type AnnotatedToken, type Match, type RuleMeta, type Sentence } from '../language/index.js';

/**
 * The context cues of data/rules/events-context.json, read by name over a span of a text. A text is
 * tokenized and matched once, on the first question asked of it; each question after that is a look-up
 * among its matches. Offsets are character offsets in the text.
 */

const RULES = loadRules('events-');
const NAMES: ReadonlySet<string> = new Set(RULES.specs.map(({ spec }) => String(spec.meta.cue)));

const NO_CAPTURES: CueMatch['captures'] = {};

/** A token sequence of meta.not_after / not_before: "*" is any word, "#" a number. */
type Sequence = string[];
const sequences = (meta: RuleMeta, key: string): Sequence[] =>
  typeof meta[key] === 'string' ? String(meta[key]).split('|').map((s) => s.trim().split(/\s+/)) : [];
const GUARDS = new Map(RULES.specs.map(({ spec }) => [spec.id, { after: sequences(spec.meta, 'not_after'), before: sequences(spec.meta, 'not_before') }]));

function fits(seq: Sequence, tokens: readonly AnnotatedToken[], from: number): boolean {
  if (from < 0 || from + seq.length > tokens.length) return false;
  return seq.every((w, k) => {
    const t = tokens[from + k]!;
    return w === '*' ? !t.isPunct : w === '#' ? t.isNum : t.norm === w;
  });
}

/**
 * The characters of tokens [s, e). A module function, not a closure made per text: under tsx
 * (keepNames) each closure made costs a name set on it.
 */
function span(tokens: readonly AnnotatedToken[], s: number, e: number): { start: number; end: number } {
  return { start: tokens[s]!.start, end: tokens[e - 1]!.end };
}

/** A cue's match: its rule and its span (characters, end exclusive), with its named captures. */
export interface CueMatch {
  id: string;
  start: number;
  end: number;
  captures: Record<string, { start: number; end: number }>;
}

export class CueText {
  readonly #byCue = new Map<string, CueMatch[]>();
  #read: AnnotatedToken[] | null = null;

  /**
   * `sentence`, when the text is a sentence's whole text: its tokens are then the ones the pipeline
   * already cut from the article (language: sentenceTokens), not a second tokenization of it.
   */
  constructor(readonly text: string, private readonly sentence?: Sentence) {}

  /** The text's tokens with their forms (no negation or modal scopes: no cue rule reads them). */
  get #tokens(): AnnotatedToken[] {
    if (this.#read) return this.#read;
    const raw = this.sentence?.text === this.text ? sentenceTokens(this.sentence) : tokenize(this.text);
    return (this.#read = raw.map((t) => {
      const f = t.form ?? formOf(t.text);
      return { text: t.text, lower: t.lower, start: t.start, end: t.end, norm: f.norm, lemma: f.lemma, isNum: f.isNum, likeNum: f.likeNum, isTitle: f.isTitle, isPunct: f.isPunct, neg: false, modal: false, hedge: false };
    }));
  }

  #matches(cue: string): CueMatch[] {
    if (!NAMES.has(cue)) throw new Error(`data/rules/events-context.json has no cue ${cue}`);
    if (!this.#read) this.#matchAll();
    return this.#byCue.get(cue) ?? [];
  }

  /** Every cue of the text, in one pass of the matcher (a sentence asks several). */
  #matchAll(): void {
    const tokens = this.#tokens;
    for (const m of RULES.matcher.match(tokens)) {
      if (!this.#guarded(m, tokens)) continue;
      const cue = String(m.rule.meta.cue);
      const named = Object.entries(m.captures);
      const captures = named.length ? Object.fromEntries(named.map(([k, c]) => [k, span(tokens, c.start, c.end)])) : NO_CAPTURES;
      const list = this.#byCue.get(cue);
      const found = { id: m.rule.id, ...span(tokens, m.start, m.end), captures };
      if (list) list.push(found); else this.#byCue.set(cue, [found]);
    }
  }

  /** A match may not stand after or before the sequences its rule names (a regex's lookarounds). */
  #guarded(m: Match<RuleMeta>, tokens: readonly AnnotatedToken[]): boolean {
    const g = GUARDS.get(m.rule.id);
    if (!g) return true;
    return !g.after.some((seq) => fits(seq, tokens, m.start - seq.length)) && !g.before.some((seq) => fits(seq, tokens, m.end));
  }

  /** The first match of `cue` wholly inside [from, to), or undefined. */
  find(cue: string, from = 0, to = this.text.length): CueMatch | undefined {
    return this.#matches(cue).find((m) => m.start >= from && m.end <= to);
  }

  /** Whether `cue` occurs wholly inside [from, to). */
  has(cue: string, from = 0, to = this.text.length): boolean {
    return this.find(cue, from, to) !== undefined;
  }

  /** Every match of `cue` inside [from, to). */
  all(cue: string, from = 0, to = this.text.length): CueMatch[] {
    return this.#matches(cue).filter((m) => m.start >= from && m.end <= to);
  }

  /** Whether a match of `cue` starts at the word that starts at `at`. */
  startsAt(cue: string, at: number): boolean {
    return this.#matches(cue).some((m) => m.start === at);
  }

  /** Whether a match of `cue` ends where the text's word ending at `at` ends. */
  endsAt(cue: string, at: number): boolean {
    return this.#matches(cue).some((m) => m.end === at);
  }

  /** The index of the first token that ends after `at` (tokens.length when none). */
  #tokenAfter(at: number): number {
    const tokens = this.#tokens;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= at) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /**
   * Whether a match of `cue` ends right before `at`, or `words` words (no punctuation) before it:
   * "were killed", "were brutally killed" (passive-aux before the trigger). No word before `floor` counts.
   */
  endsBefore(cue: string, at: number, words = 0, floor = 0): boolean {
    const matches = this.#matches(cue);
    const tokens = this.#tokens;
    let k = this.#tokenAfter(at) - 1;
    for (let skip = 0; skip <= words && k >= 0 && tokens[k]!.start >= floor; skip++, k--) {
      const end = tokens[k]!.end;
      if (matches.some((m) => m.end === end && m.start >= floor)) return true;
      if (tokens[k]!.isPunct) return false;
    }
    return false;
  }

  /** Whether a match of `cue` starts at the word after the word that starts at `at` ("killed by"). */
  nextWordIs(cue: string, at: number, ceiling = this.text.length): boolean {
    const matches = this.#matches(cue);
    const k = this.#tokenAfter(at);
    const word = this.#tokens[k];
    const next = this.#tokens[k + 1];
    return !!word && word.start === at && !word.isPunct && !!next && matches.some((m) => m.start === next.start && m.end <= ceiling);
  }
}

/**
 * A span of a CueText read as a text of its own: offsets are the span's, and matches must lie
 * wholly inside it. A paragraph is read once for all its sentences (each sentence's context is the
 * paragraph from that sentence on, so the previous context ends with this one).
 */
export class CueSpan {
  constructor(readonly base: CueText, readonly offset: number, readonly length: number) {}

  get text(): string {
    return this.base.text.slice(this.offset, this.offset + this.length);
  }

  #range(from: number, to: number): [number, number] {
    return [this.offset + Math.max(0, from), this.offset + Math.min(to, this.length)];
  }

  #shift(m: CueMatch): CueMatch {
    const o = this.offset;
    return { id: m.id, start: m.start - o, end: m.end - o, captures: Object.fromEntries(Object.entries(m.captures).map(([k, c]) => [k, { start: c.start - o, end: c.end - o }])) };
  }

  find(cue: string, from = 0, to = this.length): CueMatch | undefined {
    const m = this.base.find(cue, ...this.#range(from, to));
    return m && this.#shift(m);
  }

  has(cue: string, from = 0, to = this.length): boolean {
    return this.base.has(cue, ...this.#range(from, to));
  }

  all(cue: string, from = 0, to = this.length): CueMatch[] {
    return this.base.all(cue, ...this.#range(from, to)).map((m) => this.#shift(m));
  }

  endsBefore(cue: string, at: number, words = 0): boolean {
    return this.base.endsBefore(cue, this.offset + at, words, this.offset);
  }

  nextWordIs(cue: string, at: number): boolean {
    return this.base.nextWordIs(cue, this.offset + at, this.offset + this.length);
  }
}

let last: CueText | null = null;

/** The span of `text` in the text read last, when it ends that text (the rest of the same paragraph), else a new reading. */
export function readSpan(text: string): CueSpan {
  if (!last || !last.text.endsWith(text)) last = new CueText(text);
  return new CueSpan(last, last.text.length - text.length, text.length);
}

// Answers by cue name and place, then by phrase: no key string is built per question.
type Where = 'start' | 'end' | 'any';
const phraseCache = new Map<string, Record<Where, Map<string, boolean>>>();
const byPlace = (): Record<Where, Map<string, boolean>> => ({ start: new Map(), end: new Map(), any: new Map() });
let phraseCount = 0;

/**
 * Whether cue `name` opens ('start'), closes ('end') or occurs in ('any') a short phrase such as a
 * trigger's words. Triggers repeat ("clashes", "killed"): each answer is remembered per phrase.
 */
export function phraseHas(name: string, phrase: string, where: 'start' | 'end' | 'any'): boolean {
  let group = phraseCache.get(name);
  if (!group) phraseCache.set(name, (group = byPlace()));
  let byPhrase = group[where];
  let yes = byPhrase.get(phrase);
  if (yes === undefined) {
    const t = new CueText(phrase);
    yes = where === 'start' ? t.startsAt(name, 0) : where === 'end' ? t.endsAt(name, phrase.length) : t.has(name);
    if (phraseCount >= 50_000) {
      phraseCache.clear();
      phraseCount = 0;
      phraseCache.set(name, (group = byPlace()));
      byPhrase = group[where];
    }
    byPhrase.set(phrase, yes);
    phraseCount++;
  }
  return yes;
}
