/**
 * A profile as stored text: the store keeps each article's profile beside its extraction run, so
 * incidents can be recomputed after every ingest from the profiles alone (no re-extraction of
 * the whole store). Sets become sorted arrays, the MinHash signature an array of numbers.
 */
import { z } from 'zod';
import type { Profile } from './profile.js';

/** Bumped when Profile's shape changes: a stored profile of another version is re-made from its extraction. */
export const PROFILE_VERSION = 1;

const Figure = z.object({
  value: z.number(),
  basis: z.enum(['claim', 'cue', 'none']),
  qualifier: z.string().nullable(),
  claimant: z.string().nullable(),
  evidence: z.object({ start: z.number(), end: z.number() }).nullable(),
}).nullable();

const strings = z.array(z.string());
const Stored = z.object({
  v: z.literal(PROFILE_VERSION),
  id: z.string(),
  title: z.string(),
  published: z.string().nullable(),
  eventDate: z.string().nullable(),
  firstReportOf: z.string().nullable(),
  cities: z.array(z.number()),
  admin1: strings,
  countries: strings,
  primary: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  kinds: strings,
  weapons: strings,
  actors: strings,
  concedes: z.boolean(),
  figures: z.object({ killed: Figure, injured: Figure }),
  placeName: z.string().nullable(),
  terms: z.object({ lead: strings, body: strings, names: strings }),
  salient: strings,
  nameSet: strings,
  numbers: strings,
  years: strings,
  figureValues: strings,
  signature: z.array(z.number()),
});

const SETS = ['cities', 'admin1', 'countries', 'kinds', 'weapons', 'actors', 'salient', 'nameSet', 'numbers', 'years', 'figureValues'] as const;

export function encodeProfile(p: Profile): string {
  const { index: _index, signature, ...rest } = p;
  const out: Record<string, unknown> = { v: PROFILE_VERSION, ...rest, signature: [...signature] };
  // Insertion order kept: the first kind names the incident.
  for (const k of SETS) out[k] = [...p[k]];
  return JSON.stringify(out);
}

/** The stored profile at batch position `index`; null when it was written by another profile version. */
export function decodeProfile(text: string, index: number): Profile | null {
  const parsed = Stored.safeParse(JSON.parse(text));
  if (!parsed.success) return null;
  const s = parsed.data;
  return {
    ...s,
    index,
    cities: new Set(s.cities), admin1: new Set(s.admin1), countries: new Set(s.countries), kinds: new Set(s.kinds),
    weapons: new Set(s.weapons), actors: new Set(s.actors), salient: new Set(s.salient), nameSet: new Set(s.nameSet),
    numbers: new Set(s.numbers), years: new Set(s.years), figureValues: new Set(s.figureValues), signature: Uint32Array.from(s.signature),
  };
}
