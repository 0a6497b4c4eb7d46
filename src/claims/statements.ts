import type { ClaimKind } from '../types.js';
import { annotateSentence, formOf, loadRules, type AnnotatedSentence, type AnnotatedToken, type Match, type RuleMeta, type Token } from '../language/index.js';
import { countryPlace } from '../places/index.js';
import { namedAirports } from './airports.js';
import { backgroundOf, damage, type CountSpan } from './damage.js';
import { evacuations } from './evacuations.js';
import { agreement } from './agreements.js';
import { partiesOf } from './partywords.js';
import { WORDS } from './words.js';
import { RuleGate } from './stategate.js';
import { wordClass } from './wordclasses.js';

/** A claim without a count (or counted by naming), found by its wording; offsets in the sentence. */
export interface StatementDraft {
  kind: ClaimKind;
  value: number | null;
  qualifier: 'exact' | 'at_least' | 'unknown' | null;
  /** Offset in the sentence from which to look for the place of this statement. */
  placeFrom: number;
  placeTo: number;
  /** The place named in the wording itself (an airport's name), when it is the "where". */
  whereText: string | null;
  /** The parties of an agreement or meeting. */
  parties: string | null;
  /** The agreement is named with a definite article ("the deal"): it may repeat an earlier one. */
  anaphoric: boolean;
  /** Id of the rule (data/rules/claims-*.json) that found it. */
  rule: string;
  /** The authority that acts ("Kuwait and Bahrain closed their airspace": each country for its own closure). */
  actor?: string;
  /** A gathering at a site the story tells of ("a hotel where elders were meeting"): held at the scene when its sentence names no place. */
  atScene?: boolean;
}

// The statement rules: agreements, meetings, damage, closures and disruptions (data/rules/claims-*.json).
const RULES = loadRules('claims-');
// Every word each rule needs, indexed when the rules load (stategate.ts): most sentences hold one rule's trigger, not all its words.
const GATE = new RuleGate(RULES, new URL('../../data/rules/', import.meta.url));
// Frames a statement may read (data/rules/statement-frames.json), tried only where a statement needs one: they name no claim.
const FRAMES = loadRules('statement-frames');
const STRUCTURE_RULE = RULES.specs.find((r) => r.spec.id === 'damaged:verb-object');
const STRUCTURE_STEP = STRUCTURE_RULE?.rule.steps.at(-1);
/** Whether a token is a structure noun of the damage rules (the last step of 'damaged:verb-object'). */
const isStructure = (t: AnnotatedToken): boolean => !!STRUCTURE_STEP && STRUCTURE_STEP.test(t);

type Found = Match<RuleMeta>;
const base = (s: AnnotatedSentence, m: Found): Pick<StatementDraft, 'placeFrom' | 'placeTo' | 'whereText' | 'parties' | 'anaphoric' | 'rule'> =>
  ({ placeFrom: 0, placeTo: s.text.length, whereText: null, parties: null, anaphoric: false, rule: m.rule.id });

