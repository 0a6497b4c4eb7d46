import { readFileSync } from 'node:fs';
import type { ClaimKind } from '../types.js';

/** The claims lexicon (data/claims/lexicon.json), compiled once into lookups. */
interface RawLexicon {
  verbs: Record<string, string[]>;
  deathNouns: Record<'killed' | 'injured', string[]>;
  tollNouns: string[];
  heads: Record<HeadClass, string[]>;
  weapons: [string, string[]][];
  auxiliaries: string[];
  partMarkers: string[];
  meetingVerbs: string[];
  meetingNouns: string[];
  agreementNouns: string[];
  agreementVerbs: string[];
  futureOrDenied: string[];
  foundDead: { phrases: string[]; foundVerbs: string[] };
}

export type HeadClass = 'person' | 'weapon' | 'airport' | 'flights' | 'building';

const raw: RawLexicon = JSON.parse(
  readFileSync(new URL('../../data/claims/lexicon.json', import.meta.url), 'utf8'),
);

/** Multi-word phrases as lower-case token sequences, longest first, for matching at a token. */
export type Phrase = readonly string[];
/** Phrases indexed by their first word, so matching at a token only tries the phrases that can fit. */
export interface PhraseList {
  readonly all: readonly Phrase[];
  readonly byFirst: ReadonlyMap<string, readonly Phrase[]>;
}
const phrases = (list: string[]): PhraseList => {
  const all = list.map((p) => p.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length);
  const byFirst = new Map<string, Phrase[]>();
  for (const phrase of all) {
    const bucket = byFirst.get(phrase[0]!) ?? [];
    bucket.push(phrase);
    byFirst.set(phrase[0]!, bucket);
  }
  return { all, byFirst };
};

/** Phrases of several lists in one index: one lookup per token finds every list that has a phrase there. */
export type PhraseIndex<T> = ReadonlyMap<string, readonly { value: T; phrase: Phrase }[]>;

export function indexPhrases<T>(lists: Iterable<readonly [T, PhraseList]>): PhraseIndex<T> {
  const index = new Map<string, { value: T; phrase: Phrase }[]>();
  for (const [value, list] of lists) {
    for (const phrase of list.all) {
      const bucket = index.get(phrase[0]!) ?? [];
      bucket.push({ value, phrase });
      index.set(phrase[0]!, bucket);
    }
  }
  // Longest phrases first, so the first match at a token is the fullest.
  for (const bucket of index.values()) bucket.sort((a, b) => b.phrase.length - a.phrase.length);
  return index;
}

export const VERBS: ReadonlyMap<ClaimKind, PhraseList> = new Map(
  Object.entries(raw.verbs).map(([kind, list]) => [kind as ClaimKind, phrases(list)]),
);
export const DEATH_NOUNS = { killed: new Set(raw.deathNouns.killed), injured: new Set(raw.deathNouns.injured) };
export const TOLL_NOUNS = phrases(raw.tollNouns);
export const HEADS: ReadonlyMap<HeadClass, PhraseList> = new Map(
  Object.entries(raw.heads).map(([cls, list]) => [cls as HeadClass, phrases(list)]),
);
/** Weapon classes in order of specificity, each with the words that name it. */
export const WEAPONS: readonly { name: string; words: PhraseList }[] = raw.weapons.map(([name, words]) => ({ name, words: phrases(words) }));
export const AUXILIARIES: ReadonlySet<string> = new Set(raw.auxiliaries);
export const PART_MARKERS = phrases(raw.partMarkers);
export const MEETING_NOUNS = new Set(raw.meetingNouns);
export const AGREEMENT_NOUNS = phrases(raw.agreementNouns);
export const AGREEMENT_VERBS = phrases(raw.agreementVerbs);
export const FUTURE_OR_DENIED = phrases(raw.futureOrDenied);
/** "bodies of N" counts the dead only where the sentence says they were found. */
export const FOUND_DEAD = { phrases: phrases(raw.foundDead.phrases), found: phrases(raw.foundDead.foundVerbs) };

/** Which kinds a verb may give for a head class: a verb alone never decides. */
export const KINDS_FOR_HEAD: Record<HeadClass, readonly ClaimKind[]> = {
  person: ['killed', 'injured', 'evacuated'],
  weapon: ['intercepted', 'launched', 'hit'],
  airport: ['airport_closed'],
  flights: ['flights_disrupted'],
  // "struck three ports": sites counted after a verb of striking are the targets hit (GUIDELINES, `hit`).
  building: ['hit', 'damaged'],
};

export const VERB_INDEX = indexPhrases(VERBS);
export const HEAD_INDEX = indexPhrases(HEADS);
export const WEAPON_INDEX = indexPhrases(WEAPONS.map((w, i) => [i, w.words] as const));
