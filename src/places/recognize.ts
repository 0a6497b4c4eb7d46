/**
 * Toponym recognition: walk the gazetteer's token trie from every capitalised token, keep the
 * longest name, then judge it by its context (capitalisation, prepositions, "X region",
 * "X, Y", surrounding person/organisation words) to drop names that are not places here.
 */
import { CORE, DEMONYM, NAME, SHORT, childOf, gazetteer, type Gazetteer, type TrieNode } from './gazetteer.ts';
import { tokenize, wordOfToken, type Token } from './normalize.ts';
import type { TextTokens, Token as LanguageToken } from '../language/index.ts';
import type { PlacePrecision } from '../types.ts';
import { framedName } from './unknown.ts';
import { surnames } from './people.ts';
import { fallbackCandidates } from './fallback.ts';
import { COMMON, CONN, DIR, FIRST, LOC, PREP, TITLE, is, lex, nodeOf } from './lexicon.ts';
import { regionReadings } from './regions.ts';
import { isCap, isUpper, sentenceInitial, regionWordAt, spanKey, capitalRunEnd, officeAfter, officeOf, runEnd, namedSettlement, particleEnd, particleName, startsPlace } from './context.ts';
import { accept } from './accept.ts';
import { listedUnknowns, coordinateRegions, markContext } from './neighbours.ts';

// Regex literals evaluated per call make a RegExp object each time: the hot context tests share these.
const COMMA_GAP = /^,\s*$/;
const DASH_GAP = /[—–]|\s-+\s/;

export { atRegionLevel, regionReadings } from './regions.ts';

export interface RawMention {
  start: number;
  end: number;
  text: string;
  role: 'location' | 'metonym' | 'demonym';
  /** Candidate place indices, unranked. */
  cands: number[];
  /** Matched through "X region"/"X district"/"X airport": which level the word after the name asks for. */
  regionLevel: 'admin1' | 'admin2' | 'unit' | 'any' | 'airport' | null;
  /** Index (in the mention list) of the place this one is said to be in ("X, Y", "X in Y"). */
  container: number | null;
  /** A name the gazetteer lacks, framed as a place ("the village of X"): the precision its frame gives (unknown.ts). */
  framed?: PlacePrecision;
  tokStart: number;
  tokEnd: number;
}

/** What follows "X City" when it is town X's office, not a place called "X City". */
const CITY_OFFICE = new Set(['council', 'hall', 'manager', 'commission', 'attorney', 'clerk', 'administrator', 'schools', 'limits', 'councilman', 'councilwoman']);

