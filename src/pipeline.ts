import type { Article, Claim, Extraction, PlaceMention, SitrepEvent, Span } from './types.js';
import { cleanArticle, type CleanedArticle, type PageLine, type PageSection } from './clean/index.js';
import { splitSentences, type Sentence } from './language/index.js';
import { findPlacesOf, lookupPlace } from './places/index.js';
import { mapSpansBack, normalizeText, sentenceDater, textTokens, type NormalizedText, type SentenceDater, type TextTokens } from './language/index.js';
import { extractClaimsOf, type ClaimInput } from './claims/index.js';
import { extractEventsOf, type EventInput } from './events/index.js';

const BLANK_LINE = /\n[ \t]*\n/;

/**
 * The sentences of the body lines, numbered by the blank-line paragraphs of the text as given, with
 * the page section (clean: a second story, a live update) each belongs to.
 */
function bodySentences(text: string, lines: readonly PageLine[], sections: readonly PageSection[]): Sentence[] {
  let paragraph = 0;
  let previousEnd = -1;
  return lines.flatMap((line) => {
    if (line.role !== 'story') return [];
    if (previousEnd >= 0 && BLANK_LINE.test(text.slice(previousEnd, line.start))) paragraph++;
    previousEnd = line.end;
    const found = splitSentences(text, line.start, line.end, paragraph);
    if (line.section > 0) for (const s of found) s.section = line.section;
    if (sections[line.section]?.kind === 'live') for (const s of found) s.liveUpdate = true;
    return found;
  });
}

/**
 * Runs one article through every stage: clean → language → places → claims → events.
 * Pure: it reads nothing but the article and the compiled data, and writes nothing.
 * Invisible marks, fullwidth forms and other scripts' digits are normalised first; every span
 * found is mapped back, so offsets index the text as given.
 */
export function extractArticle(article: Article): Extraction {
  const [found] = extractArticles([article]);
  if (found instanceof Error) throw found;
  return found!;
}

/**
 * Runs a batch of articles through the stages stage by stage: every article is cleaned and
 * tokenized, then every article's places are found, then its claims, then its events. Each
 * article's extraction is exactly what extractArticle gives it; a batch only orders the work.
 * Why: a stage's rules, tries and compiled patterns stay in the processor's caches over the
 * batch instead of being evicted by the other stages' at every article (bench/real-news.ts:
 * about a third less CPU over a batch of 64 than article by article).
 * An article whose extraction throws gets its Error in its place; the others go on.
 */
export function extractArticles(articles: readonly Article[]): Array<Extraction | Error> {
  const read = articles.map((article) => attempt(() => readArticle(article)));
  const placed = inBatch(read, (batch) => placeArticles(batch));
  const claimed = inBatch(placed, (batch) => claimArticles(batch));
  const evented = inBatch(claimed, (batch) => timed('events', () => extractEventsOf(batch.map(eventInput))));
  return claimed.map((r, k) => (r instanceof Error ? r : attempt(() => finishArticle(r, evented[k]!))));
}

