import { isNumberWord } from './numbers.js';
import { lemmaOf } from './lemmas.js';

/**
 * What every token of one spelling shares (its lower case, lemma and shape flags), computed once
 * per spelling: news repeats its words, and annotating recomputed them per token (a look-up of
 * the lemma table, three regexes). tokenize() gives each token its form, found from the text it
 * scans by the intern table below (cheaper than slicing and lower-casing the word, which the form
 * holds already); a token made otherwise gets it from its first reader (formOf), which stores it.
 */
export interface WordForm {
  text: string;
  lower: string;
  /** Lower case with typographic apostrophes made plain. */
  norm: string;
  lemma: string;
  isNum: boolean;
  likeNum: boolean;
  isTitle: boolean;
  isPunct: boolean;
  /** The word cues are listed by: a contraction is its own cue word ("didn't" -> "n't"). */
  cueKey: string;
  /** Answers the matchers remembered for this spelling (Matcher.mayMatch): two bits per matcher. */
  marks: number;
  /** Hash of the spelling (the intern table's key). */
  hash: number;
  /** ASCII_LOWER or ASCII_CAPS when the spelling is ASCII letters and digits only (without or with a capital), else 0. */
  ascii: number;
  /**
   * The places stage's word of this spelling (places/normalize.ts), kept on the form: every reader
   * touches the form already, where an array by form id cost a cache miss per token.
   */
  nameWord: object | null;
  /** Number of the spelling in its table's generation, for readers that keep facts in arrays by form id. */
  id: number;
  /** The intern table's generation the form was made in: ids of different generations may coincide. */
  generation: number;
}

/** Holds a column's slot until the form of its word is found (scan, findForms): never read. */
export const NO_FORM: WordForm = {
  text: '', lower: '', norm: '', lemma: '', isNum: false, likeNum: false, isTitle: false, isPunct: false, cueKey: '', marks: 0, ascii: 0, nameWord: null, hash: 0, id: -1, generation: -1,
};

/** WordForm.ascii: ASCII letters and digits only, no capital among them; with one. */
export const ASCII_LOWER = 1, ASCII_CAPS = 2;

/** ASCII_LOWER, ASCII_CAPS or 0 (see WordForm.ascii). */
function asciiShape(text: string): number {
  let shape = ASCII_LOWER;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) shape = ASCII_CAPS;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return 0;
  }
  return shape;
}

const PUNCT = /^[^\p{L}\p{N}]+$/u;
// As Python's str.istitle: every run of letters opens with a capital ("Kyiv", "U.S", "D.R.C", "G7").
const TITLE = /^(?:[^\p{L}]*\p{Lu}\p{Ll}*)+[^\p{L}]*$/u;
const DIGITS = /^\d[\d,.]*$/;

/**
 * The engine's own copy of a string (a property key's, internalized): a word sliced from a text is
 * a string of its own, and each test of it against a literal (`t.lower === 'said'`) compared
 * characters in a builtin call; between internalized strings it compares references. Made once
 * per spelling, for the strings every stage tests a token by.
 */
export function internal(s: string): string {
  return Object.keys({ [s]: 0 })[0]!;
}

/** `s` internalized, or `like` (internalized already) when the two are the same word: most words are their own lower case, lemma and cue word. */
function internalLike(s: string, like: string): string {
  return s === like ? like : internal(s);
}

function newForm(spelling: string, hash: number): WordForm {
  const text = internal(spelling);
  const lower = internalLike(text.toLowerCase(), text);
  const norm = lower.includes('’') ? internal(lower.replace(/’/g, "'")) : lower;
  // Cheap first-character tests spare the regexes for most forms.
  const c = text.charCodeAt(0);
  const isNum = c >= 48 && c <= 57 && DIGITS.test(text);
  const lowerStart = c >= 97 && c <= 122;
  // "Eleven people were killed", "Twenty-Two Dead": a number word opening a sentence or a headline is as like a number as
  // its lower-case spelling (spaCy's LIKE_NUM reads the lower case too).
  const letterStart = lowerStart || (c >= 65 && c <= 90);
  return {
    text, lower, norm, lemma: internalLike(lemmaOf(norm), norm), isNum, likeNum: isNum || (letterStart && isNumberWord(norm)),
    isTitle: !lowerStart && TITLE.test(text), isPunct: text.length === 1 && !lowerStart && PUNCT.test(text), cueKey: internalLike(cueWord(lower), lower), marks: 0,
    ascii: asciiShape(text), nameWord: null, hash, id: formCount++, generation,
  };
}

/**
 * The intern table of forms: open addressing on a hash of the spelling's UTF-16 units, so that
 * tokenize finds a word's form straight from the text it scans (no slice of the text, no
 * lower-casing, no string hashing of a fresh string for a spelling met before). A slot is four
 * numbers in one Int32Array (hash, id + 1, length, start of the spelling's units in `units`), the
 * table sized to twice the forms it holds: a probe compares the text with the units kept in one
 * array and reads the form's reference only on a match. The units and the form are found from
 * the slot at once; through the form's own string they were three loads in a row, each missing
 * the cache on a rare word. Bounded: past FORM_LIMIT spellings a fresh table (and generation)
 * starts, so a long run does not grow it without end.
 */
