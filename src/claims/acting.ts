/**
 * Who acts in a closure, evacuation or disruption (GUIDELINES: "the acting authority for closures and
 * evacuations"): the body that closes, evacuates or grounds, read from the sentence when no one is said to
 * report it, or when only an outlet does.
 */
import type { ClaimKind } from '../types.js';
import { wireDateline } from '../clean/index.js';
import { isOutlet } from './attribution.js';
import { subjectOf } from './partywords.js';
import { alternation, SOURCES } from './sourcedata.js';

export const ACTING_KINDS: ReadonlySet<ClaimKind> = new Set(['airport_closed', 'evacuated', 'flights_disrupted']);
// A verb that leads into the act may stand before it ("began evacuating", "have rushed to evacuate", "moved to close"), and so may
// an order issued ("issued a notice temporarily closing 18 airports", "published an order suspending flights").
const ACTS = /^\s*(?:has\s+|have\s+|had\s+|also\s+|temporarily\s+|began\s+|begun\s+|started\s+|[a-z]+ed\s+to\s+|(?:to|has\s+begun|have\s+begun)\s+|(?:issued|published|announced|sent\s+out)\s+(?:an?|the)\s+(?:[a-z]+\s+)?(?:notice|order|directive|decree|notam|instruction)s?\s+)*(?:clos|shut|suspend|halt|evacuat|order|ground|cancel|divert)/i;
const CLAUSE_OPENING = /,\s*(?:but|and|while|whereas)\s+|;\s*/;
const OVER_SOURCE: ReadonlySet<string> = new Set(SOURCES.actingBodies.overSource);
// A phrase of place opened by a preposition may run longer ("In Punjab's Gurdaspur and Pathankot districts, the administration evacuated …"; data: openingPrepositions).
const OPENING_PHRASE = new RegExp(`^\\s*(?:(?:${alternation(SOURCES.betweenSourceAndVerb.openingPrepositions)})(?:\\s+[\\w'’-]+){1,10}|[A-Z][\\w'’-]*(?:\\s+[\\w'’-]+){0,5}),\\s+`);
// The source before the verb may be glossed by a phrase set off by commas ("The head of the region, Name, said that …").
// Figures a source gave may report it ("Figures released by the ministry showed that police had evacuated …").
const REPORTED_LEAD = new RegExp(`^(?:[A-Z][\\w'’-]*(?:\\s+[\\w'’-]+){0,3},\\s+)?(?:[Aa]ccording to [^,]{1,80}(?:,\\s+[A-Z][^,]{1,60})?,\\s*|[^;:"“”]{1,160}?\\s(?:${alternation([...SOURCES.reportVerbs.words, ...SOURCES.figuresShown.shows])})\\b(?:[^,]{0,40}?\\s+that\\s+|\\s+))`);

/**
 * The subject that closes, evacuates or grounds, for a closure, evacuation or disruption no one is said to report,
 * or that only an outlet reports (GUIDELINES: outlet citation markers are not claimants; the acting authority is).
 */
export function actingAuthority(kind: ClaimKind, sentence: string, said: string | null = null, at: number | null = null): string | null {
  if (!ACTING_KINDS.has(kind)) return null;
  // A source of the sentence speaks for the closure unless it is an outlet, the kind's actor comes first (overSource), or it
  // speaks only in a later clause than the count's, at `at` ("X suspended flights at five airports, and the carrier Y said it cancelled 70 flights").
  const over = !said || isOutlet(said) || OVER_SOURCE.has(kind);
  // "BRUSSELS (Reuters) - Belgian authorities shut …": a wire dateline opening the sentence is no subject.
  const body = /^[A-Z]{3}/.test(sentence) ? sentence.slice(wireDateline(sentence)?.end ?? 0) : sentence;
  // "No one was hurt, but South Korea evacuated 80 people": the acting subject may open a later clause.
  const clauses = body.split(CLAUSE_OPENING);
  for (const [i, clause] of clauses.entries()) {
    // "Overnight, the city council evacuated …", "In a separate attack last week, police evacuated …": a short opening phrase set off by a comma is no subject.
    const acting = actingIn(clause) ?? actingIn(clause.slice(OPENING_PHRASE.exec(clause)?.[0].length ?? 0));
    if (acting) return over || (at !== null && at < sentence.length - body.length + body.indexOf(clause) + clause.length && saidOnlyAfter(clauses, i, said!)) ? acting : null;
  }
  if (!over) return null;
  // "State media said the city council evacuated 40 patients": a report opening the sentence or a clause ("…, while the
  // governor said police had evacuated …"), the one acting after it.
  if (!said) return null;
  for (const clause of clauses) {
    const lead = REPORTED_LEAD.exec(clause);
    const acting = lead && actingIn(clause.slice(lead[0].length));
    if (acting) return acting;
  }
  return null;
}

