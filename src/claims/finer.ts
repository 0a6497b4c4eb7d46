import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { PlaceMention } from '../types.js';
import type { Scene } from './placing.js';
import { asClaimPlace, chooseWhere, PRECISION_RANK, type ClaimPlace } from './where.js';
import { clauseBreaks, locativesIn } from './whererules.js';

/** A finer place named at a locative in a count's clause (data/claims/where.json `finerMention`). */
const FILE = 'data/claims/where.json';
const Schema = z.object({
  finerMention: z.object({ why: z.string().min(10), locative: z.string(), gap: z.string(), stop: z.string(), stopWhy: z.string().min(10) }),
});
const parsed = Schema.safeParse(JSON.parse(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8')));
if (!parsed.success) throw new Error(`${FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
const finer = parsed.data.finerMention;

function compile(pattern: string, flags: string, where: string): RegExp {
  try {
    return new RegExp(pattern, flags);
  } catch (e) {
    throw new Error(`${FILE}: ${where}: bad pattern ${pattern}: ${(e as Error).message}`);
  }
}


/**
 * "In Dnipro, officials said 12 were injured in the Samarskyi district": the first place a locative
 * after `from` attaches (a name the gazetteer lacks included), finer than a country, within the clause.
 */
// Between a locative and its place: nothing, a few words ending in "of" ("the port of", "the town of"),
// or the container that owns it ("in Sagaing region's Kani township").
const NEAR_LOCATIVE = /^(?:the\s+)?(?:(?:[a-z-]+\s+){0,3}of\s+(?:the\s+)?|[A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}['’]s\s+)?$/;

/**
 * "In Syria, a blast at a depot in the town of Sarmada killed six": a frame that names only a country or a
 * region, and a finer place the count's own clause names before the count, told at a locative: the finer place.
 */
export function finerBefore(scene: Scene, frame: PlaceMention, countAt: number): ClaimPlace | null {
  const coarse = PRECISION_RANK[frame.place?.precision ?? 'city'];
  if (coarse > PRECISION_RANK.region) return null;
  const { text, sentence: s, places } = scene;
  let from = frame.end;
  for (const m of text.slice(from, countAt).matchAll(clauseBreaks())) from = frame.end + m.index! + m[0].length;
  let best: ClaimPlace | null = null;
  for (const at of locativesIn(text.slice(from, countAt))) {
    const m = chooseWhere(text, places, { from: from + at, to: countAt, attachedAt: from + at });
    if (!m || m.end > s.end || !NEAR_LOCATIVE.test(text.slice(from + at, m.start))) continue;
    const rank = PRECISION_RANK[m.place?.precision ?? 'city'];
    if (rank > coarse) best = asClaimPlace(m, text);
  }
  return best;
}

export function placeAfter(scene: Scene, from: number): ClaimPlace | null {
  const { text, sentence: s, places } = scene;
  let to = s.end;
  for (const m of s.text.slice(from - s.start).matchAll(clauseBreaks())) { to = from + m.index!; break; }
  for (const at of locativesIn(text.slice(from, to))) {
    const m = chooseWhere(text, places, { from: from + at, to, attachedAt: from + at });
    if (m && m.start - (from + at) < 12 && m.place?.precision !== 'country') return asClaimPlace(m, text);
  }
  return null;
}

const FINER_LOCATIVE = compile(finer.locative, 'gi', 'finerMention.locative');
const FINER_GAP = compile(finer.gap, 'u', 'finerMention.gap');
const FINER_STOP = compile(finer.stop, 'i', 'finerMention.stop');
const IN_LIST = /^(?:\s*,\s*[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*)*)*\s+(?:and|or)\s+(?:the\s+)?[A-Z]/u;

/**
 * The most specific place `from`..`to` names at a locative inside a country's or region's count place
 * (where.json `finerMention`): "wounded in Lebanon when a drone struck a car in the southern town of Tyre".
 */
export function finerMention(text: string, from: number, to: number, mentions: readonly PlaceMention[], wide: ClaimPlace): ClaimPlace | null {
  const outer = wide.place;
  if (!outer || (outer.precision !== 'country' && outer.precision !== 'region')) return null;
  const stop = FINER_STOP.exec(text.slice(from, to));
  if (stop) to = from + stop.index;
  let best: ClaimPlace | null = null;
  for (const m of mentions) {
    if (m.start < from || m.end > to || m.role !== 'location' || !m.place) continue;
    const inner = m.place;
    if (PRECISION_RANK[inner.precision] <= PRECISION_RANK[outer.precision] || inner.country !== outer.country) continue;
    if (outer.precision === 'region' && inner.admin1 !== outer.admin1) continue;
    const before = text.slice(Math.max(from, m.start - 60), m.start);
    // The last locative before the place, with only a few words between ("in the southern town of").
    const lead = [...before.matchAll(FINER_LOCATIVE)].pop();
    if (!lead) continue;
    if (!FINER_GAP.test(before.slice(lead.index! + lead[0].length))) continue;
    // "in Wana and Lakki Marwat District": one place of a list is no finer place of the whole count.
    if (IN_LIST.test(text.slice(m.end, Math.min(to, m.end + 80)))) continue;
    if (!best || PRECISION_RANK[inner.precision] > PRECISION_RANK[best.place!.precision]) best = asClaimPlace(m, text);
  }
  return best;
}

