import { alternation, SOURCES } from './sourcedata.js';

// The pieces the patterns of who-says-so are built from (attribution.ts): the verbs of saying, the words a source is made of,
// a time between a source and its verb, a person's name, and how a source found is tidied.

// The verbs of saying (data: reportVerbs); one that takes a toll as its object ("claimed the lives of") is none (data: notSaying).
const NOT_SAYING = SOURCES.reportVerbs.notSaying;
const GUARDED = new Set(NOT_SAYING.verbs);
export const REPORT = `(?:${alternation(SOURCES.reportVerbs.words.filter((w) => !GUARDED.has(w)))}|(?:${alternation(NOT_SAYING.verbs)})(?!\\s+(?:\\S+\\s+){0,3}?(?:${alternation(NOT_SAYING.objects)})\\b))`;
// A perfect or past perfect may stand before the verb ("the ministry has said", "she had reported"), and an adverb of time or addition.
// "now" too: an update revises a figure ("the health service now says five were killed"); "separately", "initially" and the like tell one account of several.
export const PRE_VERB = '(?:(?:has|have|had)\\s+)?(?:(?:also|later|earlier|now|initially|previously|separately|subsequently)\\s+)?';
// "According to him, …": the object forms point back too.
export const PRONOUN = /^(he|she|it|they|we|i|him|her|them)$/i;
export const PERSONAL = /^(he|she|him|her)$/i;
// A source: words that may make up a name or a title ("Russia's aviation watchdog", "Moscow Region
// Governor Andrei Vorobyov", "the defense ministry"); the lower-case ones are data (sources.json, sourceWords).
// An article opens a source only before a word that is no verb of saying (", a claim New Delhi denied" is a noun phrase).
// A name may carry its acronym in brackets ("Doctors Without Borders (MSF)"), kept as written.
// A name may hold a lower-case particle ("Anas al-Sharif", "Mohammed bin Salman", "Ursula von der Leyen").
export const PARTICLE = `(?:[a-z]{1,3}-[A-Z][\\w'’-]*|(?:bin|ibn|abu|bint|van|von|der|de|da|di|del|dos|du)(?=\\s+(?:der\\s+)?[A-Z]))`;
// A title set off by commas may open with a proper noun's possessive ("Mykola Oleshchuk, Ukraine's air force commander, said"),
// where it would otherwise open in lower case ("X, head of …", "X, the mayor of …").
export const POSSESSIVE = `[A-Z][\\w.-]*['’]s\\s`;
// A unit numbered by an ordinal before its capitalised name ("the 47th Mechanised Brigade said", "Ukraine's 3rd Assault Brigade said").
const UNIT_ORDINAL = '\\d{1,4}(?:st|nd|rd|th)(?=\\s+[A-Z])';
export const SOURCE_WORD = `(?:(?:a|an)(?=\\s+(?!${REPORT}\\b)[A-Za-z])|[A-Z][\\w.'’-]*|${PARTICLE}|${UNIT_ORDINAL}|\\([A-Z][A-Za-z.&-]{1,9}\\)|the|of|for|and|[a-z]+(?:'s|’s)|[a-z]+-(?:${alternation(SOURCES.sourceWords.compoundEnds)})|${alternation(SOURCES.sourceWords.words)})(?![\\w'’])`;
export const SOURCE = `(${SOURCE_WORD}(?:\\s+${SOURCE_WORD}){0,9})`;
// A word of a common-noun source ("The medical charity said", "according to the municipality"): any lower-case word but one
// that makes the words before the verb a clause of their own (data: commonSource), or a capitalised one.
const COMMON_WORD = `(?!(?:${alternation(SOURCES.commonSource.notWords)})\\b)[a-z][a-z'’-]*`;
export const COMMON_OR_NAME = `(?:${COMMON_WORD}|[A-Z][\\w.'’-]*)`;
// A time between a source and its verb ("Police on Sunday said", "The army late Monday said"), no part of the source (data: betweenSourceAndVerb).
export const BETWEEN = SOURCES.betweenSourceAndVerb;
export const TIME = `(?:(?:${alternation(BETWEEN.leads)})\\s+)?(?:on\\s+)?(?:${alternation(BETWEEN.days)})(?:\\s+(?:${alternation(BETWEEN.parts)}))?`;
const TIME_LAST = new RegExp(`\\s+${TIME}$`);
// Mid-sentence or opening one: "According to the health ministry, …". A chain of sources is read whole
// ("according to officials cited by state media"); a document gives way to its issuer ("according to a
// statement from the provincial health office").
export const SOURCE_RUN = `${SOURCE_WORD}(?:\\s+${SOURCE_WORD}){0,9}`;
// A count may open a source ("according to two security sources", "— three witnesses said —").
export const COUNTED_RUN = `(?:(?:${alternation(SOURCES.sourceCounts.words)})\\s+)?${SOURCE_RUN}`;
// The document may be placed first ("a statement posted on Telegram by the governor", "a post on its website from …").
export const ISSUED = `(?:(?:(?:a|an|the|its|their)\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:${alternation([...SOURCES.documentNouns.words, ...SOURCES.figureGiving.nouns])})\\s+(?:(?:posted|published|released|issued|shared|compiled|provided|given|put\\s+out|carried|read\\s+out)\\s+)?(?:(?:on|in|to|at)\\s+(?:[\\w'’-]+\\s+){1,3}?)?(?:from|by)\\s+)`;
// A person's name: two to five capitalised words, with lower-case particles.
export const NAME = `[A-Z][\\w.'’-]*(?:\\s+(?:[A-Z][\\w.'’-]*|${PARTICLE})){1,4}`;

