import { alternation, SOURCES } from './sourcedata.js';
import { FigureSources } from './figuresources.js';
import { wordClass } from './wordclasses.js';
import { CITED_HINT, citedAs, MAY_TALLY, OUTLET_TALLY, WITHOUT_CITING, isOutlet, unlessCited } from './outletcitation.js';
export { isOutlet } from './outletcitation.js';
import { colonSource } from './colonsource.js';
import { ACCORDING_COMMON, accordingCommonSource, MAY_ACCORDING_COMMON, OPENED_COMMON_LEAD, recordSource, uncutSource } from './commonsources.js';
import { ACCENTED, foldLetters } from './foldletters.js';
import { BETWEEN, COMMON_OR_NAME, COUNTED_RUN, ISSUED, NAME, PARTICLE, PERSONAL, POSSESSIVE, PRE_VERB, PRONOUN, REPORT, SOURCE, SOURCE_RUN, SOURCE_WORD, TIME, tidy } from './sourcepieces.js';

/**
 * Who says so: the source a sentence names for what it reports ("X said", "according to X",
 * "X says that …", ", said X"), or a pronoun ("he said") that points back to an earlier source.
 */
export interface Attribution {
  claimant: string | null;
  /** True when the sentence attributes with a pronoun: the caller carries the last named source. */
  pronoun: boolean;
  /** "he"/"she" point back to a person, "it"/"they" to an organisation or group. */
  pronounKind?: 'person' | 'group';
  /** True when the sentence names the source of what came before it ("This was reported by the governor."). */
  backward?: boolean;
}

const BETWEEN_CLAUSE = SOURCES.betweenSourceAndVerb.clauseVerbs;