function aviation(s: AnnotatedSentence, found: readonly Found[], counted: ReadonlySet<ClaimKind>, reference: string | null): StatementDraft[] {
  const out: StatementDraft[] = [];
  const marked = (marker: string): boolean => found.some((m) => m.rule.meta.marker === marker);
  const airline = marked('airline');
  if (!counted.has('airport_closed')) {
    const closures = found.filter((m) => m.rule.meta.kind === 'airport_closed');
    const airspace = closures.find((m) => m.rule.meta.mode === 'airspace');
    const airports = closures.some((m) => m.rule.meta.mode === 'named') && !airline && /airport/i.test(s.text) ? namedAirports(s.text) : [];
    const subject = airline ? undefined : closures.find((m) => m.rule.meta.mode === 'subject');
    const closers = airspace ? coordinatedClosers(s, airspace) : [];
    // "Israeli airspace was closed": a country before the closed airspace owns it; it is no agent that closed it.
    const agents = airspace && s.tokens[airspace.start]!.lower !== 'airspace';
    const actor = (c: string | undefined): { actor?: string } => (agents && c ? { actor: c } : {});
    // "Kuwait and Bahrain closed their airspace": one closure per country, each its own authority.
    if (closers.length > 1) for (const c of closers) out.push({ ...base(s, airspace!), kind: 'airport_closed', value: null, qualifier: 'unknown', whereText: c, ...actor(c) });
    else if (airspace) out.push({ ...base(s, airspace), kind: 'airport_closed', value: null, qualifier: 'unknown', ...actor(closers[0]) });
    // "suspended all flights at X and Y airports and closed its airspace": the airports close too, when told beside their own verb.
    // "closed the airspace and said X and Y airports would stay shut": the verb told beside the airports is theirs.
    const named = closures.filter((c) => c.rule.meta.mode === 'named');
    const m = airspace && airports.length ? named.find((c) => nearAirport(s, c, airports)) ?? named[0] : named[0];
    if (m && airports.length && (!airspace || closers.length <= 1 && nearAirport(s, m, airports))) {
      out.push({ ...base(s, m), kind: 'airport_closed', value: airports.length, qualifier: marked('at-least') ? 'at_least' : 'exact', whereText: airports[0]! });
    } else if (!airspace && subject?.captures.names && !closures.some((c) => c.rule.meta.mode === 'listed' && c.start < subject.start)) {
      // ("Airports in Kazan, Samara and Saratov halted flights": the list of places after "airports in" counts them all, below.)
      // The captured names count only as places: "Authorities suspended flights" closes nothing.
      const named = placesIn(s, subject.captures.names);
      if (named.length) out.push({ ...base(s, subject), kind: 'airport_closed', value: named.length, qualifier: 'exact', whereText: named[0]!.text });
    }
    const byPlace = out.length || airline ? null : closureByPlace(s, closures, marked('at-least'));
    if (byPlace) out.push(byPlace);
    const single = out.length || airline || airports.length ? null : singleAirport(s, closures, reference);
    if (single) out.push(single);
  }
  const stopped = found.find((m) => m.rule.meta.kind === 'flights_disrupted');
  if (!counted.has('flights_disrupted') && stopped && (airline || !marked('at-airport'))) {
    const closedAlready = out.some((d) => d.kind === 'airport_closed') || counted.has('airport_closed');
    const despite = found.some((m) => m.rule.meta.withClosure);
    if (!(closedAlready && !airline && !despite)) out.push({ ...base(s, stopped), kind: 'flights_disrupted', value: null, qualifier: 'unknown' });
  }
  return out;
}

