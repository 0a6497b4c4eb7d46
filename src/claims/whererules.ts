import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { PlaceMention } from '../types.js';

/** data/claims/where.json: which mentions can never be the place of a claim, with a reason per rule. */
const FILE = 'data/claims/where.json';
const Rule = z.object({ pattern: z.string(), why: z.string().min(10) });
const Schema = z.object({
  referenceBefore: z.array(Rule),
  acronymPlaces: z.object({ why: z.string(), pattern: z.string() }),
  buildingNames: z.object({ why: z.string().min(10), pattern: z.string() }),
});

function compile(pattern: string, flags: string, where: string): RegExp {
  try {
    return new RegExp(pattern, flags);
  } catch (e) {
    throw new Error(`${FILE}: ${where}: bad pattern ${pattern}: ${(e as Error).message}`);
  }
}

const parsed = Schema.safeParse(JSON.parse(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8')));
if (!parsed.success) throw new Error(`${FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
const REFERENCE_BEFORE = parsed.data.referenceBefore.map((r, i) => compile(r.pattern, 'i', `referenceBefore[${i}] (${r.why.slice(0, 40)})`));
const ACRONYM = compile(parsed.data.acronymPlaces.pattern, '', 'acronymPlaces');
const BUILDING = compile(parsed.data.buildingNames.pattern, 'u', 'buildingNames');

/** "300 kilometers north of Mogadishu", "except Mogadishu": a place named only as a point of reference. */
export function isReferencePlace(text: string, m: PlaceMention): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  return REFERENCE_BEFORE.some((re) => re.test(before));
}

/** "NISA", "KCNA": an agency's acronym read as a town; a country's short form ("UAE") stays a place. */
export function isAcronymPlace(m: PlaceMention): boolean {
  return ACRONYM.test(m.text) && m.place?.precision !== 'country';
}

/** "the Sahara Hotel", "Al-Noor Mosque": a named building, a venue inside the place of a fact. */
export function isBuildingName(name: string): boolean {
  return BUILDING.test(name.trim());
}