// ", the air force said." — also mid-sentence before a continuation: ", the air force said, adding that …".
// A participle clause may follow the reporting clause (", the army said, causing large fires").
// A quote interrupted by its source resumes after it ('"In addition," Peres said, "the deal …"').
// ", the governor said on Sunday, as firefighters …", ", the army said, with 35 of them downed": a clause of circumstance goes on too.
const GOES_ON = '\\s*,\\s*(?:(?:adding|citing|noting|saying|while|but|and|as|with|whereas|[a-z]{3,}ing)\\b|["“])';
// ", the army said, the first such launch this month", ", the Pentagon said late on Monday, in response to …": a remark on the fact after it (data: trailingRemark).
const REMARK = `[^,]{0,40}?,\\s+(?:${alternation(SOURCES.trailingRemark.words)})\\b`;
// An outlet citing the source may close the sentence after it (", the air force said on Telegram, Ukrinform reports."): the source is the one cited.
const CITED_BY = `(?:,\\s*(?:the\\s+)?[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){0,3}\\s+${REPORT}\\b[^,]{0,30})?`;
const TRAILING = new RegExp(`,\\s*["”’]?\\s*((?:(?:${alternation(SOURCES.sourceCounts.words)})\\s+)?${SOURCE.slice(1, -1)})\\s+${PRE_VERB}${REPORT}\\b(?:[^,]{0,60}${CITED_BY}[.!?"”]*$|[^,]{0,40}?${GOES_ON}|${REMARK})`);
// '…", said KCNA.' — the inverted order needs the comma or quote before the verb ("the said commander" is not it).
// A description may follow the name ('…," said Tom Lind, the harbour master.', '…, said X, head of the city administration').
// "told" is never inverted: ', told reporters' names the hearers ("…, the spokeswoman, Maria Zakharova, told reporters").
const INVERTED_VERB = `(?:${alternation(SOURCES.reportVerbs.words.filter((w) => w !== 'told' && w !== 'tells'))})`;
// What follows the inverted source before a comma is a time or a channel, never a verb of its own: ', said Belarus had attacked with
// 50 drones, of which 41 …' is a clause of what was said (data: betweenSourceAndVerb.clauseVerbs).
const NO_CLAUSE = `(?:(?!\\s(?:${alternation(BETWEEN_CLAUSE)})\\b)[^,]){0,40}`;
// A title may be glossed by the name after it (', said the mayor of the city, Name.'): the name is the claimant.
const TRAILING_INVERTED = new RegExp(`[,"”’]\\s*${INVERTED_VERB}\\s+((?:(?:${alternation(SOURCES.sourceCounts.words)})\\s+)?${SOURCE.slice(1, -1)})(?:,\\s+(?<name>[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){1,4})(?:,?\\s+(?:on|in|via|to)\\s+[^,]{1,40})?[.!?]*$|${NO_CLAUSE}(?:,\\s+(?:[a-z]|${POSSESSIVE})[^,]{0,80}(?:,[^,]{0,80})?|,\\s+[A-Z][A-Z.&-]{1,9})?[.!?]*$)`);
// ", the harbour master said.", ", the maritime monitoring centre (MMC) said.": a common-noun source of any words closing the sentence (its acronym in brackets kept), or one opened by a possessive (", Sudan's army-aligned government said").
// An abbreviation with periods or a name may stand among its words ("the U.N. migration agency said"); a quote may close before it ('…," the brigade said').
// Its last word may be the body's acronym (", the army's media wing ISPR said").
const TRAILING_COMMON = new RegExp(`,\\s*["”’]?\\s*((?:the|a|an|[A-Z][\\w.-]*['’]s)\\s+(?:(?:[a-z][a-z'’-]*|[A-Z][\\w.'’-]*)\\s+){0,6}(?:[A-Za-z][a-z'’-]*|[A-Z][A-Z&-]{1,9})(?:\\s+\\([A-Z][A-Za-z.&-]{1,9}\\))?)(?:,\\s*[A-Z]{2,8},)?\\s+${REPORT}\\b(?:[^,]{0,40}[.!?"”]*$|[^,]{0,40}?${GOES_ON}|${REMARK})`);
// "…, per local officials": a source in lower case after "per" opens with one of its words (data: sourceWords), never "per cent" or "per day".
const PER_LOWER = `(?:${alternation(SOURCES.sourceWords.words)})\\b`;
// "Per the health ministry, …", "…, per a statement from the army", "…, as reported by the governor", "…, as was reported by the
// governor", "…, it was reported by X": the same, with other words.
const ACCORDING = new RegExp(`(?:[Aa]ccording to|(?:^|,\\s*)[Pp]er(?=\\s+(?:the\\s|a\\s|an\\s|[A-Z]|${PER_LOWER}))|\\b(?:[Aa]s|,\\s*it)\\s+(?:was\\s+|were\\s+|has\\s+been\\s+|had\\s+been\\s+)?(?:first\\s+|earlier\\s+|officially\\s+)?${REPORT}\\s+(?:[a-z]+\\s+[A-Z]\\w*\\s+)?by)\\s+${ISSUED}?(${COUNTED_RUN}(?:\\s+(?:cited|quoted)\\s+by\\s+${SOURCE_RUN})?|(?:him|her|them)(?=[\\s,.;]))`);
// A source that opens the sentence may be placed ("Security forces in Somalia say") or glossed
// with its acronym ("the National Intelligence and Security Agency, or NISA, said").
const SOURCE_TAIL = `(?:\\s+(?:in|at|from|on)\\s+(?:the\\s+)?(?:[A-Z][\\w'’.-]*|town|city|area|region|country|capital|village)|,\\s+or\\s+[A-Z][A-Z.]{1,8},?)`;
// The opening phrase before it may be long: a headline glued to a lead ("Airstrikes kill 12 fighters Days after …, X said");
// a source given with an appositive closes it with a comma ("Rosaviatsia, Russia's air transport agency, said").
// It may be placed by a common noun last ("Doctors at the main hospital said", "Officials at the scene said").
const PLACED_LAST = `(?:\\s+(?:in|at|from)\\s+the\\s+(?:[a-z][a-z'’-]*\\s+){0,2}[a-z][a-z'’-]*)`;
// A count may open the source after the opening phrase ("In a statement, two security sources said").
// A phrase of scene or time opening the sentence is no source ("In a statement posted on Telegram, it said"; data: openingPrepositions).
const PREPOSITION_FIRST = new RegExp(`^(?:${alternation(SOURCES.betweenSourceAndVerb.openingPrepositions)})\\s`);
const NOT_PREPOSITION = `(?!(?:${alternation(SOURCES.betweenSourceAndVerb.openingPrepositions)})\\s)`;
const LEADING_BODY = `(${NOT_PREPOSITION}(?:(?:${alternation(SOURCES.sourceCounts.words)})\\s+)?${SOURCE_WORD}(?:\\s+${SOURCE_WORD}|${SOURCE_TAIL}){0,11}${PLACED_LAST}?)(?:\\s+${TIME})?,?\\s+${PRE_VERB}${REPORT}\\b`;
// A live page's entry may open with a place before a colon ("Odesa region: Governor X says …").
// A day may open it with no comma ("On Sunday the army said").
const DAY_OPENING = `(?:(?:${alternation(BETWEEN.leads.map((w) => w[0]!.toUpperCase() + w.slice(1)))})\\s+on|On)\\s+(?:${alternation(BETWEEN.days)})(?:\\s+(?:${alternation(BETWEEN.parts)}))?\\s+`;
const LEADING = new RegExp(`^(?:${DAY_OPENING}|[A-Z][\\w ,'’-]{0,100},\\s*|[A-Z][\\w '’-]{0,40}:\\s+)?${LEADING_BODY}`);
// The same with no opening phrase: the source that opens the sentence itself.
const LEADING_PLAIN = new RegExp(`^${LEADING_BODY}`);
// "The medical charity said …": an article and up to six words of any kind opening the sentence (COMMON_OR_NAME, sourcepieces.ts).
// It may open with a possessive ("Poland's operational command said"), hold names ("The U.N. agency for Palestinian
// refugees said") and be glossed with its acronym (", UNRWA,", ", known as HUR,"), kept with it.
const GLOSS = `(?:,\\s+(?:or\\s+|(?:also\\s+)?known\\s+as\\s+)?[A-Z][A-Za-z.-]{1,9},)`;
// It may be placed ("The UN's top humanitarian official in Sudan said").
const LEADING_COMMON = new RegExp(`^((?:The|A|An|[A-Z][\\w.-]*['’]s)\\s+(?:${COMMON_OR_NAME}\\s+){0,5}${COMMON_OR_NAME}(?:${SOURCE_TAIL})?${GLOSS}?)\\s+${PRE_VERB}${REPORT}\\b`);
// "In Suwayda city, the main hospital said …": the same after an opening phrase of place or time (commonsources.ts).
const OPENED_COMMON = new RegExp(`${OPENED_COMMON_LEAD.source}((?:the|a|an)\\s+(?:${COMMON_OR_NAME}\\s+){0,5}${COMMON_OR_NAME}(?:${SOURCE_TAIL})?)\\s+${PRE_VERB}${REPORT}\\b`);
// "The ministry did not confirm the clash but said …", "The army denied the report and said …": a source opening the sentence
// with another act of its own before 'but/and said' (data: coordinatedSaying).
const COORDINATED = new RegExp(`^((?:The|A|An|[A-Z][\\w.-]*['’]s)\\s+(?:${COMMON_OR_NAME}\\s+){0,5}${COMMON_OR_NAME}|${SOURCE_RUN})\\s+(?:${alternation(SOURCES.coordinatedSaying.verbs)})\\b[^.;:"“”]{0,100}?,?\\s+(?:but|and)\\s+${PRE_VERB}${REPORT}\\b`);
// "Mohammed Ali, a spokesman for the ministry, said", "Local officials, however, said", "Officials in Kharkiv, including the
// mayor, said", "A spokesman for the army, Colonel X, said": a source opening the sentence, a phrase set off by commas, then
// its verb. A name on either side of the comma is the claimant, else the source.
// "In a statement, X, the head of …, said", "On Sunday, the Observatory, a war monitor, said": an opening phrase of time or channel
// set off by a comma before a glossed source (data: betweenSourceAndVerb) is no part of it.
const upper = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
// "In neighbouring Slovakia, the airport operator, which …, said": a short placed phrase opening the sentence (data: openingPrepositions).
const PLACED_OPENING = `(?:${alternation(BETWEEN.openingPrepositions)})\\s+(?:[a-z][\\w'’-]*\\s+){0,2}[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,2}`;
const INTRO = `(?:(?:${alternation(BETWEEN.openingLinks)})\\s+)?(?:(?:${PLACED_OPENING}|${alternation(BETWEEN.interposed.map(upper))}|(?:(?:${alternation(BETWEEN.leads.map(upper))})\\s+on|On)\\s+(?:${alternation(BETWEEN.days)})(?:\\s+(?:${alternation(BETWEEN.parts)}))?|${alternation(BETWEEN.days.map(upper))}),\\s+)?`;
// A channel set off by commas may run on ("The ministry, in a statement released late on Sunday, said").
const SET_OFF = `(?:${alternation(BETWEEN.interposed)}|(?:in|on|via|during)\\s+(?:a|an|its|their|the)\\s[^,]{1,60}|[A-Z][A-Z.&-]{1,9}|including\\s[^,]{1,60}|(?:a|an|the|its|their)\\s[^,]{1,80}|${POSSESSIVE}[^,]{1,80}|[a-z]+ing\\s[^,]{1,60})`;
const COUNTED = `(?:(?:${alternation(SOURCES.sourceCounts.words)})\\s+)?`;
const GLOSSED = new RegExp(`^${INTRO}(?<source>${COUNTED}${SOURCE_WORD}(?:\\s+${SOURCE_WORD}|${SOURCE_TAIL}){0,11})(?:\\s+${TIME})?,\\s+(?:(?<name>[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){1,4})|${SET_OFF})(?:\\s+${TIME})?,\\s+(?:${TIME}\\s+)?${PRE_VERB}${REPORT}\\b`);
// "The RSF denied targeting civilians. In a statement, it said …": a source opening the sentence with a stance of its own and no verb
// of saying is who a pronoun after points back to (data: coordinatedSaying).
const STANCE = new RegExp(`^((?:The|A|An|[A-Z][\\w.-]*['’]s)\\s+(?:${COMMON_OR_NAME}\\s+){0,5}${COMMON_OR_NAME}|${SOURCE_RUN})\\s+(?:${alternation(SOURCES.coordinatedSaying.verbs)})\\b`);