/** The places named (as locations) in a captured span; "Moscow's Vnukovo": the city that owns an airport is not one of the airports. */
function placesIn(s: AnnotatedSentence, span: { start: number; end: number }): AnnotatedSentence['places'] {
  const from = s.start + s.tokens[span.start]!.start;
  const to = s.start + s.tokens[span.end - 1]!.end;
  return s.places.filter((p) => p.start >= from && p.end <= to && p.role === 'location' && !/^['’]s\b/.test(s.text.slice(p.end - s.start, p.end - s.start + 3)));
}

/**
 * Airports told by the places they serve: "closed the airports of Kaluga, Tambov and Penza" counts one
 * per place, "the airport in Aden" one; "airports in the Samara region" and "all flights to and from
 * Beirut" close the place's airports uncounted.
 */
function closureByPlace(s: AnnotatedSentence, closures: readonly Found[], atLeast: boolean): StatementDraft | null {
  for (const m of closures) {
    const mode = m.rule.meta.mode;
    const span = m.captures.names;
    if ((mode !== 'listed' && mode !== 'to-from') || !span) continue;
    const named = placesIn(s, span);
    if (!named.length) continue;
    const noun = m.captures.noun;
    const singular = !!noun && s.tokens[noun.start]!.lower === 'airport';
    const counted = mode === 'listed' && (named.length > 1 || singular);
    return {
      ...base(s, m), kind: 'airport_closed', value: counted ? named.length : null,
      qualifier: counted ? (atLeast ? 'at_least' : 'exact') : 'unknown', whereText: named[0]!.text,
    };
  }
  return null;
}

/**
 * One airport told as "the airport" or by the place after "at" ("Takeoffs and landings at Larnaca were halted"), closed:
 * airport_closed 1, at the captured place when there is one; none in a clause told as background ("has been closed since 2022").
 */
function singleAirport(s: AnnotatedSentence, closures: readonly Found[], reference: string | null): StatementDraft | null {
  const past = backgroundOf(s, reference);
  const m = closures.find((c) => c.rule.meta.mode === 'single' && !past(c));
  if (!m) return null;
  const span = m.captures.names;
  const whereText = span ? s.text.slice(s.tokens[span.start]!.start, s.tokens[span.end - 1]!.end) : null;
  return { ...base(s, m), kind: 'airport_closed', value: 1, qualifier: 'exact', whereText };
}

/** Whether an airport's name stands within a few words of a closure's verb ("suspended all flights at Kazan airport"). */
function nearAirport(s: AnnotatedSentence, m: Found, airports: readonly string[]): boolean {
  const at = s.text.indexOf(airports[0]!);
  const last = airports[airports.length - 1]!;
  const lastEnd = s.text.indexOf(last, at) + last.length;
  const from = s.tokens[m.start]!.start;
  const to = s.tokens[m.end - 1]!.end;
  if (at < 0) return false;
  // After its verb ("suspended flights at X airport"), or its subject with only auxiliaries between ("X airport was closed",
  // "X and Y airports would stay shut").
  return at >= to ? at - to < 40 : /^\s*(?:(?:airports?|was|were|is|are|has|have|had|been|also|temporarily|briefly|would|will)\s+)*$/i.test(s.text.slice(lastEnd, from));
}

// Between the last country and the closure: adverbs, "announced the", or a first verb phrase joined by "and"
// ("suspended all flights and closed"), never a new clause ("as", "after", "said").
const CLOSER_GAP = /^\s+(?:(?:(?:have|has|had|also|both|all|each|jointly|temporarily|swiftly|quickly|announced|ordered|declared|the)\s+){0,3}|(?:(?!(?:as|while|after|said|says|when|because|but|which|who)\b)[a-z]+\s+){1,5}and\s+(?:(?:also|temporarily)\s+)?)$/;

/** The countries named as a coordinated subject right before a closure ("Kuwait, Qatar and Bahrain have closed …"). */
function coordinatedClosers(s: AnnotatedSentence, m: Found): string[] {
  const verbAt = s.tokens[m.start]!.start;
  const countries = s.places.filter((p) => p.place?.precision === 'country' && p.end - s.start <= verbAt).map((p) => ({ start: p.start - s.start, end: p.end - s.start, text: p.text }));
  const out: typeof countries = [];
  let to = verbAt;
  for (let i = countries.length - 1; i >= 0; i--) {
    const c = countries[i]!;
    const gap = s.text.slice(c.end, to);
    const ok = out.length === 0 ? CLOSER_GAP.test(gap) : /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/.test(gap);
    if (!ok) break;
    out.unshift(c);
    to = c.start;
  }
  return out.map((c) => c.text);
}

/**
 * "nearly all the missiles were intercepted" (data/rules/claims-intercepted.json): every (or almost every) one of an
 * uncounted whole, by a rule of meta.mode 'all' of any kind; one claim of each such kind the sentence counts none of itself.
 */
function uncountedWholes(s: AnnotatedSentence, found: readonly Found[], counted: ReadonlySet<ClaimKind>): StatementDraft[] {
  const out: StatementDraft[] = [];
  for (const m of found) {
    const kind = m.rule.meta.kind as ClaimKind;
    if (m.rule.meta.mode !== 'all' || counted.has(kind) || out.some((d) => d.kind === kind)) continue;
    out.push({ ...base(s, m), kind, value: null, qualifier: 'unknown' });
  }
  return out;
}

/** Meetings and visits that took place, one per clause (a list of past meetings gives several). */
function meetings(s: AnnotatedSentence, found: readonly Found[]): StatementDraft[] {
  const out: StatementDraft[] = [];
  if (!found.some((m) => m.rule.meta.kind === 'meeting')) return out;
  // The clause (between semicolons, or opened by a frame of meta.frame 'clause': "… and later held talks …") of each token, counted once.
  const frames = FRAMES.matcher.match(s.tokens);
  const opens = new Set(frames.filter((f) => f.rule.meta.frame === 'clause').map((f) => f.start));
  const clauses: number[] = [];
  s.tokens.forEach((t, k) => clauses.push((clauses[k - 1] ?? 0) + (k > 0 && (s.tokens[k - 1]!.text === ';' || opensApart(s.tokens, k) || opens.has(k)) ? 1 : 0)));
  const clauseOf = (token: number): number => clauses[token] ?? 0;
  // A veto ("the talks collapsed") cancels the meeting matches it overlaps, not the whole sentence.
  const vetoes = found.filter((m) => m.rule.meta.veto === 'meeting');
  const live = found.filter((m) => m.rule.meta.kind === 'meeting' && !vetoes.some((v) => v.start < m.end && m.start < v.end));
  const done = new Set<number>();
  for (const m of live) {
    const clause = clauseOf(m.start);
    if (done.has(clause)) continue;
    const at = s.tokens[verbBefore(s, m)]!.start;
    // "During a visit to Beijing, Sharif met Xi": a later match of the clause may name the parties the first does not.
    let parties = partiesOfMatch(s, m) ?? live.filter((o) => o.start > m.start && clauseOf(o.start) === clause).map((o) => partiesOfMatch(s, o)).find(Boolean) ?? null;
    // "she met her future husband": a meeting that names none of its parties is not news of one.
    if (m.rule.meta.parties === 'required' && !parties) continue;
    // "Modi visited Kyiv": a visit is a meeting with the host; the host's country joins a lone visitor.
    if (m.rule.meta.host === 'visited' && parties && !/\band\b/.test(parties)) parties = withHost(s, m, parties);
    done.add(clause);
    const placedInClause = live.filter((o) => o.captures.place && clauseOf(o.start) === clause);
    // "The G20 talks in Ohrid follow Serbia-Kosovo talks in Brussels": gatherings apart, each at its own place.
    const apart = separateGatherings(s, placedInClause);
    if (apart.length > 1) {
      out.push(...apart);
      continue;
    }
    // A match of the clause may name the place ("met ... in the capital, Bangui"): the longest gives the where.
    const placed = placeOfClause(placedInClause);
    const end = s.tokens.findIndex((t, k) => k > m.start && clauseOf(k) !== clause);
    const placeTo = end < 0 ? s.text.length : s.tokens[end]!.start;
    out.push({
      // "a hotel in Jowhar where elders were meeting": a rule may read its place from the whole sentence (meta.placeFrom).
      ...base(s, placed ?? m), kind: 'meeting', value: null, qualifier: null, placeFrom: m.rule.meta.placeFrom === 'sentence' ? 0 : at,
      placeTo, parties, whereText: placed ? heldAt(s, placed) : openingPlace(s, frames, at, placeTo),
      ...(m.rule.meta.placeFrom === 'sentence' ? { atScene: true } : {}),
    });
  }
  return out;
}

const isFallback = (m: Found): boolean => m.rule.meta.placeRank === 'fallback';

/**
 * The match that names a clause's meeting place: the longest; one of a rule of meta.placeRank 'fallback' (a named
 * building) only when no other names a place, or when it reads the same name further ("Prime" of "the Prime Minister's House").
 */
function placeOfClause(placed: readonly Found[]): Found | undefined {
  const ranked = [...placed].sort((a, b) => Number(isFallback(a)) - Number(isFallback(b)) || b.end - a.end);
  const first = ranked[0]?.captures.place;
  const longer = first && ranked.find((o) => isFallback(o) && o.captures.place && o.captures.place.start === first.start && o.captures.place.end > first.end);
  return longer || ranked[0];
}

/**
 * "In Muscat, the envoy met …": the place a sentence opens with (a frame rule, meta.frame 'place', at its first token),
 * when the text names it as a location and the meeting's own words, from its verb to its clause's end, name none.
 */
function openingPlace(s: AnnotatedSentence, frames: readonly Found[], from: number, to: number): string | null {
  const frame = frames.find((f) => f.start === 0 && f.rule.meta.frame === 'place');
  const span = frame?.captures.place;
  if (!span) return null;
  const start = s.start + s.tokens[span.start]!.start;
  const end = s.start + s.tokens[span.end - 1]!.end;
  const named = s.places.some((p) => p.role === 'location' && p.start === start && p.end <= end);
  // Only a place told as where ("in X", "at X") is the meeting's own: "met the Hamas delegation for talks on a plan that would end
  // the war in Gaza" names Gaza as the plan's, and the opening place stays.
  const own = s.places.some((p) => p.role === 'location' && p.start >= s.start + from && p.end <= s.start + to && LOCATIVE_BEFORE.test(s.text.slice(Math.max(0, p.start - s.start - 12), p.start - s.start)));
  return named && !own ? s.text.slice(start - s.start, end - s.start) : null;
}

const LOCATIVE_BEFORE = /\b(?:in|at|near|outside)\s+(?:the\s+)?$/i;

/** A lone visitor and the country of the place visited, unless the visitor is told as of that country ("Ukrainian President X visited Kharkiv"). */
function withHost(s: AnnotatedSentence, m: Found, visitor: string): string {
  const from = s.start + s.tokens[m.start]!.start;
  const visited = s.places.find((p) => p.start >= from && p.start - from < 20 && p.role === 'location' && p.place?.country);
  const iso2 = visited?.place!.country;
  if (!visited || !iso2) return visitor;
  const own = s.places.some((p) => p.end <= from && p.place?.country === iso2);
  const host = visited.place!.precision === 'country' ? visited.text : countryPlace(iso2)?.name;
  return own || !host ? visitor : `${visitor} and ${host}`;
}

/** ", a day after hosting a summit in Tianjin": a comma and, within three words, a word that opens a clause about another gathering. */
function opensApart(tokens: readonly Token[], k: number): boolean {
  if (!WORDS.GATHERING_APART.has(tokens[k]!.lower)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (tokens[j]!.text === ',') return true;
  return false;
}

/** The parties a meeting match names, read from its verb (or the gathering it names). */
function partiesOfMatch(s: AnnotatedSentence, m: Found): string | null {
  return partiesOf(s.text, partiesFrom(s, m) ?? s.tokens[verbBefore(s, m)]!.start);
}

/** "Turkey hosted a meeting of NATO ministers": a rule may read the parties from the gathering it names (meta.partiesAt 'noun'). */
function partiesFrom(s: AnnotatedSentence, m: Found): number | null {
  const noun = m.rule.meta.partiesAt === 'noun' ? m.captures.noun : undefined;
  return noun ? s.tokens[noun.start]!.start : null;
}

/**
 * The token the parties are read from: the match's own start, or for a gathering named by its noun
 * ("held a phone call with X") the verb before it that the rule names (meta.verbBefore, lemmas).
 */
function verbBefore(s: AnnotatedSentence, m: Found): number {
  const verbs = m.rule.meta.verbBefore;
  if (typeof verbs !== 'string') return m.start;
  const lemmas = verbs.split(/\s+/);
  for (let k = m.start - 1; k >= 0 && k >= m.start - 5; k--) if (lemmas.includes(s.tokens[k]!.lemma)) return k;
  return m.start;
}

/**
 * Meetings of one clause told as gatherings apart ("talks in A follow talks in B"): matches of the
 * same rule that do not overlap and capture different places. One draft each, else none.
 */
function separateGatherings(s: AnnotatedSentence, placed: readonly Found[]): StatementDraft[] {
  const ruleId = placed[0]?.rule.id;
  const own = placed.filter((m) => m.rule.id === ruleId).sort((a, b) => a.start - b.start);
  const apart = own.filter((m, i) => i === 0 || own[i - 1]!.end <= m.start);
  const places = new Set(apart.map((m) => captured(s, m, 'place')));
  if (apart.length < 2 || places.size < apart.length) return [];
  return apart.map((m, i) => {
    const at = s.tokens[m.start]!.start;
    const next = apart[i + 1];
    // "The G20 talks in Ohrid follow …": a definite gathering restates one the story told before.
    let d = m.start - 1;
    while (d > 0 && d >= m.start - 3 && s.tokens[d]!.isTitle) d--;
    return {
      ...base(s, m), kind: 'meeting', value: null, qualifier: null, placeFrom: at, anaphoric: s.tokens[d]?.lower === 'the',
      placeTo: next ? s.tokens[next.start]!.start : s.text.length, parties: partiesOf(s.text, at), whereText: captured(s, m, 'place'),
    };
  });
}

/**
 * The place a meeting rule captured ("Charlevoix" of "talks in Charlevoix"), or null for a people's name
 * ("talks in the Omani capital"): that is the country's, which the statement's place finder reads as the country.
 */
function heldAt(s: AnnotatedSentence, m: Found): string | null {
  const span = m.captures.place;
  if (!span) return null;
  const from = s.start + s.tokens[span.start]!.start;
  const to = s.start + s.tokens[span.end - 1]!.end;
  return s.places.some((p) => p.role === 'demonym' && p.start <= from && p.end >= to) ? null : captured(s, m, 'place');
}

/** The text a rule captured under `name` ("Charlevoix" of "talks in Charlevoix"), or null. */
function captured(s: AnnotatedSentence, m: Found, name: string): string | null {
  const span = m.captures[name];
  return span ? s.text.slice(s.tokens[span.start]!.start, s.tokens[span.end - 1]!.end) : null;
}

// A word of some statement rule's key need (stategate.ts), as a class of the sentence's words (wordclasses.ts): a sentence with none is no statement's.
const HAS_RULE_WORD = wordClass((w) => GATE.opensSome(formOf(w)));

/**
 * Whether a sentence's plain tokens hold the words some statement rule needs (else it needs no annotation for them).
 * `words`: the sentenceWords of the tokens, when the caller has them (a test of their bits spares most sentences the gates).
 */
export function mayState(tokens: readonly Token[], words = -1): boolean {
  if (words >= 0 && tokens.length && (words & HAS_RULE_WORD) === 0) return false;
  return RULES.matcher.mayMatch(tokens) && GATE.mayMatch(tokens);
}

/** Finds the uncounted or name-counted claims of one sentence, by the statement rules; `reference` is the publication date, `spans` the sentence's counts. */
export function findStatements(sentence: AnnotatedSentence | string, counted: ReadonlySet<ClaimKind>, reference: string | null = null, spans: readonly CountSpan[] = []): StatementDraft[] {
  const s = typeof sentence === 'string' ? annotateSentence({ start: 0, end: sentence.length, text: sentence, paragraph: 0 }, 0) : sentence;
  // Only the rules whose every needed word the sentence holds are tried (stategate.ts): no other can match.
  const found = RULES.matcher.match(s.tokens, GATE.admitted(s.tokens));
  if (!found.length) return [];
  const met = meetings(s, found);
  // "officials met in Bangui and signed an agreement": the agreement is made where they met.
  const held = met.find((m) => m.whereText)?.whereText ?? null;
  return [
    ...(counted.has('damaged') ? [] : damage(s, found, counted, isStructure, reference, spans)),
    ...aviation(s, found, counted, reference),
    ...uncountedWholes(s, found, counted),
    ...evacuations(s, found, counted),
    ...agreement(s, found, reference).map((a) => (held ? { ...a, whereText: held } : a)),
    ...met,
  ];
}
