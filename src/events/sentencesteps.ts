import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Article, PlaceMention, ResolvedDate, SitrepEvent } from '../types.js';
import { sentenceTokens, type Sentence, type SentenceDater } from '../language/index.js';
import { eventPlace, notePlace } from './where.js';
import { findActorMentions, pickActors } from './actors.js';
import type { ArticleCandidate } from './article.js';
import { isBackground } from './background.js';
import { classifyByRules, findTriggers, type Classification, type RuleOutcome, type TriggerHit } from './classify.js';
import { withModel } from './decide.js';
import type { EventModel } from './model.js';
import { iso3OfIso2 } from './countries.js';
import { cue, type EventClass } from './lexicon.js';
import { countFatalities } from './fatalities.js';
import { LazyDatedEvent, type EventReadings } from './lazyevent.js';
import { readLiterals } from './literals.js';

/**
 * What one sentence of an article goes through to become a candidate event, as an ordered table
 * (data/events/sentencesteps.json): each step reads what the steps before it found and adds to it;
 * a step that returns false drops the sentence (it reports no event).
 */

/** How far past a sentence its context reads (classification, places of its paragraph). */
export const CONTEXT_CHARS = 1500;

/** What the steps share across an article's sentences. */
export interface ArticleRun {
  article: Article;
  sentences: readonly Sentence[];
  places: PlaceMention[];
  inSpan: (start: number, end: number) => PlaceMention[];
  paragraphEnds: readonly number[];
  isLong: boolean;
  model: EventModel | null;
  killedIn: (start: number, end: number) => number | null;
  dateOf: SentenceDater;
  candidates: ArticleCandidate[];
  /** Each article candidate's sentence and rule outcome (the model refines the kept ones). */
  ruled: Map<number, { text: string; outcome: RuleOutcome }>;
  /** A short report states its place once, with its units, in the lead (see notePlace); read on first need. */
  leadPlace: PlaceMention | null | undefined;
}

/** What the steps find of one sentence. */
export interface SentenceState {
  run: ArticleRun;
  i: number;
  sentence: Sentence;
  paragraphEnd: number;
  context: string;
  /** The sentence's triggers (classify finds them for every sentence before it reads any further). */
  hits: TriggerHit[] | null;
  outcome: RuleOutcome | null;
  decision: Classification | null;
  c: EventClass | null;
  /** The sentence's place, parties and fatalities, each read on the event's first use of it (see lazyevent.ts). */
  where: (() => PlaceMention | null) | null;
  actors: (() => { actor: SitrepEvent['actor']; recipient: SitrepEvent['recipient'] }) | null;
  background: boolean;
  aside: boolean;
  violent: boolean;
  fatalities: (() => number) | null;
}

type Step = (x: SentenceState) => boolean | void;

/** A step: what it reads, what it does to a sentence, and what it first does to every sentence of the batch (optional). */
interface StepDef {
  after: readonly string[];
  prepare?: (x: SentenceState) => void;
  run: Step;
}

const STEPS: Readonly<Record<string, StepDef>> = {
  classify: {
    after: [],
    // The trigger patterns run over every sentence before the context rules read any: each stays in the caches.
    prepare: (x) => { x.hits = findTriggers(x.sentence.text); },
    run: (x) => {
      const end = Math.min(x.paragraphEnd, x.sentence.start + CONTEXT_CHARS);
      x.context = x.run.article.text.slice(x.sentence.start, end);
      x.outcome = classifyByRules(x.sentence.text, x.context, x.sentence, x.hits ?? undefined);
    },
  },
  decide: {
    after: ['classify'],
    run: (x) => {
      const { run, outcome } = x;
      // A short report: the model reads every sentence (and may find an event no trigger named). An
      // article: only the events kept are refined (articleEvents), which spares a model pass per sentence.
      x.decision = !run.isLong && run.model ? withModel(run.model, x.sentence.text, outcome!, sentenceTokens(x.sentence)) : outcome!.decision;
      if (!x.decision) return false;
      x.c = x.decision.eventClass;
    },
  },
  place: { after: ['decide'], run: (x) => { x.where = once(() => placeOf(x)); } },
  actors: {
    after: ['place'],
    run: (x) => {
      const where = x.where!;
      x.actors = () => {
        const { sentence, run } = x;
        const mentions = findActorMentions(sentence.text, sentence.start, run.inSpan(sentence.start, sentence.end));
        // The place is read only when a party needs its country (one named without a country, or an official).
        return pickActors(mentions, sentence.text, x.decision!.trigger, () => iso3OfIso2(where()?.place?.country));
      };
    },
  },
  background: {
    after: ['decide'],
    run: (x) => {
      x.background = isBackground(x.sentence.text);
      // A short report that opens with a quote ("'We will not leave,' the elder said") tells the event after it:
      // what was said ranks after what was done, as background does (its date is still read).
      x.aside = !x.run.isLong && !x.c!.acled && cue('quote-opening', x.sentence.text);
    },
  },
  fatalities: {
    after: ['decide'],
    run: (x) => {
      const { run, sentence, c } = x;
      x.violent = c!.acled !== null && c!.acled !== 'Protests' && c!.acled !== 'Strategic developments';
      // The lead of a short report carries its casualty lines ("2 fatalities.") in later sentences.
      // Only a violent or ACLED event does: a meeting in the lead is not the deaths reported after it.
      const opens = x.i === 0 || run.sentences[x.i - 1]?.paragraph !== sentence.paragraph;
      const window = (x.violent || c!.acled) && opens ? x.context : sentence.text;
      x.fatalities = () => countFatalities(window) || (run.killedIn(sentence.start, sentence.end) ?? 0);
    },
  },
  candidate: {
    after: ['place', 'actors', 'background', 'fatalities'],
    run: (x) => {
      const { run } = x;
      if (run.isLong) run.ruled.set(run.candidates.length, { text: x.sentence.text, outcome: x.outcome! });
      run.candidates.push(candidateOf(x));
    },
  },
};