const MAY_STANCE = new RegExp(`\\s(?:${alternation(SOURCES.coordinatedSaying.verbs)})\\b`);
/** The source that opens a sentence with a stance and says nothing in it ("The army denied the report."), else null. */
export function stanceSubject(sentence: string): string | null {
  if (!MAY_STANCE.test(sentence)) return null;
  const m = STANCE.exec(sentence.trim());
  const subject = m?.[1] && tidy(m[1]);
  return subject && !PRONOUN.test(subject) && !PREPOSITION_FIRST.test(subject) ? subject : null;
}
const NAME_ONLY = new RegExp(`^[A-Z][\\w.'’-]*(?:\\s+(?:[A-Z][\\w.'’-]*|${PARTICLE})){1,4}$`);
// "Mykola Ivanov, head of the regional military administration, wrote on Telegram …", "Anas al-Sharif, spokesman for
// the civil defence, said": a name opening the sentence glossed by a title with no article; the name is the claimant.
const NOT_NAME_START = `(?!(?:${alternation(SOURCES.notSubjects.words)})\\s)`;
const NAME_GLOSSED = new RegExp(`^${INTRO}${NOT_NAME_START}([A-Z][\\w.'’-]*(?:\\s+(?:[A-Z][\\w.'’-]*|${PARTICLE})){1,4}),\\s+(?:[a-z]|${POSSESSIVE})[^,;:"“”]{1,80},\\s+(?:${TIME}\\s+)?${PRE_VERB}${REPORT}\\b`);

