/**
 * Words that frame place names in incident notes (data/places/place-words.tsv): the settlement
 * and unit words chains.ts reads after a name, and the spellings scope.ts compares units by.
 */
import { readFileSync } from 'node:fs';

function tsvRows(name: string): string[][] {
  return readFileSync(new URL(`../../data/places/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

export interface PlaceWords {
  settlement: ReadonlySet<string>;
  unit: ReadonlySet<string>;
  generic: ReadonlySet<string>;
  article: ReadonlySet<string>;
  /** Words before a place that put the name before them inside it ("a village in Y", "a suburb of Y"). */
  within: ReadonlySet<string>;
  /** Words that may stand between a `within` word and its place ("in north-west Y"). */
  aside: ReadonlySet<string>;
  /** Nouns saying what kind of place a name is before a `within` word ("a suburb of Y"), with the settlement and unit words. */
  kind: ReadonlySet<string>;
  /** Words of transliterated names ("tel", "kafr", "kryvyi"): a name holding one may be spelt otherwise in the gazetteer. */
  translit: ReadonlySet<string>;
  /** Words that name a unit in many countries at once ("Northern", "Capital"). */
  vague: ReadonlySet<string>;
  /** Direction words by their English form ("nord" → "north"). */
  compass: ReadonlyMap<string, string>;
  /** Units by the abbreviations notes write for them ("J&K" → "Jammu and Kashmir"). */
  abbreviation: ReadonlyMap<string, string>;
}

/** Words that frame place names in incident notes (data/places/place-words.tsv). */
export const PLACE_WORDS: PlaceWords = (() => {
  const sets = { settlement: new Set<string>(), unit: new Set<string>(), generic: new Set<string>(), article: new Set<string>(), vague: new Set<string>(), within: new Set<string>(), aside: new Set<string>(), kind: new Set<string>(), translit: new Set<string>() };
  const compass = new Map<string, string>();
  const abbreviation = new Map<string, string>();
  for (const [word, kind, translation] of tsvRows('place-words.tsv')) {
    if (!word || !kind) continue;
    if (kind === 'compass') compass.set(word, translation ?? word);
    else if (kind === 'abbreviation' && translation) abbreviation.set(word, translation);
    else if (kind in sets) sets[kind as keyof typeof sets].add(word);
    else throw new Error(`data/places/place-words.tsv: unknown kind ${kind}`);
  }
  for (const w of [...sets.settlement, ...sets.unit]) sets.kind.add(w);
  return { ...sets, compass, abbreviation };
})();

/**
 * How the words between a name and a place after it link them: `within` when they put the name
 * inside the place ("X, Y", "X (Y", "a village in (the) Y", "a suburb of Y", "in north-west Y"),
 * `apposed` when nothing but a comma or bracket stands between ("X, Y"), `kind` when a noun
 * says what kind of place the name is just before ("X is a ghost town in Y", "a district of Y").
 */
export function linkWords(between: string, nameLength: number): { within: boolean; apposed: boolean; kind: boolean } {
  const apposed = /^\s*[,(]\s*$/.test(between.slice(nameLength));
  if (/[,(]\s*$/.test(between)) return { within: true, apposed, kind: false };
  const words = between.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  let i = words.length - 1;
  while (i > 0 && PLACE_WORDS.aside.has(words[i]!)) i--;
  const within = i >= 0 && PLACE_WORDS.within.has(words[i]!);
  return { within, apposed, kind: within && i > 0 && PLACE_WORDS.kind.has(words[i - 1]!) };
}

// "X is a town in Y", "X (pop. 900) was a village of Y", "X, a suburb of Y", "X lies in Y".
const DEFINING_OPEN = /^\s*(?:\([^()]*\)\s*)?(?:,\s*(?:a|an|the|one of the)\s|,?\s*(?:is|was|lies|sits|are|were)\s)/;
// A sentence ends between ("U.S. state" goes on in lower case).
const SENTENCE_END = /[.!?]["”’)]?\s+\p{Lu}|[;:]/u;

/**
 * Whether the words between a name and a place after it define the name as a place inside it:
 * a copula or an apposition opens them ("X is a town in Y", "X, a suburb of Y"), a word of
 * place kind stands among them ("town", "county", "neighbourhood") and a `within` word, with
 * only `aside` words after it, ends them ("... located in the U.S. state of Y", "in northern Y").
 */
export function definesWithin(between: string): boolean {
  if (!DEFINING_OPEN.test(between) || SENTENCE_END.test(between)) return false;
  const words = between.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  let i = words.length - 1;
  while (i > 0 && PLACE_WORDS.aside.has(words[i]!)) i--;
  if (i < 1 || !PLACE_WORDS.within.has(words[i]!)) return false;
  for (let j = 0; j < i; j++) if (PLACE_WORDS.kind.has(words[j]!)) return true;
  return false;
}
