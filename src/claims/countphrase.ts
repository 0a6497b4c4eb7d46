import { formOf, type Quantity } from '../language/index.js';
import { AUXILIARIES, HEAD_INDEX, type HeadClass } from './lexicon.js';
import { rulesBound, setWords, VERB_INDEX, type CountRule } from './countrules.js';
import { indexPhrases } from './phrases.js';
import { firstMatchAt, tokenAt, type Token } from './tokens.js';
import { WORDS } from './words.js';

// A `\p{…}` literal is built anew on each evaluation (tsx's esbuild writes it as `new RegExp(…)` where it stands):
// the ones the functions below test per token or per mention are built once here.
const ANY_LETTER = /[\p{L}]/u;
const LETTER_FIRST = /^\p{L}/u;

/** The noun phrase of a count: its head noun, and the numbers that count nothing (dates, ages, units). */

const { UNITS, MONTHS, BEFORE_NOT_COUNT, CASUALTY_WORDS } = WORDS;
// "50 injured when two car bombs exploded": a clause word ends the count's noun phrase.
const MODIFIER_STOP = WORDS.MODIFIER_STOP;

export /** A count's head noun; `death` when the noun itself says what is counted ("five deaths"). */
interface Head { cls: HeadClass; start: number; end: number; death: CountRule | null }

// Head nouns that are the count's kind ("deaths", "injuries", "airstrikes", "artillery attacks"): the "head" rules of
// data/rules/counts.json, of the head class their meta.heads names (people when none), indexed by first word.
const HEAD_RULES = rulesBound('head');
const HEAD_NOUNS = indexPhrases(HEAD_RULES.map((r) => [r, r.phrases] as const));
const HEAD_NOUN_CLASS = new Map(HEAD_RULES.map((r) => [r, (r.heads ? [...r.heads][0] : 'person') as HeadClass]));
const HEAD_NOUN_UNLESS = new Map(HEAD_RULES.map((r) => [r, setWords(r.meta.unless)]));

function demonymPlural(token: Token | undefined): boolean {
  return !!token && /^[A-Z][a-z]+(?:ians|ans|is|ese|ites|ers)$/.test(token.text);
}

