/** Whether a name the trie walk found (recognize.ts) is a place in its context, or an organisation's, a person's or a designation's word. */
import type { Gazetteer, Place } from './gazetteer.ts';
import type { Token } from './normalize.ts';
import { AUXILIARY, CAL, COMMON, DIR, EPONYM, FIRST, LOC, MAKE, OFFICE, ORG, ORG_BEFORE, ORG_MOD, PERSON_VERB, PREP, SPEECH_VERB, TITLE, TO_PERSON, is, lex, nodeOf } from './lexicon.ts';
import type { RawMention } from './recognize.ts';
import { isCap, isUpper, sentenceInitial, officeAfter, startsPlace } from './context.ts';

// Regex literals evaluated per call make a RegExp object each time: the hot context tests share these.
const COMMA_GAP = /^,\s*$/;
const SPACE_GAP = /^ $/;
const HYPHEN_GAP = /^[-–‐]$/;
const SHORT_CAPS = /^[A-Z]{2,5}$/;
const INNER_CAPITAL = /[a-z][A-Z]/;
const LOWER_START = /^[a-z]/;
const CLAUSE_MARK = /[,.;]/;
/** A model year before a vehicle's make ("a 1998 Mercury Sable"). */
const MODEL_YEAR = /^(?:19|20)\d\d$/;

/** Words for natural features that follow the name they belong to ("Bekaa Valley"). */
const FEATURE_WORDS = new Set(['valley', 'river', 'mountains', 'mountain', 'lake', 'desert', 'plain', 'plains', 'basin', 'gorge', 'hills', 'highlands', 'delta', 'peninsula', 'coast', 'strip', 'heights', 'canyon', 'pass', 'island', 'islands']);

/** Words after "the X" that make X a noun of its own ("The Alliance between …"), not a qualifier. */
const AFTER_NAME_WORDS = new Set(['between', 'of', 'in', 'on', 'at', 'for', 'with', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'to', 'from', 'by', 'that', 'which', 'who', 'said', 'says']);

/** Kinds of place a common word may still name when capitalised ("Turkey", "Chad"). */
const STRONG = new Set(['PCLI', 'CONT', 'RGN', 'SEA', 'OCN', 'GULF', 'STRT', 'CHN']);

/** A place a bare mention may mean even when the words around it would say otherwise. */
const isMajor = (p: Place): boolean => STRONG.has(p.fcode) || p.fcode === 'ADM1' || p.fcode === 'PPLC' || p.fcode === 'PPLA' || p.pop >= 100000;

// Regexes with Unicode property escapes live here: a transpiler may lower a literal to a `new RegExp` per use.
const ACRONYM = /^\p{Lu}{2,5}$/u;

const DESIGNATION = /^(?:\p{Lu}{1,3}|\p{Lu}?\d+\p{L}?)$/u;

/** What the tests read of a name's readings as a whole: its likeliest (bestPlace), whether one is an airport, the largest population. */
interface ReadingsSummary { best: Place | null; airport: boolean; maxPop: number }

/**
 * The summary of a list of readings, kept by the list (a trie node's, the same array wherever the
 * name is met): a name like "Springfield" has dozens of readings, each a row to read.
 */
const summaries = new WeakMap<number[], ReadingsSummary>();
function summaryOf(g: Gazetteer, cands: number[]): ReadingsSummary {
  let s = summaries.get(cands);
  if (s) return s;
  let best: Place | null = null, airport = false, maxPop = -Infinity;
  for (let i = 0; i < cands.length; i++) {
    const p = g.place(cands[i]!);
    if (!best || STRONG.has(p.fcode) || (p.fcode === 'ADM1' && !STRONG.has(best.fcode)) || (!STRONG.has(best.fcode) && best.fcode !== 'ADM1' && p.pop > best.pop)) best = p;
    if (p.fcode === 'AIRP') airport = true;
    maxPop = Math.max(maxPop, p.pop);
  }
  summaries.set(cands, (s = { best, airport, maxPop }));
  return s;
}

