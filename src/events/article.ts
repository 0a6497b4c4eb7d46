import type { Article, PlaceMention, SitrepEvent } from '../types.js';
import type { Sentence } from '../language/index.js';
import { lookupPlace } from '../places/index.js';
import { classifyByRules } from './classify.js';
import { findCountryMentions } from './countries.js';

/**
 * Main events of a multi-paragraph article. A news article reports one or a few events in its
 * headline and lede; later paragraphs add casualties, reactions and background. Per-sentence
 * events are therefore folded into the main ones: mentions of the same event are merged, the
 * casualty and air-defence lines of a strike join the strike, statements are kept only where the
 * headline or lede reports them, and the headline's event comes first.
 */

export interface ArticleCandidate {
  event: SitrepEvent;
  background: boolean;
  /** Index of the sentence in the article's body. */
  index: number;
  classId: string;
}

/** A one-line report (an ACLED note, a wire sentence) is classified as it stands; an article is filtered. */
export function isArticle(article: Article, sentences: Sentence[]): boolean {
  if (sentences.length < 3) return false;
  return Boolean(article.title) || new Set(sentences.map((s) => s.paragraph)).size > 1;
}

// Acts that a news article reports for their own sake anywhere in its body; other types (statements,
// reactions, protests, measures) are main events only when the headline or the lede reports them.
const ACT_TYPES = new Set(['ASSAULT', 'FIGHT', 'AGREE', 'CONSULT']);
// Classes that describe a strike's consequences or its defence rather than a separate event.
const STRIKE_PARTS = new Set(['attack', 'armed_clash', 'beating', 'interception', 'disrupted_weapons', 'looting', 'ied']);
const REMOTE_MODES = new Set(['drone', 'aerial', 'heavy-weapons']);
// Parties whose order does not matter: "India and Israel signed" is one agreement either way.
const SYMMETRIC = new Set(['AGREE', 'CONSULT', 'COOPERATE']);

const countries = (e: SitrepEvent): string[] => [e.actor?.country, e.recipient?.country].filter((c): c is string => Boolean(c));

/** Two parties' countries do not differ (either may be unknown). Module-level: no closure is made per comparison. */
function side(x: string | null | undefined, y: string | null | undefined): boolean {
  return !x || !y || x === y;
}

/** Whether `b` is another mention of `a`, taking `a` as of type `type` (its own by default). */
function compatible(a: SitrepEvent, b: SitrepEvent, type: string = a.type): boolean {
  if (type !== b.type) return false;
  if (SYMMETRIC.has(type)) {
    const ca = countries(a);
    const cb = countries(b);
    // Two fully known pairs must be the same pair; a partial one joins any pair it shares a side with or completes.
    if (ca.length === 2 && cb.length === 2) return ca.every((c) => cb.includes(c));
    return ca.length + cb.length <= 2 || ca.some((c) => cb.includes(c));
  }
  return side(a.actor?.country, b.actor?.country) && side(a.recipient?.country, b.recipient?.country);
}

/**
 * Article conventions (GUIDELINES): strikes with missiles, rockets or artillery are ASSAULT with
 * mode heavy-weapons, whoever is hit (the PLOVER-GSR sentence set codes shelling as FIGHT, so
 * one-line reports keep CAMEO 194); a party does not agree with or meet itself.
 */
function asArticleEvent(e: SitrepEvent): void {
  if (e.type === 'FIGHT' && e.mode === 'heavy-weapons') {
    e.type = 'ASSAULT';
    e.cameo = '195';
  }
  if (SYMMETRIC.has(e.type) && e.recipient?.country && e.recipient.country === e.actor?.country) e.recipient = null;
}

/** Takes `from`'s date, with how exactly it is known, when `into` has none. */
export function takeDate(into: SitrepEvent, from: SitrepEvent): void {
  if (into.when || !from.when) return;
  into.when = from.when;
  into.whenPrecision = from.whenPrecision;
}

/** Fills what `into` left unknown from `from`; a strike's part lends no place or date (`placeAndTime` false). */
function mergeInto(into: SitrepEvent, from: SitrepEvent, placeAndTime = true): void {
  // Read `from.when` only when used: dates are read lazily (see extractEvents).
  if (placeAndTime) {
    takeDate(into, from);
    into.where ??= from.where;
  }
  if (!into.actor?.country && from.actor?.country) into.actor = from.actor;
  if (!into.recipient?.country && from.recipient?.country) {
    // For symmetric acts the other party may have been found as the actor of the later mention.
    into.recipient = from.recipient;
  } else if (SYMMETRIC.has(into.type) && !into.recipient?.country) {
    const other = [from.actor, from.recipient].find((a) => a?.country && a.country !== into.actor?.country);
    if (other) into.recipient = other;
  }
  if (!into.fatalities && from.fatalities) into.fatalities = from.fatalities;
}

// "his visiting Israeli counterpart", "during his official visit to India", "arrived in Riyadh".
const VISITOR = /\bvisiting\s+(?:\w+\s+)?([A-Z][a-z]+)/g;
const VISITED = /\b(?:visit|trip|arrived|travel(?:l)?ed|flew)\s+(?:\w+\s+){0,2}?(?:to|in)\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)/g;

