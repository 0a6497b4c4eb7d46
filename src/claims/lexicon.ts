import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { HEAD_CLASSES } from './kinds.js';
import { indexPhrases, phraseList, type PhraseList } from './phrases.js';

export { indexPhrases, type Phrase, type PhraseIndex, type PhraseList } from './phrases.js';
export { VERB_INDEX } from './countrules.js';

/** The claims lexicon (data/claims/lexicon.json): head classes and the words of the statement rules, validated on load. */
const Words = z.array(z.string().min(1)).min(1);
const LexiconFile = z.object({
  _why: z.string(),
  _heads_why: z.string(),
  _weapons_why: z.string(),
  heads: z.record(z.string().regex(/^[a-z_]+$/), Words),
  weapons: z.array(z.tuple([z.string(), Words])),
  auxiliaries: Words,
  partMarkers: Words,
  meetingVerbs: Words,
  meetingNouns: Words,
  agreementNouns: Words,
  agreementVerbs: Words,
  futureOrDenied: Words,
  foundDead: z.object({ _why: z.string(), phrases: Words, foundVerbs: Words }).strict(),
  anaphoricHeads: z.object({ _why: z.string(), words: Words }).strict(),
}).strict();

/** A class of head nouns (data/claims/lexicon.json `heads`): person, weapon, building, … */
export type HeadClass = string;

function load(): z.infer<typeof LexiconFile> {
  const parsed = LexiconFile.safeParse(JSON.parse(readFileSync(new URL('../../data/claims/lexicon.json', import.meta.url), 'utf8')));
  if (!parsed.success) throw new Error(`data/claims/lexicon.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  // A head class no kind counts would find counts that can never be claims: a typo in one file or the other.
  const idle = Object.keys(parsed.data.heads).filter((h) => !HEAD_CLASSES.has(h));
  if (idle.length) throw new Error(`data/claims/lexicon.json: head classes counted by no kind of data/claims/kinds.json: ${idle.join(', ')}`);
  return parsed.data;
}
const raw = load();

export const HEADS: ReadonlyMap<HeadClass, PhraseList> = new Map(Object.entries(raw.heads).map(([cls, list]) => [cls, phraseList(list)]));
/** Weapon classes in order of specificity, each with the words that name it. */
export const WEAPONS: readonly { name: string; words: PhraseList }[] = raw.weapons.map(([name, words]) => ({ name, words: phraseList(words) }));
export const AUXILIARIES: ReadonlySet<string> = new Set(raw.auxiliaries);
export const PART_MARKERS = phraseList(raw.partMarkers);
export const MEETING_NOUNS = new Set(raw.meetingNouns);
export const AGREEMENT_NOUNS = phraseList(raw.agreementNouns);
export const AGREEMENT_VERBS = phraseList(raw.agreementVerbs);
export const FUTURE_OR_DENIED = phraseList(raw.futureOrDenied);
/** "bodies of N" counts the dead only where the sentence says they were found. */
export const FOUND_DEAD = { phrases: phraseList(raw.foundDead.phrases), found: phraseList(raw.foundDead.foundVerbs) };

/** Heads that count more of what was counted before ("20 others"). */
export const ANAPHORIC_HEADS: ReadonlySet<string> = new Set(raw.anaphoricHeads.words);
export const HEAD_INDEX = indexPhrases(HEADS);
export const WEAPON_INDEX = indexPhrases(WEAPONS.map((w, i) => [i, w.words] as const));