/** A name the trie walk found, with the tokens around it that its context tests read. */
interface Site {
  g: Gazetteer;
  text: string;
  tokens: Token[];
  /** First and last token of the name. */
  i: number;
  end: number;
  key: string;
  cands: number[];
  demonym: boolean;
  prev: Token | undefined;
  next: Token | undefined;
  /** The text between the name and the token before it, and after it; '' at the text's edges. */
  prevGap: string;
  nextGap: string;
  /** The mention found last ends on the token right before this name. */
  afterPlace: boolean;
  /** The name is one token. */
  single: boolean;
  /** Its likeliest reading (summaryOf), and whether that is a country-like place or the name a demonym. */
  place: Place | null;
  strong: boolean;
}

/**
 * Whether a name the trie walk found is a place here: a list of named tests, each turning down
 * the name for one kind of context; a short form, a region name and a demonym are let through
 * early (the tests after each do not apply to them).
 */
export function accept(g: Gazetteer, text: string, tokens: Token[], i: number, end: number, key: string, cands: number[], demonym: boolean, short: string | null, region: boolean, prior: RawMention[], people: Set<string>): boolean {
  if (g.notPlaces.has(key)) return false;
  const prev = tokens[i - 1], next = tokens[end + 1];
  // "The Bank of England", "the Council of Europe": a name ending in an organisation word before "of" is that organisation.
  if (end > i && !region && is(tokens[end], ORG | OFFICE) && next?.key === 'of') return false;
  // "Lassa fever", "Japanese encephalitis": a disease called after a place or its people (context-words.tsv `eponym`) names no place.
  if (next && next.gap === ' ' && is(next, EPONYM) && !isCap(next)) return false;
  const prevGap = prev ? tokens[i]!.gap : '';
  const afterPlace = prior.length > 0 && prior[prior.length - 1]!.tokEnd === i - 1;
  if (short) return shortFormFits(g, text, tokens, i, end, short, afterPlace, prevGap);
  if (region) return true;
  const summary = summaryOf(g, cands);
  const place = summary.best;
  const s: Site = {
    g, text, tokens, i, end, key, cands, demonym, prev, next, prevGap, nextGap: next ? next.gap : '', afterPlace,
    single: i === end, place, strong: !!place && (STRONG.has(place.fcode) || demonym),
  };
  if (organisationOrPersonName(s)) return false;
  if (demonym) return true;
  if (designationOrBrand(s)) return false;
  const major = !!place && (isMajor(place) || summary.airport);
  if (wordOfLongerName(s, major)) return false;
  if (personByContext(s, major, people)) return false;
  return !commonOrMinor(s);
}