/** A source found, less what is no part of it (a possessive, a leading conjunction, a trailing time); null when nothing is left. */
export function tidy(source: string): string | null {
  // "according to the ministry's latest figures": the possessive is no part of the source.
  const words = source.trim().replace(/[.,;:!?"”’]+$/, '').replace(/['’]s$/, '').replace(/^(and|but|while|as)\s+/i, '').replace(/\s+(also|later|has|have|had)$/i, '').replace(TIME_LAST, '');
  // An article alone is no source: ", a claim New Delhi did not confirm" reads "claim" as a noun, not a verb.
  if (!words || /^(the|of|and|for|this|that|it|a|an)$/i.test(words)) return null;
  // "The RSF denied the claim and said …": a source never ends on an article ("claim" after it is a noun).
  if (/\s(?:the|a|an)$/i.test(words)) return null;
  // The last words of a sentence are rarely all lower case function words.
  if (!/[A-Za-z]/.test(words)) return null;
  return words;
}

// "Kyiv, May 15, 2025 (AFP) – …": a dateline in any case, closed by its agency and a dash, is no part of the source after it.
const AGENCY_DATELINE = /^[A-Z][^.!?()]{0,60}?\([A-Z][\w .&-]{1,20}\)\s*[-–—]+\s+/;
// "08:30 - The ministry has published its morning figure: …": a live page's entry opens with its time, no part of the source after it.
const LIVE_TIME = /^(?:Updated\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|[A-Z]{3,4}))?\s*(?:\([^()]{1,20}\)\s*)?[-–—]\s+/;

// "At 7:15 the governor reported …", "By noon on Sunday she put the toll at …": the hour an entry opens with, comma or none (data: clockOpening).
const CLOCK = SOURCES.clockOpening;
const HOUR = `(?:\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?|${alternation(CLOCK.times)})(?:\\s*(?:GMT|UTC|local time|\\([^()]{1,20}\\)))?`;
const CLOCK_OPENING = new RegExp(`^(?:${alternation(CLOCK.leads)})\\s+(?:about\\s+|around\\s+|roughly\\s+)?${HOUR}(?:\\s+(?:on\\s+)?(?:${alternation(BETWEEN.days)}))?,?\\s+(?=[A-Za-z"“])`);

/** A sentence without the wire dateline and the live page's time or hour that may open it (none names a source). */
export function withoutLeadingLabels(sentence: string): string {
  // The dateline is tested only where a bracket stands: the pattern needs one, and most sentences have none.
  const dated = sentence.includes('(') ? sentence.slice(AGENCY_DATELINE.exec(sentence)?.[0].length ?? 0) : sentence;
  const timed = dated.slice(LIVE_TIME.exec(dated)?.[0].length ?? 0);
  return timed.slice(CLOCK_OPENING.exec(timed)?.[0].length ?? 0);
}

// A sentence that goes on with the one before ("Two other airports were also closed") keeps its source.
// "Of those, 112 were shot down": a partitive that opens a sentence counts from the one before ("The rest were jammed" too).
// Data: continuation ("Another 12 were injured", "Seven more were wounded").
const anyCase = (w: string): string => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1)}`;
export const CONTINUES = new RegExp(`\\b(?:${alternation(SOURCES.continuation.words).split('|').map(anyCase).join('|')})\\b|^(He|She|It|They)\\s+(?!is\\b|was\\b)|^(?:${alternation(SOURCES.continuation.openings)})\\b|^[\\w-]+\\s+(?:${alternation(SOURCES.continuation.afterCount)})\\b`);
export const PARTITIVE = new RegExp(`^(?:${alternation(SOURCES.continuation.partitives)})\\b`);