/** The event's place: a short report's lead place for its lead paragraph, else the one nearest the trigger. */
function placeOf(x: SentenceState): PlaceMention | null {
  const { run, sentence, i } = x;
  const end = Math.min(x.paragraphEnd, sentence.start + CONTEXT_CHARS);
  // The paragraph's places as far as its context reaches: a paragraph of a whole book is not read per sentence.
  const paragraphPlaces = run.inSpan(sentence.start, end);
  const lead = run.sentences[0]!;
  const inLead = !run.isLong && i > 0 && lead.paragraph === sentence.paragraph;
  if (inLead && run.leadPlace === undefined) run.leadPlace = notePlace(lead);
  return (inLead ? run.leadPlace : null) ??
    eventPlace(sentence, x.decision!.trigger.start, run.article.text, run.inSpan(sentence.start, sentence.end), paragraphPlaces.length ? paragraphPlaces : run.places);
}

/** `read`, run on the first call only. */
function once<T>(read: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [read(), true];
    return value!;
  };
}

/**
 * How a candidate's lazy fields are read from what the steps found. A class, not a literal of
 * closures: under tsx (keepNames) each closure made costs a name set on it, per candidate.
 */
class SentenceReadings implements EventReadings {
  constructor(private readonly x: SentenceState) {}

  date(): ResolvedDate | null {
    const { x } = this;
    return x.background ? null : x.run.dateOf(x.sentence.text, x.run.article.published);
  }

  where(): PlaceMention | null {
    return this.x.where!();
  }

  actors(): { actor: SitrepEvent['actor']; recipient: SitrepEvent['recipient'] } {
    return this.x.actors!();
  }

  fatalities(): number | null {
    const { x } = this;
    return x.violent || x.c!.acled ? x.fatalities!() : x.fatalities!() || null;
  }
}

function candidateOf(x: SentenceState): ArticleCandidate {
  const { sentence, decision } = x;
  const c = x.c!;
  // Reading a date costs more than the rest of a sentence and most are never needed (merged
  // mentions, statements an article drops): `when` is read on first use.
  const event: SitrepEvent = new LazyDatedEvent(
    { type: c.plover, mode: c.mode, acledEventType: c.acled, acledSubEventType: c.sub, cameo: c.cameo },
    { rule: decision!.rule, confidence: decision!.confidence, evidence: { start: sentence.start, end: sentence.end } },
    new SentenceReadings(x),
  );
  return { background: x.background || x.aside, index: x.i, classId: c.id, event };
}

const FILE = 'data/events/sentencesteps.json';
const Schema = z.object({
  _why: z.string().min(10),
  steps: z.array(z.object({ step: z.string(), why: z.string().min(10) }).strict()).min(1),
}).strict();

/** Validates a step table (the JSON of data/events/sentencesteps.json): every step known, listed once, after the steps it reads. */
export function parseSentenceSteps(raw: unknown): StepDef[] {
  const parsed = Schema.safeParse(raw);
  if (!parsed.success) throw new Error(`${FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const done = new Set<string>();
  const steps = parsed.data.steps.map((s, i) => {
    const known = STEPS[s.step];
    if (!known) throw new Error(`${FILE}: steps[${i}] "${s.step}": no sentence step of that name in src/events/sentencesteps.ts`);
    if (done.has(s.step)) throw new Error(`${FILE}: steps[${i}] "${s.step}": listed twice`);
    const missing = known.after.filter((a) => !done.has(a));
    if (missing.length) throw new Error(`${FILE}: steps[${i}] "${s.step}": reads what ${missing.join(', ')} finds, listed after it`);
    done.add(s.step);
    return known;
  });
  const absent = Object.keys(STEPS).filter((k) => !done.has(k));
  if (absent.length) throw new Error(`${FILE}: no step ${absent.join(', ')} (every sentence step runs)`);
  return steps;
}

const SENTENCE_STEPS = parseSentenceSteps(JSON.parse(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8')));

/**
 * Runs the steps over every sentence of the articles: each step over all the sentences still read
 * before the next step, so that one step's rules, tables and compiled patterns stay in the
 * processor's caches over the batch (the trigger rules, then the model, then the readers). Each
 * article gets the candidates, in sentence order, that reading its sentences one by one gives it:
 * a step reads only its own sentence's state and its article's, and what it adds to the article
 * (the candidate, the model's record) is added by the last step, in sentence order.
 */
export function readSentences(runs: readonly ArticleRun[]): void {
  let live: SentenceState[] = [];
  for (const run of runs) {
    for (let i = 0; i < run.sentences.length; i++) {
      live.push({
        run, i, sentence: run.sentences[i]!, paragraphEnd: run.paragraphEnds[i]!, context: '', hits: null, outcome: null, decision: null, c: null,
        where: null, actors: null, background: false, aside: false, violent: false, fatalities: null,
      });
    }
  }
  // Every sentence is asked about by the literal gates (the trigger index first): their readings in one run.
  readLiterals(live.map((x) => x.sentence.text));
  for (const { prepare, run } of SENTENCE_STEPS) {
    if (prepare) for (const x of live) prepare(x);
    let kept = 0;
    for (const x of live) if (run(x) !== false) live[kept++] = x;
    live.length = kept;
  }
}