// "A senior officer, who spoke on condition of anonymity …, said": a source opening the sentence, a clause
// about it (data: appositiveOpeners), then its verb; a name glossing the source first is the claimant.
const OPENERS = alternation(SOURCES.appositiveOpeners.words);
// The source may be of lower-case words of any kind, as with LEADING_COMMON ("The local resistance committee in the city, which …, said").
const COMMON_SOURCE = `(?:The|A|An|[A-Z][\\w.-]*['’]s)\\s+(?:${COMMON_OR_NAME}\\s+){0,5}${COMMON_OR_NAME}(?:${SOURCE_TAIL})?`;
const APPOSED = new RegExp(`^${INTRO}(${COUNTED}${SOURCE_WORD}(?:\\s+${SOURCE_WORD}|${SOURCE_TAIL}){0,11}|${COMMON_SOURCE})(?:,\\s+(?<name>[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){1,5})|,\\s+(?:(?:a|an|the)\\s|${POSSESSIVE})[^,]{1,60})?,\\s+(?:${OPENERS})\\b[^.!?;:"“”]{0,200}?,\\s+${PRE_VERB}${REPORT}\\b`);
// "Police released the following toll on Monday: …", "Officials put the death toll at 17": a source giving figures (data: figureGiving).
const FIGURE_NOUNS = alternation(SOURCES.figureGiving.nouns);
// The source may be glossed ("Mykola Oleshchuk, Ukraine's air force commander, gave …"; "the governor, Name, released …"): a name glossing it is the source.
const FIGURES_GLOSS = `(?:,\\s+(?<name>[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){1,4}),|,\\s+(?:(?:a|an|the|its|their)\\s|[a-z]|${POSSESSIVE})[^,;:]{1,80},|,\\s+[A-Z][A-Z.&-]{1,9},)?`;
const FIGURES = new RegExp(`^(?:[A-Z][\\w ,'’-]{0,60},\\s*)?(${SOURCE_RUN}(?:${SOURCE_TAIL})?)${FIGURES_GLOSS}\\s+${PRE_VERB}(?:${alternation(SOURCES.figureGiving.verbs)})\\s+(?:[\\w'’-]+\\s+){0,4}?(?:${FIGURE_NOUNS})\\b`);
// ", Ukraine's air force, which publishes a daily tally, said.", ", Sergei Lysak, the head of the regional administration,
// said.", ", the police chief, Ali Musa, who spoke by phone, said": a source closing the sentence with a phrase about it set off
// by commas before its verb. A name on either side of the comma is the claimant, else the source. The verb closes the sentence
// (a time or a channel may follow it), so that ", a town in Borno, said army spokesman X" is read inverted, not here.
// Figures a source gave that show the count ("Figures released by X showed …"), and their giver named after them (figuresources.ts).
const FIGURE_SOURCES = new FigureSources({ sourceRun: SOURCE_RUN, countedRun: COUNTED_RUN, name: NAME, days: BETWEEN.days });
const DAY_WORDS = alternation([...BETWEEN.days, ...BETWEEN.leads, 'on', 'in', 'at', 'via', 'to', 'during', 'after', 'before', 'last', 'this', 'from', 'through', 'separately', 'citing', 'adding']);
// A clause may go on after the verb (", X, the head of the administration, said, adding that …").
const CLOSES = `(?:(?:(?:told|tells)\\s+[^,]{1,60}|${REPORT}(?:\\s+(?:${DAY_WORDS})\\b[^,]{0,60})?)[.!?"”]*$|${REPORT}(?:\\s+(?:${DAY_WORDS})\\b[^,]{0,40})?${GOES_ON})`;
const TRAILING_SET_OFF = new RegExp(`,\\s*["”’]?\\s*(?<source>(?:(?:${alternation(SOURCES.sourceCounts.words)})\\s+)?${SOURCE_RUN})(?:,\\s+(?<name>${NAME})(?=,\\s+${PRE_VERB}(?:told|tells|${REPORT})\\b)|(?:,\\s+(?<glossed>${NAME}))?,\\s+(?:(?:${OPENERS})\\b[^.!?;:"“”]{1,150}?|(?:(?:a|an|the|its|their|[a-z][\\w'’-]*)\\s|${POSSESSIVE})[^,.;:!?"“”]{1,80}|[A-Z][A-Z.&-]{1,9}(?=,))),\\s+${PRE_VERB}${CLOSES}`);
// "according to the head of the emergency service, Petro Koval, …", "…, as reported by the mayor of the city, Name.": the person named after the title is the source.
const ACCORDING_NAMED = new RegExp(`(?:[Aa]ccording to|\\b[Aa]s\\s+(?:was\\s+)?${REPORT}\\s+by)\\s+${ISSUED}?(?:(?:the|a|an)\\s+|${POSSESSIVE})[^,;]{2,80},\\s+(?<name>${NAME})(?=\\s*,|[.!?"”]*$)`);
// "Four people were killed — the governor said — and …", "… (the army said)": a source set in dashes or brackets; "…, as the governor
// put it": a source after "as". A name glossing the title, or glossed by it, is the claimant as in the set-off forms.
const SET_IN = `(?<source>${COUNTED_RUN})(?:,\\s+(?<glossed>${NAME}))?(?:,\\s+(?:[a-z]|${POSSESSIVE})[^,—–()]{1,80}|,\\s+[A-Z][A-Z.&-]{1,9})?,?`;
const INSET = new RegExp(`(?:[—–(]|\\s-)\\s*${SET_IN}\\s+(?:also\\s+)?(?:${alternation(SOURCES.reportVerbs.words)})\\b[^—–()]{0,40}?(?:[—–)]|\\s-\\s)`);
const AS_PUT = new RegExp(`(?:^|,\\s*)[Aa]s\\s+${SET_IN}\\s+(?:put\\s+it|(?:${alternation(SOURCES.reportVerbs.words)})\\b)(?!\\s+(?:by|that|it\\s+would)\\b)`);
const ANYWHERE = new RegExp(`\\b${SOURCE}\\s+${PRE_VERB}${REPORT}\\s+(?:that\\b|in a\\b|on\\b)`);

