import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { PlaceMention, ResolvedDate } from '../types.js';
import { formOf, tokenize, type Token, type WordForm } from './tokens.js';
import { cuesByKey, type CueHit } from './cues.js';
import { findQuantities, type Quantity } from './numbers.js';
import { findEntities, type Entity } from './entities.js';
import { resolveSentenceDate } from './dates.js';
import type { Sentence } from './sentences.js';

/** A token with the forms and flags rules match on (its spelling's forms, see WordForm). */
export interface AnnotatedToken extends Token, Pick<WordForm, 'norm' | 'lemma' | 'isNum' | 'likeNum' | 'isTitle' | 'isPunct'> {
  /** Inside the scope of a negation ("did not", "no one"). */
  neg: boolean;
  /** Inside the scope of a modal or future ("will", "plans to", "could"). */
  modal: boolean;
  /** Inside the scope of a hedge: the thing is only talked about ("proposed", "talks on a possible deal"). */
  hedge: boolean;
}

/** One sentence, annotated once for every stage. Costly layers are computed on first use. */
export interface AnnotatedSentence {
  /** Index of the sentence in the text. */
  id: number;
  paragraph: number;
  /** Offset of the sentence in the text; token offsets are relative to it. */
  start: number;
  text: string;
  tokens: AnnotatedToken[];
  cues: CueHit[];
  readonly quantities: Quantity[];
  readonly entities: Entity[];
  readonly date: ResolvedDate | null;
  /** The place mentions inside the sentence (given by the places stage), offsets in the text. */
  places: PlaceMention[];
}

export interface Annotation {
  /** ISO 639-1 code of the text's language, a cheap guess ('en' for English). */
  language: string;
  sentences: AnnotatedSentence[];
}

/** The tokens of a sentence with lemma, shape and scope flags, in one pass. */
export function annotateTokens(text: string, tokenized?: readonly Token[]): { tokens: AnnotatedToken[]; cues: CueHit[] } {
  const raw = tokenized ?? tokenize(text);
  // One object shape for every token, built field by field: this runs on every sentence. The
  // forms, flags and lemma come from the token's spelling, read once per spelling (formOf).
  const tokens: AnnotatedToken[] = new Array(raw.length);
  const cueKeys: string[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    // Stored on the token like the matchers do: a sentence's tokens are annotated more than once (count cues, statements).
    const f = t.form ?? (t.form = formOf(t.text));
    cueKeys[i] = f.cueKey;
    tokens[i] = {
      text: t.text, lower: t.lower, start: t.start, end: t.end, norm: f.norm, lemma: f.lemma, isNum: f.isNum,
      likeNum: f.likeNum, isTitle: f.isTitle, isPunct: f.isPunct, neg: false, modal: false, hedge: false, form: f,
    };
  }
  const cues = cuesByKey(tokens, cueKeys);
  for (const c of cues) {
    for (let k = c.from; k < c.to; k++) {
      const t = tokens[k]!;
      if (c.type === 'neg') t.neg = true;
      else if (c.type === 'modal') t.modal = true;
      else t.hedge = true;
    }
  }
  return { tokens, cues };
}

export interface AnnotateOptions {
  /** Publication date, the reference for "on Tuesday". */
  published?: string | null;
  /** Place mentions of the text (from the places stage), in text order. */
  places?: readonly PlaceMention[];
  /** The sentence's tokens when a stage already has them (tokenize), so the text is tokenized once. */
  tokens?: readonly Token[];
}

/**
 * An annotated sentence whose costly layers are read on first use. A class, not an object literal
 * with getters: such a literal is built by the runtime's slow path, and (placed straight in the old
 * generation) it kept the young tokens it points to alive through young collections until a full one.
 */
class LazySentence implements AnnotatedSentence {
  #quantities: Quantity[] | undefined;
  #entities: Entity[] | undefined;
  #date: ResolvedDate | null | undefined;
  readonly #published: string | null;
  constructor(
    readonly id: number, readonly paragraph: number, readonly start: number, readonly text: string, readonly tokens: AnnotatedToken[],
    readonly cues: CueHit[], readonly places: PlaceMention[], published: string | null,
  ) {
    this.#published = published;
  }

  get quantities(): Quantity[] {
    return (this.#quantities ??= findQuantities(this.text));
  }

  get entities(): Entity[] {
    return (this.#entities ??= findEntities(this.text));
  }

  get date(): ResolvedDate | null {
    return this.#date === undefined ? (this.#date = resolveSentenceDate(this.text, this.#published)) : this.#date;
  }
}

/** Annotates one sentence; `id` is its index in the text. */
export function annotateSentence(s: Sentence, id: number, opts: AnnotateOptions = {}): AnnotatedSentence {
  const { tokens, cues } = annotateTokens(s.text, opts.tokens);
  const places = (opts.places ?? []).filter((p) => p.start >= s.start && p.end <= s.end);
  return new LazySentence(id, s.paragraph, s.start, s.text, tokens, cues, places, opts.published ?? null);
}

/** The entry of the language layer: every sentence of a text annotated once, and the text's language. */
export function annotate(text: string, sentences: readonly Sentence[], opts: AnnotateOptions = {}): Annotation {
  return { language: guessLanguage(text), sentences: sentences.map((s, i) => annotateSentence(s, i, opts)) };
}

const StopFile = z.object({
  latin: z.record(z.string(), z.array(z.string())),
  scripts: z.array(z.object({ code: z.string(), range: z.string(), reason: z.string() })),
});
const STOP = StopFile.parse(JSON.parse(readFileSync(new URL('../../data/language/stopwords.json', import.meta.url), 'utf8')));
const STOP_SETS = Object.entries(STOP.latin).map(([code, words]) => [code, new Set(words)] as const);
const SCRIPTS = STOP.scripts.map((s) => ({ code: s.code, re: new RegExp(`[${JSON.parse(`"${s.range}"`)}]`, 'gu') }));

/** The language of a text from its first 2,000 characters: a script that dominates, else the most frequent stop words. */
export function guessLanguage(text: string): string {
  const sample = text.slice(0, 2000);
  const letters = (sample.match(/\p{L}/gu) ?? []).length || 1;
  let best = 'und';
  let bestShare = 0.3;
  for (const s of SCRIPTS) {
    const share = (sample.match(s.re) ?? []).length / letters;
    // Ukrainian letters are few even in Ukrainian text: a handful of them decides between Cyrillic languages.
    if (s.code === 'uk' && best === 'ru' && share > 0.01) best = 'uk';
    else if (share > bestShare) [best, bestShare] = [s.code, share];
  }
  if (best !== 'und') return best;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let top = 0;
  for (const [code, set] of STOP_SETS) {
    let n = 0;
    for (const w of words) if (set.has(w)) n++;
    if (n > top) [best, top] = [code, n];
  }
  return top >= 2 ? best : 'und';
}
