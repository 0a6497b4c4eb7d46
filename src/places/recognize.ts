/**
 * Toponym recognition: walk the gazetteer's token trie from every capitalised token, keep the
 * longest name, then judge it by its context (capitalisation, prepositions, "X region",
 * "X, Y", surrounding person/organisation words) to drop names that are not places here.
 */
import { CORE, DEMONYM, NAME, SHORT, child, gazetteer, type Gazetteer, type Place, type TrieNode } from './gazetteer.ts';
import { tokenize, type Token } from './normalize.ts';
import type { Token as LanguageToken } from '../language/index.ts';
import type { PlacePrecision } from '../types.ts';
import { framedName, namesListedBefore } from './unknown.ts';
import { surnames } from './people.ts';
import { fallbackCandidates } from './fallback.ts';
import { PLACE_WORDS } from './place-words.ts';
import { ARTICLE_FORM, skeletonCandidates } from './skeleton.ts';
import { AUXILIARY, CAL, COMMON, CONN, DET, DIR, FIRST, LOC, NOT_PLACE, OFFICE, ORG, ORG_BEFORE, ORG_MOD, PERSON_VERB, PREP, REGION_START, SPEECH_VERB, TITLE, is, lex, nodeOf } from './lexicon.ts';

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

/**
 * What "X region" (or "X state", "X district") names at the region word's level: regions whose
 * core is X, else regions plainly named X ("New York State": the state is plain "New York",
 * while the core "New York" belongs to New York County), else any region or place called X.
 */
export function regionReadings(g: Gazetteer, node: TrieNode, level: RawMention['regionLevel']): number[] {
  const atLevel = (c: number) => atRegionLevel(g.place(c), level);
  const cores = node.cores.filter(atLevel);
  // "the Lyman district", "Izium hromada": a district is named after its town, which the
  // gazetteer may hold where it lacks the district; the towns compete with the counties.
  if (level === 'unit') {
    // A country that has the unit itself keeps the unit, and a town smaller than a unit of the
    // name is not what the name is known by ("Donetsk district" is the raion, not Donetsk in Rostov).
    const most = Math.max(0, ...cores.map((u) => g.place(u).pop));
    const towns = node.names.filter((c) => { const p = g.place(c); return p.fcode.startsWith('PPL') && p.pop > most && !cores.some((u) => g.place(u).cc === p.cc); });
    if (cores.length + towns.length) return [...cores, ...towns];
  }
  if (cores.length) return cores;
  // "Moscow airport" names no airport called Moscow: the caller keeps the town.
  if (level === 'airport') return [];
  const named = node.names.filter((c) => atLevel(c) && g.place(c).fcode.startsWith('ADM'));
  if (named.length) return named;
  const other = node.cores.filter((c) => g.place(c).fcode !== 'AIRP');
  return other.length ? other : node.names;
}

/** Whether a place is of the kind a region word asks for: "region" a first-level unit, "airport" an airport. */
export function atRegionLevel(p: Place, level: RawMention['regionLevel']): boolean {
  if (level === 'airport') return p.fcode === 'AIRP';
  if (p.fcode === 'AIRP') return false;
  if (level === 'unit') return p.fcode === 'ADM2';
  return level === 'any' || (level === 'admin1') === (p.fcode === 'ADM1');
}

/** Words for natural features that follow the name they belong to ("Bekaa Valley"). */
const FEATURE_WORDS = new Set(['valley', 'river', 'mountains', 'mountain', 'lake', 'desert', 'plain', 'plains', 'basin', 'gorge', 'hills', 'highlands', 'delta', 'peninsula', 'coast', 'strip', 'heights', 'canyon', 'pass', 'island', 'islands']);

/** Words after "the X" that make X a noun of its own ("The Alliance between …"), not a qualifier. */
const AFTER_NAME_WORDS = new Set(['between', 'of', 'in', 'on', 'at', 'for', 'with', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'to', 'from', 'by', 'that', 'which', 'who', 'said', 'says']);

