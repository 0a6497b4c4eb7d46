/**
 * Names the gazetteer lacks (villages, camps, districts, spellings of its own) that the words
 * around them still mark as places: "the village of X", "X, a town 40 km north of Y", "the X camp
 * for displaced people", "X and Y districts". Such a name is a place of the kind its noun says
 * (data/places/context-nouns.tsv), placed at the place the text puts it in, else in the country
 * the text is about.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { PlacePrecision } from '../types.ts';
import type { Gazetteer } from './gazetteer.ts';
import { spanKey, type Token } from './normalize.ts';
import { CAL, COMMON, DET, DIR, FIRST, LOC, NOT_PLACE, OFFICE, ORG, TITLE, is } from './lexicon.ts';
import { linkWords } from './place-words.ts';

// Regex literals evaluated per call make a RegExp object each time: the hot context tests share these.
const COMMA_GAP = /^,\s*$/;
const SPACE_OR_HYPHEN = /^[\s-]+$/;
const PHRASE_MARK = /[,.;:)]/;
const JOINER_GAP = /^['’‘-]$/;
const SENTENCE_END = /[.!?]\s*$/;
const COMMA_END = /,\s*$/;
const SPACE_END = / $/;
const SENTENCE_SPLIT = /[.;!?]\s/;
const QUOTE_MARK = /["“”]/;
const LINK_WORDS = /^\s*(?:camp|district|region|province)?\s*(?:of|in)\s+(?:the\s+)?$/;

const Precision = z.enum(['point', 'city', 'district', 'region']);

/** Context nouns by word: what precision a name they frame has. */
export const CONTEXT_NOUNS: ReadonlyMap<string, PlacePrecision> = (() => {
  const file = 'data/places/context-nouns.tsv';
  const out = new Map<string, PlacePrecision>();
  const rows = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8').split('\n');
  rows.forEach((line, n) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [word, precision, reason] = line.split('\t');
    const p = Precision.safeParse(precision);
    if (!word || !p.success || !reason) throw new Error(`${file}:${n + 1}: want "word<TAB>point|city|district|region<TAB>reason", got ${JSON.stringify(line)}`);
    out.set(word, p.data);
  });
  return out;
})();

/** Words that may follow "X, a <noun>" when the noun says what X is ("a town 40 km north of Y", "a village in Y"), not what a person does ("a town official"). */
const AFTER_NOUN = /^(?:in|of|near|on|at|about|some|around|roughly|just|close|outside|north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|that|which|where|located|situated|bordering|along|home|with|\d[\d.,]*)$/;
/** Lowercase words allowed between "a" and the noun ("a small farming village", "a remote border town"). */
const MAX_ADJECTIVES = 3;
// At module level: the transpiler turns a property-escape literal inside a function into a `new RegExp` per call.
const UPPER = /\p{Lu}/u;
/** What follows "the X camp" when the camp is a site: "for displaced people", "in Y", "near Y". */
const AFTER_SITE = new Set(['for', 'in', 'near', 'on', 'outside', 'housing', 'hosting', 'where', 'which']);

/** Plural context nouns: after a name they close a list of names of that kind ("X and Y villages"). */
const PLURALS = new Set([...CONTEXT_NOUNS.keys()].filter((w) => CONTEXT_NOUNS.has(w.replace(/s$/, '')) && w.endsWith('s')));

const lower = (t: Token | undefined): t is Token => !!t && !t.cap;

/** A run of capitalised tokens i..run that could be a name: no person's, organisation's or calendar word, no surname of the text. */
export function plainName(g: Gazetteer, tokens: Token[], i: number, run: number, people: ReadonlySet<string>): boolean {
  for (let k = i; k <= run; k++) if (is(tokens[k], FIRST | TITLE | ORG | OFFICE | CAL | NOT_PLACE | DET) || people.has(tokens[k]!.key)) return false;
  if (i === run && is(tokens[i], DIR | COMMON)) return false;
  return !g.notPlaces.has(spanKey(tokens, i, run));
}

/** "X, a town 40 km north of Y": the noun of an apposition that says what kind of place X is, or null. */
function apposedNoun(tokens: Token[], run: number): PlacePrecision | null {
  const a = tokens[run + 1];
  if (!a || !COMMA_GAP.test(a.gap) || (a.key !== 'a' && a.key !== 'an') || a.cap) return null;
  for (let k = run + 2; k <= run + 2 + MAX_ADJECTIVES; k++) {
    const t = tokens[k];
    if (!lower(t) || !SPACE_OR_HYPHEN.test(t.gap)) return null;
    const p = CONTEXT_NOUNS.get(t.key);
    if (p) {
      const next = tokens[k + 1];
      return !next || PHRASE_MARK.test(next.gap) || (lower(next) && AFTER_NOUN.test(next.key)) ? p : null;
    }
  }
  return null;
}

/**
 * Whether the unknown capitalised run i..run is a place by its frame, with its last token (a
 * point word after it is part of the name: "the Zamzam camp") and its precision.
 */