const FORM_LIMIT = 200_000;
const FIRST_SLOTS = 1 << 15;
/** Numbers per slot (slotForms is indexed by k >> 2). */
const SLOT = 4;
let slots = new Int32Array(SLOT * FIRST_SLOTS);
let slotMask = FIRST_SLOTS - 1;
let forms: WordForm[] = [];
/** The form of each slot (beside its numbers in `slots`). */
let slotForms: (WordForm | undefined)[] = new Array<WordForm | undefined>(FIRST_SLOTS).fill(undefined);
/** The UTF-16 units of every spelling of the table, one after another. */
let units = new Uint16Array(1 << 18);
let unitsUsed = 0;
let formCount = 0;
let generation = 0;
/** The form of each ASCII mark (punctuation) by its code, of this generation. */
let marks: (WordForm | undefined)[] = new Array<WordForm | undefined>(128).fill(undefined);

function hashAt(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  // 30 bits: a small integer V8 keeps unboxed in the form (a wider one would be a heap number).
  return h & 0x3fffffff;
}

/** Whether text holds at `start` the `len` units kept from `at` (a loop: the words are short, and a builtin call costs more). */
function sameAt(text: string, start: number, at: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (text.charCodeAt(start + k) !== units[at + k]) return false;
  return true;
}

/** The form of the spelling text[start, end). */
export function formAt(text: string, start: number, end: number): WordForm {
  return formHashed(text, start, end, hashAt(text, start, end));
}

/** The form of the ASCII mark at text[i] (code c). */
export function asciiMark(text: string, i: number, c: number): WordForm {
  const known = marks[c];
  if (known !== undefined && known.generation === generation) return known;
  const f = formAt(text, i, i + 1);
  marks[c] = f;
  return f;
}

/** The form of the spelling text[start, end), whose hash (hashAt's) is h. */
export function formHashed(text: string, start: number, end: number, h: number): WordForm {
  const len = end - start;
  const wrap = SLOT * (slotMask + 1) - 1;
  for (let k = (h & slotMask) * SLOT; ; k = (k + SLOT) & wrap) {
    if (slots[k + 1] === 0) break;
    if (slots[k] === h && slots[k + 2] === len && sameAt(text, start, slots[k + 3]!, len)) return slotForms[k >> 2]!;
  }
  if (formCount >= FORM_LIMIT) {
    slots = new Int32Array(SLOT * FIRST_SLOTS);
    slotForms = new Array<WordForm | undefined>(FIRST_SLOTS).fill(undefined);
    slotMask = FIRST_SLOTS - 1;
    forms = [];
    unitsUsed = 0;
    marks = new Array<WordForm | undefined>(128).fill(undefined);
    formCount = 0;
    generation++;
  }
  const f = newForm(len === text.length ? text : text.slice(start, end), h);
  forms.push(f);
  const at = keepUnits(f.text);
  if (2 * formCount > slotMask + 1) grow();
  place(f, at);
  return f;
}

/** Keeps a spelling's units at the end of `units` (grown as needed); returns where they start. */
function keepUnits(text: string): number {
  if (unitsUsed + text.length > units.length) {
    const grown = new Uint16Array(Math.max(2 * units.length, unitsUsed + text.length));
    grown.set(units.subarray(0, unitsUsed));
    units = grown;
  }
  const at = unitsUsed;
  for (let k = 0; k < text.length; k++) units[at + k] = text.charCodeAt(k);
  unitsUsed += text.length;
  return at;
}

function place(f: WordForm, at: number): void {
  const wrap = SLOT * (slotMask + 1) - 1;
  let k = (f.hash & slotMask) * SLOT;
  while (slots[k + 1] !== 0) k = (k + SLOT) & wrap;
  slots[k] = f.hash;
  slots[k + 1] = f.id + 1;
  slots[k + 2] = f.text.length;
  slots[k + 3] = at;
  slotForms[k >> 2] = f;
}

/** Twice the slots, every form placed again (its units stay where they are). */
function grow(): void {
  const size = 2 * (slotMask + 1);
  const [old, oldForms] = [slots, slotForms];
  slots = new Int32Array(SLOT * size);
  slotForms = new Array<WordForm | undefined>(size).fill(undefined);
  slotMask = size - 1;
  for (let k = 0; k < oldForms.length; k++) {
    const f = oldForms[k];
    if (f !== undefined) place(f, old[k * SLOT + 3]!);
  }
}

/** "didn't", "they'll": a contraction is its own cue word. */
export function cueWord(lower: string): string {
  if (!lower.includes("'") && !lower.includes('’')) return lower;
  const n = lower.replace(/’/g, "'");
  if (n.endsWith("n't")) return "n't";
  if (n.endsWith("'ll")) return "'ll";
  return n;
}

/**
 * Facts a reader keeps per spelling, in an array by form id: one array read per token instead of a
 * string-keyed look-up. Forms of an older generation of the table (their ids may coincide with the
 * newer's) are answered without being kept. `compute` must not return undefined.
 */
export class ByForm<T> {
  private values: (T | undefined)[] = [];
  private generation = -1;
  constructor(private readonly compute: (f: WordForm) => T) {}

  get(f: WordForm): T {
    if (f.generation !== this.generation) {
      if (f.generation < this.generation) return this.compute(f);
      [this.values, this.generation] = [[], f.generation];
    }
    const id = f.id;
    if (id < this.values.length) {
      const known = this.values[id];
      if (known !== undefined) return known;
    } else {
      // Grown by push, never by a write past its end: an array with holes would turn into a dictionary.
      while (this.values.length <= id) this.values.push(undefined);
    }
    const v = this.compute(f);
    this.values[id] = v;
    return v;
  }
}

/** The shared form of a spelling (any string: a token's text, or a word a rule names). */
export function formOf(text: string): WordForm {
  return formAt(text, 0, text.length);
}
