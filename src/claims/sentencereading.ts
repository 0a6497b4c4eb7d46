/**
 * What one sentence of an article says before its claims are read (its source, date, weapon and
 * places), and the scene its counts are placed in: read lazily, as most sentences claim nothing.
 */
import type { ClaimKind, PlaceMention, ResolvedDate } from '../types.js';
import { isCumulative, type AnnotatedSentence, type Sentence } from '../language/index.js';
import type { Token } from './tokens.js';
import { asClaimPlace, type ClaimPlace } from './where.js';
import type { Attribution } from './attribution.js';
import type { Scene } from './placing.js';
import { placeInClaimant } from './whererules.js';
import type { SentenceDates } from './sentencedates.js';
import type { HeadlinePlaces } from './headlineplaces.js';

/** What one sentence says before its claims are read: its source, date, weapon and places. */
export interface Reading {
  s: Sentence; si: number;
  /** The sentence with a wire dateline blanked out (offsets kept). */
  said: string;
  tokens: Token[];
  places: PlaceMention[];
  sameLine: boolean;
  claimant: string | null;
  attribution: Attribution;
  weapon: string | null;
  readonly date: ResolvedDate | null;
  /** The date of its counts and damage: its own, else the last one stated, null for a cumulative total. */
  readonly when: string | null;
}

/**
 * A Reading whose dates are read on first use. A class, not an object literal with getters: such a
 * literal is built by the runtime's slow path, and one is made for most sentences.
 */
export class LazyReading implements Reading {
  private whenRead: string | null | undefined = undefined;
  constructor(
    readonly s: Sentence, readonly si: number, readonly said: string, readonly tokens: Token[], readonly places: PlaceMention[],
    readonly sameLine: boolean, readonly claimant: string | null, readonly attribution: Attribution, readonly weapon: string | null,
    private readonly dates: SentenceDates, private readonly fallback: string | null,
  ) {}

  get date(): ResolvedDate | null {
    return this.dates.of(this.si);
  }

  get when(): string | null {
    if (this.whenRead === undefined) this.whenRead = this.dates.of(this.si)?.date ?? (isCumulative(this.s.text) ? null : this.dates.lastUpTo(this.si - 1) ?? this.fallback);
    return this.whenRead;
  }
}

/** The article's mentions, the whole list read only when asked (sites.ts: SitedMentions). */
export interface ArticleMentions { readonly all: readonly PlaceMention[] }

/** What a scene sees of its article; its mentions are read on first ask (a class for the reason LazyReading is one). */
export class ArticleView implements NonNullable<Scene['article']> {
  readonly #mentions: ArticleMentions;
  constructor(
    readonly sentences: readonly Sentence[], readonly index: number, mentions: ArticleMentions,
    readonly title: string | null, readonly headline: HeadlinePlaces | null,
  ) {
    this.#mentions = mentions;
  }

  get places(): readonly PlaceMention[] {
    return this.#mentions.all;
  }
}

/** A sentence's Scene, its claimant's own place read anew on each ask (a class for the reason LazyReading is one). */
export class SentenceScene implements Scene {
  readonly #mentions: ArticleMentions;
  readonly #officeOf: ReadonlyMap<string, ClaimPlace>;
  constructor(
    readonly text: string, readonly sentence: Sentence, readonly places: readonly PlaceMention[], readonly sameLine: boolean, readonly claimant: string | null,
    readonly lastWhere: ClaimPlace | null, readonly lastWhereKind: ClaimKind | null, readonly datelinePlace: ClaimPlace | null, readonly sentenceWhere: PlaceMention | null,
    readonly storyWhere: ClaimPlace | null, readonly area: ClaimPlace | null, readonly namedArea: ClaimPlace | null,
    mentions: ArticleMentions, officeOf: ReadonlyMap<string, ClaimPlace>,
    readonly article: Scene['article'],
  ) {
    this.#mentions = mentions;
    this.#officeOf = officeOf;
  }

  get claimantPlace(): ClaimPlace | null {
    const m = placeInClaimant(this.#mentions.all, this.claimant, this.sentence.end);
    return m ? asClaimPlace(m, this.text) : (this.claimant && this.#officeOf.get(this.claimant)) || null;
  }
}

/**
 * An annotated sentence whose places (`read`: those within it, as annotateSentence keeps them) are read on
 * first ask. The statement rules ask only once one matches, and most sentences given them match none: their
 * places, and the article's mentions with its sites, are then read only if a claim of the story asks.
 */
export class PlacesOnAsk implements AnnotatedSentence {
  #places: PlaceMention[] | undefined;
  readonly #read: () => PlaceMention[];
  constructor(private readonly inner: AnnotatedSentence, read: () => PlaceMention[]) {
    this.#read = read;
  }

  get id(): number { return this.inner.id; }
  get paragraph(): number { return this.inner.paragraph; }
  get start(): number { return this.inner.start; }
  get text(): string { return this.inner.text; }
  get tokens(): AnnotatedSentence['tokens'] { return this.inner.tokens; }
  get cues(): AnnotatedSentence['cues'] { return this.inner.cues; }
  get quantities(): AnnotatedSentence['quantities'] { return this.inner.quantities; }
  get entities(): AnnotatedSentence['entities'] { return this.inner.entities; }
  get date(): AnnotatedSentence['date'] { return this.inner.date; }

  get places(): PlaceMention[] {
    return (this.#places ??= this.#read());
  }

  set places(places: PlaceMention[]) {
    this.#places = places;
  }
}