export function framedName(g: Gazetteer, tokens: Token[], i: number, run: number, people: ReadonlySet<string>): { end: number; precision: PlacePrecision } | null {
  // "L'Estere", "Ivano-Frankivsk": a name goes on over an apostrophe or hyphen before a capital.
  let end = run;
  while (tokens[end + 1]?.cap && JOINER_GAP.test(tokens[end + 1]!.gap)) end++;
  if (end === i && tokens[i]!.text.length < 2) return null;
  if (!plainName(g, tokens, i, run, people)) return null;
  const p1 = tokens[i - 1], p2 = tokens[i - 2];
  // ("the village of X", "the towns of X and Y" are left to the claims' reading of settlements,
  // which weighs the settlement against the region its clause names; a mention here would hide it.)
  // "the X camp for displaced people", "in the X camp in Y" (not "in the Trump camp said").
  const noun = tokens[run + 1];
  if (lower(noun) && noun.gap === ' ' && CONTEXT_NOUNS.get(noun.key) === 'point' && p1?.key === 'the' && lower(p1)) {
    const after = tokens[run + 2];
    const ends = !after || PHRASE_MARK.test(after.gap);
    if (end === run && ((after && AFTER_SITE.has(after.key) && after.gap === ' ') || (is(p2, LOC) && ends))) return { end: run + 1, precision: 'point' };
  }
  // "X and Y villages": a plural settlement or unit noun after a list of names.
  if (end === run && lower(noun) && noun.gap === ' ' && PLURALS.has(noun.key) && lower(p1) && (p1.key === 'and' || p1.key === 'or' || is(p1, LOC))) return { end: run, precision: CONTEXT_NOUNS.get(noun.key)! };
  const p = apposedNoun(tokens, end);
  // A name starting a sentence may be anything; one after a lowercase word or a comma is a name in the sentence.
  return p && p1 && (lower(p1) || COMMA_END.test(tokens[i]!.gap)) && !SENTENCE_END.test(tokens[i]!.gap) ? { end, precision: p } : null;
}

/**
 * "attacks on Shangil Tobaya and Tawila districts": the unknown names coordinated before a
 * plural unit word that closes a mention at token `at`, last first; each is a run of at most
 * three capitalised tokens after a lowercase word or a comma.
 */
export function namesListedBefore(g: Gazetteer, tokens: Token[], at: number, people: ReadonlySet<string>): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let k = at - 1;
  for (;;) {
    const link = tokens[k + 1]!;
    const and = tokens[k];
    let end: number;
    if (lower(and) && (and.key === 'and' || and.key === 'or') && and.gap === ' ' && SPACE_END.test(link.gap)) end = k - 1;
    else if (out.length && COMMA_GAP.test(link.gap)) end = k;
    else break;
    let start = end;
    while (start > end - 2 && tokens[start - 1]?.cap && tokens[start]!.gap === ' ') start--;
    if (!tokens[start]?.cap || !plainName(g, tokens, start, end, people)) break;
    const before = tokens[start - 1];
    if (!before || (before.cap && !COMMA_GAP.test(tokens[start]!.gap))) break;
    out.push({ start, end });
    // "X, Y and Z districts": go on over commas.
    if (!COMMA_GAP.test(tokens[start]!.gap)) break;
    k = start - 1;
  }
  return out;
}

/**
 * Whether the words between an unknown name and a place after it put the name in that place:
 * "X, a town 40 km north of Y", "X district of Y", "X in the Y region", "near X in Y".
 */
export function liesIn(between: string): boolean {
  // A capitalised word between is a name of its own, nearer to the name ("X and Y in northeastern Z, near W").
  if (between.length > 70 || SENTENCE_SPLIT.test(between) || QUOTE_MARK.test(between) || UPPER.test(between)) return false;
  return linkWords(between, 0).within || LINK_WORDS.test(between);
}

/**
 * Where a framed name the gazetteer lacks is: the mention after it that its words put it in
 * ("X, a town 40 km north of Y", "X district of Y", "near X in the Y region"), by index, or null.
 */
export function framedContainer(text: string, ms: readonly { start: number; end: number; role: string }[], k: number, placed: (j: number) => boolean): number | null {
  const m = ms[k]!;
  for (let j = k + 1; j < ms.length && j <= k + 3; j++) {
    const n = ms[j]!;
    if (n.start - m.end > 70) break;
    if (n.role !== 'demonym' && placed(j) && liesIn(text.slice(m.end, n.start))) return j;
  }
  return null;
}

/**
 * The country a text is about: the one its placed mentions lie in most often (the first named on
 * a tie), or null. A people's name counts half: "Congolese refugees in Uganda" are in Uganda.
 */
export function countryOfText(countries: readonly (string | null)[], roles: readonly string[]): string | null {
  const count = new Map<string, number>();
  let best: string | null = null;
  for (const [k, cc] of countries.entries()) {
    if (!cc) continue;
    const c = (count.get(cc) ?? 0) + (roles[k] === 'demonym' ? 0.5 : 1);
    count.set(cc, c);
    if (best === null || c > count.get(best)!) best = cc;
  }
  return best;
}
