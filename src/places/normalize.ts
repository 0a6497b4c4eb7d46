/**
 * Tokenising and key normalisation shared by the gazetteer build and the recogniser, so that a
 * name compiled at build time and the same name met in text produce the same key.
 */
import type { TrieNode } from './gazetteer.ts';
import { ASCII_LOWER, internal, textTokens, tokenColumns, type TextTokens, type Token as LanguageToken, type WordForm } from '../language/index.ts';

export interface Token {
  start: number;
  end: number;
  /** Surface form as in the text. */
  text: string;
  /** Lowercased, diacritics stripped: the gazetteer key of this token. */
  key: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** The text between the previous token (or the start of the text) and this one. */
  gap: string;
  /** What is known about this surface form, shared by every token of it; for plain lowercase
   * words (most of the text, rarely asked about) looked up only when asked for (wordOfToken). */
  w: Word | null;
}

/**
 * One distinct surface form: its key, and slots the recogniser fills on first use (word-list
 * flags, the trie node of the key), so a word met again costs one map look-up in all.
 */
export interface Word {
  key: string;
  cap: boolean;
  /** Word-list flags of the key (lexicon.ts), -1 until asked for. */
  lex: number;
  /** The trie node of the key alone; null until asked for. */
  node: TrieNode | undefined | null;
  /** Number of the word (the key of the trie's table of children, gazetteer.ts childOf). */
  id: number;
}

let words = new Map<string, Word>();
let wordCount = 0;
function wordOf(surface: string, ascii: boolean, lower?: string): Word {
  let w = words.get(surface);
  if (!w) {
    if (words.size >= 200_000) words = new Map();
    // ASCII keys are a lower-casing (the language token's, when the name token is one); only other scripts go through the normalising memo.
    // Internalized (language: internal), as the forms' lower cases are: the keys are tested against literals ('of', 'city') and each other.
    w = { key: internal(ascii ? lower ?? surface.toLowerCase() : tokenKey(surface)), cap: startsCapital(surface), lex: -1, node: null, id: wordCount++ };
    words.set(surface, w);
  }
  return w;
}

const CAP = /^\p{Lu}/u;
const MARKS = /\p{M}/gu;
function startsCapital(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAP.test(s);
}

/**
 * Dotted abbreviations ("U.S.", "W.Va.", "B.C.") are one token, keeping their dots so that
 * "U.S." never collides with the pronoun "us". Everything else is a run of letters/digits;
 * hyphens, apostrophes and spaces all separate tokens, which makes "Ivano-Frankivsk",
 * "Ivano Frankivsk" and "Russia's" -> "Russia" line up without special cases.
 */
const TOKEN_RE = /\p{Lu}\p{Ll}{0,2}\.(?:\p{L}{1,3}\.)+|[\p{L}\p{M}\p{N}]+/gu;

function computeKey(surface: string): string {
  // Plain ASCII (most tokens in English news) needs no Unicode normalisation.
  if (/^[\x00-\x7f]*$/.test(surface)) return surface.toLowerCase();
  return surface.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/ß/g, 'ss').replace(/[ıİ]/g, 'i');
}

/** Keys by surface form: news repeats its words, and normalising was the costliest step per token. */
let keys = new Map<string, string>();
export function tokenKey(surface: string): string {
  let k = keys.get(surface);
  if (k === undefined) {
    if (keys.size >= 200_000) keys = new Map();
    keys.set(surface, (k = computeKey(surface)));
  }
  return k;
}

const ABBREV_RE = /\p{Lu}\p{Ll}{0,2}\.(?:\p{L}{1,3}\.)+/uy;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** WORD_CHAR's answer by UTF-16 unit outside the surrogates (0 unknown, 1 no, 2 yes): a regex test per occurrence of a curly quote or dash cost more than the rest of a token. */
const wordUnit = new Uint8Array(0x10000);

/** Whether the code point at i is a letter, mark or digit; ASCII without a regex. */
function wordCharAt(text: string, i: number, c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2));
  let known = wordUnit[c];
  // Past the text's end (c is NaN) the regex reads "undefined", as it always did.
  if (known === undefined) return WORD_CHAR.test(text[i]!);
  if (known === 0) wordUnit[c] = known = WORD_CHAR.test(text[i]!) ? 2 : 1;
  return known === 2;
}

/** Start of the token found by the last `next` call, and whether it is plain ASCII. */
let tokStart = 0, tokAscii = true, tokLower = true;