/** Whether the source is named in a clause after the one at `i` and in none up to it. */
function saidOnlyAfter(clauses: readonly string[], i: number, said: string): boolean {
  return !clauses.slice(0, i + 1).some((c) => c.includes(said)) && clauses.slice(i + 1).some((c) => c.includes(said));
}

// "…, prompting the Federal Air Transport Agency to suspend flights": the one caused to close (data: causedActor).
const CAUSED = new RegExp(`\\b(?:${alternation(SOURCES.causedActor.verbs)})\\s+((?:the\\s+)?(?:[A-Z][\\w.'’-]*|authorities|officials|police|the\\s+(?:authorities|government|military|army|governor|mayor))(?:\\s+(?:of\\s+|for\\s+)?[A-Z][\\w.'’-]*){0,6}(?:\\s+(?:authorities|officials|police|government))?)\\s+to\\s+(?=\\S)`);

// "The regional governor ordered …", "Civil defence teams evacuated …", "The mayor of X, Name, ordered …": a body in lower case (data: actingBodies).
// A plural or mass head may stand alone ("police had evacuated …", "Rescuers evacuated …"), opening a quote too.
const HEADS = alternation(SOURCES.actingBodies.heads.flatMap((h) => [h, h[0]!.toUpperCase() + h.slice(1)]));
const BODY = new RegExp(`^\\s*["“]?((?:[Tt]he\\s+|[A-Z][\\w'’-]*\\s+)?(?:[a-z][\\w'’-]*\\s+){0,3}?(?:${HEADS})(?:\\s+of\\s+(?:the\\s+)?[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,3})?)(?:,\\s+([A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){1,4}),)?(?=\\s)`);

// "About 120 people were evacuated by the emergency services": the body after "by" acts (data: actingBodies).
const BY_BODY = new RegExp(`\\b(?:evacuated|closed|shut|suspended|halted)\\b[^,.;]{0,40}?\\sby\\s+((?:[Tt]he\\s+|[A-Z][\\w'’-]*\\s+)?(?:[a-z][\\w'’-]*\\s+){0,3}?(?:${alternation(SOURCES.actingBodies.heads)}))\\b`);

function actingIn(sentence: string): string | null {
  const by = BY_BODY.exec(sentence);
  if (by) return by[1]!;
  const caused = CAUSED.exec(sentence);
  if (caused && ACTS.test(sentence.slice(caused.index + caused[0].length))) return caused[1]!;
  const lower = BODY.exec(sentence);
  if (lower && ACTS.test(sentence.slice(lower[0].length))) return lower[2] ?? lower[1]!;
  const named = subjectOf(sentence);
  if (!named || /\b(Airport|Airports)$/.test(named)) return null;
  // "Israeli authorities evacuated …": a demonym or name with the body it qualifies.
  const rest = sentence.slice(sentence.indexOf(named) + named.length);
  const body = /^\s+(authorities|government|officials|police|army|military|forces|troops|ministry|regulators?)\b/.exec(rest)?.[0] ?? '';
  return ACTS.test(rest.slice(body.length)) ? named + body : null;
}
