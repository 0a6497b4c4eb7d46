import { alternation, SOURCES } from './sourcedata.js';
import { COMMON_OR_NAME, PRONOUN, tidy } from './sourcepieces.js';

// Sources of any words and the records bodies publish, for who-says-so (attribution.ts): "according to the municipality"
// (a source after 'according to' need not be a run of sourceWords), "In Suwayda city, the main hospital said …" (a common-noun
// source after an opening phrase), and "The ministry's daily report said …" (a record speaks for its owner).

const RECORDS = SOURCES.records;
const RECORD_ADJECTIVES = alternation(RECORDS.adjectives);
const RECORD_NOUNS = alternation(RECORDS.nouns);
const RECORD_WORDS = alternation([...RECORDS.adjectives, ...RECORDS.nouns]);
// "The ministry's daily report", "the health office's daily tally", "The military's": a possessive followed only by a record's words.
const OWNED_RECORD = new RegExp(`^(.+?)['’]s(?:\\s+(?:${RECORD_WORDS}))*$`);

// "Sunday's figures showed …", "Last week's report said …": a time owns no record.
const TIME_OWNER = new RegExp(`\\b(?:${alternation([...SOURCES.betweenSourceAndVerb.days, ...SOURCES.betweenSourceAndVerb.parts, 'week', 'weekend', 'month', 'year', 'night'])})$`, 'i');

/** The body a record found as the source belongs to ("The ministry's daily report" -> "The ministry"), else the source. */
export function ownerOfRecord(source: string): string {
  if (!source.includes('s')) return source;
  const owner = OWNED_RECORD.exec(source)?.[1];
  const tidied = owner && tidy(owner);
  return tidied && !PRONOUN.test(tidied) && !TIME_OWNER.test(tidied) ? tidied : source;
}

// "The ministry's daily report said": 'report' read as the verb leaves "The ministry's daily", a possessive and a record's adjectives only.
const CUT_RECORD = new RegExp(`['’]s(?:\\s+(?:${RECORD_ADJECTIVES}))+$`);

/** A source cut short before its record's noun, read as the verb ("The ministry's daily" of "The ministry's daily report said"): its owner. */
export function uncutSource(source: string): string {
  return CUT_RECORD.test(source) ? ownerOfRecord(source) : source;
}

// "according to the municipality", "per the provincial disaster office": an article or possessive and words of any kind
// running to the end of the clause (data: accordingCommon).
export const ACCORDING_COMMON = new RegExp(`(?:[Aa]ccording to|(?:^|,\\s*)[Pp]er)\\s+((?:the|a|an|[A-Z][\\w.-]*['’]s|[a-z]+['’]s)\\s+(?:${COMMON_OR_NAME}\\s+){0,8}${COMMON_OR_NAME})(?=\\s*(?:[,.;:!?"”)]|$))`);
export const MAY_ACCORDING_COMMON = /ccording to (?:the|an?|[A-Za-z][\w.-]*['’]s)\s|[Pp]er\s/;
const NOT_HEAD = new RegExp(`(?:^|\\s)(?:${alternation(SOURCES.accordingCommon.notHeads)})$`, 'i');

/** The source an ACCORDING_COMMON match names: its owner when it is a record, none when it ends on what is no one who speaks. */
export function accordingCommonSource(phrase: string): string | null {
  // "according to the ministry's breakdown": a record's owner.
  const owner = ownerOfRecord(phrase);
  if (owner !== phrase) return owner;
  return NOT_HEAD.test(phrase) ? null : tidy(phrase);
}

// "In Suwayda city, the main hospital said", "Further south, a local charity said": a phrase of place or time opening the sentence
// (data: betweenSourceAndVerb.openingPrepositions, commonSource.openings) before a common-noun source and its verb.
const OPENING = alternation([...SOURCES.betweenSourceAndVerb.openingPrepositions, ...SOURCES.commonSource.openings]);
export const OPENED_COMMON_LEAD = new RegExp(`^(?:${OPENING})\\b[^,;:"“”]{0,60},\\s+(?=(?:the|a|an)\\s)`);

// "In the ministry's latest update, 15 drones were reported shot down", "In its evening update, …": a record opening the sentence.
const RECORD = `(?:(?:${RECORD_ADJECTIVES})\\s+){0,3}(?:${RECORD_NOUNS})`;
const OWNER = `(?:the|a|an|The|A|An)\\s+(?:${COMMON_OR_NAME}\\s+){0,5}?${COMMON_OR_NAME}|[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){0,4}`;
const RECORD_OPENING = new RegExp(`^(?:In|Per)\\s+(?:(?<pronoun>its|their|his|her)|(?<owner>${OWNER})['’]s)\\s+${RECORD}\\s*,`);
// "The army's daily bulletin listed 14 soldiers as killed": a record as the subject of a verb of recording (data: records.verbs).
const RECORD_SUBJECT = new RegExp(`^(?<owner>${OWNER})['’]s\\s+${RECORD}\\s+(?:${alternation(RECORDS.verbs)})\\b`);
const MAY_RECORD = /^(?:In|Per)\s|^[A-Z][^,]{0,80}['’]s\s/;

/** The owner of a record that opens the sentence, or the pronoun standing for it ("In its latest update, …"); else null. */
export function recordSource(sentence: string): { claimant: string | null; pronoun: boolean } | null {
  if (!MAY_RECORD.test(sentence)) return null;
  const m = RECORD_OPENING.exec(sentence) ?? RECORD_SUBJECT.exec(sentence);
  if (!m) return null;
  if (m.groups!.pronoun) return { claimant: null, pronoun: true };
  const owner = tidy(m.groups!.owner!);
  return owner && !PRONOUN.test(owner) && !TIME_OWNER.test(owner) ? { claimant: owner, pronoun: false } : null;
}
