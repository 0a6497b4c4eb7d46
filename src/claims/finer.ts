import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { PlaceMention } from '../types.js';
import type { Scene } from './placing.js';
import { asClaimPlace, chooseWhere, PRECISION_RANK, type ClaimPlace } from './where.js';
import { clauseBreaksIn, isBuildingName } from './whererules.js';

/** A finer place named at a locative in a count's clause (data/claims/where.json `finerMention`). */
const FILE = 'data/claims/where.json';
const Schema = z.object({
  finerMention: z.object({
    why: z.string().min(10), locative: z.string(), gap: z.string(), stop: z.string(), stopWhy: z.string().min(10),
    unknownLead: z.string(), unknownLeadThe: z.string(), unknownAreaNoun: z.string(), unknownLeadWhy: z.string().min(10),
    partOwn: z.string(), partOwnWhy: z.string().min(10), partAfter: z.string(), partAfterWhy: z.string().min(10),
  }),
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


const FINER_LOCATIVE = compile(finer.locative, 'gi', 'finerMention.locative');
const FINER_GAP = compile(finer.gap, 'u', 'finerMention.gap');
const FINER_STOP = compile(finer.stop, 'i', 'finerMention.stop');
const PART_AFTER = compile(finer.partAfter, 'i', 'finerMention.partAfter');
const PART_OWN = compile(finer.partOwn, 'i', 'finerMention.partOwn');
const UNKNOWN_LEAD = compile(finer.unknownLead, 'i', 'finerMention.unknownLead');
const UNKNOWN_LEAD_THE = compile(finer.unknownLeadThe, 'i', 'finerMention.unknownLeadThe');
const AREA_NOUN_END = compile(finer.unknownAreaNoun, '', 'finerMention.unknownAreaNoun');
const IN_LIST = /^(?:\s*,\s*[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*)*)*\s+(?:and|or)\s+(?:the\s+)?[A-Z]/u;

/** Where the clause that runs on at `from` ends: its sentence's next clause break, else the sentence's end. */
export function clauseEnd(scene: Scene, from: number): number {
  const s = scene.sentence;
  for (const m of clauseBreaksIn(s.text.slice(from - s.start))) return from + m.index;
  return s.end;
}

/** Where the clause that `to` lies in begins, at or after `from`: past the last clause break between them. */
export function clauseStart(scene: Scene, from: number, to: number): number {
  let start = from;
  for (const m of clauseBreaksIn(scene.text.slice(from, to))) start = from + m.index + m.text.length;
  return start;
}

const NAME_NEAR = /^(?:[a-z'’-]+\s+){0,5}[A-Z]/;

/** Where a finer place is sought: the count (or statement) at `at`..`end`, its clause `from`..`to`. */
export interface Around { at: number; end: number; from: number; to: number }

/**
 * The finer place a count's clause names at a locative, on either side of the count (where.json
 * `finerMention`): "wounded in Lebanon when a drone struck a car in the southern town of Tyre", "In
 * Dnipro, 12 were injured in the Samarskyi district", "In Syria, a blast at a depot in the town of
 * Sarmada killed six". After the count the most specific place (the first on a tie), up to a
 * breakdown or a damage clause; else before it the last one. A name the gazetteer lacks is finer
 * than any place it knows; one it knows lies inside `wide`.
 */
export function finerPlace(scene: Scene, wide: ClaimPlace, around: Around): ClaimPlace | null {
  const { text } = scene;
  let to = around.to;
  // A part's own "of them" ("12 of them in X") is no breakdown of it: the stop is sought past it.
  const own = PART_OWN.exec(text.slice(around.end, to))?.[0].length ?? 0;
  const stop = FINER_STOP.exec(text.slice(around.end + own, to));
  if (stop) to = around.end + own + stop.index;
  let best: PlaceMention | null = null;
  for (const m of atLocatives(scene, around.end, to, wide)) if (!best || rank(m) > rank(best)) best = m;
  if (best) return asClaimPlace(best, text);
  const before = atLocatives(scene, around.from, around.at, wide);
  return before.length ? asClaimPlace(before[before.length - 1]!, text) : null;
}

// A name the gazetteer lacks ranks as finer than any it knows.
const rank = (m: PlaceMention): number => (m.place ? PRECISION_RANK[m.place.precision] : PRECISION_RANK.point + 1);

/** The places of `from`..`to` that a locative names, each finer than `wide` and inside it. */
function atLocatives(scene: Scene, from: number, to: number, wide: ClaimPlace): PlaceMention[] {
  const { text, places } = scene;
  const out: PlaceMention[] = [];
  for (const lead of text.slice(from, to).matchAll(FINER_LOCATIVE)) {
    const at = from + lead.index! + lead[0].length;
    // Only a capitalised name within the few words a gap allows can be a place: most locatives lead to none.
    if (!NAME_NEAR.test(text.slice(at, Math.min(to, at + 60)))) continue;
    const m = unknownAfter(scene, from + lead.index!, at, to) ?? chooseWhere(text, places, { from: at, to, attachedAt: at });
    if (!m || m.end > to || m.start < at || !FINER_GAP.test(text.slice(at, m.start))) continue;
    // "in Wana and Lakki Marwat District": one place of a list is no finer place of the whole count.
    if (IN_LIST.test(text.slice(m.end, Math.min(to, m.end + 80))) || PART_AFTER.test(text.slice(m.end, m.end + 50))) continue;
    // "in Sagaing region's Kani township": the owner vouches for the place it owns (a namesake abroad is the gazetteer's slip).
    const owner = places.find((x) => x.start === at && x.end <= m.start && x.role === 'location' && x.place);
    if (owner && finerThan(owner, wide)) out.push(m.place?.country === owner.place!.country ? m : { ...m, place: owner.place });
    else if (finerThan(m, wide)) out.push(m);
  }
  return out;
}

// A name the gazetteer lacks is a finer place only after a lead of where.json `finerMention.unknownLead`, never a building's.
const unknownPlaceLead = (lead: string, name: string): boolean =>
  (UNKNOWN_LEAD.test(lead) || (UNKNOWN_LEAD_THE.test(lead) && AREA_NOUN_END.test(name))) && !isBuildingName(name);

/**
 * "a hospital in Mrauk-U, killing 10", "bombed the village of Zorbatu": a name the gazetteer lacks that the lead at
 * `leadAt` names (read from the lead itself, which the frames need); a known place is left to the usual reading.
 */
function unknownAfter(scene: Scene, leadAt: number, at: number, to: number): PlaceMention | null {
  const { text, places } = scene;
  const m = chooseWhere(text, places, { from: leadAt, to, attachedAt: leadAt });
  return m && !m.place && m.start >= at && unknownPlaceLead(text.slice(leadAt, m.start), m.text) ? m : null;
}

/** A country's or region's place holds the finer places of its country (and region); a town's any place but a country or region. */
function finerThan(m: PlaceMention, wide: ClaimPlace): boolean {
  const inner = m.place;
  if (!inner) return true;
  const outer = wide.place;
  if (!outer || inner.precision === 'country') return false;
  if (outer.precision !== 'country' && outer.precision !== 'region') return inner.precision !== 'region' && m.text !== wide.text;
  if (PRECISION_RANK[inner.precision] <= PRECISION_RANK[outer.precision] || inner.country !== outer.country) return false;
  // A district the gazetteer knows only by its country ("the Komunarskyi district") may lie in the region.
  return outer.precision !== 'region' || inner.admin1 === outer.admin1 || inner.admin1 === null;
}
