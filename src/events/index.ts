import type { Article, Claim, PlaceMention, SitrepEvent } from '../types.js';
import type { Sentence, SentenceDater } from '../language/index.js';
import { resolveSentenceDate, splitSentences } from '../language/index.js';
import { findPlaces } from '../places/index.js';
import { isArticle, mainEvents, takeDate, type ArticleCandidate } from './article.js';
import type { RuleOutcome } from './classify.js';
import { settled, withModel, withRecord } from './decide.js';
import { activeModel, type EventModel } from './model.js';
import { fatalitiesFromClaims } from './fatalities.js';
import { plain, readFields } from './lazyevent.js';
import { readSentences, type ArticleRun } from './sentencesteps.js';

export interface EventInput {
  article: Article;
  sentences: Sentence[];
  places: PlaceMention[];
  claims: Claim[];
  /** The place the article is datelined from, as cleaning found it (null when it has no dateline). */
  datelinePlace: string | null;
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

/**
 * Events of an article, most salient first: news before background, then in text order (the lead
 * reports the main event). Each sentence yields at most one event, classified with its paragraph
 * as context; mentions of the same event are merged.
 */
export function extractEvents(input: EventInput): SitrepEvent[] {
  return extractEventsOf([input])[0]!;
}

/**
 * The events of a batch of articles, each exactly what extractEvents gives it. Every article's sentences are
 * classified first, then each article's events are chosen and read out (place, date, actors): the trigger
 * rules and the model, then the place and actor readers, each stay in the processor's caches over the batch.
 */
export function extractEventsOf(inputs: readonly EventInput[]): SitrepEvent[][] {
  const runs = inputs.map(articleRun);
  readSentences(runs);
  const chosen = runs.map((run, k) => {
    const input = inputs[k]!;
    return run.isLong ? articleEvents(input, run.candidates, run.places, run.model, run.ruled) : reportEvents(run.candidates);
  });
  readFields(chosen.flat());
  // The lazy fields become plain properties: callers get plain data.
  return chosen.map((events) => events.map(plain));
}

function articleRun(input: EventInput): ArticleRun {
  const { article, claims } = input;
  // A one-line report may reach us as a title with no body: the title is then the report.
  const bare = input.sentences.length === 0 && article.text.trim() !== '';
  const sentences = bare ? splitSentences(article.text) : input.sentences;
  const places = bare && input.places.length === 0 ? findPlaces(article.text, { published: article.published }) : input.places;
  const paragraphEnds = paragraphEndsOf(sentences);
  return {
    article, sentences, places, inSpan: placesInSpans(places), paragraphEnds, isLong: isArticle(article, sentences),
    model: activeModel(), killedIn: fatalitiesFromClaims(claims), dateOf: input.dateOf ?? resolveSentenceDate,
    candidates: [], ruled: new Map(), leadPlace: undefined,
  };
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
