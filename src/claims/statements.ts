import type { ClaimKind } from '../types.js';
import { annotateSentence, loadRules, type AnnotatedSentence, type AnnotatedToken, type Match, type RuleMeta, type Token } from '../language/index.js';
import { namedAirports } from './airports.js';
import { damage, type CountSpan } from './damage.js';
import { evacuations } from './evacuations.js';
import { NOT_SUBJECTS, partyBefore, readParty } from './sources.js';
import { WORDS } from './words.js';
import { RuleGate } from './stategate.js';

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
const STRUCTURE_RULE = RULES.specs.find((r) => r.spec.id === 'damaged:verb-object');
const STRUCTURE_STEP = STRUCTURE_RULE?.rule.steps.at(-1);
/** Whether a token is a structure noun of the damage rules (the last step of 'damaged:verb-object'). */
const isStructure = (t: AnnotatedToken): boolean => !!STRUCTURE_STEP && STRUCTURE_STEP.test(t);

// The words before the other party of a meeting: "met with X", "met X", "held a separate meeting with X",
// "spoke with X", "hosted X", "hosted his Irish counterpart, X"; the party itself is read by readParty.
// "sat down with X", "had a very good call with X", "held a phone conversation with X", "phoned X" name the other party too.
const WITH_WHOM = new RegExp(
  "^\\s*(?:(?:(?:met|meets|meeting|talks|held\\s+talks|(?:held|holds|hold|holding)\\s+(?:a\\s+)?(?:separate\\s+|bilateral\\s+|private\\s+|brief\\s+|closed-door\\s+)?(?:meeting|talks)|spoke|speaks|talked|sat\\s+down|sits\\s+down"
  + "|(?:had|has|held|holds|made|makes)\\s+(?:a|an|another|their)\\s+(?:[\\w-]+\\s+){0,3}?(?:call|conversation|talks))?\\s*"
  + "(?:(?:today|yesterday|again|also|later|separately|briefly|virtually|privately|by\\s+phone|by\\s+telephone|on\\s+the\\s+(?:tele)?phone)\\s+)?with|hosted|hosting|received|welcomed|welcomes|(?:tele)?phoned|play(?:ed|s)\\s+host\\s+to)\\s+|(?:met|meets)\\s+(?=[A-Z]|(?:his|her|their|its)\\s))"
  + "(?:((?:his|her|their|its)\\s+(?:[A-Z][\\w'’-]*\\s+)?counterparts?),?\\s+)?(?=[A-Za-z])");

/** The other party named after the meeting words, if any. */
function otherParty(after: string): string | null {
  const m = WITH_WHOM.exec(after);
  // "met his Lithuanian counterpart in Vilnius": a counterpart named by country alone is the party.
  if (m) return readParty(after.slice(m[0].length)) ?? (m[1] && /\s[A-Z]/.test(m[1]) ? m[1] : null);
  // "visited Nairobi in May and met (or told) Kenyan President William Ruto": the one the visitor met.
  const then = AND_MET.exec(after.split(/[;.]/)[0]!);
  return then ? readParty(after.slice(then.index + then[0].length)) : null;
}
const AND_MET = /\band\s+(?:also\s+)?(?:met|meets|met\s+with|hosted|received|held\s+talks\s+with|spoke\s+with|told)\s+(?=[A-Z])/;

