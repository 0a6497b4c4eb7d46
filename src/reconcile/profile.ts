/**
 * What one article says about its incident, read off its extraction: when, where, what kind,
 * who, how many, and the vectors text similarity needs.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Extraction, PlaceMention, ResolvedPlace } from '../types.js';
import { explicitDate } from '../language/index.js';
import { signature } from './minhash.js';
import { names, numbers, words, type Sparse, type TermWeights, vectorOf } from './text.js';
import { readFigures, type ArticleFigures } from './casualties.js';

export interface Profile {
  index: number;
  id: string;
  title: string;
  published: string | null;
  /** The most salient event's day, or the first day-precise date a claim gives. */
  eventDate: string | null;
  /** The day of the violent event this article first reports, when it is a first report (see data/reconcile/constraints.json). */
  firstReportOf: string | null;
  cities: Set<number>;
  admin1: Set<string>;
  countries: Set<string>;
  primary: { lat: number; lon: number } | null;
  kinds: Set<string>;
  weapons: Set<string>;
  actors: Set<string>;
  /** A claimant of a kill or hit is the attacker of one of the article's events ("the army said its strike killed"). */
  concedes: boolean;
  figures: ArticleFigures;
  /** Where the first event or location is named, for the incident's record. */
  placeName: string | null;
  terms: { lead: string[]; body: string[]; names: string[] };
  /** Names the article repeats or puts in its title: its protagonists. */
  salient: Set<string>;
  nameSet: Set<string>;
  numbers: Set<string>;
  years: Set<string>;
  /** The figures the claims stage read (kind:value), e.g. launched:120, killed:3. */
  figureValues: Set<string>;
  signature: Uint32Array;
}

export interface Vectors {
  lead: Sparse;
  body: Sparse;
  names: Sparse;
}

const LEAD_WORDS = 80;
const CITYLIKE = new Set(['point', 'city', 'district']);

function placeKeys(places: readonly ResolvedPlace[]) {
  const cities = new Set<number>();
  const admin1 = new Set<string>();
  const countries = new Set<string>();
  for (const p of places) {
    if (p.country) countries.add(p.country);
    if (p.country && p.admin1 && p.precision !== 'country') admin1.add(`${p.country}.${p.admin1}`);
    if (p.geonameid !== null && CITYLIKE.has(p.precision)) cities.add(p.geonameid);
  }
  return { cities, admin1, countries };
}