/** What may sit between two tokens of one name: a space, hyphen, apostrophe or "St. ". */
const JOIN_GAP = /^(?:[ \u00a0]|[-–‐]|['’]|\. ?)$/;

/** The name tokens' objects, rewritten for each text: no token outlives its recognize call (mentions keep indices). */
const TOKEN_POOL: Token[] = [];

/** `words`: the text's language tokens (objects or columns), when the pipeline tokenized it already. */
export function recognize(text: string, words?: readonly LanguageToken[] | TextTokens): RawMention[] {
  const g = gazetteer();
  const tokens = tokenize(text, words, TOKEN_POOL);
  const out: RawMention[] = [];
  const people = surnames(g, text, tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isCap(t)) continue;
    const best = longestName(g, tokens, i);
    // "South Waziristan District", "Killa Abdullah District": a run of capitalised words that a
    // region word closes is one region name, even when the gazetteer knows only a part of it.
    const run = runEnd(g, text, tokens, i);
    // "Ras al-Ain", "Deir ez-Zor": a name joined by an Arabic article the gazetteer spells otherwise.
    const joined = particleName(g, text, tokens, i, best?.end ?? i - 1);
    if (joined) { out.push(joined); i = joined.tokEnd; continue; }
    // "the Treasury Department": common words before an office word name an institution, not a département.
    if (run >= i && officeAfter(tokens, i, run)) { i = run + 1; continue; }
    const rwRun = run > (best?.end ?? i - 1) && !officeOf(tokens, run + 1) ? regionWordAt(g, tokens, run + 1) : null;
    if (rwRun && !(best && best.level)) {
      const e = run + rwRun.len;
      // "Islamic State West Africa Province": an armed group's name (not-places.tsv) takes its whole capitalised run with it.
      if (g.notPlaces.has(spanKey(tokens, i, e))) { i = capitalRunEnd(tokens, e); continue; }
      // "the Solid Waste District", "a Historic District", "Fire District 2": common words before the unit word name a service's or a zoning district, no place.
      if (commonWordsOnly(tokens, i, run)) { i = capitalRunEnd(tokens, e); continue; }
      const f = fallbackCandidates(text.slice(t.start, tokens[run]!.end));
      out.push({ start: t.start, end: tokens[e]!.end, text: text.slice(t.start, tokens[e]!.end), role: 'location', cands: f?.cands ?? [], regionLevel: rwRun.level as RawMention['regionLevel'], container: null, framed: rwRun.level === 'admin1' ? 'region' : 'district', tokStart: i, tokEnd: e });
      i = e;
      continue;
    }
    if (!best) { i = unknownName(g, text, tokens, i, run, people, out); continue; }
    const end = best.end;
    const key = best.key;
    // "in Kherbet Selem": the known tail of an unknown name after a locative word is not the place
    // the gazetteer knows by that tail; the whole run is one unknown name.
    const pv = tokens[i - 1], pp = tokens[i - 2];
    if (pv && pp && isCap(pv) && t.gap === ' ' && !isCap(pp) && is(pp, LOC) && out[out.length - 1]?.tokEnd !== i - 1 && !is(pv, FIRST | TITLE | DIR) && !(best.demonym) && !g.notPlaces.has(spanKey(tokens, i - 1, end))) {
      out.push({ start: pv.start, end: tokens[end]!.end, text: text.slice(pv.start, tokens[end]!.end), role: 'location', cands: [], regionLevel: null, container: null, tokStart: i - 1, tokEnd: end });
      i = end;
      continue;
    }
    if (accept(g, text, tokens, i, end, key, best.cands, best.demonym, best.short, best.level !== null, out, people)) {
      out.push({
        start: t.start, end: tokens[end]!.end, text: text.slice(t.start, tokens[end]!.end),
        role: best.demonym ? 'demonym' : 'location', cands: best.cands, regionLevel: best.level,
        container: null, tokStart: i, tokEnd: end,
      });
    }
    else if (i === end && is(t, DIR)) continue; // "North Texas": the name after the compass word still counts
    // "In Kharkiv, …", "KYIV (AP) — In Kharkiv, …": an opening preposition (after a wire dateline's dash too) read as a name leaves the place after it.
    else if (i === end && is(t, PREP) && (sentenceInitial(text, tokens, i) || DASH_GAP.test(t.gap))) continue;
    else if (framedKnown(g, text, tokens, i, run, best.cands, people, out)) i = out[out.length - 1]!.tokEnd;
    else {
      // A rejected name takes the rest of its proper-noun run with it ("Columbia University", "Paris Hilton").
      i = capitalRunEnd(tokens, end);
      continue;
    }
    i = end;
  }
  coordinateRegions(g, text, tokens, out);
  listedUnknowns(g, text, tokens, out, people);
  markContext(text, tokens, out);
  return out;
}

/** Whether tokens i..e are all common English words capitalised, none a compass word ("South Central District" may be a unit's name). */
function commonWordsOnly(tokens: Token[], i: number, e: number): boolean {
  for (let k = i; k <= e; k++) if ((lex(tokens[k]!) & (COMMON | DIR)) !== COMMON) return false;
  return true;
}

/**
 * The one-reading list of a demonym's or a short form's place, one array per place: the readings
 * lists are the keys of the caches that spare a name's readings being read again (resolve.ts
 * topCandidates, accept.ts summaryOf), and a fresh list at each mention missed them every time.
 */
const ONE_PLACE = new Map<number, number[]>();
function onePlace(idx: number): number[] {
  let one = ONE_PLACE.get(idx);
  if (!one) ONE_PLACE.set(idx, (one = [idx]));
  return one;
}

/** A gazetteer name found at a token: its last token, trie key, readings, and what kind of name it is. */
interface NameMatch { end: number; key: string; cands: number[]; level: RawMention['regionLevel']; demonym: boolean; short: string | null }

/** The longest name starting at token `i` that the gazetteer knows: a place (with its region word), a demonym or a short form. */
function longestName(g: Gazetteer, tokens: Token[], i: number): NameMatch | null {
  const t = tokens[i]!;
  let best: NameMatch | null = null;
  let node: TrieNode | undefined;
  for (let j = i; j < tokens.length && j < i + 8; j++) {
    if (j > i && !JOIN_GAP.test(tokens[j]!.gap)) break;
    // "Dublin City Council", "Paris City Hall": the town, then its institution, not "Dublin City".
    if (j > i && tokens[j]!.key === 'city' && CITY_OFFICE.has(tokens[j + 1]?.key ?? '')) break;
    node = j === i ? nodeOf(t) : childOf(g, node!, wordOfToken(tokens[j]!).id, tokens[j]!.key);
    if (!node) break;
    const path = node.path;
    if (g.notPlaces.has(path)) continue;
    if (!isCap(tokens[j]!) && !(j > i && is(tokens[j], CONN))) continue;
    if (!isCap(tokens[j]!)) continue;
    const rw = officeAfter(tokens, i, j) || officeOf(tokens, j + 1) ? null : regionWordAt(g, tokens, j + 1);
    if (rw && (node.flags & (CORE | NAME))) {
      const level = rw.level as RawMention['regionLevel'];
      const cands = regionReadings(g, node, level);
      if (cands.length) {
        best = { end: j + rw.len, key: rw.len === 1 ? `${path} ${tokens[j + 1]!.key}` : `${path} ${tokens[j + 1]!.key} ${tokens[j + 2]!.key}`, cands, level, demonym: false, short: null };
        continue;
      }
    }
    // "Somali Armed Forces": a country's demonym outranks a province of the same name.
    if ((node.flags & DEMONYM) && j === i && !node.names.some((c) => g.place(c).fcode === 'PCLI')) best = { end: j, key: path, cands: onePlace(g.demonyms.get(path)!.idx), level: null, demonym: true, short: null };
    // "US", "UK" in capitals are the short forms, not the villages "Us" and "Uk" that share their letters.
    else if ((node.flags & SHORT) && j === i && isUpper(t) && t.text.length > 1 && !node.names.some((c) => g.place(c).name === t.text)) best = { end: j, key: path, cands: onePlace(g.shortForms.get(path)!.idx), level: null, demonym: false, short: path };
    // "Springfield, Ore.", "Tampa, Fla.": after "City," and before its full stop, a state's AP abbreviation, though villages share its letters.
    else if ((node.flags & SHORT) && j === i && COMMA_GAP.test(t.gap) && (tokens[j + 1]?.gap ?? '.').startsWith('.')) best = { end: j, key: path, cands: onePlace(g.shortForms.get(path)!.idx), level: null, demonym: false, short: path };
    else if (node.flags & NAME) best = { end: j, key: path, cands: node.names, level: null, demonym: false, short: null };
    else if (node.flags & DEMONYM) best = { end: j, key: path, cands: onePlace(g.demonyms.get(path)!.idx), level: null, demonym: true, short: null };
    else if (node.flags & SHORT) best = { end: j, key: path, cands: onePlace(g.shortForms.get(path)!.idx), level: null, demonym: false, short: path };
  }
  // Plural demonyms ("Israelis", "Americans").
  if (!best && t.key.endsWith('s')) {
    const d = g.demonyms.get(t.key.slice(0, -1));
    if (d) best = { end: i, key: t.key, cands: onePlace(d.idx), level: null, demonym: true, short: null };
  }
  return best;
}

/** A name the gazetteer lacks at token `i` (run: the end of its capitalised run) that a frame or a locative context makes a place; the token to go on after. */
function unknownName(g: Gazetteer, text: string, tokens: Token[], i: number, run: number, people: ReadonlySet<string>, out: RawMention[]): number {
  const t = tokens[i]!;
  const framed = run >= i ? framedName(g, tokens, i, run, people) : null;
  if (framed) {
    const e = framed.end;
    out.push({ start: t.start, end: tokens[e]!.end, text: text.slice(t.start, tokens[e]!.end), role: 'location', cands: [], regionLevel: null, container: null, framed: framed.precision, tokStart: i, tokEnd: e });
    return e;
  }
  // "in Thandwe, Rakhine State": an unknown name after a locative word and before ", <place>".
  if (run >= i && i > 0 && !g.notPlaces.has(spanKey(tokens, i, run)) && ((is(tokens[i - 1], LOC) && !isCap(tokens[i - 1]!) && COMMA_GAP.test(tokens[run + 1]?.gap ?? '') && startsPlace(g, tokens, run + 1)) || namedSettlement(text, tokens, i, run))) {
    const e = Math.max(run, particleEnd(tokens, i));
    out.push({ start: t.start, end: tokens[e]!.end, text: text.slice(t.start, tokens[e]!.end), role: 'location', cands: [], regionLevel: null, container: null, tokStart: i, tokEnd: e });
    return e;
  }
  return i;
}

/**
 * "the Kalma camp for displaced people", "the village of Hope Hill": a name the context rules
 * turned down is still a place when a frame says so (unknown.ts); its readings stay, to be weighed.
 */
function framedKnown(g: Gazetteer, text: string, tokens: Token[], i: number, run: number, cands: number[], people: Set<string>, out: RawMention[]): boolean {
  const framed = run >= i ? framedName(g, tokens, i, run, people) : null;
  if (!framed) return false;
  // The readings of the name alone are kept; "X camp" is a site that none of them is.
  const e = framed.end;
  out.push({ start: tokens[i]!.start, end: tokens[e]!.end, text: text.slice(tokens[i]!.start, tokens[e]!.end), role: 'location', cands: e === run && i === run ? cands : [], regionLevel: null, container: null, framed: framed.precision, tokStart: i, tokEnd: e });
  return true;
}
