import type { Claim, ClaimKind, ResolvedPlace } from '../types.js';
import { alternation, SOURCES } from './sourcedata.js';

/** A claim before restatements are merged, with what deciding between restatements needs. */
export interface Drafted extends Claim {
  /** Index of the sentence that states it. */
  sentence: number;
  /** False when stated in a participle clause ("…, killing one"): a summary, not the main report. */
  finite: boolean;
  /** Named with a demonstrative ("the deal"): may refer to one already told. */
  anaphoric: boolean;
}

const UNCOUNTED: ReadonlySet<ClaimKind> = new Set(['agreement', 'meeting']);

const placeWords = (d: Drafted): string[] =>
  (d.where?.text.toLowerCase() ?? '').replace(/\b(the|region|oblast|province|district|city)\b/g, '').split(/\W+/).filter(Boolean);

/** Places that agree (one's words hold the other's) or are unknown. */
function samePlace(x: readonly string[], y: readonly string[]): boolean {
  if (!x.length || !y.length) return true;
  return x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
}

export function sharesName(a: string | null, b: string | null): boolean {
  const names = (s: string | null): string[] => (s ?? '').match(/\b[A-Z][a-z]{2,}\b/g)?.filter((w) => !/^(The|President|Minister|Prime|Vice|Secretary|General)$/.test(w)) ?? [];
  const nb = names(b);
  return names(a).some((w) => nb.includes(w));
}

/** The capitalised names of a party list, less titles: what two mentions of one meeting's parties share. */
function partyNames(s: string | null): string[] {
  // Acronyms count ("NATO leaders" names NATO).
  return (s ?? '').match(/\b[A-Z][A-Za-z]{2,}\b/g)?.filter((w) => !/^(The|President|Minister|Prime|Vice|Secretary|General)$/.test(w)) ?? [];
}

/** Parties that may be one meeting's: one list unknown or nameless, or its names all among the other's. */
function sameParties(a: string | null, b: string | null): boolean {
  const na = partyNames(a);
  const nb = partyNames(b);
  return !na.length || !nb.length || na.every((w) => nb.includes(w)) || nb.every((w) => na.includes(w));
}

/** Whether place `outer` (a country or region) holds the finer place `inner`. */
function holds(outer: ResolvedPlace, inner: ResolvedPlace): boolean {
  if (outer.country !== inner.country || !outer.country) return false;
  if (outer.precision === 'country') return inner.precision !== 'country' && inner.precision !== 'continent';
  return outer.precision === 'region' && inner.precision !== 'region' && inner.precision !== 'country' && !!outer.admin1 && outer.admin1 === inner.admin1;
}

/**
 * Whether meeting `d` retells meeting `o` of the same story: the lead's "held talks this week" and the
 * body's "talks in Geneva"; "his visit to Saudi Arabia" and the meeting in Jeddah; "the meeting in
 * Vienna" told twice. Same parties, and a place that is none, the same, or the country of the other's.
 */
function retells(d: Drafted, o: Drafted, later: boolean): boolean {
  if (o.kind !== 'meeting' || !sameParties(d.claimant, o.claimant)) return false;
  if (!d.where) return !!o.where;
  if (!o.where) return false;
  const dp = d.where.place;
  const op = o.where.place;
  // "a visit to Saudi Arabia" beside "met in Jeddah", "the summit in Alaska" beside "met in Anchorage": the country or region holds the finer place.
  if (dp && op && holds(dp, op)) return true;
  // "The meeting in Vienna ended …" after "A and B met in Vienna": a later mention that names no party, or
  // the same parties in the very next sentence ("X hosted Y in Delhi. Y and X held talks on trade.").
  // Meetings of the same parties told apart in the story are others (another day, another round).
  return later && (!partyNames(d.claimant).length || d.sentence === o.sentence + 1) && samePlace(placeWords(d), placeWords(o));
}

// A party of only nouns for states or sides names no one who met ("talks between the two countries"); one opened by a
// counter ("the two leaders", "both ministers") stands for the parties of the meeting just told (data: meetingRoles).
const ROLES = SOURCES.meetingRoles;
const FACELESS = new RegExp(`^(?:(?:${alternation(ROLES.counters)})\\s+)?(?:[a-z'’-]+\\s+){0,2}(?:${alternation(ROLES.facelessHeads)})$`, 'i');
const COUNTED_ROLE = new RegExp(`^(?:${alternation(ROLES.counters)})\\s+[a-z][a-z\\s'’-]*$`, 'i');
const named = (party: string | null): boolean => !!party && /[A-Z]/.test(party.slice(1));