function visitParties(text: string): { visitor: string | null; host: string | null } {
  const iso = (name: string): string | null => findCountryMentions(name)[0]?.iso3 ?? null;
  let visitor: string | null = null;
  let host: string | null = null;
  VISITOR.lastIndex = 0;
  for (let m = VISITOR.exec(text); m && !visitor; m = VISITOR.exec(text)) visitor = iso(m[1]!);
  VISITED.lastIndex = 0;
  for (let m = VISITED.exec(text); m && !host; m = VISITED.exec(text)) host = iso(m[1]!);
  return { visitor, host };
}

/** A meeting in an article that reports a visit is the visit (CAMEO 042): the visitor acts, the host receives. */
function asVisit(event: SitrepEvent, text: string): void {
  const { visitor, host } = visitParties(text);
  if (!visitor && !host) return;
  event.mode = 'visit';
  event.cameo = '042';
  const parties = [event.actor, event.recipient].filter((a): a is NonNullable<typeof a> => Boolean(a?.country));
  // A party the event did not name is named as the article first names its country ("Israeli"), not by its code.
  const named = (c: string) => findCountryMentions(text).find((m) => m.iso3 === c);
  const byCountry = (c: string | null) => parties.find((a) => a.country === c) ?? (c ? { text: named(c)?.text ?? c, country: c, sector: 'GOV' } : null);
  const guest = visitor ?? parties.find((a) => a.country !== host)?.country ?? null;
  const home = host ?? parties.find((a) => a.country !== guest)?.country ?? null;
  if (guest) event.actor = byCountry(guest);
  if (home && home !== guest) event.recipient = byCountry(home);
}

const COUNTRY_LEVEL = /^(?:PCL\w*|ADM1)$/;

/** The city an article is datelined from, or its first city-level place. */
function articleCity(article: Article, places: PlaceMention[], dateline: string | null): PlaceMention | null {
  if (dateline) {
    const place = lookupPlace(dateline);
    if (place && !COUNTRY_LEVEL.test(place.featureCode ?? '')) {
      const at = article.text.indexOf(dateline);
      return { start: Math.max(at, 0), end: Math.max(at, 0) + dateline.length, text: dateline, role: 'location', place };
    }
  }
  return places.find((p) => p.role === 'location' && p.place && p.place.featureCode?.startsWith('PPL')) ?? null;
}

/** The main events of an article, most salient first. */
export function mainEvents(article: Article, candidates: ArticleCandidate[], places: PlaceMention[], datelinePlace: string | null): SitrepEvent[] {
  // The headline only names the type the article leads with: the rules' reading is enough (and spares a model pass).
  const headline = article.title ? classifyByRules(article.title).decision : null;
  const news = candidates.filter((c) => !c.background);
  const pool = news.length ? news : candidates;
  const lede = pool.reduce((min, c) => Math.min(min, c.index), Infinity);
  const headlineType = headline?.eventClass.plover ?? null;
  // Statements and reactions count only when the headline or the lede reports them.
  const kept = pool.filter((c) => c.event.type === headlineType || c.index === lede || (ACT_TYPES.has(c.event.type) && countries(c.event).length > 0));
  for (const c of kept) asArticleEvent(c.event);
  const strikes = kept.filter((c) => c.event.type === 'ASSAULT' && REMOTE_MODES.has(c.event.mode ?? ''));
  const events: SitrepEvent[] = [];
  const sources = new Map<SitrepEvent, number>();
  for (const c of kept) {
    // "one person was killed", "air defences repelled the attack": parts of the strike already reported.
    if (strikes.length && strikes[0] !== c && STRIKE_PARTS.has(c.classId)) {
      // A part that fits no strike of the article is still dropped, but lends no party to one it does not fit.
      const main = strikes.find((s) => compatible(s.event, c.event, c.event.type));
      if (main && events.includes(main.event)) mergeInto(main.event, c.event, false);
      continue;
    }
    const earlier = events.find((e) => compatible(e, c.event));
    if (earlier) mergeInto(earlier, c.event);
    else {
      events.push(c.event);
      sources.set(c.event, c.index);
    }
  }
  // Dates are read lazily (see extractEvents): stop at the first one found.
  const dated = pool.find((c) => c.event.when)?.event;
  // The article's city needs its dateline: the pipeline passes it; other callers pay a cleaning pass, only when asked for.
  let city: PlaceMention | null | undefined;
  const bodyText = article.text;
  for (const e of events) {
    // Undated in its own sentences: the article's first stated date (or its publication date)
    // stands in, known to about a week.
    const standIn = e.when ? null : (dated?.when ?? article.published);
    if (standIn) {
      e.when = standIn;
      e.whenPrecision = 'week';
    }
    if (e.type === 'CONSULT' && (e.mode === null || e.mode === 'host')) asVisit(e, bodyText);
    // Talks and signings happen in a city; the country of one of the parties is not a place for them.
    const whereCountry = e.where?.place && COUNTRY_LEVEL.test(e.where.place.featureCode ?? '');
    if ((e.type === 'AGREE' || e.type === 'CONSULT') && (!e.where || whereCountry)) {
      if (city === undefined) city = articleCity(article, places, datelinePlace);
      if (city) e.where = city;
    }
  }
  // The headline's event first, then the lede's order.
  const rank = (e: SitrepEvent): number => (headline && e.type === headlineType ? (e.mode === headline.eventClass.mode ? 0 : 1) : 2);
  return events.map((e, i) => ({ e, i })).sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i).map(({ e }) => e);
}
