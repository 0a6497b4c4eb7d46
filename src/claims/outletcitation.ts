import { alternation, SOURCES } from './sourcedata.js';
import { isPerson } from './sourceshapes.js';
import { PRONOUN, SOURCE_RUN, tidy } from './sourcepieces.js';

// Outlets in who-says-so (attribution.ts): an outlet citing or quoting a source passes the claim on to it, and an outlet's
// own count is the outlet's.

// GUIDELINES: an outlet citing a source is no claimant ("…, Reuters reported, citing two officials", "Interfax quoted the
// governor as saying …"): the source it cites is (data: outlets).
const OUTLET = new RegExp(`(?:^|\\s)(?:${alternation(SOURCES.outlets.nouns)})(?![\\w'’-])`, 'i');
const OUTLET_NAME = new RegExp(`(?<![\\w'’-])(?:${alternation(SOURCES.outlets.names)})(?![\\w'’-])`);
const CITING = alternation(SOURCES.outlets.citing);
// The title cited may be glossed by a name (', citing the mayor of the city, Name.', ', citing the mayor, Name, that …'): the name is the source.
const CITED = new RegExp(`\\b(?:${CITING})\\s+((?:(?:${alternation(SOURCES.sourceCounts.words)})\\s+)?${SOURCE_RUN})(?:,\\s+(?<name>[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){1,4})(?=\\s*[.;!?"”]*$|,\\s+that\\s))?(?=\\s+as\\s+saying\\b|\\s*[,.;:!?"”]|$)`);

/** Whether a source is a news outlet: a noun of news (case aside) or an outlet's own name (case as written). */
export function isOutlet(source: string): boolean {
  return OUTLET_NAME.test(source) || OUTLET.test(source);
}

// "The agency quoted a security source as saying …", "Interfax cited the governor as telling reporters …": whoever quotes or
// cites, the one quoted is the source (data: outlets.quotedAs).
const AS_SAYING_WORDS = `as\\s+(?:${alternation(SOURCES.outlets.quotedAs)})\\b`;
const AS_SAYING = new RegExp(`\\s${AS_SAYING_WORDS}`);
const QUOTED_AS = new RegExp(`\\b(?:quot|cit)(?:ed|ing|es)\\s+((?:(?:${alternation(SOURCES.sourceCounts.words)})\\s+)?${SOURCE_RUN}(?:\\s+(?:in|at|with|from)\\s+${SOURCE_RUN})?)\\s+${AS_SAYING_WORDS}`);

/** The one a sentence quotes or cites "as saying" ("Interfax cited the governor as saying …"), if any. */
export function citedAs(sentence: string): string | null {
  if (!AS_SAYING.test(sentence)) return null;
  const quoted = QUOTED_AS.exec(sentence);
  const source = quoted?.[1] && tidy(quoted[1]);
  return source && !PRONOUN.test(source) ? source : null;
}

/** The source an outlet cites in the sentence, when the claimant found is an outlet; else the claimant. */
export function unlessCited(sentence: string, source: string): string {
  // "…, Tass reported, without citing a source": the outlet cites no one.
  if (!CITED_HINT.test(sentence) || WITHOUT_CITING.test(sentence)) return source;
  const quotedSource = citedAs(sentence);
  if (quotedSource) return quotedSource;
  if (!isOutlet(source)) return personQuoted(sentence) ?? source;
  const cited = CITED.exec(sentence);
  const named = cited?.[1] && tidy(cited.groups?.name ?? cited[1]);
  // An outlet citing another ("Reuters reported, citing state media") passes on the one it cites: that is where the words come from.
  return named && !PRONOUN.test(named) ? named : source;
}
/** "SONNA said, quoting Deputy Minister Omar Hassan": a body quoting a person passes on that person's words ("he said" after points back to them). */
function personQuoted(sentence: string): string | null {
  const cited = CITED.exec(sentence);
  const named = cited?.[1] && tidy(cited.groups?.name ?? cited[1]);
  return named && !PRONOUN.test(named) && isPerson(named) ? named : null;
}
export const CITED_HINT = new RegExp(`\\b(?:${CITING})\\s`);
export const WITHOUT_CITING = new RegExp(`\\bwithout\\s+(?:${CITING})\\s`);

// "according to an AFP tally", "An AFP count based on hospital figures put the toll at 64": an outlet's own count is the outlet's (data: outletTallies).
const TALLY_NOUNS = alternation(SOURCES.outletTallies.nouns);
export const MAY_TALLY = new RegExp(`\\b(?:${TALLY_NOUNS})\\b`);
export const OUTLET_TALLY = new RegExp(`(?:[Aa]ccording\\s+to\\s+|^)(?:[Aa]n?|[Tt]he|[Ii]ts)\\s+(?:own\\s+|latest\\s+|new\\s+)?(${alternation(SOURCES.outlets.names)})(?:['’]s)?\\s+(?:own\\s+)?(?:${TALLY_NOUNS})\\b`);