// "Mykola Oleshchuk, Ukraine's air force commander, gave these figures": a title found as the source, set off by commas right
// after a name that opens the sentence or a clause ("…, while X, Y's envoy, said"), glosses that name: the name is the source.
const NAME_BEFORE = new RegExp(`(?:^|,\\s+|\\b(?:to|by|while|whereas|but|and)\\s+)${NOT_NAME_START}(${NAME}),\\s+$`);
const DAY_IN_NAME = new RegExp(`\\b(?:${alternation(BETWEEN.days)})\\b`, 'i');

/** The name a title found as the source glosses, if one stands right before it set off by commas; else the source. */
function nameGlossedBy(s: string, source: string): string {
  if (!/\s[a-z]/.test(source)) return source;
  const at = s.indexOf(source);
  if (at < 2 || !/,\s*$/.test(s.slice(Math.max(0, at - 3), at)) || !s.startsWith(',', at + source.length)) return source;
  const name = NAME_BEFORE.exec(s.slice(0, at))?.[1];
  return name && !DAY_IN_NAME.test(name) ? name : source;
}

// "killed in what U.S. and Iraqi officials describe as a joint operation": the describers are the source.
const DESCRIBED = new RegExp(`\\bin what\\s+${SOURCE}\\s+(?:describe[sd]?|call(?:s|ed)?|term(?:s|ed)?|label(?:s|led|ed)?)\\s+(?:as\\b)?`);

// Cheap test first: most sentences name no source, and the full patterns are costly.
const ANY_REPORT = new RegExp(`\\b(?:according to|in what|put it|${REPORT.slice(3, -1)})\\b`, 'i');
const PER = new RegExp(`(?:^|,\\s*)[Pp]er\\s+(?:the\\s|a\\s|an\\s|[A-Z]|${PER_LOWER})`);
// A sentence with no verb of saying may still give figures: only that pattern is tried on it.
const ANY_FIGURES = new RegExp(`\\b(?:${FIGURE_NOUNS})\\b`);

