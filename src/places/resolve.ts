/**
 * Toponym resolution: rank each mention's candidates by kind and size of place, then by the
 * document's other places (countries and regions first, then towns inside them) and by explicit
 * containment ("Bangor, Maine"). A name repeated in a document resolves the same way each time.
 */
import type { PlacePrecision, ResolvedPlace } from '../types.ts';
import { gazetteer, memo, toResolved, type Place } from './gazetteer.ts';
import type { RawMention } from './recognize.ts';
import { nameKey } from './normalize.ts';
import { baseCityReadings, municipalKind, townReadings, usLocalWeight } from './local.ts';
import { alignLists } from './lists.ts';
import { confidence, type EvidenceKind } from './rank.ts';
import { seatsNamed } from './seats.ts';
import { inside, prior, T } from './prior.ts';
import { Readings, type Name } from './readings.ts';
import { containersHolding } from './frames.ts';
import { inAffairs } from './affairs.ts';
import { internal } from '../language/index.ts';


const ITER = T.iter!;
const MAX_CANDS = 40;
// Property-escape regexes stay at module level: the transpiler turns a literal inside a function into a `new RegExp` per call.
const TWO_UPPER = /\p{Lu}{2}/u;
const LOWER_ASCII = /[a-z]/;

/** Candidate lists by the trie node's array: the same name in the next document costs nothing. */
const topCache = new WeakMap<number[], Place[]>();
/** The readings of a name the gazetteer lacks: one list for all of them. */
const NO_READINGS: Place[] = [];
function topCandidates(cands: number[]): Place[] {
  if (cands.length === 0) return NO_READINGS;
  let ps = topCache.get(cands);
  if (ps) return ps;
  const g = gazetteer();
  ps = cands.map((c) => g.place(c));
  if (ps.length > MAX_CANDS) ps = ps.sort((a, b) => prior(b) - prior(a)).slice(0, MAX_CANDS);
  topCache.set(cands, ps);
  return ps;
}

/**
 * A wire dateline opening the text, or its body after a headline, names the city filed from:
 * "WASHINGTON —", "KYIV (Reuters) -", "NEW DELHI, June 2 (Reuters) -". Washington there is the
 * capital, not the state.
 */