/** Kinds of place a common word may still name when capitalised ("Turkey", "Chad"). */
const STRONG = new Set(['PCLI', 'CONT', 'RGN', 'SEA', 'OCN', 'GULF', 'STRT', 'CHN']);
/** A place a bare mention may mean even when the words around it would say otherwise. */
const isMajor = (p: Place): boolean => STRONG.has(p.fcode) || p.fcode === 'ADM1' || p.fcode === 'PPLC' || p.fcode === 'PPLA' || p.pop >= 100000;
/** What follows "X City" when it is town X's office, not a place called "X City". */
const CITY_OFFICE = new Set(['council', 'hall', 'manager', 'commission', 'attorney', 'clerk', 'administrator', 'schools', 'limits', 'councilman', 'councilwoman']);
const isCap = (t: Token) => t.cap;
const DUMMY = { cap: false } as Token;
const isUpper = (t: Token) => t.text === t.text.toUpperCase();
// Regexes with Unicode property escapes live here: a transpiler may lower a literal to a `new RegExp` per use.
const ACRONYM = /^\p{Lu}{2,5}$/u;
const DESIGNATION = /^(?:\p{Lu}{1,3}|\p{Lu}?\d+\p{L}?)$/u;
/** What may sit between two tokens of one name: a space, hyphen, apostrophe or "St. ". */
const JOIN_GAP = /^(?:[ \u00a0]|[-–‐]|['’]|\. ?)$/;

function sentenceInitial(text: string, tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  const gap = tokens[i]!.gap;
  if (/[!?\n:;"“”]/.test(gap)) return true;
  // "U.S." keeps its dot inside the token; a plain period before the gap ends a sentence.
  return /^\.\s/.test(gap) || (/^\s/.test(gap) && tokens[i - 1]!.text.endsWith('.') && tokens[i - 1]!.text.length > 4);
}

function regionWordAt(g: Gazetteer, tokens: Token[], j: number): { len: number; level: string } | null {
  const t = tokens[j];
  if (!t || !is(t, REGION_START) || !/^\s+$/.test(t.gap)) return null;
  for (const len of [2, 1]) {
    if (j + len > tokens.length) continue;
    const key = len === 1 ? t.key : `${t.key} ${tokens[j + 1]!.key}`;
    // Plurals coordinate: "the Yaroslavl and Nizhny Novgorod regions".
    const level = g.regionWords.get(key) ?? g.regionWords.get(key.replace(/ies$/, 'y').replace(/s$/, ''));
    if (level) return { len, level };
  }
  return null;
}

function bestPlace(g: Gazetteer, cands: number[]): Place | null {
  let best: Place | null = null;
  for (const c of cands) {
    const p = g.place(c);
    if (!best || STRONG.has(p.fcode) || (p.fcode === 'ADM1' && !STRONG.has(best.fcode)) || (!STRONG.has(best.fcode) && best.fcode !== 'ADM1' && p.pop > best.pop)) best = p;
  }
  return best;
}

/** `words`: the text's language tokens, when the pipeline tokenized it already. */
export function recognize(text: string, words?: readonly LanguageToken[]): RawMention[] {
  const g = gazetteer();
  const tokens = tokenize(text, words);
  const out: RawMention[] = [];
  const people = surnames(g, text, tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isCap(t)) continue;
    let best: { end: number; key: string; cands: number[]; level: RawMention['regionLevel']; demonym: boolean; short: string | null } | null = null;
    let node: TrieNode | undefined;
    for (let j = i; j < tokens.length && j < i + 8; j++) {
      if (j > i && !JOIN_GAP.test(tokens[j]!.gap)) break;
      // "Dublin City Council", "Paris City Hall": the town, then its institution, not "Dublin City".
      if (j > i && tokens[j]!.key === 'city' && CITY_OFFICE.has(tokens[j + 1]?.key ?? '')) break;
      node = j === i ? nodeOf(t) : child(g, node!, tokens[j]!.key);
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
      if ((node.flags & DEMONYM) && j === i && !node.names.some((c) => g.place(c).fcode === 'PCLI')) best = { end: j, key: path, cands: [g.demonyms.get(path)!.idx], level: null, demonym: true, short: null };
      // "US", "UK" in capitals are the short forms, not the villages "Us" and "Uk" that share their letters.
      else if ((node.flags & SHORT) && j === i && isUpper(t) && t.text.length > 1 && !node.names.some((c) => g.place(c).name === t.text)) best = { end: j, key: path, cands: [g.shortForms.get(path)!.idx], level: null, demonym: false, short: path };
      else if (node.flags & NAME) best = { end: j, key: path, cands: node.names, level: null, demonym: false, short: null };
      else if (node.flags & DEMONYM) best = { end: j, key: path, cands: [g.demonyms.get(path)!.idx], level: null, demonym: true, short: null };
      else if (node.flags & SHORT) best = { end: j, key: path, cands: [g.shortForms.get(path)!.idx], level: null, demonym: false, short: path };
    }
    // Plural demonyms ("Israelis", "Americans").
    if (!best && t.key.endsWith('s')) {
      const d = g.demonyms.get(t.key.slice(0, -1));
      if (d) best = { end: i, key: t.key, cands: [d.idx], level: null, demonym: true, short: null };
    }
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
      const f = fallbackCandidates(text.slice(t.start, tokens[run]!.end));
      out.push({ start: t.start, end: tokens[e]!.end, text: text.slice(t.start, tokens[e]!.end), role: 'location', cands: f?.cands ?? [], regionLevel: rwRun.level as RawMention['regionLevel'], container: null, framed: rwRun.level === 'admin1' ? 'region' : 'district', tokStart: i, tokEnd: e });
      i = e;
      continue;
    }
    if (!best) {
      const framed = run >= i ? framedName(g, tokens, i, run, people) : null;
      if (framed) {
        const e = framed.end;
        out.push({ start: t.start, end: tokens[e]!.end, text: text.slice(t.start, tokens[e]!.end), role: 'location', cands: [], regionLevel: null, container: null, framed: framed.precision, tokStart: i, tokEnd: e });
        i = e;
        continue;
      }
      // "in Thandwe, Rakhine State": an unknown name after a locative word and before ", <place>".
      if (run >= i && i > 0 && !g.notPlaces.has(spanKey(tokens, i, run)) && ((is(tokens[i - 1], LOC) && !isCap(tokens[i - 1]!) && /^,\s*$/.test(tokens[run + 1]?.gap ?? '') && startsPlace(g, tokens, run + 1)) || namedSettlement(text, tokens, i, run))) {
        const e = Math.max(run, particleEnd(tokens, i));
        out.push({ start: t.start, end: tokens[e]!.end, text: text.slice(t.start, tokens[e]!.end), role: 'location', cands: [], regionLevel: null, container: null, tokStart: i, tokEnd: e });
        i = e;
      }
      continue;
    }
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
    else if (i === end && is(t, PREP) && sentenceInitial(text, tokens, i)) continue; // "In Kharkiv, …": an opening preposition read as a name leaves the place after it
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

/** The name key of tokens a..b (as the gazetteer and not-places.tsv key names). */
const spanKey = (tokens: Token[], a: number, b: number): string => tokens.slice(a, b + 1).map((x) => x.key).join(' ');

/** Last token of the capitalised run (joined by single spaces) that goes on from token e. */
function capitalRunEnd(tokens: Token[], e: number): number {
  while (tokens[e + 1]?.cap && tokens[e + 1]!.gap === ' ') e++;
  return e;
}

/** "Shangil Tobaya and Tawila districts": unknown names listed before a plural unit word are units too. */
function listedUnknowns(g: Gazetteer, text: string, tokens: Token[], ms: RawMention[], people: Set<string>): void {
  for (let k = ms.length - 1; k >= 0; k--) {
    const n = ms[k]!;
    const plural = n.framed && !n.regionLevel ? tokens[n.tokEnd + 1] : null;
    if (plural ? !/s$/.test(plural.key) || plural.cap : !n.regionLevel || n.regionLevel === 'airport' || !/s$/.test(tokens[n.tokEnd]!.key)) continue;
    const taken = k > 0 ? ms[k - 1]!.tokEnd : -1;
    const listed = namesListedBefore(g, tokens, n.tokStart, people).filter((r) => r.start > taken);
    const unit: PlacePrecision = n.framed ?? (n.regionLevel === 'admin1' ? 'region' : 'district');
    ms.splice(k, 0, ...listed.reverse().map((r): RawMention => ({ start: tokens[r.start]!.start, end: tokens[r.end]!.end, text: text.slice(tokens[r.start]!.start, tokens[r.end]!.end), role: 'location', cands: [], regionLevel: n.regionLevel, container: null, framed: unit, tokStart: r.start, tokEnd: r.end })));
  }
}

/**
 * Whether tokens i..e are common words and a capitalised office or organisation word follows:
 * "Justice Department", "Energy Department", "Homeland Security Department" are institutions,
 * where "Minnesota Department of Transportation" still names its state.
 */
function officeAfter(tokens: Token[], i: number, e: number): boolean {
  const next = tokens[e + 1];
  if (!next || !isCap(next) || next.gap !== ' ' || !is(next, OFFICE)) return false;
  for (let k = i; k <= e; k++) if (!is(tokens[k], COMMON) || is(tokens[k], DIR)) return false;
  return true;
}

/** Whether token j is a capitalised office word opening its own name ("Ohio Department of Transportation"): no département. */
const officeOf = (tokens: Token[], j: number): boolean => isCap(tokens[j] ?? DUMMY) && is(tokens[j], OFFICE) && tokens[j + 1]?.key === 'of';

/** Last token of the run of capitalised words (joined by single spaces) that starts at i, at most 4, with no organisation word. */
function runEnd(g: Gazetteer, text: string, tokens: Token[], i: number): number {
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
function namedSettlement(text: string, tokens: Token[], i: number, run: number): boolean {
  const prev = tokens[i - 1]!, t = tokens[i]!;
  if (isCap(prev) || sentenceInitial(text, tokens, i) || is(t, FIRST | TITLE | ORG | CAL | DIR | COMMON)) return false;
  const after = tokens[run + 1];
  if (after && /^['’]$/.test(after.gap) && after.key === 's') return false;
  if (after && isCap(after) && after.gap === ' ' && is(after, ORG | OFFICE)) return false;
  // ("the village of X" is left to the claims' own reading of settlement lists, which needs the whole list.)
  return prev.key === 'near' && (run === i || !is(tokens[run], ORG | OFFICE));
}

/** A lowercase Arabic article inside a name ("al", "ez", "ash"), joined to the word after it. */
const isArticle = (t: Token | undefined): boolean => !!t && !isCap(t) && (PLACE_WORDS.article.has(t.key) || ARTICLE_FORM.test(t.key));

/** Last token of a name that Arabic articles join from token i on ("Umm al-Kheir"): i when none does. */
function particleEnd(tokens: Token[], i: number): number {
  let e = i, joined = false;
  for (;;) {
    const a = tokens[e + 1], b = tokens[e + 2];
    // "Ma'arrat", "Nu'man": a word cut at an apostrophe goes on in lowercase.
    if (a && /^['’‘]$/.test(a.gap) && /^\p{Ll}{2}/u.test(a.text)) { e += 1; continue; }
    if (isArticle(a) && /^[ -]$/.test(a!.gap) && b && isCap(b) && /^[-’' ]$/.test(b.gap)) { e += 2; joined = true; continue; }
    return joined ? e : i;
  }
}

/**
 * A name whose words an Arabic article joins ("Ras al-Ain", "Ain al-Asad air base") and that the
 * trie walk did not read whole (it stopped at `bestEnd`): looked up by its skeleton (skeleton.ts),
 * or for a facility ("X al-Y air base"), the facility named from the article on ("Al Asad Air Base").
 */
function particleName(g: Gazetteer, text: string, tokens: Token[], i: number, bestEnd: number): RawMention | null {
  const e = particleEnd(tokens, i);
  if (e === i || e <= bestEnd) return null;
  const mention = (end: number, cands: number[], level: RawMention['regionLevel']): RawMention =>
    ({ start: tokens[i]!.start, end: tokens[end]!.end, text: text.slice(tokens[i]!.start, tokens[end]!.end), role: 'location', cands, regionLevel: level, container: null, tokStart: i, tokEnd: end });
  const rw = regionWordAt(g, tokens, e + 1);
  if (rw?.level === 'airport') {
    for (let a = i + 1; a < e; a += 2) {
      const facility = g.node(tokens.slice(a, e + 1 + rw.len).map((t) => t.key).join(' '));
      const airports = (facility?.names ?? []).filter((c) => g.place(c).fcode === 'AIRP');
      if (airports.length) return mention(e + rw.len, airports, 'airport');
    }
  }
  const cands = skeletonCandidates(text.slice(tokens[i]!.start, tokens[e]!.end));
  return cands.length ? mention(e, cands, null) : null;
}

/** Whether a known place name starts at token j (for "X, <place>"). */
function startsPlace(g: Gazetteer, tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t || !isCap(t)) return false;
  for (let e = j, path = t.key; e < tokens.length && e < j + 4; e++, path += ` ${tokens[e]?.key}`) {
    const n = g.node(path);
    if (!n) return false;
    if (n.names.some((c) => { const p = g.place(c); return p.fcode === 'PCLI' || p.fcode === 'ADM1' || p.pop >= 100000; }) || n.cores.length) return true;
  }
  return false;
}

function accept(g: Gazetteer, text: string, tokens: Token[], i: number, end: number, key: string, cands: number[], demonym: boolean, short: string | null, region: boolean, prior: RawMention[], people: Set<string>): boolean {
  if (g.notPlaces.has(key)) return false;
  const prev = tokens[i - 1], next = tokens[end + 1];
  // "The Bank of England", "the Council of Europe": a name ending in an organisation word before "of" is that organisation.
  if (end > i && !region && is(tokens[end], ORG | OFFICE) && next?.key === 'of') return false;
  const prevGap = prev ? tokens[i]!.gap : '';
  const nextGap = next ? next.gap : '';
  const afterPlace = prior.length > 0 && prior[prior.length - 1]!.tokEnd === i - 1;
  if (short) {
    const sf = g.shortForms.get(short)!;
    // Two letters after "City," are a state in capitals ("GA") or with AP's full stop ("Ga."), not the word "ga".
    if (sf.context === 'comma') return afterPlace && /^,\s*$/.test(prevGap) && (short.length > 2 || isUpper(tokens[i]!) || text[tokens[end]!.end] === '.');
    return true;
  }
  if (region) return true;
  const single = i === end;
  const place = bestPlace(g, cands);
  const strong = !!place && (STRONG.has(place.fcode) || demonym);
  // Organisations and people: "Columbia University", "Paris Hilton", "Sen. Jackson", "Bill Clinton".
  // A demonym before an organisation word still names its country ("Somali Armed Forces").
  if (next && /^ $/.test(nextGap) && isCap(next) && is(next, ORG) && !demonym) return false;
  if (prev && isCap(prev) && is(prev, TITLE)) return false;
  // "the State Duma", "the Federal Security Service": a name after an institution's modifier is a word of its name.
  if (prev && isCap(prev) && prevGap === ' ' && is(prev, ORG_MOD) && !demonym && !strong) return false;
  if (officeAfter(tokens, i, end) && !strong) return false;
  // "Air Serbia", "Air Baltic": a company named after a place (context-words.tsv `org-before`).
  if (prev && /^ $/.test(prevGap) && isCap(prev) && is(prev, ORG_BEFORE) && !demonym) return false;
  const prevIsFirstName = prev && isCap(prev) && /^ $/.test(prevGap) && is(prev, FIRST) && !afterPlace && !g.node(prev.key);
  if (prevIsFirstName && !strong) return false;
  if (single && is(tokens[i], FIRST) && next && /^ $/.test(nextGap) && isCap(next) && !g.regionWords.has(next.key) && !g.regionWords.has(next.key.replace(/s$/, '')) && !is(next, TITLE)) return false;
  if (demonym) return true;
  if (single && is(tokens[i], CAL)) return false;
  const prepBefore = !!prev && is(prev, PREP) && (!isCap(prev) || sentenceInitial(text, tokens, i - 1));
  const initial = sentenceInitial(text, tokens, i);
  // Weapon and vehicle designations: "Iskander-M", "MDT David".
  if (next && /^[-–‐]$/.test(nextGap) && DESIGNATION.test(next.text)) return false;
  const major = !!place && (isMajor(place) || cands.some((c) => g.place(c).fcode === 'AIRP'));
  // "the Bekaa Valley", "the Jordan River": a feature word right after a place names that place's feature, not a town called Valley.
  if (single && afterPlace && prevGap === ' ' && FEATURE_WORDS.has(tokens[i]!.key)) return false;
  // "UN", "NATO", "TASS": a short acronym names an organisation, not the village spelt alike ("ROME" in a dateline stays).
  // An alternate spelling of a city ("Nisa" for Nice) does not make an acronym a place: only the place's own name
  // in capitals, or a metropolis's abbreviation ("NYC").
  if (single && /^[A-Z]{2,5}$/.test(tokens[i]!.text) && !g.shortForms.has(key) && !strong
    && !cands.some((c) => g.place(c).pop >= 1_000_000 || (isMajor(g.place(c)) && g.place(c).name.toUpperCase() === tokens[i]!.text))) return false;
  // "IndiGo", "SpiceJet": a capital inside a word is a brand's spelling, unless the place is spelt so ("DeKalb", "McAllen").
  if (single && /[a-z][A-Z]/.test(tokens[i]!.text) && !cands.some((c) => g.place(c).name === tokens[i]!.text)) return false;
  // "The Alliance between our nations", "the Exchange of Naval Nuclear Propulsion Information": a minor
  // place's name after "the", or inside a title-case name, is a word of that name.
  // ("the Maryville church" keeps its town: there the name qualifies the noun after it.)
  const nounAfter = !!next && nextGap === ' ' && /^[a-z]/.test(next.text) && !AFTER_NAME_WORDS.has(next.key);
  if (single && !major && !strong && prev && prev.key === 'the' && prevGap === ' ' && !nounAfter) return false;
  if (single && !major && !strong && prev?.key === 'of' && tokens[i - 2] && isCap(tokens[i - 2]!) && next && isCap(next) && nextGap === ' ') return false;
  if (prev && prevGap === ' ' && ACRONYM.test(prev.text) && !isUpper(tokens[i]!) && !g.shortForms.has(prev.key) && !(g.node(prev.key)?.names ?? []).some((c) => STRONG.has(g.place(c).fcode) || g.place(c).fcode === 'ADM1') && !strong) return false;
  if (single && is(tokens[i], DIR)) return false;
  // "minister Abdi Hirsi Ali said": after a capitalised word that is no place and no known word, one
  // more capitalised word ends a person's or organisation's name, not a town called Ali.
  if (single && !strong && prev && prevGap === ' ' && isCap(prev) && !isUpper(prev) && !sentenceInitial(text, tokens, i - 1) && !nodeOf(prev) && lex(prev) === 0) return false;
  const locBefore = !!prev && is(prev, LOC) && (!isCap(prev) || sentenceInitial(text, tokens, i - 1));
  const commaPlace = !!next && /^,\s*$/.test(nextGap) && startsPlace(g, tokens, end + 1);
  // A bare first name or a surname this text gives a person is a person, short of "in X" or "X, <state>".
  if (single && !major && !locBefore && !commaPlace && (is(tokens[i], FIRST) || people.has(key))) return false;
  // "Jones said", "said Allen": a village name next to a speech verb is a person; "Moscow said" stays a metonym.
  let n = end + 1;
  while (is(tokens[n], AUXILIARY)) n++;
  const verbAfter = !!tokens[n] && is(tokens[n], SPEECH_VERB | PERSON_VERB) && !/[,.;]/.test(text.slice(tokens[end]!.end, tokens[n]!.start));
  const saidBefore = !!prev && (prev.key === 'said' || prev.key === 'says') && !/[,.;]/.test(prevGap);
  // "officials in Niono said": after "in"/"near" the name is the speakers' place ("samples from Lu confirmed" is a person).
  const speakersPlace = locBefore && (prev!.key === 'in' || prev!.key === 'near');
  if (single && !major && ((verbAfter && !speakersPlace) || saidBefore)) return false;
  if (single && is(tokens[i], COMMON) && !strong && !(prepBefore && !initial)) return false;
  if (single && !strong && place && place.fcode !== 'ADM1' && place.fcode !== 'ADM2') {
    const maxPop = Math.max(...cands.map((c) => g.place(c).pop));
    const commaAfter = next && /^,\s*$/.test(nextGap) && isCap(next);
    if (maxPop < 2000 && !prepBefore && !commaAfter) return false;
  }
  return true;
}

/**
 * "the Yaroslavl and Nizhny Novgorod regions", "the Belgorod, Kursk and Bryansk regions": the
 * names listed before a plural region word are regions too.
 */
function coordinateRegions(g: Gazetteer, text: string, tokens: Token[], ms: RawMention[]): void {
  for (let k = ms.length - 1; k > 0; k--) {
    const n = ms[k]!;
    if (!n.regionLevel || !/s$/.test(tokens[n.tokEnd]!.key)) continue;
    for (let j = k - 1; j >= 0; j--) {
      const m = ms[j]!, next = ms[j + 1]!;
      if (m.regionLevel || !/^(?:\s+and\s+|,\s*(?:and\s+)?)$/.test(text.slice(m.end, next.start))) break;
      const node = g.node(tokens.slice(m.tokStart, m.tokEnd + 1).map((t) => t.key).join(' '));
      const cores = (node?.cores ?? []).filter((c) => atRegionLevel(g.place(c), n.regionLevel));
      if (!cores.length) break;
      m.cands = cores;
      m.regionLevel = n.regionLevel;
    }
  }
}

/** Roles and containment that depend on the neighbours: "Moscow said", "Bangor, Maine", "Paris in Texas". */
function markContext(text: string, tokens: Token[], ms: RawMention[]): void {
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    let n = m.tokEnd + 1;
    if (tokens[n]?.key === 's' && /^['’]$/.test(tokens[n]!.gap)) n++;
    while (is(tokens[n], AUXILIARY)) n++;
    if (m.role === 'location' && is(tokens[n], SPEECH_VERB) && n > m.tokEnd + (tokens[m.tokEnd + 1]?.key === 's' ? 1 : 0) && !/[,.;]/.test(text.slice(m.end, tokens[n]!.start))) m.role = 'metonym';
    const nx = ms[k + 1];
    if (nx && nx.tokStart === m.tokEnd + 1 && /^,\s*$/.test(text.slice(m.end, nx.start))) m.container = k + 1;
    if (nx && nx.tokStart === m.tokEnd + 2 && tokens[m.tokEnd + 1]?.key === 'in') m.container = k + 1;
  }
}