/**
 * Finds the next token of TOKEN_RE at or after i and returns its end (-1 when none), by a scan
 * over char codes: the Unicode-property regex cost more than everything else done per token.
 * The dotted abbreviation is tried first, as TOKEN_RE's first alternative, and only where a dot is near.
 */
function next(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (wordCharAt(text, i, c)) break;
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  if (i >= n) return -1;
  tokStart = i;
  if (text.charCodeAt(i + 1) === 46 || text.charCodeAt(i + 2) === 46 || text.charCodeAt(i + 3) === 46) {
    ABBREV_RE.lastIndex = i;
    if (ABBREV_RE.test(text)) {
      const end = ABBREV_RE.lastIndex;
      tokAscii = !/[^\x00-\x7f]/.test(text.slice(i, end));
      tokLower = false;
      return end;
    }
  }
  runAscii = true;
  runLower = true;
  const end = runEnd(text, i, n);
  tokAscii = runAscii;
  tokLower = runLower;
  return end;
}

/** The shared word of a token, looked up on first use for plain lowercase words. */
export function wordOfToken(t: Token): Word {
  return (t.w ??= wordOf(t.text, true));
}

/**
 * The tokens of a text for name look-ups, read from the language layer's tokens (the one tokenizer
 * of the project): a name token is a run of letters, marks and digits, so a language token splits
 * at its inner hyphens, apostrophes and periods ("Ivano-Frankivsk", "Russia's"), a combining mark
 * (its own token there) joins the letters it touches, and a dotted abbreviation ("U.S.", "W.Va.")
 * is one token with its dots. A name token that is a whole language token keys by its lower case.
 * `words` are the text's language tokens when the pipeline has them already. With a `pool`, the
 * tokens are its objects, rewritten (a text has hundreds of thousands of tokens per megabyte):
 * they are valid only until the next call with that pool.
 */
export function tokenize(text: string, words: readonly LanguageToken[] | TextTokens = textTokens(text, []), pool?: Token[]): Token[] {
  const { count, start: starts, end: ends, form: forms } = 'count' in words ? words : tokenColumns(words);
  // With a pool the list is the pool's too, rewritten from its start: an array grown by push for every text was the stage's largest allocation.
  const out: Token[] = pool ? poolList(pool) : [];
  let n = 0;
  let prev = 0;
  for (let k = 0; k < count; k++) {
    let wStart = starts[k]!, wEnd = ends[k]!, wForm = forms[k]!;
    // Punctuation is no part of a name; a language token an abbreviation took in is read already.
    if (wStart < prev || !wordCharAt(text, wStart, text.charCodeAt(wStart))) continue;
    let at = wStart;
    while (at < wEnd) {
      const start = at;
      let end = start;
      if (text.charCodeAt(start + 1) === 46 || text.charCodeAt(start + 2) === 46 || text.charCodeAt(start + 3) === 46) {
        ABBREV_RE.lastIndex = start;
        if (ABBREV_RE.test(text)) end = ABBREV_RE.lastIndex;
      }
      const abbreviation = end > start;
      runAscii = true;
      runLower = !abbreviation;
      if (!abbreviation) {
        const plain = start === wStart ? wForm.ascii : 0;
        // A whole token of ASCII letters and digits is one run: its spelling says so, no scan.
        if (plain > 0) {
          end = wEnd;
          runLower = plain === ASCII_LOWER;
        } else end = runEnd(text, start, wEnd);
        // A mark and the letters it touches run on into the next language tokens.
        while (end === wEnd && k + 1 < count && starts[k + 1] === end && wordCharAt(text, end, text.charCodeAt(end))) {
          k++;
          wStart = starts[k]!; wEnd = ends[k]!; wForm = forms[k]!;
          end = runEnd(text, end, wEnd);
        }
      }
      const whole = start === wStart && end === wEnd;
      const surface = whole ? wForm.text : text.slice(start, end);
      const gap = gapOf(text, prev, start);
      let t: Token;
      if (runAscii && runLower) t = tokenOf(pool, n, start, end, surface, surface, false, gap, whole ? wordOfWhole(wForm, true) : null);
      else {
        const word = whole ? wordOfWhole(wForm, runAscii) : wordOf(surface, abbreviation ? isAscii(surface) : runAscii);
        t = tokenOf(pool, n, start, end, surface, word.key, word.cap, gap, word);
      }
      if (n < out.length) out[n] = t;
      else out.push(t);
      n++;
      prev = end;
      // The rest of the language token after a joiner, or after an abbreviation inside it.
      at = end;
      while (at < wEnd && !wordCharAt(text, at, text.charCodeAt(at))) at++;
    }
  }
  if (out.length > n) out.length = n;
  return out;
}