function isDateline(text: string, m: RawMention): boolean {
  // A lower-case ASCII letter settles it without an upper-cased copy of the name (most names have one).
  if (LOWER_ASCII.test(m.text) || m.text !== m.text.toUpperCase() || !TWO_UPPER.test(m.text)) return false;
  if (!/(?:^|\n|[.!?]["”’)]?[ \t]+)[ \t]*$/.test(text.slice(Math.max(0, m.start - 300), m.start))) return false;
  return /^\s*(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}\s*)?(?:\([^)]{1,40}\)\s*)?[-–—]/.test(text.slice(m.end, m.end + 60));
}

/** Whether a mention is a place's abbreviation ("D.C.", "Ga.", "N.Y.", or "Conn" before the full stop that ends its sentence). */
// The dot first: most mentions have none, and their key need not be made.
const abbreviated = (m: RawMention, text: string | undefined): boolean =>
  (m.text.includes('.') || text?.[m.end] === '.') && gazetteer().shortForms.has(nameKey(m.text));

/** A mention's name key without its possessive ("Russia's" -> "russia"), internalized (language: internal) as the places' own keys are (prior.ts ownKey). */
const mentionKey = memo(100_000, (text) => internal(nameKey(text.replace(/['’]s$/, ''))));

/** One mention's readings and the ranker's evidence for each, for training (scripts/train/places.ts). */
export type Trace = (m: RawMention, cands: Place[], feats: number[][]) => void;

/** Each mention's pick, the ranker's probability for it (NaN where no ranker decided), and whether the place is lent (the state or county it lies in). */
export interface Picks { picks: (Place | null)[]; probs: number[]; lent: boolean[] }

export function resolveMentions(ms: RawMention[], text?: string, trace?: Trace): Picks {
  // Names this text gives a town's institutions ("Paris City Council") are towns throughout.
  const towns = new Set<string>(), datelines = new Set<string>(), civic = new Set<string>(), based = new Set<string>();
  if (text !== undefined) for (const m of ms) {
    const kind = municipalKind(text, m.end);
    if (kind === 'civic') civic.add(mentionKey(m.text));
    else if (kind === 'based') based.add(mentionKey(m.text));
    else if (kind) towns.add(mentionKey(m.text));
    // A wire dateline names a city news is filed from: its capital reading is the government's seat.
    else if (isDateline(text, m)) { towns.add(mentionKey(m.text)); datelines.add(mentionKey(m.text)); }
  }
  // US local news is about US towns even where it names no state: the country is evidence too.
  const local = text !== undefined && ms.length ? usLocalWeight(text) : 0;
  // Distinct names: a name repeated in a document is one piece of evidence and one sense.
  const ids = new Map<string, number>();
  const names: Name[] = [];
  const nameOf = ms.map((m) => {
    const key = mentionKey(m.text);
    const k = `${key}|${m.regionLevel ?? ''}`;
    let id = ids.get(k);
    if (id === undefined) {
      ids.set(k, (id = names.length));
      const cands = topCandidates(m.cands);
      names.push({ cands: towns.has(key) ? townReadings(cands) : civic.has(key) ? townReadings(cands, true) : based.has(key) ? baseCityReadings(cands) : cands, weight: m.role === 'demonym' ? 0.5 : 1, key, at: [], len: m.end - m.start });
    }
    names[id]!.at!.push(m.start);
    if (m.role === 'metonym' || datelines.has(names[id]!.key!)) names[id]!.government = true;
    return id;
  });
  // A capital named in a sentence of state affairs stands for its government, as one that speaks
  // does ("Washington said"): looked for only where a name has a capital reading.
  if (text !== undefined) for (const nm of names) if (!nm.government && nm.cands.some((p) => p.fcode === 'PPLC') && inAffairs(text, nm.at!)) nm.government = true;
  // "X is a town in Y County, Maine": the places a mention lies in, to the outermost named.
  // The innermost of them that holds a reading of the name (Maine says more than the United
  // States); a place only a defining phrase names holds none, the name is no doubt a place inside
  // it the gazetteer lacks, and the place is lent (lent.ts) instead.
  const withinOf = containersHolding(ms, text, (k) => names[nameOf[k]!]!.cands);
  ms.forEach((_, k) => { const w = withinOf[k]; if (w) (names[nameOf[k]!]!.within ??= []).push(...w); });
  if (local) {
    const g = gazetteer();
    names.push({ cands: [g.place(g.countries.get('US')!.idx)], weight: local * (T.local ?? 1) });
  }
  const r = new Readings(names, text, text === undefined ? undefined : () => seatsNamed(text));
  // Coherent readings (towns of one state) reinforce each other instead of each being drowned by its prior.
  for (let it = 0; it < ITER; it++) r.iterate();
  const bySense = new Map<number, { place: Place | null; p: number; lent?: boolean }>();
  const ranked = ms.map((m, k) => {
    const id = nameOf[k]!;
    const tr = trace && ((cands: Place[], feats: number[][]) => trace(m, cands, feats));
    const within = withinOf[k];
    if (within) {
      const got = r.rank(id, within, tr);
      // "Washington, D.C.", "Athens, Ga.": a state's abbreviation after a comma is containment,
      // never a list member, so a reading inside it is the one meant whatever else the text says.
      if (m.container !== null && abbreviated(ms[m.container]!, text) && got.place && !within.some((c) => inside(got.place!, c))) {
        const inner = r.pick(id, within);
        if (inner && within.some((c) => inside(inner, c))) return { place: inner, p: NaN };
      }
      return got;
    }
    let got = bySense.get(id);
    if (!got || tr) bySense.set(id, (got = r.rank(id, null, tr)));
    return got;
  });
  keepPlacedSense(ranked, withinOf, nameOf, names);
  const picks = ranked.map((x) => x.place);
  const probs = ranked.map((x) => x.p);
  const lent = ranked.map((x) => !!x.lent);
  if (text === undefined) return { picks, probs, lent };
  const holds = new Set(ms.flatMap((m) => (m.container !== null && abbreviated(ms[m.container]!, text) ? [m.container] : [])));
  const aligned = alignLists(ms.map((m, k) => ({ start: m.start, end: m.end, cands: names[nameOf[k]!]!.cands, holds: holds.has(k) })), picks, text);
  // A list member brought to its list's kind keeps no ranker probability of its own.
  return { picks: aligned, probs: probs.map((p, k) => (aligned[k] === picks[k] ? p : NaN)), lent: lent.map((l, k) => l && aligned[k] === picks[k]) };
}

/**
 * "New Haven, Conn." and then "New Haven": a name placed at its first mention inside the place it
 * is said to lie in, the only reading of the name there, is that place at its bare mentions too,
 * whatever the ranker would make of them alone. A name qualified only later ("... came from
 * Dublin, Ireland") may be another place than the one the text opened with.
 */
function keepPlacedSense(ranked: { place: Place | null; p: number; lent?: boolean }[], withinOf: (Place[] | null)[], nameOf: number[], names: Name[]): void {
  const placed = new Map<number, { place: Place | null; p: number }>(), seen = new Set<number>();
  ranked.forEach((got, k) => {
    const w = withinOf[k], id = nameOf[k]!;
    if (seen.has(id)) return;
    seen.add(id);
    if (!w || !got.place || got.lent || !w.some((c) => inside(got.place!, c))) return;
    if (names[id]!.cands.filter((p) => w.some((c) => inside(p, c))).length === 1) placed.set(id, got);
  });
  if (!placed.size) return;
  ranked.forEach((got, k) => {
    const sense = withinOf[k] ? undefined : placed.get(nameOf[k]!);
    if (sense && sense.place !== got.place) ranked[k] = sense;
  });
}

/** The best of `cands` for a name looked up on its own, optionally said to be in `country` or in `container`. */
export function bestReading(cands: Place[], key: string, country: Place | null, container: Place[] | null): { place: Place | null; p: number } {
  const names: Name[] = [{ cands, weight: 0, key }];
  if (country) names.push({ cands: [country], weight: 1 });
  // A name looked up alone has none of the document evidence the ranker was fitted on: the hand
  // rules pick, and the ranker only says how sure that pick is.
  const r = new Readings(names);
  const place = r.pick(0, container);
  return { place, p: r.probabilityOf(0, container, place) };
}

export function toResolvedFor(m: RawMention, p: Place | null, prob = NaN, kind: EvidenceKind = prob === 1 ? 'single' : 'ranked'): ResolvedPlace | null {
  if (!p) return null;
  let precision: PlacePrecision | undefined;
  if (m.regionLevel && m.regionLevel !== 'airport' && p.fcode !== 'ADM1' && p.fcode !== 'ADM2' && p.fcode !== 'AIRP') precision = 'district';
  const out = toResolved(p, precision);
  const c = confidence(prob, kind);
  if (c !== null) out.confidence = c;
  return out;
}

