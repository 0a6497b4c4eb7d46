import type { Article, Claim, DatePrecision, PlaceMention, ResolvedDate, SitrepEvent } from '../types.js';
import type { Sentence, SentenceDater } from '../language/index.js';
import { resolveSentenceDate } from '../language/index.js';
import { findPlaces } from '../places/index.js';
import { eventPlace, notePlace } from './where.js';
import { splitSentences } from '../language/index.js';
import { findActorMentions, pickActors } from './actors.js';
import { isArticle, mainEvents, takeDate, type ArticleCandidate } from './article.js';
import { isBackground } from './background.js';
import { classifyByRules, type RuleOutcome } from './classify.js';
import { settled, withModel, withRecord } from './decide.js';
import { activeModel, type EventModel } from './model.js';
import { iso3OfIso2 } from './countries.js';
import { cue } from './lexicon.js';
import { countFatalities, fatalitiesFromClaims } from './fatalities.js';

/** How far past a sentence its context reads (classification, places of its paragraph). */
const CONTEXT_CHARS = 1500;

export interface EventInput {
  article: Article;
  sentences: Sentence[];
  places: PlaceMention[];
  claims: Claim[];
  /** The place the article is datelined from, when cleaning found one (spares a second cleaning pass). */
  datelinePlace?: string | null;
  /** The article's sentence dates, shared with the other stages (language: sentenceDater). */
  dateOf?: SentenceDater;
}


function sameEvent(a: SitrepEvent, b: SitrepEvent): boolean {
  return a.type === b.type && a.mode === b.mode && a.acledSubEventType === b.acledSubEventType &&
    (a.actor?.country ?? null) === (b.actor?.country ?? null);
}

/** Fills what the earlier mention of an event left unknown from a later one. */
function merge(into: SitrepEvent, from: SitrepEvent): void {
  takeDate(into, from);
  into.where ??= from.where;
  into.recipient ??= from.recipient;
  if (!into.fatalities && from.fatalities) into.fatalities = from.fatalities;
}

type EventHead = Pick<SitrepEvent, 'type' | 'mode' | 'acledEventType' | 'acledSubEventType' | 'cameo'>;

/**
 * An event whose date is read on first use of `when` (and may be set before it is read). A class,
 * not an object literal with accessors: such a literal is built slowly and read slowly (a
 * dictionary object), and extraction makes one per sentence with an event.
 */
class LazyDatedEvent {
  declare type: string;
  declare mode: string | null;
  declare acledEventType: string | null;
  declare acledSubEventType: string | null;
  declare cameo: string | null;
  declare where: SitrepEvent['where'];
  declare actor: SitrepEvent['actor'];
  declare recipient: SitrepEvent['recipient'];
  declare fatalities: number | null;
  declare rule: string;
  declare confidence?: number;
  declare evidence: SitrepEvent['evidence'];
  #date: ResolvedDate | null | undefined;
  readonly #readDate: () => ResolvedDate | null;

  // Own properties in SitrepEvent's order (the order plain() gives them), a confidence only when known.
  constructor(head: EventHead, rest: Omit<SitrepEvent, keyof EventHead | 'when' | 'whenPrecision'>, readDate: () => ResolvedDate | null) {
    this.type = head.type;
    this.mode = head.mode;
    this.acledEventType = head.acledEventType;
    this.acledSubEventType = head.acledSubEventType;
    this.cameo = head.cameo;
    this.where = rest.where;
    this.actor = rest.actor;
    this.recipient = rest.recipient;
    this.fatalities = rest.fatalities;
    this.rule = rest.rule;
    if (rest.confidence !== undefined) this.confidence = rest.confidence;
    this.evidence = rest.evidence;
    this.#readDate = readDate;
  }

  #read(): ResolvedDate | null {
    return this.#date === undefined ? (this.#date = this.#readDate()) : this.#date;
  }

  get when(): string | null {
    return this.#read()?.date ?? null;
  }

  set when(value: string | null) {
    this.#date = value === null ? null : { date: value, precision: this.#date?.precision ?? 'day' };
  }

  get whenPrecision(): DatePrecision | null {
    return this.#read()?.precision ?? null;
  }

  set whenPrecision(value: DatePrecision | null) {
    const d = this.#read();
    if (d && value) this.#date = { date: d.date, precision: value };
  }
}