/** The head noun of the noun phrase starting at token `j`, looking past up to four modifiers. */
export function findHead(tokens: readonly Token[], j: number): Head | null {
  // 'struck "over a dozen" targets', 'hit "dozens" of positions': a quote that holds the count alone ends the source's
  // words, not the noun phrase; the head is read after the mark ('"… stands at 12" police said' quotes more than a count).
  if (quotedCountEnds(tokens, j)) j++;
  let k = j;
  if (tokens[k]?.lower === 'of') {
    k++;
    if (['the', 'them', 'which', 'whom'].includes(tokens[k]?.lower ?? '')) k++;
    if (tokens[k + 1]?.text === "'s" || tokens[k + 1]?.text === '’s' || /['’]s$/.test(tokens[k]?.text ?? '')) k += tokens[k + 1]?.text.match(/^['’]s$/) ? 2 : 1;
    // "fifteen of twenty drones": a spelled number after "of" is the Y of an X-of-Y (as a digit is), not a modifier of the X's noun.
    const y = tokens[k];
    if (y && /^[a-z-]+$/.test(y.lower) && (y.form ?? formOf(y.text)).likeNum) return null;
  }
  for (let skipped = 0; skipped <= 4 && k < tokens.length; skipped++, k++) {
    const tok = tokens[k]!;
    const noun = firstMatchAt(tokens, k, HEAD_NOUNS);
    if (noun) {
      // "three hunger strikes": a word before the noun may make it no count of the kind.
      if (HEAD_NOUN_UNLESS.get(noun.value)!.has(tokens[k - 1]?.lower ?? '')) return null;
      return { cls: HEAD_NOUN_CLASS.get(noun.value)!, start: tok.start, end: tokens[k + noun.length - 1]!.end, death: noun.value };
    }
    const head = firstMatchAt(tokens, k, HEAD_INDEX);
    // "five militant hideouts", "two army helicopters": in a compound the last noun is the head.
    const next = head && firstMatchAt(tokens, k + head.length, HEAD_INDEX);
    if (head && next && next.value !== head.value) return { cls: next.value, start: tok.start, end: tokens[k + head.length + next.length - 1]!.end, death: null };
    if (head) return { cls: head.value, start: tok.start, end: tokens[k + head.length - 1]!.end, death: null };
    if (demonymPlural(tok)) return { cls: 'person', start: tok.start, end: tok.end, death: null };
    // 'struck more than 120 "terror targets"': a quote opening right after the count quotes its noun phrase.
    if (k === j && OPENING_QUOTES.has(tok.text) && tokens[k + 1]?.start === tok.end) { skipped--; continue; }
    // "two U.S.-made ATACMS missiles": a mark glued between the parts of a compound modifier is inside it (not a modifier word).
    if ((tok.text === '.' || tok.text === '-') && tokens[k - 1]?.end === tok.start && tokens[k + 1]?.start === tok.end && k > j) { skipped--; continue; }
    // "154 Shahed-type and decoy drones": a joiner between two modifiers of one head (not "two Israeli and one Lebanese").
    if (k > j && WORDS.MODIFIER_JOINERS.has(tok.lower) && joinsModifiers(tokens, k)) continue;
    if (MODIFIER_STOP.has(tok.lower) || !ANY_LETTER.test(tok.text) || /^\d/.test(tok.text)) return null;
    // "with seven hitting targets": a claim verb in -ing after the number is its verb, not a modifier.
    if (tok.lower.endsWith('ing') && VERB_INDEX.has(tok.lower)) return null;
    // "Three of them struck residential areas": a claim verb right after "of them" is the share's verb, its noun an object.
    if (VERB_INDEX.has(tok.lower) && OF_PRONOUN_ENDS.has(tokens[k - 1]?.lower ?? '')) return null;
    // "five hit their targets", "three struck the depot": a claim verb before a determiner opens a clause; the noun after it is its object.
    if (VERB_INDEX.has(tok.lower) && DETERMINERS.has(tokens[k + 1]?.lower ?? '')) return null;
    // "while seven hit targets": an irregular claim verb before a bare object noun (words.json STRUCK_OBJECTS) opens a clause too.
    if (VERB_INDEX.has(tok.lower) && !tok.lower.endsWith('ed') && WORDS.STRUCK_OBJECTS.has(tokens[k + 1]?.lower ?? '')) return null;
    // "50 injured when …" is the verb; "six wounded troops" the adjective of a noun to come.
    if (CASUALTY_WORDS.has(tok.lower) && (!tokens[k + 1] || MODIFIER_STOP.has(tokens[k + 1]!.lower) || !LETTER_FIRST.test(tokens[k + 1]!.text))) return null;
  }
  return null;
}

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'their', 'its', 'his', 'her', 'our']);
const OF_PRONOUN_ENDS: ReadonlySet<string> = new Set(['them', 'which', 'whom', 'these', 'those']);
const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', "'", '\u2018', '\u201c']);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', "'", '\u2019', '\u201d']);

/** Whether token `j` closes a quote glued to the count before it that opened, glued to its first word, a few words back. */
function quotedCountEnds(tokens: readonly Token[], j: number): boolean {
  const close = tokens[j];
  if (!close || !CLOSING_QUOTES.has(close.text) || j < 2 || tokens[j - 1]!.end !== close.start || !(tokens[j + 1] && tokens[j + 1]!.start > close.end)) return false;
  for (let k = j - 2; k >= Math.max(0, j - 5); k--) {
    const t = tokens[k]!;
    if (OPENING_QUOTES.has(t.text)) return t.end === tokens[k + 1]!.start && (k === 0 || tokens[k - 1]!.end < t.start);
    if (!/[\p{L}\p{N}]/u.test(t.text)) return false;
  }
  return false;
}