/** The gap before a possessive "s": an apostrophe, straight or curly. */
const POSSESSIVE_GAP = /^['’]$/;
const SAINT = new Set(['st', 'saint']);

/** Tokens i..end are a saint's title and a given name ("St. Patrick"), then "'s" not followed by a comma. */
function saintsPossessive(tokens: Token[], i: number, end: number): boolean {
  const s = tokens[end + 1];
  if (end !== i + 1 || !SAINT.has(tokens[i]!.key) || !is(tokens[end], FIRST) || !s || s.key !== 's' || !POSSESSIVE_GAP.test(s.gap)) return false;
  return !tokens[end + 2]?.gap.startsWith(',');
}

/** A state's short form ("GA", "Ga.") counts where its context allows: some only after "City,". */
function shortFormFits(g: Gazetteer, text: string, tokens: Token[], i: number, end: number, short: string, afterPlace: boolean, prevGap: string): boolean {
  const sf = g.shortForms.get(short)!;
  // Two letters after "City," are a state in capitals ("GA") or with AP's full stop ("Ga."), not the word "ga".
  if (sf.context === 'comma') return afterPlace && COMMA_GAP.test(prevGap) && (short.length > 2 || isUpper(tokens[i]!) || text[tokens[end]!.end] === '.');
  return true;
}

/** Organisations and people: "Columbia University", "Paris Hilton", "Sen. Jackson", "Bill Clinton". */
function organisationOrPersonName(s: Site): boolean {
  const { g, tokens, i, end, prev, next, prevGap, nextGap, demonym, strong, single } = s;
  // A demonym before an organisation word still names its country ("Somali Armed Forces").
  if (next && SPACE_GAP.test(nextGap) && isCap(next) && is(next, ORG) && !demonym) return true;
  if (prev && isCap(prev) && is(prev, TITLE)) return true;
  // "Sen. Mark Hollis", "Sens. Casey and Specter": a title abbreviated before a name, or opening a longer name, is no place (Sens in France, a foreign "Sen Mark").
  if (isCap(tokens[i]!) && is(tokens[i], TITLE) && (!single || (next && isCap(next) && nextGap.startsWith('.')))) return true;
  // "the State Duma", "the Federal Security Service": a name after an institution's modifier is a word of its name.
  if (prev && isCap(prev) && prevGap === ' ' && is(prev, ORG_MOD) && !demonym && !strong) return true;
  if (officeAfter(tokens, i, end) && !strong) return true;
  // "Air Serbia", "Air Baltic": a company named after a place (context-words.tsv `org-before`).
  if (prev && SPACE_GAP.test(prevGap) && isCap(prev) && is(prev, ORG_BEFORE) && !demonym) return true;
  const prevIsFirstName = prev && isCap(prev) && SPACE_GAP.test(prevGap) && is(prev, FIRST) && !s.afterPlace && !g.node(prev.key);
  if (prevIsFirstName && !strong) return true;
  return !!(single && is(tokens[i], FIRST) && next && SPACE_GAP.test(nextGap) && isCap(next) && !g.regionWords.has(next.key) && !g.regionWords.has(next.key.replace(/s$/, '')) && !is(next, TITLE));
}

/** A month or weekday, a weapon's designation, a feature word after a place, an acronym, a brand's spelling. */
function designationOrBrand(s: Site): boolean {
  const { g, tokens, i, key, cands, next, nextGap, single, strong } = s;
  if (single && is(tokens[i], CAL)) return true;
  // "a 2004 Toyota Camry", "their 1991 Honda": a make after its model year is the car (context-words.tsv `make`).
  if (single && is(tokens[i], MAKE) && s.prev && s.prevGap === ' ' && MODEL_YEAR.test(s.prev.text)) return true;
  // "St. Patrick's Day", "St. Mary's School", "Saint John's Hospital": a saint's given name in the
  // possessive is a feast, a church or an institution; "St. John's, N.L." (a place after a comma) stays.
  if (saintsPossessive(tokens, i, s.end)) return true;
  // Weapon and vehicle designations: "Iskander-M", "MDT David".
  if (next && HYPHEN_GAP.test(nextGap) && DESIGNATION.test(next.text)) return true;
  // "the Bekaa Valley", "the Jordan River": a feature word right after a place names that place's feature, not a town called Valley.
  if (single && s.afterPlace && s.prevGap === ' ' && FEATURE_WORDS.has(tokens[i]!.key)) return true;
  // "UN", "NATO", "TASS": a short acronym names an organisation, not the village spelt alike ("ROME" in a dateline stays).
  // An alternate spelling of a city ("Nisa" for Nice) does not make an acronym a place: only the place's own name
  // in capitals, or a metropolis's abbreviation ("NYC").
  if (single && SHORT_CAPS.test(tokens[i]!.text) && !g.shortForms.has(key) && !strong
    && !cands.some((c) => g.place(c).pop >= 1_000_000 || (isMajor(g.place(c)) && g.place(c).name.toUpperCase() === tokens[i]!.text))) return true;
  // "IndiGo", "SpiceJet": a capital inside a word is a brand's spelling, unless the place is spelt so ("DeKalb", "McAllen").
  return single && INNER_CAPITAL.test(tokens[i]!.text) && !cands.some((c) => g.place(c).name === tokens[i]!.text);
}

/**
 * "The Alliance between our nations", "the Exchange of Naval Nuclear Propulsion Information": a minor
 * place's name after "the", or inside a title-case name, is a word of that name.
 * ("the Maryville church" keeps its town: there the name qualifies the noun after it.)
 */
function wordOfLongerName(s: Site, major: boolean): boolean {
  const { g, text, tokens, i, prev, next, prevGap, nextGap, single, strong } = s;
  const nounAfter = !!next && nextGap === ' ' && LOWER_START.test(next.text) && !AFTER_NAME_WORDS.has(next.key);
  if (single && !major && !strong && prev && prev.key === 'the' && prevGap === ' ' && !nounAfter) return true;
  if (single && !major && !strong && prev?.key === 'of' && tokens[i - 2] && isCap(tokens[i - 2]!) && next && isCap(next) && nextGap === ' ') return true;
  if (prev && prevGap === ' ' && ACRONYM.test(prev.text) && !isUpper(tokens[i]!) && !g.shortForms.has(prev.key) && !(g.node(prev.key)?.names ?? []).some((c) => STRONG.has(g.place(c).fcode) || g.place(c).fcode === 'ADM1') && !strong) return true;
  if (single && is(tokens[i], DIR)) return true;
  // "minister Abdi Hirsi Ali said": after a capitalised word that is no place and no known word, one
  // more capitalised word ends a person's or organisation's name, not a town called Ali.
  return !!(single && !strong && prev && prevGap === ' ' && isCap(prev) && !isUpper(prev) && !sentenceInitial(text, tokens, i - 1) && !nodeOf(prev) && lex(prev) === 0);
}

/** A minor place's name that the words around it give a person: a first name, a surname of this text, a speech verb. */
function personByContext(s: Site, major: boolean, people: Set<string>): boolean {
  const { g, text, tokens, i, end, key, prev, next, prevGap, nextGap, single } = s;
  const locBefore = !!prev && is(prev, LOC) && (!isCap(prev) || sentenceInitial(text, tokens, i - 1));
  const commaPlace = !!next && COMMA_GAP.test(nextGap) && startsPlace(g, tokens, end + 1);
  // A bare first name or a surname this text gives a person ("Brian O'Connor" ... "O'Connor", of two
  // tokens) is a person, short of "in X" or "X, <state>"; a village's name is the text's person even
  // after a preposition that takes people as readily ("led detectives to Henry", "a call from Jones").
  const surname = people.has(key), placeBefore = locBefore && !(surname && is(prev, TO_PERSON));
  if ((single || surname) && !major && !placeBefore && !commaPlace && (is(tokens[i], FIRST) || surname)) return true;
  // A town of some size is still a surname the text gives a person ("Lt. Pat Nelson" ... "Nelson said"); a capital, a state or a country is not.
  if ((single || surname) && major && !s.strong && !locBefore && !commaPlace && surname && !capitalOrState(g, s.cands)) return true;
  // "Jones said", "said Allen": a village name next to a speech verb is a person; "Moscow said" stays a metonym.
  let n = end + 1;
  while (is(tokens[n], AUXILIARY)) n++;
  const verbAfter = !!tokens[n] && is(tokens[n], SPEECH_VERB | PERSON_VERB) && !CLAUSE_MARK.test(text.slice(tokens[end]!.end, tokens[n]!.start));
  const saidBefore = !!prev && (prev.key === 'said' || prev.key === 'says') && !CLAUSE_MARK.test(prevGap);
  // "officials in Niono said": after "in"/"near" the name is the speakers' place ("samples from Lu confirmed" is a person).
  const speakersPlace = locBefore && (prev!.key === 'in' || prev!.key === 'near');
  return single && !major && ((verbAfter && !speakersPlace) || saidBefore);
}

/**
 * People below which a national capital or a first-level unit is no better known than a town: the
 * surname a text gives a person ("Jeff Hamilton", "Matthew D. Flores") is not Bermuda's capital of
 * a thousand people nor a department of Uruguay. A unit of unknown size (no population given) stays known.
 */
const KNOWN_UNIT_POP = 100_000;

/** Whether some reading of a name is a country, a national capital or a first-level unit of some size: too well known to be read as a surname. */
function capitalOrState(g: Gazetteer, cands: number[]): boolean {
  for (let k = 0; k < cands.length; k++) { const p = g.place(cands[k]!); if (((p.fcode === 'PPLC' || p.fcode === 'ADM1') && (p.pop >= KNOWN_UNIT_POP || p.pop === 0)) || STRONG.has(p.fcode)) return true; }
  return false;
}

/** A common word capitalised, or a village too small to be meant without a preposition or a ", <place>" after it. */
function commonOrMinor(s: Site): boolean {
  const { g, text, tokens, i, cands, prev, next, nextGap, single, strong, place } = s;
  const prepBefore = !!prev && is(prev, PREP) && (!isCap(prev) || sentenceInitial(text, tokens, i - 1));
  const initial = sentenceInitial(text, tokens, i);
  if (single && is(tokens[i], COMMON) && !strong && !(prepBefore && !initial)) return true;
  if (single && !strong && place && place.fcode !== 'ADM1' && place.fcode !== 'ADM2') {
    const maxPop = summaryOf(g, cands).maxPop;
    const commaAfter = next && COMMA_GAP.test(nextGap) && isCap(next);
    if (maxPop < 2000 && !prepBefore && !commaAfter) return true;
  }
  return false;
}
