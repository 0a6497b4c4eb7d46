import type { ClaimKind } from '../types.js';
import { loadRules, type AnnotatedSentence, type AnnotatedToken, type Match, type RuleMeta } from '../language/index.js';
import type { StatementDraft } from './statements.js';

// A `\p{…}` literal is built anew on each evaluation (tsx's esbuild writes it as `new RegExp(…)` where it stands):
// the ones the functions below test per token or per mention are built once here.
const WORD_ONLY = /^[\p{L}'’-]+$/u;

// Damage statements (data/rules/claims-damage.json): one claim per damaged site the sentence places.

type Found = Match<RuleMeta>;
/** A count of the sentence: its kind and its offsets in the sentence (number and head). */
export interface CountSpan { kind: ClaimKind; start: number; end: number }
type IsStructure = (t: AnnotatedToken) => boolean;

// Words that join a second site to the first ("… in Ryazan and a fuel depot in Bryansk").
const JOINERS: ReadonlySet<string> = new Set([',', ';', 'and']);
// How far back from a second site's noun its joiner may be ("and a large fuel depot").
const JOIN_REACH = 6;
// How far after a site's noun its place may open ("a depot on the outskirts of X" is not read).
const PLACE_REACH = 4;
// A place followed by a speech verb is the speaker's ("officials at the regional office in X said").
const SPOKEN_AFTER = /^\s*,?\s*(?:said|says|told|reported|according)\b/;

/**
 * The damage claims of a sentence whose rules fired: the first site, then each other site placed after it.
 * `reference` is the publication date: damage told in a clause of an earlier year is background.
 */
export function damage(s: AnnotatedSentence, found: readonly Found[], counted: ReadonlySet<ClaimKind>, isStructure: IsStructure, reference: string | null = null, spans: readonly CountSpan[] = []): StatementDraft[] {
  let past: ((m: Found) => boolean) | undefined;
  for (const m of found) {
    if (m.rule.meta.kind !== 'damaged') continue;
    if ((past ??= backgroundOf(s, reference))(m)) continue;
    // "seven hitting targets in Odesa": the rule's own count kind ("hit") already tells it.
    if (typeof m.rule.meta.unlessCounted === 'string' && counted.has(m.rule.meta.unlessCounted as ClaimKind)) continue;
    // "hit two energy facilities": the sites the match reads are the count's (not "two missiles hit a building").
    if (typeof m.rule.meta.unlessCountedIn === 'string' && countedIn(s, m, spans, m.rule.meta.unlessCountedIn)) continue;
    // "significant damage" alone names no structure: one must be in the sentence.
    if (m.rule.meta.needsStructure && !found.some((o) => o !== m && o.rule.meta.kind === 'damaged') && !s.tokens.some(isStructure)) continue;
    const draft: StatementDraft = {
      placeFrom: placeFrom(s, m), placeTo: s.text.length, whereText: null, parties: null, anaphoric: false,
      rule: m.rule.id, kind: 'damaged', value: null, qualifier: 'unknown',
    };
    // "A warehouse in Lviv, a church in Ternopil and a plant in Rivne were hit": a passive match opens at a site
    // of a list; the sites before it are the claim's too, and those inside it ("… and a plant in Rivne were hit").
    const passive = isStructure(s.tokens[m.start]!);
    const more = otherSites(s, passive ? m.start : m.end, isStructure);
    const before = passive ? earlierSites(s, m.start, isStructure) : [];
    if (!more.length && !before.length) return [draft];
    // Each site is placed within its own stretch of the sentence.
    const drafts = [...before.map((at) => ({ ...draft, placeFrom: at })), draft, ...more.map((at) => ({ ...draft, placeFrom: at }))];
    return drafts.map((d, i) => ({ ...d, placeTo: drafts[i + 1]?.placeFrom ?? s.text.length }));
  }
  return [];
}

/**
 * "Strikes killed 12 across the Gaza Strip as warplanes bombed a school in Gaza City": the damage is
 * placed from its own words on when a place follows them, else from the sentence's start.
 */
function placeFrom(s: AnnotatedSentence, m: Found): number {
  const at = s.tokens[m.start]!.start;
  return s.places.some((p) => p.role === 'location' && p.start - s.start >= at) ? at : 0;
}

/**
 * "hit an oil refinery in Ryazan and a fuel depot in Bryansk", "a school was damaged in Sumy, and a
 * house in Romny": after the first site's place, each further structure noun joined by "and" or a
 * comma and followed by a place of its own is another site (offsets in the sentence).
 */
function otherSites(s: AnnotatedSentence, from: number, isStructure: IsStructure): number[] {
  const { tokens } = s;
  const located = s.places.filter((p) => p.role === 'location');
  const placeAt = (i: number) => located.find((p) => p.start - s.start >= tokens[i]!.start && p.start - s.start < tokens[i]!.end + 1);
  const out: number[] = [];
  let lastPlace = -1;
  for (let i = from; i < tokens.length; i++) {
    if (placeAt(i)) { if (lastPlace < 0) lastPlace = i; continue; }
    if (lastPlace < 0 || !isStructure(tokens[i]!)) continue;
    let j = i - 1;
    while (j > lastPlace && j >= i - JOIN_REACH && !JOINERS.has(tokens[j]!.lower) && /^[a-z-]+$/.test(tokens[j]!.text)) j--;
    if (j <= lastPlace || !JOINERS.has(tokens[j]!.lower)) continue;
    // "and hit two energy facilities in X": a counted site is the count's claim.
    if (tokens.slice(j + 1, i).some((t) => t.likeNum)) continue;
    const next = tokens.slice(i + 1, i + 1 + PLACE_REACH).findIndex((t, k) => k > 0 && !!placeAt(i + 1 + k) && /^(?:in|near|at|outside)$/.test(tokens[i + k]!.lower));
    if (next < 0) continue;
    const place = placeAt(i + 1 + next)!;
    if (SPOKEN_AFTER.test(s.text.slice(place.end - s.start))) continue;
    out.push(tokens[j + 1]!.start);
    lastPlace = i + 1 + next;
    i = lastPlace;
  }
  return out;
}

/**
 * "A warehouse in Lviv, a church in Ternopil and a power plant in Rivne were hit": a passive match
 * opens at the last site of a list; each structure noun before it, followed by a place of its own
 * and joined by a comma or "and", is a site of the same claim (offsets in the sentence, first first).
 */
function earlierSites(s: AnnotatedSentence, first: number, isStructure: IsStructure): number[] {
  const { tokens } = s;
  const located = s.places.filter((p) => p.role === 'location');
  const placed = (from: number, to: number) => located.some((p) => p.start - s.start >= tokens[from]!.end && p.end - s.start <= tokens[to]!.start);
  const out: number[] = [];
  // Back from a site's noun over its lower-case modifiers ("a large fuel depot") to the joiner before it.
  const joinerBefore = (i: number): number => {
    let j = i - 1;
    while (j > 0 && j >= i - 3 && /^[a-z-]+$/.test(tokens[j]!.text) && !JOINERS.has(tokens[j]!.lower)) j--;
    return j;
  };
  let joiner = joinerBefore(first);
  while (joiner > 0 && JOINERS.has(tokens[joiner]!.lower)) {
    let i = joiner - 1;
    while (i >= 0 && i >= joiner - JOIN_REACH - PLACE_REACH && !isStructure(tokens[i]!) && WORD_ONLY.test(tokens[i]!.text)) i--;
    if (i < 0 || !isStructure(tokens[i]!) || !placed(i, joiner)) break;
    out.unshift(tokens[i]!.start);
    joiner = joinerBefore(i);
  }
  return out;
}

// Cues that a clause tells background, not the event reported (data/rules/damage-background.json).
const BACKGROUND = loadRules('damage-background');
// An opening clause this short ("In 2022,", "Last year,") sets the time of the clause after it.
const OPENER_MAX = 6;
const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * Whether a damage match lies in a clause told as background: one with a habit ("has repeatedly
 * hit"), an earlier attack ("damaged in an earlier strike"), a past time ("last year", "two years
 * ago") or a year before the publication's; a short opening clause ("In 2022, …") sets the next one's time.
 */
export function backgroundOf(s: AnnotatedSentence, reference: string | null, since = true): (m: Found) => boolean {
  const told = backgroundClauses(s.tokens, reference, since);
  return (m) => told(m.start, m.end);
}

/**
 * backgroundOf on a sentence's annotated tokens: whether the tokens `start` to `end` (exclusive) lie in a clause
 * told as background. Counts read it too (countbackground.ts, `counts` true: cues of meta.counts false are left out).
 */
export function backgroundClauses(tokens: readonly AnnotatedToken[], reference: string | null, since = true, counts = false): (start: number, end: number) => boolean {
  // "the first accord since 2019": for a signing, 'since' a year measures the gap to it, no background (`since` false);
  // a tally since the war began is a count's cumulative total, not background of it (meta.counts false).
  const cues = BACKGROUND.matcher.match(tokens).filter((c) => (since || tokens[c.start]!.lower !== 'since') && !(counts && c.rule.meta.counts === false));
  const refYear = reference ? Number(reference.slice(0, 4)) : NaN;
  const bounds = cues.filter((c) => c.rule.meta.role === 'boundary').map((c) => c.start);
  // "a school built in 1960": a year the structure was made is not when it was hit.
  const made = new Set(cues.filter((c) => c.rule.meta.role === 'made').map((c) => c.captures.year?.start));
  const past = cues.filter((c) => c.rule.meta.role === 'background' || (c.rule.meta.role === 'year' && !made.has(c.captures.year?.start) && pastYear(tokens, c, refYear)));
  if (!past.length) return () => false;
  const clause = (i: number): number => bounds.filter((b) => b < i).length;
  const told = new Set(past.map((c) => clause(c.start)));
  // "In 2022, an attack destroyed the bridge": the opener's time is the next clause's.
  if (told.has(0) && bounds.length && bounds[0]! <= OPENER_MAX && tokens[bounds[0]!]!.text === ',') told.add(1);
  return (start, end) => told.has(clause(start)) || told.has(clause(end - 1));
}

function pastYear(tokens: readonly AnnotatedToken[], c: Found, refYear: number): boolean {
  const span = c.captures.year;
  const text = span ? tokens[span.start]!.text : '';
  return YEAR.test(text) && Number(text) < refYear;
}

/** Whether a count of `kind` overlaps the words of match `m`. */
function countedIn(s: AnnotatedSentence, m: Found, spans: readonly CountSpan[], kind: string): boolean {
  const from = s.tokens[m.start]!.start;
  const to = s.tokens[m.end - 1]!.end;
  return spans.some((c) => c.kind === kind && c.start < to && c.end > from);
}