/** An event as plain data: the date read, its fields in SitrepEvent's order (what callers and JSON see). */
function plain(e: SitrepEvent): SitrepEvent {
  if (!(e instanceof LazyDatedEvent)) return { ...e };
  const { type, mode, acledEventType, acledSubEventType, cameo, ...rest } = e;
  return { type, mode, acledEventType, acledSubEventType, cameo, when: e.when, whenPrecision: e.whenPrecision, ...rest };
}

/**
 * Events of an article, most salient first: news before background, then in text order (the lead
 * reports the main event). Each sentence yields at most one event, classified with its paragraph
 * as context; mentions of the same event are merged.
 */
export function extractEvents(input: EventInput): SitrepEvent[] {
  const { article, claims } = input;
  // A one-line report may reach us as a title with no body: the title is then the report.
  const bare = input.sentences.length === 0 && article.text.trim() !== '';
  const sentences = bare ? splitSentences(article.text) : input.sentences;
  const places = bare && input.places.length === 0 ? findPlaces(article.text, { published: article.published }) : input.places;
  const inSpan = placesInSpans(places);
  const candidates: ArticleCandidate[] = [];
  const paragraphEnds = paragraphEndsOf(sentences);
  const isLong = isArticle(article, sentences);
  const model = activeModel();
  const killedIn = fatalitiesFromClaims(claims);
  const ruled = new Map<number, { text: string; outcome: RuleOutcome }>();
  // A short report states its place once, with its units, in the lead (see notePlace); read on first need.
  let leadPlace: PlaceMention | null | undefined;
  const dateOf = input.dateOf ?? resolveSentenceDate;
  for (const [i, sentence] of sentences.entries()) {
    const paragraphEnd = paragraphEnds[i]!;
    const context = article.text.slice(sentence.start, Math.min(paragraphEnd, sentence.start + CONTEXT_CHARS));
    const outcome = classifyByRules(sentence.text, context);
    // A short report: the model reads every sentence (and may find an event no trigger named). An
    // article: only the events kept are refined (below), which spares a model pass per sentence.
    const decision = !isLong && model ? withModel(model, sentence.text, outcome) : outcome.decision;
    if (!decision) continue;
    if (isLong) ruled.set(candidates.length, { text: sentence.text, outcome });
    const c = decision.eventClass;
    // The paragraph's places as far as its context reaches: a paragraph of a whole book is not read per sentence.
    const paragraphPlaces = inSpan(sentence.start, Math.min(paragraphEnd, sentence.start + CONTEXT_CHARS));
    const sentencePlaces = inSpan(sentence.start, sentence.end);
    const lead = sentences[0]!;
    if (!isLong && i > 0 && lead.paragraph === sentence.paragraph && leadPlace === undefined) leadPlace = notePlace(lead);
    const where = (!isLong && i > 0 && lead.paragraph === sentence.paragraph ? leadPlace : null) ??
      eventPlace(sentence, decision.trigger.start, article.text, sentencePlaces, paragraphPlaces.length ? paragraphPlaces : places);
    const placeCountry = iso3OfIso2(where?.place?.country);
    const mentions = findActorMentions(sentence.text, sentence.start, sentencePlaces);
    const { actor, recipient } = pickActors(mentions, sentence.text, decision.trigger, placeCountry);
    const background = isBackground(sentence.text);
    // A short report that opens with a quote ("'We will not leave,' the elder said") tells the event after it:
    // what was said ranks after what was done, as background does (its date is still read).
    const aside = !isLong && !c.acled && cue('quote-opening', sentence.text);
    const violent = c.acled !== null && c.acled !== 'Protests' && c.acled !== 'Strategic developments';
    // The lead of a short report carries its casualty lines ("2 fatalities.") in later sentences.
    // Only a violent or ACLED event does: a meeting in the lead is not the deaths reported after it.
    const window = (violent || c.acled) && (i === 0 || sentences[i - 1]?.paragraph !== sentence.paragraph) ? context : sentence.text;
    let fatalities = countFatalities(window);
    if (!fatalities) fatalities = killedIn(sentence.start, sentence.end) ?? 0;
    // Reading a date costs more than the rest of a sentence and most are never needed (merged
    // mentions, statements an article drops): `when` is read on first use.
    const event: SitrepEvent = new LazyDatedEvent(
      { type: c.plover, mode: c.mode, acledEventType: c.acled, acledSubEventType: c.sub, cameo: c.cameo },
      {
        where, actor, recipient,
        fatalities: violent || c.acled ? fatalities : fatalities || null,
        rule: decision.rule,
        ...(decision.confidence === undefined ? {} : { confidence: decision.confidence }),
        evidence: { start: sentence.start, end: sentence.end },
      },
      () => (background ? null : dateOf(sentence.text, article.published)),
    );
    candidates.push({ background: background || aside, index: i, classId: c.id, event });
  }
  // The lazy `when` becomes a plain property: callers get plain data.
  const events = isLong ? articleEvents(input, candidates, places, model, ruled) : reportEvents(candidates);
  return events.map(plain);
}

