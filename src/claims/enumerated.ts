import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Quantity } from '../language/index.js';
import { HEADS } from './lexicon.js';
import { VERB_INDEX } from './countrules.js';
import { FormBits, FormFlags, tokenAt, type Token } from './tokens.js';
import { wordClass } from './wordclasses.js';

// A `\p{…}` literal is built anew on each evaluation (tsx's esbuild writes it as `new RegExp(…)` where it stands):
// the ones the functions below test per token or per mention are built once here.
const WORD_OR_NUMBER = /^[\p{L}\d][\p{L}\d'’.-]*$/u;

/**
 * People counted by enumeration (data/claims/enumerated.json): "a woman and her two children" is one
 * count of three people, "a father and son" of two. The list is read as a quantity that ends right
 * before its last noun, so the count steps find that noun as its head and bind its verb as for any number.
 */

const WordList = z.object({ why: z.string().min(10), words: z.array(z.string().min(1)).min(1) }).strict();
const File = z.object({ _why: z.string(), openers: WordList, beforeNumber: WordList, pronouns: WordList, pairs: WordList, people: WordList }).strict();

function load(): z.infer<typeof File> {
  const path = 'data/claims/enumerated.json';
  const parsed = File.safeParse(JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  // The count's head is its last noun: a noun no person head would leave the count with none.
  const persons = new Set(HEADS.get('person')?.all.map((p) => p.join(' ')) ?? []);
  const strays = [...parsed.data.people.words, ...parsed.data.pairs.words].filter((w) => !persons.has(w));
  if (strays.length) throw new Error(`${path}: not person heads of data/claims/lexicon.json: ${strays.join(', ')}`);
  return parsed.data;
}
const DATA = load();
const set = (l: { words: string[] }): ReadonlySet<string> => new Set(l.words);
const OPENERS = set(DATA.openers);
const BEFORE_NUMBER = set(DATA.beforeNumber);
const PRONOUNS = set(DATA.pronouns);
const PAIRS = set(DATA.pairs);
const PEOPLE = set(DATA.people);
const PERSON_HEADS: ReadonlySet<string> = new Set(HEADS.get('person')?.all.filter((p) => p.length === 1).map((p) => p[0]!) ?? []);
const MAX_MODIFIERS = 3;
// A word that may stand between a member's opener and its noun ("a 35-year-old Palestinian man"): no function word or verb.
const NOT_MODIFIER: ReadonlySet<string> = new Set(['and', 'or', 'of', 'with', 'who', 'was', 'were', 'is', 'are', 'had', 'has', 'in', 'at', 'on', 'to', 'by', 'from', 'as', 'but']);
// A fact of the spelling alone, kept per form (tokens.ts FormFlags): the list scan asks it of most words of a sentence that may list people.
const MODIFIER = new FormFlags((text) => {
  const lower = text.toLowerCase();
  return WORD_OR_NUMBER.test(text) && !NOT_MODIFIER.has(lower) && !OPENERS.has(lower) && !VERB_INDEX.has(lower);
});
const isModifier = (t: Token): boolean => MODIFIER.has(t);
// What the list scan asks of a word's spelling, as bits kept per form (tokens.ts FormBits): one array read a token, not a set look-up per list.
const OPENS = 1;
const NAMES_PERSON = 2;
const PERSON_HEAD = 4;
const WORD_BITS = new FormBits((text) => {
  const w = text.toLowerCase();
  return (PRONOUNS.has(w) || OPENERS.has(w) ? OPENS : 0) | (PEOPLE.has(w) || PAIRS.has(w) ? NAMES_PERSON : 0) | (PERSON_HEADS.has(w) ? PERSON_HEAD : 0);
});
const CUE = new RegExp(`\\b(?:${[...PEOPLE, ...PAIRS, ...PRONOUNS].join('|')})\\b`, 'i');

// The same test as a class of the sentence's words (wordclasses.ts), read in the one pass the other classes are.
const HAS_CUE = wordClass((w) => CUE.test(w));

/**
 * Whether a sentence may list people (a noun or pronoun of the lists), before any number is looked for.
 * `words`: the sentenceWords of its tokens, when the caller has them (a sentence with an underscore is read whole).
 */
export function mayListPeople(sentence: string, words = -1): boolean {
  if (words >= 0 && !sentence.includes('_')) return (words & HAS_CUE) !== 0;
  return CUE.test(sentence);
}

/** One member of a list: how many people it names, the token of its noun and the token after it. */
interface Member { value: number; noun: number; next: number; single: boolean; kin: boolean }

function member(tokens: readonly Token[], k: number, first: boolean, numbers: ReadonlyMap<number, Quantity>): Member | null {
  const w = tokens[k]?.lower ?? '';
  if (first && PRONOUNS.has(w)) return { value: 1, noun: k, next: k + 1, single: true, kin: false };
  let i = OPENERS.has(w) ? k + 1 : k;
  const q = numbers.get(i);
  const counted = !!q && q.value !== null && q.qualifier === 'exact' && (i === k || BEFORE_NUMBER.has(w));
  // A first member names its person with an opener ("a man"), or is numbered ("two brothers and their father").
  if (first && i === k && !counted) return null;
  if (counted) while (i < tokens.length && tokens[i]!.start < q!.end) i++;
  for (let mods = 0; i < tokens.length && mods <= MAX_MODIFIERS; mods++, i++) {
    const t = tokens[i]!;
    const noun = (WORD_BITS.of(t) & (counted ? PERSON_HEAD : NAMES_PERSON)) !== 0;
    if (noun) {
      // "the wife of the mayor", "a soldier's family": the noun is not the person the list counts.
      const after = tokens[i + 1];
      if (after && ((after.lower === 'of' && !counted) || /^['’]s?$/.test(after.text))) return null;
      const value = counted ? q!.value! : PAIRS.has(t.lower) ? 2 : 1;
      return { value, noun: i, next: i + 1, single: !counted, kin: BEFORE_NUMBER.has(w) && !first };
    }
    if (!isModifier(t)) return null;
  }
  return null;
}

/** The list of members starting at token `k` ("a man, his wife and their three children"), joined by commas and "and". */
function listAt(tokens: readonly Token[], k: number, numbers: ReadonlyMap<number, Quantity>): Member[] {
  const first = member(tokens, k, true, numbers);
  if (!first) return [];
  const list = [first];
  for (let i = first.next; i < tokens.length;) {
    let j = i;
    if (tokens[j]?.text === ',') j++;
    if (tokens[j]?.lower === 'and') j++;
    if (j === i) break;
    const next = member(tokens, j, false, numbers);
    if (!next) break;
    list.push(next);
    i = next.next;
  }
  return list;
}

/**
 * The counts of people a sentence gives as lists, as quantities ending before the last member's noun,
 * with the numbers inside them left out. A list of numbered members only stays as its numbers.
 */
export function withEnumeratedPeople(sentence: string, tokens: readonly Token[], quantities: readonly Quantity[], words = -1): readonly Quantity[] {
  if (!mayListPeople(sentence, words)) return quantities;
  const numbers = new Map(quantities.map((q) => [tokenAt(tokens, q.numberStart), q]));
  const lists: { q: Quantity; to: number }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    // A list's first member opens with a pronoun, an opener or a number (member): at any other token none starts.
    if ((WORD_BITS.of(tokens[k]!) & OPENS) === 0 && !numbers.has(k)) continue;
    const list = listAt(tokens, k, numbers);
    const whole = list.length >= 2 || (list.length === 1 && list[0]!.value === 2);
    // Numbered members join a list of kin only ("a woman and her two children"); "a soldier and two civilians" stays two counts' worth.
    if (!whole || !list.some((m) => m.single) || (!list.every((m) => m.single) && !list.some((m) => m.kin))) continue;
    const last = list[list.length - 1]!;
    const start = tokens[k]!.start;
    const end = tokens[last.noun - 1]!.end;
    const value = list.reduce((n, m) => n + m.value, 0);
    lists.push({ q: { start, end, numberStart: start, value, qualifier: 'exact', text: sentence.slice(start, end) }, to: tokens[last.noun]!.end });
    k = last.next - 1;
  }
  if (!lists.length) return quantities;
  // The numbers inside a list ("her two children") are its members, no counts of their own.
  const outside = quantities.filter((q) => !lists.some((l) => q.start < l.to && q.end > l.q.start));
  return [...outside, ...lists.map((l) => l.q)].sort((a, b) => a.start - b.start);
}