const Constraints = z.object({
  firstReport: z.object({
    violentTypes: z.array(z.string()),
    violentAcled: z.array(z.string()),
    publishedWithinDays: z.number().nonnegative(),
    daysApart: z.number().positive(),
    ambiguousDays: z.object({ weekdays: z.array(z.string()) }),
  }),
  elsewhereAnotherDay: z.object({ daysApart: z.number().positive() }),
  window: z.object({ days: z.number().positive() }),
});
export type ConstraintRules = z.infer<typeof Constraints>;
let rules: ConstraintRules | null = null;
export function constraintRules(): ConstraintRules {
  if (rules) return rules;
  const parsed = Constraints.safeParse(JSON.parse(readFileSync(new URL('../../data/reconcile/constraints.json', import.meta.url), 'utf8')));
  if (!parsed.success) throw new Error(`data/reconcile/constraints.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return (rules = parsed.data);
}

export const dayNumber = (d: string): number => Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/** The day an article is placed at for a refresh's time window: its publication (or the date it opens with). */
export function articleDay(p: Pick<Profile, 'published'>): number | null {
  const d = p.published;
  const n = d ? dayNumber(d) : NaN;
  return Number.isFinite(n) ? n : null;
}

/** Whether two articles' days (null: undated) lie within the window of one incident. */
export function withinWindow(a: number | null, b: number | null): boolean {
  return a === null || b === null || Math.abs(a - b) <= constraintRules().window.days;
}

function firstReportOf(x: Extraction): string | null {
  const { violentTypes, violentAcled, publishedWithinDays } = constraintRules().firstReport;
  const published = x.article.published;
  if (!published) return null;
  const e = x.events.find((v) => v.when && v.whenPrecision === 'day' && (violentTypes.includes(v.type) || violentAcled.includes(v.acledEventType ?? '')));
  if (!e?.when) return null;
  const sentence = x.article.text.slice(e.evidence.start, e.evidence.end);
  const days = new Set(words(sentence).filter((w) => constraintRules().firstReport.ambiguousDays.weekdays.includes(w)));
  if (days.size > 1) return null;
  // A calendar date written in the event's own sentence ("the attack on April 10, officials said
  // on Saturday") dates the event better than the day the claim was made.
  const written = explicitDate(sentence, published);
  // A calendar date written in the attack's own sentence anchors it even in a later report.
  if (written?.precision === 'day') return written.date;
  const lag = dayNumber(published) - dayNumber(e.when);
  return lag >= 0 && lag <= publishedWithinDays ? e.when : null;
}

/**
 * An article given without a publication date often opens with one ("August 17, 2011" under the
 * headline): a full calendar date, year written, in the opening lines stands in for it.
 */
function dateStamp(text: string): string | null {
  const opening = text.slice(0, 300);
  const found = explicitDate(opening, null);
  return found?.precision === 'day' && opening.includes(found.date.slice(0, 4)) ? found.date : null;
}

function salientOf(all: readonly string[], inTitle: readonly string[]): Set<string> {
  const count = new Map<string, number>();
  for (const n of all) count.set(n, (count.get(n) ?? 0) + 1);
  return new Set([...inTitle, ...[...count].filter(([, c]) => c >= 2).map(([n]) => n)]);
}

function eventDateOf(x: Extraction): string | null {
  const dayEvent = x.events.find((e) => e.when && e.whenPrecision === 'day');
  if (dayEvent?.when) return dayEvent.when;
  const claim = x.claims.find((c) => c.when && (c.kind === 'killed' || c.kind === 'injured' || c.kind === 'hit'));
  return claim?.when ?? x.events.find((e) => e.when)?.when ?? null;
}

function concedes(x: Extraction): boolean {
  return x.events.some((e) => {
    const actor = e.actor?.text.toLowerCase();
    return !!actor && x.claims.some((c) => (c.kind === 'killed' || c.kind === 'hit') && !!c.claimant && c.claimant.toLowerCase().includes(actor));
  });
}

export function profileOf(x: Extraction, index: number): Profile {
  const title = x.article.title ?? '';
  const located = x.places.filter((p): p is PlaceMention & { place: ResolvedPlace } => p.role === 'location' && p.place !== null);
  const first = x.events.find((e) => e.where?.place)?.where?.place ?? located[0]?.place ?? null;
  const lead = `${title}\n${x.article.text.split(/\s+/).slice(0, LEAD_WORDS).join(' ')}`;
  const { numbers: nums, years } = numbers(`${title}\n${x.article.text}`);
  const allNames = names(`${title}. ${x.article.text}`);
  const actors = new Set<string>();
  for (const e of x.events) for (const a of [e.actor, e.recipient]) if (a) actors.add(a.country ?? a.text.toLowerCase());
  return {
    index,
    id: x.article.id,
    title,
    published: x.article.published ?? dateStamp(x.article.text),
    eventDate: eventDateOf(x),
    firstReportOf: firstReportOf(x),
    ...placeKeys(located.map((p) => p.place)),
    primary: first ? { lat: first.lat, lon: first.lon } : null,
    kinds: new Set(x.events.slice(0, 2).map((e) => `${e.type}:${e.mode ?? ''}`)),
    weapons: new Set(x.claims.map((c) => c.weapon).filter((w): w is string => !!w)),
    actors,
    concedes: concedes(x),
    figures: readFigures(x),
    placeName: x.events.find((e) => e.where)?.where?.text ?? located[0]?.text ?? null,
    terms: { lead: words(lead), body: words(x.article.text), names: allNames },
    salient: salientOf(allNames, names(`. ${title}`)),
    nameSet: new Set(allNames),
    numbers: nums,
    years,
    figureValues: new Set(x.claims.filter((c) => c.value !== null).map((c) => `${c.kind}:${c.value}`)),
    signature: signature(x.article.text),
  };
}

export function vectorsOf(p: Profile, weights: TermWeights): Vectors {
  return { lead: vectorOf(p.terms.lead, weights), body: vectorOf(p.terms.body, weights), names: vectorOf(p.terms.names, weights) };
}
