/** What the tokens around a name say in toponym recognition (recognize.ts): sentence starts, region and office words, capitalised runs, Arabic articles joining a name. */
import type { Gazetteer } from './gazetteer.ts';
import { spanKey, type Token } from './normalize.ts';
import { PLACE_WORDS } from './place-words.ts';
import { ARTICLE_FORM, skeletonCandidates } from './skeleton.ts';
import { CAL, COMMON, DET, DIR, FIRST, NOT_PLACE, OFFICE, ORG, REGION_START, TITLE, is, lex } from './lexicon.ts';
import type { RawMention } from './recognize.ts';

// Regex literals evaluated per call make a RegExp object each time: the hot context tests share these.
const SENTENCE_BREAK = /[!?\n:;"“”]/;
const PERIOD_SPACE = /^\.\s/;
const SPACE_START = /^\s/;
const SPACE_ONLY = /^\s+$/;
const APOSTROPHE_GAP = /^['’]$/;
const APOSTROPHE_CUT = /^['’‘]$/;
const ARTICLE_JOIN_BEFORE = /^[ -]$/;
const IES_END = /ies$/;
const S_END = /s$/;

export const isCap = (t: Token) => t.cap;

const DUMMY = { cap: false } as Token;

// Property-escape regexes stay at module level: the transpiler turns a literal inside a function into a `new RegExp` per call.
const TWO_LOWER = /^\p{Ll}{2}/u;

export const isUpper = (t: Token) => t.text === t.text.toUpperCase();

export function sentenceInitial(text: string, tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  const gap = tokens[i]!.gap;
  if (SENTENCE_BREAK.test(gap)) return true;
  // "U.S." keeps its dot inside the token; a plain period before the gap ends a sentence.
  return PERIOD_SPACE.test(gap) || (SPACE_START.test(gap) && tokens[i - 1]!.text.endsWith('.') && tokens[i - 1]!.text.length > 4);
}

export function regionWordAt(g: Gazetteer, tokens: Token[], j: number): { len: number; level: string } | null {
  const t = tokens[j];
  if (!t || !is(t, REGION_START) || !SPACE_ONLY.test(t.gap)) return null;
  for (let len = 2; len >= 1; len--) {
    if (j + len > tokens.length) continue;
    const key = len === 1 ? t.key : `${t.key} ${tokens[j + 1]!.key}`;
    // Plurals coordinate: "the Yaroslavl and Nizhny Novgorod regions".
    const level = g.regionWords.get(key) ?? g.regionWords.get(key.replace(IES_END, 'y').replace(S_END, ''));
    if (level) return { len, level };
  }
  return null;
}

export { spanKey };

/** Last token of the capitalised run (joined by single spaces) that goes on from token e. */
export function capitalRunEnd(tokens: Token[], e: number): number {
  while (tokens[e + 1]?.cap && tokens[e + 1]!.gap === ' ') e++;
  return e;
}

/**
 * Whether tokens i..e are common words and a capitalised office or organisation word follows:
 * "Justice Department", "Energy Department", "Homeland Security Department" are institutions,
 * where "Minnesota Department of Transportation" still names its state.
 */
export function officeAfter(tokens: Token[], i: number, e: number): boolean {
  const next = tokens[e + 1];
  if (!next || !isCap(next) || next.gap !== ' ' || !is(next, OFFICE)) return false;
  for (let k = i; k <= e; k++) if (!is(tokens[k], COMMON) || is(tokens[k], DIR)) return false;
  return true;
}

/** Whether token j is a capitalised office word opening its own name ("Ohio Department of Transportation"): no département. */
export const officeOf = (tokens: Token[], j: number): boolean => isCap(tokens[j] ?? DUMMY) && is(tokens[j], OFFICE) && tokens[j + 1]?.key === 'of';

/** Last token of the run of capitalised words (joined by single spaces) that starts at i, at most 4, with no organisation word. */
export function runEnd(g: Gazetteer, text: string, tokens: Token[], i: number): number {
  let e = i;
  if (is(tokens[i], ORG | TITLE | NOT_PLACE | DET)) return i - 1;
  if ((lex(tokens[i]!) & (COMMON | DIR)) === COMMON && sentenceInitial(text, tokens, i)) return i - 1;
  while (e - i < 3 && tokens[e + 1] && isCap(tokens[e + 1]!) && tokens[e + 1]!.gap === ' ' && !is(tokens[e + 1], ORG | NOT_PLACE) && !regionWordAt(g, tokens, e + 1)) e++;
  return e;
}

/**
 * "the village of Berdychi", "near Krasnohorivka": an unknown name that a settlement word and "of"
 * introduce, or that "near" places, is a place the gazetteer lacks. The name must not start a
 * sentence, be a person's or an organisation's ("near Smith's farm"), or be a calendar word.
 */
export function namedSettlement(text: string, tokens: Token[], i: number, run: number): boolean {
  const prev = tokens[i - 1]!, t = tokens[i]!;
  if (isCap(prev) || sentenceInitial(text, tokens, i) || is(t, FIRST | TITLE | ORG | CAL | DIR | COMMON)) return false;
  const after = tokens[run + 1];
  if (after && APOSTROPHE_GAP.test(after.gap) && after.key === 's') return false;
  if (after && isCap(after) && after.gap === ' ' && is(after, ORG | OFFICE)) return false;
  // ("the village of X" is left to the claims' own reading of settlement lists, which needs the whole list.)
  return prev.key === 'near' && (run === i || !is(tokens[run], ORG | OFFICE));
}

/** A lowercase Arabic article inside a name ("al", "ez", "ash"), joined to the word after it. */
const isArticle = (t: Token | undefined): boolean => !!t && !isCap(t) && (PLACE_WORDS.article.has(t.key) || ARTICLE_FORM.test(t.key));

/** Last token of a name that Arabic articles join from token i on ("Umm al-Kheir"): i when none does. */
export function particleEnd(tokens: Token[], i: number): number {
  let e = i, joined = false;
  for (;;) {
    const a = tokens[e + 1], b = tokens[e + 2];
    // "Ma'arrat", "Nu'man": a word cut at an apostrophe goes on in lowercase.
    if (a && APOSTROPHE_CUT.test(a.gap) && TWO_LOWER.test(a.text)) { e += 1; continue; }
    if (isArticle(a) && ARTICLE_JOIN_BEFORE.test(a!.gap) && b && isCap(b) && /^[-’' ]$/.test(b.gap)) { e += 2; joined = true; continue; }
    return joined ? e : i;
  }
}

/**
 * A name whose words an Arabic article joins ("Ras al-Ain", "Ain al-Asad air base") and that the
 * trie walk did not read whole (it stopped at `bestEnd`): looked up by its skeleton (skeleton.ts),
 * or for a facility ("X al-Y air base"), the facility named from the article on ("Al Asad Air Base").
 */
export function particleName(g: Gazetteer, text: string, tokens: Token[], i: number, bestEnd: number): RawMention | null {
  const e = particleEnd(tokens, i);
  if (e === i || e <= bestEnd) return null;
  const mention = (end: number, cands: number[], level: RawMention['regionLevel']): RawMention =>
    ({ start: tokens[i]!.start, end: tokens[end]!.end, text: text.slice(tokens[i]!.start, tokens[end]!.end), role: 'location', cands, regionLevel: level, container: null, tokStart: i, tokEnd: end });
  const rw = regionWordAt(g, tokens, e + 1);
  if (rw?.level === 'airport') {
    for (let a = i + 1; a < e; a += 2) {
      const facility = g.node(spanKey(tokens, a, e + rw.len));
      const airports = (facility?.names ?? []).filter((c) => g.place(c).fcode === 'AIRP');
      if (airports.length) return mention(e + rw.len, airports, 'airport');
    }
  }
  const cands = skeletonCandidates(text.slice(tokens[i]!.start, tokens[e]!.end));
  return cands.length ? mention(e, cands, null) : null;
}

/** Whether a known place name starts at token j (for "X, <place>"). */
export function startsPlace(g: Gazetteer, tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t || !isCap(t)) return false;
  for (let e = j, path = t.key; e < tokens.length && e < j + 4; e++, path += ` ${tokens[e]?.key}`) {
    const n = g.node(path);
    if (!n) return false;
    if (n.names.some((c) => { const p = g.place(c); return p.fcode === 'PCLI' || p.fcode === 'ADM1' || p.pop >= 100000; }) || n.cores.length) return true;
  }
  return false;
}
