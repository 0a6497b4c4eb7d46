/**
 * The word lists the recogniser judges context by, merged into one map from token key to bit
 * flags: each token is looked up once (lazily, on first question) instead of once per list.
 */
import { gazetteer, type TrieNode } from './gazetteer.ts';
import { wordOfToken, type Token } from './normalize.ts';

/** Lowercase words allowed inside a multi-word name ("Stratford upon Avon", "Isle of Man"). */
const CONNECTORS = new Set(['of', 'the', 'de', 'del', 'la', 'le', 'upon', 'on', 'al', 'el', 'du', 'da', 'dos', 'das', 'y', 'sur', 'am', 'an', 'der', 'di', 'en', 'au', 'aux', 'les', 'los', 'las']);
/** Words before a name that make it a location ("in Paris", "near Kursk"). */
const PREPOSITIONS = new Set(['in', 'at', 'near', 'over', 'from', 'to', 'into', 'outside', 'across', 'around', 'toward', 'towards', 'via', 'through', 'between', 'throughout', 'inside', 'within', 'of', 'across', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'visit', 'visited', 'and', 'or']);
/** Verbs after a place that make it stand for its government ("Moscow said"). */
const SPEECH = new Set(['said', 'says', 'say', 'announced', 'announces', 'warned', 'warns', 'accused', 'accuses', 'claimed', 'claims', 'denied', 'denies', 'insisted', 'responded', 'condemned', 'condemns', 'rejected', 'rejects', 'demanded', 'demands', 'urged', 'urges', 'threatened', 'threatens', 'vowed', 'vows', 'stated', 'confirmed', 'declared', 'agreed', 'refused', 'protested', 'retaliated', 'recalled', 'expelled', 'imposed', 'sanctioned', 'pledged', 'signed', 'blamed']);
const AUX = new Set(['has', 'have', 'had', 'will', 'would', 'also', 'has', 'later', 'then']);
/** Capitalised calendar words never name a place here ("May", "March", "Sunday"). */
const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Prepositions that put a place after them; "and"/"or" coordinate people as readily as places. */
const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'outside', 'across', 'around', 'toward', 'towards', 'via', 'through', 'throughout', 'inside', 'within', 'evacuating', 'visit', 'visited']);
/** Locative prepositions that take a person as readily as a place ("led detectives to Henry", "a call from Jones"). */
const TO_PERSON_WORDS = new Set(['to', 'from', 'at', 'toward', 'towards']);
/** A compass word alone names no place here; it heads a longer name ("South Waziristan", "Central Catholic"). */
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'northeast', 'northwest', 'southeast', 'southwest', 'midwest', 'upper', 'lower', 'mid']);
/** Verbs after a bare name that make it a person unless the place is big enough to speak for a government. */
const PERSON_VERBS = new Set([...['told', 'added', 'wrote', 'explained', 'noted', 'stressed', 'recalled', 'testified', 'pleaded', 'admitted', 'asked', 'replied', 'thinks', 'believes', 'hopes', 'declined', 'stressed', 'emphasized', 'argued']]);
/** Sentence-initial capitalised function words that never start a name ("The county"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'each', 'every', 'one', 'some', 'any', 'no']);

export const FIRST = 1, TITLE = 2, ORG = 4, NOT_PLACE = 8, COMMON = 16, DET = 32, DIR = 64, LOC = 128, PREP = 256, CAL = 512, SPEECH_VERB = 1024, PERSON_VERB = 2048, AUXILIARY = 4096, CONN = 8192, REGION_START = 16384, OFFICE = 32768, ORG_MOD = 65536, ORG_BEFORE = 131072, MAKE = 262144, TO_PERSON = 524288, EPONYM = 1048576;

let lexicon: Map<string, number> | null = null;
let regionFirst: Set<string> | null = null;
function build(): Map<string, number> {
  const g = gazetteer();
  regionFirst = new Set([...g.regionWords.keys()].map((w) => w.split(' ')[0]!));
  const m = new Map<string, number>();
  const add = (words: Iterable<string>, flag: number) => { for (const w of words) m.set(w, (m.get(w) ?? 0) | flag); };
  add(g.firstNames, FIRST); add(g.titleWords, TITLE); add(g.orgWords, ORG); add(g.notPlaces, NOT_PLACE); add(g.commonWords, COMMON); add(g.officeWords, OFFICE); add(g.orgModifiers, ORG_MOD); add(g.orgBefore, ORG_BEFORE); add(g.makeWords, MAKE); add(g.eponymWords, EPONYM);
  add(DETERMINERS, DET); add(DIRECTIONS, DIR); add(LOCATIVE, LOC); add(PREPOSITIONS, PREP); add(CALENDAR, CAL); add(TO_PERSON_WORDS, TO_PERSON);
  add(SPEECH, SPEECH_VERB); add(PERSON_VERBS, PERSON_VERB); add(AUX, AUXILIARY); add(CONNECTORS, CONN);
  return m;
}

/** The flags of a token's key, computed on first use and kept with its word. */
export function lex(t: Token): number {
  const w = wordOfToken(t);
  if (w.lex < 0) {
    const m = (lexicon ??= build());
    // A region word's first token, or a plural of a one-token region word ("regions", "counties").
    const region = regionFirst!.has(w.key) || gazetteer().regionWords.has(w.key.replace(/ies$/, 'y').replace(/s$/, ''));
    w.lex = (m.get(w.key) ?? 0) | (region ? REGION_START : 0);
  }
  return w.lex;
}

/** The trie node of a token's key alone, kept with its word. */
export function nodeOf(t: Token): TrieNode | undefined {
  const w = wordOfToken(t);
  if (w.node === null) w.node = gazetteer().node(w.key);
  return w.node;
}

/** Whether a token's key is in the list of `flag`; false for a missing token. */
export const is = (t: Token | undefined, flag: number): boolean => !!t && (lex(t) & flag) !== 0;