/** The token list kept beside each pool (tokenize), valid as long as its tokens. */
const poolLists = new WeakMap<Token[], Token[]>();
function poolList(pool: Token[]): Token[] {
  let list = poolLists.get(pool);
  if (list === undefined) poolLists.set(pool, (list = []));
  return list;
}

/**
 * The text between two tokens, text[prev, start). Most are one character (which the engine shares
 * without a copy) or a comma or full stop and a space: those two are shared too, so that a text's
 * tokens make no string per gap (the pooled tokens are old objects, and a young string stored in
 * one is a write the collector must record).
 */
function gapOf(text: string, prev: number, start: number): string {
  if (start - prev === 2 && text.charCodeAt(prev + 1) === 32) {
    const c = text.charCodeAt(prev);
    if (c === 44) return ', ';
    if (c === 46) return '. ';
  }
  return text.slice(prev, start);
}

/** Token i of a tokenization: a new object, or with a pool, the pool's i-th rewritten (the pool grows by push as texts need). */
function tokenOf(pool: Token[] | undefined, i: number, start: number, end: number, text: string, key: string, cap: boolean, gap: string, w: Word | null): Token {
  const t = pool?.[i];
  if (t === undefined) {
    const made: Token = { start, end, text, key, cap, gap, w };
    pool?.push(made);
    return made;
  }
  t.start = start; t.end = end; t.text = text; t.key = key; t.cap = cap; t.gap = gap; t.w = w;
  return t;
}

/**
 * The Word of a whole language token (wordOf by its spelling), kept on its form (WordForm.nameWord):
 * the form is read for the token already, so a spelling met again costs no look-up at all.
 */
function wordOfWhole(f: WordForm, ascii: boolean): Word {
  return (f.nameWord ??= wordOf(f.text, ascii, f.lower)) as Word;
}

/** Whether the last runs read (runEnd) were plain ASCII, and held no capital: then the key is the text itself. */
let runAscii = true, runLower = true;

/** The end of the run of letters, marks and digits from `i`, at most `limit` (a language token's end). */
function runEnd(text: string, i: number, limit: number): number {
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) { i++; continue; }
      if (c >= 65 && c <= 90) { runLower = false; i++; continue; }
      break;
    }
    if (!wordCharAt(text, i, c)) break;
    runAscii = false;
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  return i;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** The scanner's tokens (the gazetteer build's and nameKey's), for tests of the tokens read from the language layer. */
export function scanTokens(text: string): Token[] {
  const out: Token[] = [];
  let prev = 0;
  for (let end = next(text, 0); end >= 0; end = next(text, end)) {
    const start = tokStart;
    const surface = text.slice(start, end);
    if (tokAscii && tokLower) out.push({ start, end, text: surface, key: surface, cap: false, gap: text.slice(prev, start), w: null });
    else {
      const w = wordOf(surface, tokAscii);
      out.push({ start, end, text: surface, key: w.key, cap: w.cap, gap: text.slice(prev, start), w });
    }
    prev = end;
  }
  return out;
}

/**
 * The name key of tokens a..b (as the gazetteer and not-places.tsv key names): their keys joined
 * by single spaces, built in one pass (a slice, a map and a join made two arrays per question).
 */
export function spanKey(tokens: readonly Token[], a: number, b: number): string {
  let key = '';
  for (let k = a; k <= b && k < tokens.length; k++) key += k === a ? tokens[k]!.key : ` ${tokens[k]!.key}`;
  return key;
}

/** The lookup key of a whole name: its token keys joined by single spaces. */
export function nameKey(name: string): string {
  let key = '';
  for (let end = next(name, 0); end >= 0; end = next(name, end)) key += (key ? ' ' : '') + tokenKey(name.slice(tokStart, end));
  return key;
}

/** The same tokens by the reference regex, for tests of the scanner. */
export function tokenizeByRegex(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Words that turn a name into an administrative region ("Kursk region", "Laurel County"). */
export const REGION_WORDS = new Set([
  'region', 'oblast', 'oblast\'', 'province', 'governorate', 'district', 'county', 'krai', 'kray',
  'state', 'prefecture', 'republic', 'territory', 'okrug', 'voivodeship', 'department', 'parish',
  'canton', 'municipality', 'rayon', 'raion', 'area', 'borough', 'emirate', 'wilaya', 'division',
]);