/** The parties of an agreement or meeting: "A and B met", "between A and B", "A met with B". */
function partiesOf(sentence: string, at: number): string | null {
  const between = sentence.includes('between') && /\bbetween\s+((?:(?!\bto\b|\bon\b|\bfor\b|\bin\b)[^,.;])+?\s+and\s+[^,.;]+?)(?=\s+(?:to|on|for|in|at|begin|began|begins|was|were|is|are|that|which|had|has|have|would|will|collapsed|ended|broke|failed|resumed|stalled)\b|[,.;]|$)/i.exec(sentence);
  if (between) return between[1]!.trim();
  const after = sentence.slice(at);
  // "a meeting of the U.N. Security Council": the body that meets is the party.
  const body = /^(?:meeting|session|summit)\s+of\s+((?:the\s+)?(?:[A-Z][\w.'’-]*)(?:\s+(?:[A-Z][\w.'’-]*|of|for)\b)*)/.exec(after);
  // "a meeting of NATO foreign ministers": the people the body sends are the party.
  if (body) return withDelegates(after, body[1]!.replace(/\s+(?:of|for)$/, ''));
  // "U.S.-Ukraine talks in Jeddah": two parties joined by a hyphen before the talks.
  const pair = /(?:^|\s)((?:[A-Z][\w.'’]*))-((?:[A-Z][\w.'’]*))\s*$/.exec(sentence.slice(0, at));
  if (pair && /^(?:talks|meeting|summit|negotiations|consultations)\b/.test(after)) return `${pair[1]} and ${pair[2]}`;
  // "At their Security Committee meeting in July, Tokyo and Washington agreed …": the owners of the
  // meeting are the subject of the clause after it.
  if (/\btheir\s+(?:[\w'’-]+\s+){0,5}$/.test(sentence.slice(0, at)) || (!sentence.slice(0, at).trim() && FRAME_OPENING.test(after))) {
    const main = after.slice(after.indexOf(',') + 1);
    const owners = after.includes(',') ? readParty(main.trimStart()) : null;
    if (owners) return owners;
  }
  // "… welcomed the announcement that Armenia had agreed": the parties are the that-clause's subject.
  // A wire dateline ("BRUSSELS (AP) — ") opening the sentence is not its subject.
  const before = sentence.slice(0, at).trimStart().replace(DATELINE_OPENING, '');
  const that = /^.*\bthat\s+/s.exec(before);
  // "The Kremlin said X met …": the party is the subject of the reported clause, not who reports it.
  const reported = !that && REPORTED.exec(before);
  const clause = that ? before.slice(that[0].length) : reported ? before.slice(reported[0].length) : before;
  // "Tribal elders and provincial officials met": a lower-case party filling the clause before the verb;
  // "President Li’s special envoy, Zhang Min, spoke with …": a person given with an appositive is read whole.
  const subject = subordinateSubject(clause) ?? partyBefore(withoutOpeners(clause)) ?? APPOSITIVE.exec(clause)?.[1] ?? subjectOf(clause) ?? DESCRIBED_NAME.exec(clause)?.[1] ?? null;
  const other = otherParty(after);
  // "…, Defence Minister A said after meeting his Danish counterpart B": the speaker met the counterpart.
  const counterpart = COUNTERPART.exec(after) ?? NAMED_WITH.exec(after);
  const speaker = counterpart && (SPEAKER_BEFORE.exec(before) ?? SPEAKER_OPENING.exec(before));
  if (counterpart && speaker) return `${speaker[1]!} and ${counterpart[1]!}`;
  if (subject && other) return `${subject} and ${other}`;
  // "NATO defence ministers met": the people a named body sends are the party.
  // Two named parties ("Chad and Niger officials met") stay the parties.
  if (subject && !other && !/\band\b/.test(subject)) return withDelegates(before, subject);
  // "The president met with Prime Minister Kishida": a title-only subject still names a party when the other is named.
  const titled = /^\s*((?:the|The)\s+(?:[a-z]+\s+){0,3}(?:president|minister|secretary|chancellor|king|queen|premier|leader|envoy|ambassador|general|commander|governor|mayor|delegation))\s*$/.exec(sentence.slice(0, at));
  if (!subject && titled && other) return `${titled[1]!} and ${other}`;
  // "The talks in Riyadh brought together officials from Russia and the United States": with no party before, the ones brought together.
  const together = subject ? null : BROUGHT_TOGETHER.exec(after);
  return subject ?? (together ? readParty(after.slice(together.index + together[0].length)) : null);
}

// "… since Kim and Putin held a summit", "a hall where clan elders and officials were meeting": a clause that a
// subordinator opens right before the gathering has its own subject, the party, when its words are only that subject.
const SUBORDINATE = /^.*\b(?:[Ss]ince|[Aa]fter|[Ww]hen|where|[Ww]hile|as|[Bb]efore|[Uu]ntil|[Oo]nce|[Bb]ecause)\s+(?=\S)/s;
const AUX_LAST = /(?:\s+(?:were|was|had|have|has|been|also|reportedly|then|again|all|both|first))+\s*$/i;

function subordinateSubject(clause: string): string | null {
  const opened = SUBORDINATE.exec(clause);
  if (!opened) return null;
  const tail = clause.slice(opened[0].length).replace(AUX_LAST, '').trim();
  // "in part to chase after Mumin, has met with success": a comma closed the subordinate clause before the verb.
  if (!tail || /[,;:]/.test(tail)) return null;
  const party = readParty(tail, true);
  if (party) return party;
  const named = subjectOf(tail);
  return named === tail && /\band\b/.test(named) ? named : null;
}

const BROUGHT_TOGETHER = /\b(?:brought|brings|bringing|bring)\s+together\s+(?=\S)/;
// "In a phone call on Monday, A and B discussed …": a gathering opening the sentence is the main clause's subject's.
const FRAME_OPENING = /^(?:In|During)\s+(?:a|an|the|their)\s+[^,]{3,60},/;
// "According to the Kremlin, Putin and Lukashenko met": a source opening the sentence is no party either.
const REPORTED = /^(?:[^,]*?\b(?:said|says|say|told\s+\w+|reported|announced)\s+(?=[A-Z])|[Aa]ccording to\s[^,]{2,80},\s*)/;
// "Before the vote, Kato, as a member of the ruling party, visited …": a name with a description after an opening clause.
const DESCRIBED_NAME = /^(?:[^,]*,\s*)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),\s+(?:as|a|an|the|who|now|then|once|formerly)\b[^,]*,\s*$/;
const APPOSITIVE = /^([A-Z][^,]{2,80},\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s*$/;
const DATELINE_OPENING = /^[A-Z][A-Z .'’-]+(?:,\s*[A-Z][\w .'’-]*)?\s*(?:\([^)]{1,30}\))?\s*[—–-]+\s*/;
const COUNTERPART = /^(?:after|following|during)\s+(?:meeting|talks)\s+(?:with\s+)?(?:his|her|their|the)\s+(?:[A-Z][\w'’-]*\s+)?counterparts?,?\s+((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,3})/;
const NAMED_WITH = /^(?:after|following|during)\s+(?:a\s+|the\s+)?(?:meeting|talks)\s+with\s+((?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*)/;
const SPEAKER_OPENING = /^((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*)\s+(?:said|says|told)\b/;
const SPEAKER_BEFORE = /,\s*((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*)\s+(?:said|says|told\s+\w+)\s+$/;

function withDelegates(before: string, subject: string): string {
  const at = before.indexOf(subject);
  if (at < 0) return subject;
  const words: string[] = [];
  for (const w of before.slice(at + subject.length).trim().split(/\s+/)) {
    const word = w.replace(/[,;:]$/, '');
    if (!WORDS.DELEGATE_NOUNS.has(word)) break;
    words.push(word);
    if (word !== w) break;
  }
  // Portfolio words alone ("NATO defence") name no people: keep only a run that ends on a noun of people.
  while (words.length && !/s$/.test(words.at(-1)!)) words.pop();
  return words.length ? `${subject} ${words.join(' ')}` : subject;
}

/** A clause without its opening quote and leading adverbials ("Earlier Saturday,", "On June 13th, 2024,"). */
function withoutOpeners(clause: string): string {
  return clause.replace(/^\s*["“‘']\s*/, '').replace(/^\s*(?:(?:(?:during|after|following|amid|ahead\s+of)\s+(?:a|an|the|his|her|their|its)\s[^,]{3,60})|(?:today|(?:last|this|earlier this|later this|early last|late last)\s+(?:week|weekend|month|year|spring|summer|autumn|fall|winter)|on [^,]+(?:,\s*\d{4})?|yesterday|later|earlier|meanwhile|separately|additionally|however|in [^,]+)|(?:[A-Z][a-z]+\s+){0,3}(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|evening|night)),\s*/i, '');
}

/**
 * The named subject that opens a clause ("The Vice President and President Marcos also welcomed …"):
 * capitalised words joined by "and", "of", "the", stopping at the first lower-case word.
 */
export function subjectOf(clause: string): string | null {
  // Leading adverbials ("Earlier Saturday,", "On June 13th, 2024,") are not the subject.
  const text = withoutOpeners(clause);
  const m = /^((?:the\s+)?(?:[A-Z][\w.'’-]*|U\.S\.)(?:\s+(?:[A-Z][\w.'’-]*|\([A-Z.]{2,8}\)|(?:and|of|the|de|bin|al|for)\b))*)/.exec(text);
  if (!m) return null;
  const subject = m[1]!.replace(/\s+(?:and|of|the|for)$/, '').trim();
  // A bare determiner or pronoun is no party.
  // "The African Union (AU) holds …": an article before a name is no determiner alone.
  const [first, second] = subject.split(/\s+/);
  if (first === 'The' && second && !NOT_SUBJECTS.has(second)) return subject;
  return NOT_SUBJECTS.has(first!) && !/\band\b/.test(subject) ? null : subject;
}

type Found = Match<RuleMeta>;
const base = (s: AnnotatedSentence, m: Found): Pick<StatementDraft, 'placeFrom' | 'placeTo' | 'whereText' | 'parties' | 'anaphoric' | 'rule'> =>
  ({ placeFrom: 0, placeTo: s.text.length, whereText: null, parties: null, anaphoric: false, rule: m.rule.id });

function aviation(s: AnnotatedSentence, found: readonly Found[], counted: ReadonlySet<ClaimKind>): StatementDraft[] {
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
    const m = closures.find((c) => c.rule.meta.mode === 'named');
    if (m && airports.length && (!airspace || closers.length <= 1 && nearAirport(s, m, airports[0]!))) {
      out.push({ ...base(s, m), kind: 'airport_closed', value: airports.length, qualifier: marked('at-least') ? 'at_least' : 'exact', whereText: airports[0]! });
    } else if (!airspace && subject?.captures.names) {
      // The captured names count only as places: "Authorities suspended flights" closes nothing.
      const named = placesIn(s, subject.captures.names);
      if (named.length) out.push({ ...base(s, subject), kind: 'airport_closed', value: named.length, qualifier: 'exact', whereText: named[0]!.text });
    }
    const byPlace = out.length || airline ? null : closureByPlace(s, closures, marked('at-least'));
    if (byPlace) out.push(byPlace);
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

/** Whether an airport's name stands within a few words of a closure's verb ("suspended all flights at Kazan airport"). */
function nearAirport(s: AnnotatedSentence, m: Found, airport: string): boolean {
  const at = s.text.indexOf(airport);
  const from = s.tokens[m.start]!.start;
  const to = s.tokens[m.end - 1]!.end;
  if (at < 0) return false;
  // After its verb ("suspended flights at X airport"), or its subject with only auxiliaries between ("X airport was closed").
  return at >= to ? at - to < 40 : /^\s*(?:(?:was|were|is|are|has|have|had|been|also|temporarily|briefly)\s+)*$/i.test(s.text.slice(at + airport.length, from));
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
 * "most of the drones were shot down", "intercepted the majority of the missiles": an uncounted share
 * of a salvo intercepted (data/rules/claims-intercepted.json), when the sentence counts none itself.
 * "the most advanced drones" is a superlative, no share.
 */
function interception(s: AnnotatedSentence, found: readonly Found[]): StatementDraft[] {
  for (const m of found) {
    if (m.rule.meta.kind !== 'intercepted') continue;
    const share = m.captures.share;
    if (share && s.tokens[share.start]!.lower === 'most' && /^(?:the|a)$/.test(s.tokens[share.start - 1]?.lower ?? '')) continue;
    return [{ ...base(s, m), kind: 'intercepted', value: null, qualifier: 'unknown' }];
  }
  return [];
}

/** Whether a name ends right before the verb, over the words `gap` allows ("Russia and Ukraine have agreed"). */
function namedJustBefore(s: AnnotatedSentence, verb: number, gap: string | number | boolean | undefined): boolean {
  const allowed = typeof gap === 'string' ? gap.split(/\s+/) : [];
  let k = verb - 1;
  while (k >= 0 && allowed.includes(s.tokens[k]!.lower)) k--;
  return k >= 0 && /^[A-Z]/.test(s.tokens[k]!.text);
}

const PAIR = /^(?:the\s+)?[A-Z][^,;]*\s+and\s+(?:the\s+)?[A-Z]/;

// Words before an agreement noun that make it one of a list told one by one ("a series of agreements").
const GROUPS = /^(series|number|package|raft|slate)$/;
const REFERRING = new Set(['the', 'this', 'that', 'these']);

function agreement(s: AnnotatedSentence, found: readonly Found[]): StatementDraft[] {
  const { tokens } = s;
  for (const m of found) {
    if (m.rule.meta.kind !== 'agreement') continue;
    const noun = m.captures.noun?.start ?? m.end - 1;
    // "finalized a series of agreements" sums up the agreements told one by one.
    if (tokens[noun - 1]?.lower === 'of' && GROUPS.test(tokens[noun - 2]?.lower ?? '')) continue;
    if (GROUPS.test(tokens[noun - 3]?.lower ?? '')) continue;
    // "the deal", "this agreement": a lower-case noun after a demonstrative refers back to one already told.
    let d = noun - 1;
    while (d > 0 && /^[\d-]|^\d+-year$|^(historic|new|landmark|bilateral|security)$/.test(tokens[d]!.lower)) d--;
    const named = tokens[noun]!.isTitle && tokens[noun]!.lower !== 'mou';
    const verb = m.captures.verb?.start ?? (m.rule.id === 'agreement:passive' ? m.end - 1 : m.start);
    const parties = partiesOf(s.text, tokens[verb]!.start);
    // "Russia and Ukraine agreed to swap prisoners": a course agreed is an agreement only between two named parties.
    if (m.rule.meta.parties === 'pair' && !(parties && PAIR.test(parties) && namedJustBefore(s, verb, m.rule.meta.subjectGap))) continue;
    // "the parties have reached an agreement.": a bare agreement, of no named party and about nothing
    // said, restates one told elsewhere (a new one says who agreed or what to).
    const bare = !parties && !named && (noun + 1 >= tokens.length || tokens[noun + 1]!.isPunct);
    return [{
      ...base(s, m), kind: 'agreement', value: null, qualifier: null,
      parties, anaphoric: (REFERRING.has(tokens[d]?.lower ?? '') && !named) || bare,
    }];
  }
  return [];
}

/** Meetings and visits that took place, one per clause (a list of past meetings gives several). */
function meetings(s: AnnotatedSentence, found: readonly Found[]): StatementDraft[] {
  const out: StatementDraft[] = [];
  if (!found.some((m) => m.rule.meta.kind === 'meeting')) return out;
  // The clause (between semicolons) of each token, counted once.
  const clauses: number[] = [];
  s.tokens.forEach((t, k) => clauses.push((clauses[k - 1] ?? 0) + (k > 0 && (s.tokens[k - 1]!.text === ';' || opensApart(s.tokens, k)) ? 1 : 0)));
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
    const parties = partiesOfMatch(s, m) ?? live.filter((o) => o.start > m.start && clauseOf(o.start) === clause).map((o) => partiesOfMatch(s, o)).find(Boolean) ?? null;
    // "she met her future husband": a meeting that names none of its parties is not news of one.
    if (m.rule.meta.parties === 'required' && !parties) continue;
    done.add(clause);
    const placedInClause = live.filter((o) => o.captures.place && clauseOf(o.start) === clause);
    // "The G20 talks in Ohrid follow Serbia-Kosovo talks in Brussels": gatherings apart, each at its own place.
    const apart = separateGatherings(s, placedInClause);
    if (apart.length > 1) {
      out.push(...apart);
      continue;
    }
    // A match of the clause may name the place ("met ... in the capital, Bangui"): the longest gives the where.
    const placed = placedInClause.sort((a, b) => b.end - a.end)[0];
    const end = s.tokens.findIndex((t, k) => k > m.start && clauseOf(k) !== clause);
    out.push({
      // "a hotel in Jowhar where elders were meeting": a rule may read its place from the whole sentence (meta.placeFrom).
      ...base(s, placed ?? m), kind: 'meeting', value: null, qualifier: null, placeFrom: m.rule.meta.placeFrom === 'sentence' ? 0 : at,
      placeTo: end < 0 ? s.text.length : s.tokens[end]!.start, parties, whereText: placed ? heldAt(s, placed) : null,
      ...(m.rule.meta.placeFrom === 'sentence' ? { atScene: true } : {}),
    });
  }
  return out;
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

/** Whether a sentence's plain tokens hold the words some statement rule needs (else it needs no annotation for them). */
export function mayState(tokens: readonly Token[]): boolean {
  return RULES.matcher.mayMatch(tokens) && GATE.mayMatch(tokens);
}

/** Finds the uncounted or name-counted claims of one sentence, by the statement rules; `reference` is the publication date, `spans` the sentence's counts. */
export function findStatements(sentence: AnnotatedSentence | string, counted: ReadonlySet<ClaimKind>, reference: string | null = null, spans: readonly CountSpan[] = []): StatementDraft[] {
  const s = typeof sentence === 'string' ? annotateSentence({ start: 0, end: sentence.length, text: sentence, paragraph: 0 }, 0) : sentence;
  const found = RULES.matcher.match(s.tokens);
  if (!found.length) return [];
  const met = meetings(s, found);
  // "officials met in Bangui and signed an agreement": the agreement is made where they met.
  const held = met.find((m) => m.whereText)?.whereText ?? null;
  return [
    ...(counted.has('damaged') ? [] : damage(s, found, counted, isStructure, reference, spans)),
    ...aviation(s, found, counted),
    ...(counted.has('intercepted') ? [] : interception(s, found)),
    ...evacuations(s, found, counted),
    ...agreement(s, found).map((a) => (held ? { ...a, whereText: held } : a)),
    ...met,
  ];
}