function attempt<T>(f: () => T): T | Error {
  try {
    return f();
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}

/**
 * Runs a stage over the batch's articles that have not failed, one answer per article in order. If the stage throws,
 * it runs over each article alone, so that only the article at fault fails.
 */
function inBatch<I, O>(items: ReadonlyArray<I | Error>, stage: (batch: readonly I[]) => O[]): Array<O | Error> {
  const ok = items.filter((r): r is I => !(r instanceof Error));
  const together = attempt(() => stage(ok));
  let k = 0;
  return items.map((r) => {
    if (r instanceof Error) return r;
    const one = ok[k]!;
    const answer = together instanceof Error ? attempt(() => stage([one])[0]!) : together[k]!;
    k++;
    return answer;
  });
}

/** CPU milliseconds per stage while `f` runs (bench/stages.ts); nothing is timed otherwise. */
let timing: Record<string, number> | null = null;
export function stageTimes(f: () => void): Record<string, number> {
  timing = {};
  try {
    f();
    return timing;
  } finally {
    timing = null;
  }
}

function timed<T>(stage: string, f: () => T): T {
  if (!timing) return f();
  const c0 = process.cpuUsage();
  const out = f();
  const c = process.cpuUsage(c0);
  timing[stage] = (timing[stage] ?? 0) + (c.user + c.system) / 1000;
  return out;
}

/** The headline line that opens the text ("Ukraine downs 42 of 55 drones"), as a sentence of its own. */
function headlineSentence(text: string, lines: readonly PageLine[]): Sentence | null {
  const first = lines[0];
  if (!first || first.role !== 'debris' || first.reason !== 'title') return null;
  return splitSentences(text, first.start, first.end, 0)[0] ?? null;
}

/** An article through clean and the language layer: what the places stage reads. */
interface ReadArticle {
  /** The article as given, and as read (normalised text, mapped back at the end). */
  given: Article;
  article: Article;
  norm: NormalizedText;
  cleaned: CleanedArticle;
  dated: Article;
  published: string | null;
  sentences: Sentence[];
  headline: Sentence | null;
  tokens: TextTokens;
}

function readArticle(given: Article): ReadArticle {
  const norm = timed('normalize', () => normalizeText(given.text));
  const title = !norm.changed || given.title === null ? given.title : normalizeText(given.title).text;
  const article = norm.changed ? { ...given, text: norm.text, title } : given;
  const cleaned = timed('clean', () => cleanArticle(article));
  const published = article.published ?? cleaned.dateline?.date ?? null;
  const dated: Article = { ...article, published, title: article.title ?? cleaned.title };
  const sentences = timed('sentences', () => bodySentences(article.text, cleaned.lines, cleaned.sections));
  const headline = headlineSentence(article.text, cleaned.lines);
  // The text is tokenized once: the places stage reads its tokens whole, the sentences their parts.
  const tokens = timed('tokens', () => textTokens(article.text, headline ? [headline, ...sentences] : sentences));
  return { given, article, norm, cleaned, dated, published, sentences, headline, tokens };
}

/** An article with its places: what the claims stage reads. */
interface PlacedArticle extends ReadArticle {
  places: PlaceMention[];
  inBody: PlaceMention[];
  inHeadline: PlaceMention[];
  titled: { text: string; places: PlaceMention[] } | null;
}

/** The places of a batch of articles' bodies, and of the titles the texts do not open with (findPlacesOf). */
function placeArticles(batch: readonly ReadArticle[]): PlacedArticle[] {
  // A title the text does not open with is read for its places once: a count's scene is often named there alone.
  const titled = batch.map((r) => (!r.headline && r.dated.title ? r.dated.title : null));
  const texts = batch.flatMap((r, k) => {
    const body = { text: r.article.text, opts: { published: r.published, tokens: r.tokens, dateline: r.cleaned.dateline?.prefix ?? null } };
    const title = titled[k];
    return title !== null && title !== undefined ? [body, { text: title, opts: { published: r.published } }] : [body];
  });
  const found = timed('places', () => findPlacesOf(texts));
  let next = 0;
  return batch.map((r, k) => {
    const places = found[next++]!;
    const title = titled[k];
    const titlePlaces = title !== null && title !== undefined ? { text: title, places: found[next++]! } : null;
    const { cleaned, headline } = r;
    const inBody = places.filter((p) => cleaned.body.some((b) => p.start >= b.start && p.end <= b.end));
    const inHeadline = headline ? places.filter((p) => p.start >= headline.start && p.end <= headline.end) : [];
    return { ...r, places, inBody, inHeadline, titled: titlePlaces };
  });
}

/** An article with its claims: what the events stage reads. */
interface ClaimedArticle extends PlacedArticle {
  claims: Claim[];
  dateOf: SentenceDater;
}

/** The claims of a batch of articles, read together (extractClaimsOf). */
function claimArticles(batch: readonly PlacedArticle[]): ClaimedArticle[] {
  const inputs = batch.map(claimInput);
  const claims = timed('claims', () => extractClaimsOf(inputs));
  return batch.map((r, k) => ({ ...r, claims: claims[k]!, dateOf: inputs[k]!.dateOf! }));
}

function claimInput(r: PlacedArticle): ClaimInput {
  const { cleaned, dated, sentences, headline, inHeadline, inBody, titled } = r;
  const datelinePlace = cleaned.dateline?.place ? lookupPlace(cleaned.dateline.place) : null;
  return {
    article: dated,
    sentences,
    headline: headline ? { sentence: headline, places: inHeadline } : null,
    title: titled,
    places: inBody,
    // One reading of each sentence's date for both stages that ask.
    dateOf: sentenceDater(),
    dateline: cleaned.dateline ? { date: cleaned.dateline.date, place: cleaned.dateline.place ? { text: cleaned.dateline.place, place: datelinePlace } : null } : null,
  };
}

function eventInput(r: ClaimedArticle): EventInput {
  const { cleaned, dated, sentences, inBody, claims, dateOf } = r;
  // A wire dateline's city is where the story was filed: never an event's actor or scene.
  const prefix = cleaned.dateline?.prefix;
  const eventPlaces = prefix ? inBody.filter((p) => p.end <= prefix.start || p.start >= prefix.end) : inBody;
  return { article: dated, sentences, places: eventPlaces, claims, datelinePlace: cleaned.dateline?.place ?? null, dateOf };
}

function finishArticle(r: ClaimedArticle, events: SitrepEvent[] | Error): Extraction {
  if (events instanceof Error) throw events;
  const { given, norm, dated, places, claims } = r;
  const found: Extraction = { article: dated, places, claims, events };
  if (!norm.changed) return found;
  mapSpansBack([found.places, found.claims, found.events], norm, given.text);
  return { ...found, article: { ...found.article, text: given.text, title: given.title ?? found.article.title } };
}