/**
 * A sentence's context runs to the end of the last later sentence of its paragraph. (Paragraph
 * numbers restart in each body line the pipeline splits, so that is not always the next one.)
 */
function paragraphEndsOf(sentences: readonly Sentence[]): number[] {
  const ends = new Array<number>(sentences.length);
  const lastEnd = new Map<number, number>();
  for (let j = sentences.length - 1; j >= 0; j--) {
    const { paragraph, end } = sentences[j]!;
    if (!lastEnd.has(paragraph)) lastEnd.set(paragraph, end);
    ends[j] = lastEnd.get(paragraph)!;
  }
  return ends;
}

/** An article's main events; the lead event is read by the model where its cues compete. */
function articleEvents(
  input: EventInput, candidates: ArticleCandidate[], places: PlaceMention[], model: EventModel | null,
  ruled: ReadonlyMap<number, { text: string; outcome: RuleOutcome }>,
): SitrepEvent[] {
  const kept = mainEvents(input.article, candidates, places, input.datelinePlace);
  if (!model) return kept;
  // The rest keep the rules' class with their training record (a model pass each would cost speed).
  const source = new Map(candidates.map((c, k) => [c.event, ruled.get(k)!]));
  for (const [k, event] of kept.entries()) {
    const from = source.get(event);
    if (from) refine(model, event, from.text, from.outcome, k === 0);
  }
  return kept;
}

/** A short report's events in text order, mentions of one event merged; background only when nothing else. */
function reportEvents(candidates: ArticleCandidate[]): SitrepEvent[] {
  const news = candidates.filter((c) => !c.background);
  const ordered = (news.length ? news : candidates).map((c) => c.event);
  const events: SitrepEvent[] = [];
  for (const event of ordered) {
    const earlier = events.find((e) => sameEvent(e, event));
    if (earlier) merge(earlier, event);
    else events.push(event);
  }
  return events;
}

/** An article's kept event, as the events model reads its sentence: its class may change, and it gets a confidence. */
function refine(model: EventModel, event: SitrepEvent, text: string, outcome: RuleOutcome, lead: boolean): void {
  const d = !lead || settled(outcome) ? withRecord(model, outcome) : withModel(model, text, outcome);
  if (!d) return;
  if (d.eventClass.id !== outcome.decision?.eventClass.id) {
    const c = d.eventClass;
    Object.assign(event, { type: c.plover, mode: c.mode, acledEventType: c.acled, acledSubEventType: c.sub, cameo: c.cameo, rule: d.rule });
  }
  if (d.confidence !== undefined) event.confidence = d.confidence;
}

/**
 * The places inside [start, end), in their original order. Places come sorted by offset from the
 * places stage, so each sentence's are found by binary search rather than by filtering them all.
 */
function placesInSpans(places: PlaceMention[]): (start: number, end: number) => PlaceMention[] {
  const sorted = places.every((p, i) => i === 0 || places[i - 1]!.start <= p.start);
  if (!sorted) return (start, end) => places.filter((p) => p.start >= start && p.end <= end);
  return (start, end) => {
    let lo = 0;
    let hi = places.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (places[mid]!.start < start) lo = mid + 1; else hi = mid;
    }
    const out: PlaceMention[] = [];
    for (let k = lo; k < places.length && places[k]!.start <= end; k++) if (places[k]!.end <= end) out.push(places[k]!);
    return out;
  };
}