// Each pattern with a cheap test of what it cannot match without: the full patterns try every word as a source's start.
const VERB = REPORT.slice(3, -1);
// The patterns that end their source on a reporting verb all have blank space before it, in the case
// they are written in: a sentence without one ("the report", "the United States") is spared those.
const SPACED_VERB = new RegExp(`\\s(?:${VERB})\\b`);
// What verb of saying a pattern cannot match without: none; one opening a token (after a blank, a quote or a dash: the verb
// of the inset, set-off and inverted sources); one after a blank (SPACED_VERB).
const NO_VERB_NEEDED = 0;
const VERB_TOKEN_NEEDED = 1;
const SPACED_VERB_NEEDED = 2;
type VerbNeed = typeof NO_VERB_NEEDED | typeof VERB_TOKEN_NEEDED | typeof SPACED_VERB_NEEDED;
const PATTERNS: readonly (readonly [RegExp, RegExp | null, VerbNeed])[] = [
  [ACCORDING_NAMED, /(?:ccording to|\sby) [^,]+, [A-Z]/, NO_VERB_NEEDED],
  [ACCORDING_COMMON, MAY_ACCORDING_COMMON, NO_VERB_NEEDED],
  [ACCORDING, /ccording to|[Pp]er\s|\b(?:[Aa]s|it)\s+(?:\w+\s+){1,4}by\s/, NO_VERB_NEEDED],
  [INSET, /[—–(]|\s-\s/, VERB_TOKEN_NEEDED],
  [AS_PUT, /(?:^|,\s*)[Aa]s\s/, NO_VERB_NEEDED],
  [APPOSED, new RegExp(`,\\s+(?:${OPENERS})\\b`), SPACED_VERB_NEEDED],
  [TRAILING_SET_OFF, new RegExp(`,\\s+${PRE_VERB}(?:${VERB})\\b`), VERB_TOKEN_NEEDED],
  [TRAILING, /,/, SPACED_VERB_NEEDED],
  [TRAILING_INVERTED, new RegExp(`[,"”’]\\s*(?:${VERB})\\s`), VERB_TOKEN_NEEDED],
  [NAME_GLOSSED, /^(?:[A-Z][^,]{1,30},\s+)?[A-Z][^,]{2,60},\s+(?:[a-z]|[A-Z][\w.-]*['’]s\s)/, SPACED_VERB_NEEDED],
  [GLOSSED, /^[^,]{2,120},\s[^,]{2,90},\s/, SPACED_VERB_NEEDED],
  [LEADING, null, SPACED_VERB_NEEDED],
  [LEADING_COMMON, /^(?:The|An?|[A-Z][\w.-]*['’]s)\s/, SPACED_VERB_NEEDED],
  [OPENED_COMMON, OPENED_COMMON_LEAD, SPACED_VERB_NEEDED],
  [COORDINATED, new RegExp(`\\s(?:but|and)\\s+${PRE_VERB}(?:${VERB})\\b`), SPACED_VERB_NEEDED],
  // A trailing common-noun source is read whole before a bare verb phrase inside it ("the U.N. refugee agency said on Sunday").
  [TRAILING_COMMON, /,/, SPACED_VERB_NEEDED],
  [FIGURES, ANY_FIGURES, NO_VERB_NEEDED],
  [ANYWHERE, new RegExp(`(?:${VERB})\\s+(?:that\\b|in a\\b|on\\b)`), SPACED_VERB_NEEDED],
  [DESCRIBED, /\bin what\b/, NO_VERB_NEEDED],
];

const FIGURES_ONLY = PATTERNS.filter(([re]) => re === FIGURES);

// "This was reported on Telegram by the head of the administration, Oleh Kovalenko.", "Governor X announced this.",
// "That is according to the district police.": a sentence that gives the source of the sentences before it (data: backReference).
// Patterns read case as written (a source is told by its capitals): a subject opening the sentence is capitalised.
const BACK_SUBJECT = `(?:${alternation(SOURCES.backReference.subjects.map((w) => w[0]!.toUpperCase() + w.slice(1)))})`;
const BACK_PASSIVE = new RegExp(`^${BACK_SUBJECT}\\s+(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been)\\s+(?:also\\s+|officially\\s+|earlier\\s+|first\\s+|later\\s+)?(?:${alternation(SOURCES.backReference.verbs)})\\b[^,.;]{0,60}?\\sby\\s+(${COUNTED_RUN})(?:,\\s+(?<name>[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){1,4})(?=[\\s,.;]|$))?`);
const BACK_ACCORDING = new RegExp(`^${BACK_SUBJECT}(?:\\s+is|\\s+was|['’]s)\\s+according\\s+to\\s+${ISSUED}?(${SOURCE_RUN})`);
// The source may be glossed (", head of the regional administration,"; a title glossed by a name gives the name) and an outlet may cite it after (", Ukrinform reports").
// A verb of giving may stand for the verb of saying before an object of news ("The governor gave details on Telegram.").
const BACK_VERB = `(?:${REPORT.slice(3, -1)}|${alternation(SOURCES.backReference.givingVerbs)})`;
const BACK_OBJECT = `(?:(?:${alternation(SOURCES.backReference.objectLeads)})\\s+){0,2}(?:${alternation(SOURCES.backReference.objects)})`;
const BACK_ACTIVE = new RegExp(`^(${SOURCE_RUN})(?:,\\s+(?:[a-z]|[A-Z][\\w.-]*['’]s\\s)[^,;]{2,80},|,\\s+(?<name>[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){1,4}),)?\\s+${PRE_VERB}${BACK_VERB}\\s+${BACK_OBJECT}(?:\\s+(?:on|in|at|via|to|during|late|early|of|about|from)\\b[^,;]{0,60})?(?:,\\s*[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){0,3}\\s+${REPORT}|,\\s*(?:${alternation(SOURCES.outlets.citing)})\\s+[^;]{2,100})?[.!:]?$`);
const BACK_WHAT = new RegExp(`^${BACK_SUBJECT}(?:\\s+is|\\s+was|['’]s)\\s+what\\s+(${SOURCE_RUN})\\s+(?:also\\s+)?${REPORT}\\b`);
const MAY_BACK_SUBJECT = new RegExp(`^${BACK_SUBJECT}(?:['’]s)?\\s`);
// The active form is a short sentence ending on its object and a short adverbial.
const MAY_BACK_OBJECT = new RegExp(`\\s(?:${alternation(SOURCES.backReference.objects)})\\b[^,;]{0,70}(?:,[^,;]{0,40}|,\\s*(?:${alternation(SOURCES.outlets.citing)})\\s+[^;]{2,100})?$`);

// "The decision was taken by the civil aviation authority.", "The order came from the transport ministry.": who decided a closure told before (data: decidedBy).
const DECIDED_SUBJECT = `(?:${alternation(SOURCES.decidedBy.subjects.map((w) => w[0]!.toUpperCase() + w.slice(1)))})`;
const DECIDED = new RegExp(`^${DECIDED_SUBJECT}\\s+(?:(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:also\\s+|officially\\s+|later\\s+)?(?:${alternation(SOURCES.decidedBy.passive)})\\b[^,.;]{0,40}?\\sby|(?:${alternation(SOURCES.decidedBy.from)}))\\s+(${SOURCE_RUN})`);
const MAY_DECIDED = new RegExp(`^${DECIDED_SUBJECT}\\s`);

// The source tracker asks each of the next few sentences for its backward source before it reads them (sources.ts,
// toldAfter), and again when it does: the last answers are kept, a few sentences' worth (never an article's).
const BACK_KEPT = 8;
const backSeen: string[] = [];
const backSaid: (string | null)[] = [];
let backNext = 0;

/** The source a sentence gives for what the sentences before it told, if it is one that does ("This was reported by X."). */
export function backwardSource(sentence: string): string | null {
  const s = sentence.trim();
  for (let i = 0; i < backSeen.length; i++) if (backSeen[i] === s) return backSaid[i]!;
  const said = readBackwardSource(s);
  backSeen[backNext] = s;
  backSaid[backNext] = said;
  backNext = (backNext + 1) % BACK_KEPT;
  return said;
}

function readBackwardSource(s: string): string | null {
  const given = FIGURE_SOURCES.figuresGivenBefore(s);
  if (given) return tidy(given);
  if (MAY_DECIDED.test(s)) {
    const decided = DECIDED.exec(s);
    if (decided?.[1]) return tidy(decided[1]);
  }
  if (!MAY_BACK_SUBJECT.test(s) && !(s.length < 160 && MAY_BACK_OBJECT.test(s))) return null;
  const m = BACK_PASSIVE.exec(s) ?? BACK_ACCORDING.exec(s) ?? BACK_WHAT.exec(s) ?? BACK_ACTIVE.exec(s);
  const source = m?.[1] ? tidy(m.groups?.name ?? m[1]) : null;
  // "Ukrinform reports this, citing the regional police": the outlet passes on the one it cites.
  return source && unlessCited(s, source);
}

// "Iran said it fired 12 missiles at the base, 10 of which were shot down, Qatari officials said": a source
// opening the sentence with what it did itself ("X said it …"), and another closing it.
const OPENING_SELF = new RegExp(`^(${SOURCE_RUN}),?\\s+${PRE_VERB}${REPORT}\\s+(?:that\\s+)?(?:it|they|its|their|we|our)\\b[^,;]*`);
const TWO_VERBS = new RegExp(`\\s(?:${VERB})\\b.*\\s(?:${VERB})\\b`);

const OF_ITSELF = new RegExp(`\\s${REPORT}\\s+(?:that\\s+)?(?:it|they|its|their|we|our)\\s`);
/** Whether a source tells of what it did itself ("the group said it killed ten soldiers", "they said their fighters …"). */
export const saysOfItself = (sentence: string): boolean => OF_ITSELF.test(sentence);

/**
 * The opening source of a sentence that another source closes, and where its own clause ends
 * ("Iran said it fired 12 missiles at the base, …, Qatari officials said" -> Iran, to the first comma); else null.
 */
export function openingSelfSource(sentence: string): { claimant: string; end: number } | null {
  if (!TWO_VERBS.test(sentence)) return null;
  const m = OPENING_SELF.exec(sentence);
  const own = m?.[1] && tidy(m[1]);
  if (!m || !own || PRONOUN.test(own) || /^the$/i.test(own)) return null;
  const whole = attributionOf(sentence).claimant;
  return whole && whole !== own ? { claimant: own, end: m[0].length } : null;
}

/**
 * "Governor X said 30 buildings were damaged, Interfax reported.", "According to Interfax, Governor X said …": an outlet found
 * as the source passes on the source that opens the sentence with its own verb of saying (GUIDELINES: outlet citation markers are not claimants).
 */
function passedOn(sentence: string, source: string): string {
  // An outlet citing someone ("…, Reuters reported, citing X") has passed on its source already.
  if (!isOutlet(source) || (CITED_HINT.test(sentence) && !WITHOUT_CITING.test(sentence))) return source;
  const opening = LEADING_PLAIN.exec(sentence) ?? LEADING.exec(sentence);
  const named = opening?.[1] && tidy(opening[1]);
  // An outlet opening it ("Local media said …, Reuters reported") is the one cited, as with "citing".
  return named && !PRONOUN.test(named) ? named : source;
}

// "halted by order of the civil aviation authority", "under restrictions imposed by the watchdog": the authority that ordered it (data: orderedBy).
const ORDERED = SOURCES.orderedBy;
const MAY_ORDER = new RegExp(`\\b(?:${alternation([...ORDERED.nouns, ...ORDERED.imposed])})\\s+(?:of|from|by)\\s`);
const ORDERED_BY = new RegExp(`\\b(?:by|on|under|at)\\s+(?:the\\s+)?(?:${alternation(ORDERED.nouns)})\\s+(?:of|from)\\s+(${SOURCE_RUN})|\\b(?:${alternation(ORDERED.measures)})\\s+(?:${alternation(ORDERED.imposed)})\\s+by\\s+(${SOURCE_RUN})`);

// The nouns the tally, figures and order tests need, read in one pass first: most sentences hold none of them.
const ANY_NOUN = new RegExp(`\\b(?:${alternation([...SOURCES.outletTallies.nouns, ...SOURCES.figureGiving.nouns, ...ORDERED.nouns, ...ORDERED.imposed])})`);

/** The authority by whose order the sentence's fact was done, if it names one (`nouns`: whether ANY_NOUN holds). */
function orderedBy(s: string, nouns: boolean): string | null {
  if (!nouns || !MAY_ORDER.test(s)) return null;
  const m = ORDERED_BY.exec(s);
  const source = m && tidy(m[1] ?? m[2] ?? '');
  return source && !PRONOUN.test(source) ? source : null;
}

// The words the cheap tests below look for, by token (wordclasses.ts): each class holds its test's words or more,
// a phrase by a word of it the test needs whole. ANY_REPORT: "according to", "in what", "put it", a verb of saying;
// PER; ANY_NOUN: a noun's start (ANY_NOUN reads no word end).
const REPORT_WORD = new RegExp(`\\b(?:according|what|put|${VERB})\\b`, 'i');
const PER_WORD = /\b[Pp]er\b/;
const NOUN_RUNS = [...SOURCES.outletTallies.nouns, ...SOURCES.figureGiving.nouns, ...ORDERED.nouns, ...ORDERED.imposed].map((w) => /^[A-Za-z0-9]+/.exec(w)?.[0]);
// A noun that opens with no letter or digit cannot be found by token: then every token is taken to hold one.
const NOUN_START = NOUN_RUNS.every((w) => w) ? new RegExp(`\\b(?:${alternation(NOUN_RUNS as string[])})`) : /(?:)/;
const HAS_REPORT = wordClass((w) => REPORT_WORD.test(w));
const HAS_PER = wordClass((w) => PER_WORD.test(w));
// Any case: a noun of figures may open the sentence ("Figures released by …", figuresources.ts).
const HAS_NOUN = wordClass((w) => NOUN_START.test(w) || NOUN_START.test(w.toLowerCase()));
// A verb of saying as written (lower case) opening a token, or after a closing quote inside one ("war’said": ’ joins words).
const VERB_START = new RegExp(`(?:^|’)(?:${VERB})\\b`);
const HAS_VERB_START = wordClass((w) => VERB_START.test(w));

/**
 * The claimant a single sentence names, if any. `words` (sentenceWords of the tokens of the sentence, or of a text
 * it is part of, cut at word edges) spares the tests of words it lacks.
 */
export function attributionOf(sentence: string, words = -1): Attribution {
  // "said Mayor Jerónimo Ruíz": the patterns read names of ASCII letters; a name with accents is read folded and given back as written.
  if (!ACCENTED.test(sentence)) return attributionOfPlain(sentence, words);
  const folded = foldLetters(sentence);
  const a = attributionOfPlain(folded, words);
  if (a.claimant) {
    const at = folded.indexOf(a.claimant);
    if (at >= 0) a.claimant = sentence.slice(at, at + a.claimant.length);
  }
  return a;
}

function attributionOfPlain(sentence: string, words: number): Attribution {
  const s = sentence.trim();
  const back = backwardSource(s);
  if (back && !PRONOUN.test(back)) return { claimant: back, pronoun: false, backward: true };
  const nouns = (words & HAS_NOUN) !== 0 && ANY_NOUN.test(s);
  if (nouns && MAY_TALLY.test(s)) {
    const tally = OUTLET_TALLY.exec(s);
    if (tally?.[1]) return { claimant: tally[1], pronoun: false };
  }
  const shown = (words & HAS_NOUN) !== 0 ? FIGURE_SOURCES.figureSource(s) : null;
  const giver = shown && tidy(shown);
  if (giver && !PRONOUN.test(giver)) return { claimant: giver, pronoun: false };
  // The figures test is both a gate of the pattern list and FIGURES' own: read once.
  let figures: boolean | undefined;
  const patterns = ((words & HAS_REPORT) !== 0 && ANY_REPORT.test(s)) || ((words & HAS_PER) !== 0 && PER.test(s)) ? PATTERNS : (figures = nouns && ANY_FIGURES.test(s)) ? FIGURES_ONLY : null;
  if (!patterns) return unsaid(s) ?? { claimant: orderedBy(s, nouns) ?? colonSource(s), pronoun: false };
  // A verb after a blank opens a token: a sentence whose tokens open with none has no verb either pattern needs.
  const verbToken = (words & HAS_VERB_START) !== 0;
  const spacedVerb = verbToken && SPACED_VERB.test(s);
  for (const [re, needs, verb] of patterns) {
    if (verb === SPACED_VERB_NEEDED ? !spacedVerb : verb === VERB_TOKEN_NEEDED && !verbToken) continue;
    if (needs === ANY_FIGURES ? !(figures ??= nouns && ANY_FIGURES.test(s)) : needs && !needs.test(s)) continue;
    const m = re.exec(s);
    if (!m?.[1]) continue;
    if (re === ACCORDING_COMMON) {
      const common = accordingCommonSource(m[1]);
      if (common) return { claimant: passedOn(s, unlessCited(s, common)), pronoun: false };
      continue;
    }
    const found = tidy(re === GLOSSED || re === TRAILING_SET_OFF || re === INSET || re === AS_PUT ? (NAME_ONLY.test(tidy(m.groups!.source!) ?? '') ? m.groups!.source! : m.groups!.name ?? m.groups!.glossed ?? m.groups!.source!) : m.groups?.name ?? m[1]);
    const source = found && uncutSource(found);
    // A source never opens with a preposition: 'In a statement posted on Telegram, it said' names the pronoun.
    if (!source || PREPOSITION_FIRST.test(source)) continue;
    if (PRONOUN.test(source)) return { claimant: null, pronoun: true, pronounKind: PERSONAL.test(source) ? 'person' : 'group' };
    // A bare sentence-opening word that is not a name ("Officials", "Police") is still a source.
    return { claimant: passedOn(s, unlessCited(s, nameGlossedBy(s, source))), pronoun: false };
  }
  const other = unsaid(s);
  if (other) return other;
  const pronoun = /\b(he|she|it|they)\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:said|says|added|told|stated|reported)\b/i.exec(s);
  if (pronoun) return { claimant: null, pronoun: true, pronounKind: /^(he|she)$/i.test(pronoun[1]!) ? 'person' : 'group' };
  return { claimant: orderedBy(s, nouns), pronoun: false };
}

/** A source a sentence names with no verb of saying of its own: one an outlet cites "as saying", a record's owner. */
function unsaid(s: string): Attribution | null {
  const cited = citedAs(s);
  if (cited) return { claimant: cited, pronoun: false };
  const record = recordSource(s);
  return record && (record.claimant || record.pronoun) ? { ...record, ...(record.pronoun ? { pronounKind: 'group' as const } : {}) } : null;
}