/** The parties a meeting told by roles ("the two leaders met") stands for: those of the meeting told in the three sentences before it. */
function rolesOf(drafts: readonly Drafted[], i: number): string | null {
  const d = drafts[i]!;
  if (!d.claimant || named(d.claimant) || !COUNTED_ROLE.test(d.claimant)) return null;
  for (let j = i - 1; j >= 0 && drafts[j]!.sentence >= d.sentence - 3; j--) {
    const o = drafts[j]!;
    if (o.kind === 'meeting' && o.sentence < d.sentence && named(o.claimant)) return o.claimant;
  }
  return null;
}

/**
 * Same fact stated twice: same kind, value and qualifier (compared within those groups only, so a
 * long article costs no more than its restatements), and places that agree. Marks the restatement
 * dropped in `keep`; the one kept may take the dropped one's source (`claimants`).
 */
function dropRestatedFigures(drafts: readonly Drafted[], keep: boolean[], claimants: Map<number, string | null>): void {
  const groups = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    if (d.partOf !== null || UNCOUNTED.has(d.kind)) return;
    const key = `${d.kind}|${d.value}|${d.qualifier}`;
    const group = groups.get(key) ?? [];
    group.push(i);
    groups.set(key, group);
  });
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const words = new Map(group.map((i) => [i, placeWords(drafts[i]!)]));
    for (let a = 0; a < group.length; a++) {
      const i = group[a]!;
      if (!keep[i]) continue;
      for (let b = a + 1; b < group.length; b++) {
        const j = group[b]!;
        if (!keep[j] || drafts[j]!.sentence === drafts[i]!.sentence) continue;
        if (!samePlace(words.get(i)!, words.get(j)!)) continue;
        // A restatement that names no place yields to one that does; the participle summary
        // ("…, killing one") yields to the sentence that reports the fact.
        if (!drafts[i]!.where !== !drafts[j]!.where) keep[drafts[i]!.where ? j : i] = false;
        else if (!drafts[i]!.finite && drafts[j]!.finite) keep[i] = false;
        else keep[j] = false;
        // "Five soldiers were killed. The army said five died.": the fact told without a source is the source's, told later.
        const [kept, dropped] = keep[i] ? [i, j] : [j, i];
        // A headline's figure told again in the body takes the body's source: the headline abbreviates it ("Russia reports 163
        // drones downed" for "…, the Russian Defence Ministry said").
        if ((drafts[kept]!.claimant === null || drafts[kept]!.sentence < 0) && drafts[dropped]!.claimant !== null) claimants.set(kept, drafts[dropped]!.claimant);
        if (!keep[i]) break;
      }
    }
  }
}

/** Keeps one claim per fact: a restatement is dropped, preferring the main-clause statement. */
export function dedupe(input: readonly Drafted[]): Claim[] {
  // "Putin received Modi. The two leaders met for two hours.": roles take the names of the meeting before.
  const drafts = input.map((d, i) => (d.kind === 'meeting' ? { ...d, claimant: rolesOf(input, i) ?? d.claimant } : d));
  const keep: boolean[] = drafts.map(() => true);
  const claimants = new Map<number, string | null>();
  drafts.forEach((d, i) => {
    if (d.anaphoric && drafts.some((o, j) => j !== i && o.kind === d.kind && keep[j])) keep[i] = false;
    // A meeting restated without a place ("this is their fifth meeting") is the one already told; a call is no meeting.
    if (d.kind === 'meeting' && !d.where && drafts.some((o, j) => j < i && o.kind === 'meeting' && keep[j] && (d.claimant === null || sharesName(o.claimant, d.claimant)))) keep[i] = false;
    const retold = d.kind === 'meeting' && keep[i] ? drafts.findIndex((o, j) => j !== i && keep[j] && retells(d, o, j < i)) : -1;
    if (retold >= 0) {
      keep[i] = false;
      // "A met with B. The two men met in Beirut.": the mention kept takes the names of the one dropped.
      if (!named(drafts[retold]!.claimant) && named(d.claimant)) claimants.set(retold, d.claimant);
    }
    // A meeting must name who met ("talks between the two countries" does not), unless it names where it was held.
    if (d.kind === 'meeting' && !d.where && d.claimant !== null && !/[A-Z]/.test(d.claimant) && FACELESS.test(d.claimant)) keep[i] = false;
  });
  dropRestatedFigures(drafts, keep, claimants);
  const index = new Map<number, number>();
  const out: Claim[] = [];
  drafts.forEach((d, i) => {
    if (!keep[i]) return;
    index.set(i, out.length);
    const { sentence: _s, finite: _f, anaphoric: _a, ...claim } = d;
    out.push(claimants.has(i) ? { ...claim, claimant: claimants.get(i)! } : claim);
  });
  return out.map((c) => (c.partOf === null ? c : { ...c, partOf: index.get(c.partOf) ?? null }));
}
