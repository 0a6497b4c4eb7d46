/**
 * Document-level evidence that a capitalised word is a person's name, not a place: local news
 * names people by full name once ("Bob Jones", "Sen. Judd Gregg") and by surname after that
 * ("Jones said"), and most surnames are also some village's name somewhere.
 */
import { NAME, childOf, type Gazetteer } from './gazetteer.ts';
import { spanKey, wordOfToken, type Token } from './normalize.ts';
import { CAL, COMMON, DIR, FIRST, ORG, TITLE, is, nodeOf } from './lexicon.ts';

// Regex literals evaluated per call make a RegExp object each time: the hot context tests share these.
const INITIAL_GAP = /^\.? $/;

const isCap = (t: Token) => t.cap;
/** A middle initial ("H. L. Snyder") or a bare initial before a surname. */
const INITIAL = /^\p{Lu}\.?$/u;
/** One capital letter alone. Module-level: a property-escape literal inside a function is compiled to a `new RegExp` per call, and this one is asked at nearly every capitalised word. */
const ONE_CAPITAL = /^\p{Lu}$/u;
/** The gap inside "O'Connor": an apostrophe, straight or curly, and nothing else. */
const APOSTROPHE = /^['’]$/;
/** The gap before a sentence's first word. */
const SENTENCE_GAP = /[.!?]["'”’)]*\s+$/;

/** Keys of tokens that this document uses as surnames. */
export function surnames(g: Gazetteer, text: string, tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    if (!isCap(a)) continue;
    const titled = (is(a, TITLE) || (a.key.endsWith('.') && g.titleWords.has(a.key.slice(0, -1)))) && a.text !== a.text.toUpperCase();
    // "See Posta and ...": a given name that is also a common word opens no person at a sentence's start.
    const given = is(a, FIRST) && !is(a, DIR) && !(is(a, COMMON) && sentenceStart(tokens, i));
    const person = given || titled || middleInitialAfter(tokens, i) || ageAfter(text, tokens, i);
    if (!person) continue;
    // "Sen. Judd Gregg" abbreviates its title; after a full word a full stop ends the sentence ("… for Municipal Court Judge. Columbus attorney …").
    if (tokens[i + 1]!.gap.startsWith('.') && (a.key.length > 4 || !is(a, TITLE))) continue;
    // Walk over further given names and initials to the surname: "Mary Ann Smith", "H. L. Snyder".
    let j = i + 1;
    // A given name ends its sentence where a full stop follows it ("Sheriff Greg Taylor. The car …"): only an initial takes one.
    while (j + 1 < tokens.length && INITIAL_GAP.test(tokens[j]!.gap) && isCap(tokens[j]!) && (INITIAL.test(tokens[j]!.text) || is(tokens[j], FIRST)) && isCap(tokens[j + 1]!) && !APOSTROPHE.test(tokens[j + 1]!.gap) && (tokens[j + 1]!.gap === ' ' || INITIAL.test(tokens[j]!.text))) j++;
    // "President Barack Obama": after a title, a given name the list lacks is followed by the surname.
    if (titled && j === i + 1 && j + 1 < tokens.length && tokens[j + 1]!.gap === ' ' && givenThenSurname(tokens[j]!, tokens[j + 1]!)) j++;
    const s = tokens[j]!;
    if (!isCap(s) || !INITIAL_GAP.test(s.gap)) continue;
    // "Brian O'Connor", "Tom D’Amato": a surname of a letter, an apostrophe and a capitalised word is one name of two tokens.
    if (INITIAL.test(s.text) && tokens[j + 1] && APOSTROPHE.test(tokens[j + 1]!.gap) && isCap(tokens[j + 1]!)) { out.add(spanKey(tokens, j, j + 1)); continue; }
    // "Virginia Beach", "Elizabeth City", "Santa Clara": the pair is itself a place name.
    const head = nodeOf(tokens[j - 1]!);
    if (head && (childOf(g, head, wordOfToken(s).id, s.key)?.flags ?? 0) & NAME) continue;
    if (is(s, ORG) || g.regionWords.has(s.key)) continue;
    out.add(s.key);
  }
  return out;
}

/** ", 26," after a name: news gives a person's age in apposition ("Issac Fisher, 26, of Denver"). */
const AGE_AFTER = /^, \d{1,3},/;

/** Tokens i and i + 1 are two capitalised words followed by an age in apposition: a person's full name, whatever the given name. */
function ageAfter(text: string, tokens: Token[], i: number): boolean {
  const s = tokens[i + 1];
  // A comma right after the word first: most have none, and need no slice of the text.
  return !!s && s.gap === ' ' && isCap(s) && s.text.length > 1 && text.charCodeAt(s.end) === 44 && AGE_AFTER.test(text.slice(s.end, s.end + 6));
}

/**
 * "Kijuan D. McDonald": a capitalised word, a middle initial with its full stop, and a capitalised
 * word of more than one letter is a person's full name whatever the given name (no place carries
 * a middle initial; "Washington D. C." ends in a letter).
 */
function middleInitialAfter(tokens: Token[], i: number): boolean {
  const a = tokens[i]!, m = tokens[i + 1], s = tokens[i + 2];
  // The gaps first: they settle it for nearly every capitalised word, without a regex test.
  return !!m && !!s && m.gap === ' ' && s.gap === '. ' && a.text.length > 1 && ONE_CAPITAL.test(m.text) && isCap(s) && s.text.length > 1 && !INITIAL.test(s.text);
}

/** Two capitalised words after a title that are a given name and a surname: neither a title, an organisation word nor a calendar word. */
function givenThenSurname(given: Token, sur: Token): boolean {
  return isCap(given) && isCap(sur) && given.gap === ' ' && sur.text.length > 1 && !is(given, TITLE | ORG | CAL | DIR) && !is(sur, TITLE | ORG | CAL);
}

/** Token i opens the text or a sentence (a full stop, a question or an exclamation mark before it, then space). */
function sentenceStart(tokens: Token[], i: number): boolean {
  return i === 0 || SENTENCE_GAP.test(tokens[i]!.gap);
}
