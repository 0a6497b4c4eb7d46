/**
 * What one article says about its incident, read off its extraction: when, where, what kind,
 * who, how many, and the vectors text similarity needs.
 */
import type { Extraction, PlaceMention, ResolvedPlace } from '../types.js';
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
  cities: Set<number>;
  admin1: Set<string>;
  countries: Set<string>;
  primary: { lat: number; lon: number } | null;
  kinds: Set<string>;
  weapons: Set<string>;
  actors: Set<string>;
  figures: ArticleFigures;
  /** Where the first event or location is named, for the incident's record. */
  placeName: string | null;
  terms: { lead: string[]; body: string[]; names: string[] };
  numbers: Set<string>;
  years: Set<string>;
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

function eventDateOf(x: Extraction): string | null {
  const dayEvent = x.events.find((e) => e.when && e.whenPrecision === 'day');
  if (dayEvent?.when) return dayEvent.when;
  const claim = x.claims.find((c) => c.when && (c.kind === 'killed' || c.kind === 'injured' || c.kind === 'hit'));
  return claim?.when ?? x.events.find((e) => e.when)?.when ?? null;
}

export function profileOf(x: Extraction, index: number): Profile {
  const title = x.article.title ?? '';
  const located = x.places.filter((p): p is PlaceMention & { place: ResolvedPlace } => p.role === 'location' && p.place !== null);
  const first = x.events.find((e) => e.where?.place)?.where?.place ?? located[0]?.place ?? null;
  const lead = `${title}\n${x.article.text.split(/\s+/).slice(0, LEAD_WORDS).join(' ')}`;
  const { numbers: nums, years } = numbers(`${title}\n${x.article.text}`);
  const actors = new Set<string>();
  for (const e of x.events) for (const a of [e.actor, e.recipient]) if (a) actors.add(a.country ?? a.text.toLowerCase());
  return {
    index,
    id: x.article.id,
    title,
    published: x.article.published,
    eventDate: eventDateOf(x),
    ...placeKeys(located.map((p) => p.place)),
    primary: first ? { lat: first.lat, lon: first.lon } : null,
    kinds: new Set(x.events.slice(0, 2).map((e) => `${e.type}:${e.mode ?? ''}`)),
    weapons: new Set(x.claims.map((c) => c.weapon).filter((w): w is string => !!w)),
    actors,
    figures: readFigures(x),
    placeName: x.events.find((e) => e.where)?.where?.text ?? located[0]?.text ?? null,
    terms: { lead: words(lead), body: words(x.article.text), names: names(`${title}. ${x.article.text}`) },
    numbers: nums,
    years,
    signature: signature(x.article.text),
  };
}

export function vectorsOf(p: Profile, weights: TermWeights): Vectors {
  return { lead: vectorOf(p.terms.lead, weights), body: vectorOf(p.terms.body, weights), names: vectorOf(p.terms.names, weights) };
}