/** Whether the joiner at token `k` stands between two modifier words: a word before it, and after it a word that is no number, stop word or claim verb. */
function joinsModifiers(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]!;
  const after = tokens[k + 1];
  if (!after || !LETTER_FIRST.test(before.text) || !LETTER_FIRST.test(after.text)) return false;
  if (MODIFIER_STOP.has(after.lower) || VERB_INDEX.has(after.lower) || (after.form ?? formOf(after.text)).likeNum) return false;
  return !CASUALTY_WORDS.has(before.lower) && !VERB_INDEX.has(before.lower);
}

// Words that may follow a head-less count: verbs, function words, places ("three injured", "91 over …").
const AFTER_HEADLESS = WORDS.AFTER_HEADLESS;

export function countsOtherThing(tokens: readonly Token[], after: number): boolean {
  const next = tokens[after];
  if (!next || !LETTER_FIRST.test(next.text)) return false;
  if (AFTER_HEADLESS.has(next.lower) || AUXILIARIES.has(next.lower)) return false;
  if (firstMatchAt(tokens, after, VERB_INDEX)) return false;
  // A capitalised word after a number starts a place or a name ("two in Kfar Reman" has "in"); a bare one is a thing.
  return true;
}

export function notACount(q: Quantity, tokens: readonly Token[], ti: number, after: number): boolean {
  const tok = tokens[ti];
  if (!tok) return true;
  if (tok.start < q.numberStart || tok.end > q.end) return true; // inside a larger token: "Su-25", "3-year-old"
  const before = tokenAt(tokens, q.start) - 1;
  const prev = tokens[before];
  const next = tokens[after];
  if (prev && (BEFORE_NOT_COUNT.has(prev.lower) || MONTHS.has(prev.lower))) return true;
  // "on Dec. 7": the day after an abbreviated month and its period.
  if (prev?.text === '.' && MONTHS.has(tokens[before - 1]?.lower ?? '')) return true;
  if (next && (UNITS.has(next.lower) || MONTHS.has(next.lower))) return true;
  // "Su-25", "12-15": a hyphen glued to the number; a spaced dash ("KYIV 2025 - at least 12") is punctuation.
  if ((next?.text === '-' || next?.text === '–') && next.start === tokens[after - 1]!.end) return true;
  if (prev?.text === '-' && prev.end === q.start) return true;
  // "Bruce Ivins, 62, was …": a number between commas after a name or a person noun is an age.
  if (prev?.text === ',' && next?.text === ',' && q.value !== null && q.value < 120) return true;
  if (next?.text === ':' && /^\d/.test(tokens[after + 1]?.text ?? '')) return true; // a time, "10:30"
  // The minutes of a time ("between 1:40 and 4:15"): the number glued after an hour's colon.
  const hour = tokens[before - 1];
  if (prev?.text === ':' && prev.end === tok.start && hour && hour.end === prev.start && /^\d+$/.test(hour.text)) return true;
  if (/^(aged|age)$/.test(prev?.lower ?? '')) return true;
  // A year is written in four digits: "two thousand residents" counts people.
  if (q.value !== null && q.value >= 1900 && q.value <= 2100 && /^\d{4}$/.test(tok.text)) return true;
  if (q.value !== null && q.value > 5_000_000) return true;
  // "the second strike since one killed 10": a spelled "one" before a claim verb with a number of its own is a pronoun.
  const object = tokens[after + 1];
  if (tok.lower === 'one' && next && VERB_INDEX.has(next.lower) && object && (object.form ?? formOf(object.text)).likeNum) return true;
  return false;
}

// "but no one was hurt", "none were killed": a zero count of people, never one of them.
export const NO_ONE = /^(?:no\s+one|none)$/i;
// "Nobody was injured", "no-one was hurt" say the same zero; read as "no one" (same length, offsets kept).
export const NOBODY = /\b([Nn])o(?:body|-one)\b/g;
export function asNoOne(q: Quantity): Quantity {
  return NO_ONE.test(q.text.trim()) ? { ...q, value: 0, qualifier: 'exact' } : q;
}

