import type { ClaimKind } from '../types.js';
import type { Quantity } from '../language/index.js';
import { AUXILIARIES, FOUND_DEAD, PART_MARKERS, type HeadClass } from './lexicon.js';
import { NEGATED, ruleBound, rulesBound, setWords, stepWords, VERB_INDEX, VERBS_BY_LAST, type CountRule, type VerbHit } from './countrules.js';
import { kindsForHead } from './kinds.js';
import { countsOtherThing, findHead, type Head } from './countphrase.js';
import { matchesAt, phraseAt, tokenAt, type Token } from './tokens.js';
import { PhraseEnds } from './phrases.js';
import { WORDS } from './words.js';
import { SOURCES } from './sourcedata.js';

// A `\p{…}` literal is built anew on each evaluation (tsx's esbuild writes it as `new RegExp(…)` where it stands):
// the ones the functions below test per token or per mention are built once here.
const READ_PAST = /^[,\p{L}"'‘’“”]|^\d+-\p{L}/u;
const LETTER_FIRST = /^\p{L}/u;

/**
 * The readings the count steps (countsteps.ts) are made of: the verb left or right of a count, a
 * toll noun before it, the verb after "of them", and whether a rule may bind a count's head.
 */
export const { LOCATIVE, CLAUSE_STOP, CASUALTY_WORDS, CARRIER_WORDS, PASSIVE_AUX, SALVO_PARTICIPLES, QUOTE_OPENERS, QUOTE_CLOSERS } = WORDS;

// The binding rules of data/rules/counts.json the engine reads at fixed places.
export const TOLLS = rulesBound('toll');
// "attacked by 25 drones" (launched), "was hit by two missiles" (hit): the attack word nearest before "by" decides the rule.
const BY_RULES = rulesBound('by').map((rule) => ({ rule, words: stepWords(rule, 0) }));
export const BEFORE = rulesBound('before');
// Each "before" rule's phrases by their last word: its sets expand into thousands of phrases, read at every count after "of" or "in".
const BEFORE_ENDS: ReadonlyMap<CountRule, PhraseEnds> = new Map(BEFORE.map((r) => [r, new PhraseEnds(r.phrases)]));
// The words the "before" phrases end on, and the "negated" ones: a phrase can end only at a token of its last word.
const BEFORE_LAST: ReadonlySet<string> = new Set(BEFORE.flatMap((r) => r.phrases.all.map((ph) => ph[ph.length - 1]!)));
const FOUND_DEAD_LAST: ReadonlySet<string> = new Set(FOUND_DEAD.phrases.all.map((ph) => ph[ph.length - 1]!));
const NEGATED_LAST: ReadonlySet<string> = new Set(NEGATED.all.map((ph) => ph[ph.length - 1]!));
export const AFTER = rulesBound('after');
const PARTICIPLES = rulesBound('participle').map((rule) => ({ rule, words: stepWords(rule, 0) }));

/** "the three targeted nuclear sites", "two destroyed bridges": a participle of a kind between a count (ending before token `after`) and its head. */
export function participleBefore(tokens: readonly Token[], after: number, head: Head): CountRule | null {
  const headAt = tokenAt(tokens, head.start);
  for (let p = after; p < headAt; p++) {
    const found = PARTICIPLES.find(({ rule, words }) => words.has(tokens[p]!.lower) && (!rule.heads || rule.heads.has(head.cls)));
    if (found) return found.rule;
  }
  return null;
}
export const ARMED = ruleBound('armed');
export const ARMED_WORDS = stepWords(ARMED, 0);
export const X_OF_Y = ruleBound('x-of-y');
export const CLOSURE = ruleBound('sentence', 'airport_closed');
export const CLOSURE_WORDS = stepWords(CLOSURE, 0);
// "Restrictions were lifted at three airports", "flights resumed at four airports": a reopening told before the count closes none.
export const CLOSURE_UNLESS = setWords(CLOSURE.meta.unless);
// Heads whose counts a comma may list before the verb they share (structures, not people or weapons: "killed 5 soldiers, 3 were hurt").
const LISTED_CLASSES: ReadonlySet<string> = new Set(['building', 'site', 'vessel']);
const PERSON_KINDS: ReadonlySet<ClaimKind> = new Set(kindsForHead('person'));
// ", the air force said on Wednesday, in the third combined strike": a verb of saying set off by a comma closes the count's clause.
const SAYING: ReadonlySet<string> = new Set(SOURCES.reportVerbs.words);


/**
 * Kind of the verb phrase that ends at token `p`, if any (for looking left of a number). A verb of
 * several kinds ("destroyed": intercepted drones, damaged tanks) gives the kind its head allows.
 */
export function verbEndingAt(tokens: readonly Token[], p: number, head?: Head | null): (VerbHit & { length: number }) | null {
  const candidates = p >= 0 ? VERBS_BY_LAST.get(tokens[p]!.lower) : undefined;
  if (!candidates) return null;
  let first: (VerbHit & { length: number }) | null = null;
  for (const hit of candidates) {
    const { phrase } = hit;
    const s = p - phrase.length + 1;
    if (s < 0) continue;
    let k = 0;
    while (k < phrase.length && tokens[s + k]!.lower === phrase[k]) k++;
    if (k !== phrase.length) continue;
    const found = { kind: hit.kind, rule: hit.rule, length: phrase.length };
    if (!head || fits(hit, head)) return found;
    first ??= found;
  }
  return first;
}

/**
 * The verb that ends just before a count, read from the nearest token back over the carrier words
 * (`from` down to `to`): "claimed the lives of 7" ends its verb at "of", "killing a total of 9" at "killing".
 */
export function leftVerb(tokens: readonly Token[], from: number, to: number, head: Head | null): { hit: VerbHit & { length: number }; at: number } | null {
  for (let p = from - 1; p >= to; p--) {
    const hit = verbEndingAt(tokens, p, head);
    if (hit && fits(hit, head)) return { hit, at: p };
  }
  return null;
}

/** The token that may open a count's place: "left 8 people dead in X", "dozens of members elsewhere in X". */
export function placeTokenAfter(tokens: readonly Token[], i: number): Token | undefined {
  // "six people were killed in X": auxiliaries stand between the count and its participle ("12 of which were shot down over X").
  const ofWhich = tokens[i]?.lower === 'of' && /^(?:which|them)$/.test(tokens[i + 1]?.lower ?? '') ? 2 : 0;
  let j = i + ofWhich;
  while (j < i + ofWhich + 3 && PASSIVE_AUX.has(tokens[j]?.lower ?? '')) j++;
  const t = tokens[j];
  if (t && (CASUALTY_WORDS.has(t.lower) || t.lower === 'elsewhere') && LOCATIVE.has(tokens[j + 1]?.lower ?? '')) return tokens[j + 1];
  // "including 18 shot down over X": what became of a salvo's part, then its place.
  let k = j;
  while (k < j + 2 && SALVO_PARTICIPLES.has(tokens[k]?.lower ?? '')) k++;
  if (k > j && LOCATIVE.has(tokens[k]?.lower ?? '')) return tokens[k];
  return tokens[i];
}

/**
 * "Nine people, including two elders, were killed": a breakdown set off by commas between a count
 * and its verb is read past (its own numbers are parts, not the next count).
 */
export function pastAside(tokens: readonly Token[], r: number, countAt: (i: number) => boolean = () => false): number {
  if (tokens[r - 1]?.text !== ',') return r;
  // "…, several with gunshot wounds, were taken to hospital": a count and a link word open an aside too.
  // "Twenty-five people, 10 of whom were children, were killed": a count "of whom/which" opens a breakdown as well.
  const ofWhom = PART_MARKERS.byFirst.has(tokens[r + 1]?.lower ?? '') && PART_MARKERS.all.some((m) => m.every((w, i) => tokens[r + 1 + i]?.lower === w));
  const aside = PART_MARKERS.byFirst.has(tokens[r]?.lower ?? '') || ((WORDS.ASIDE_LINKS.has(tokens[r + 1]?.lower ?? '') || ofWhom) && countAt(r));
  if (!aside) return r;
  for (let k = r + 1; k < Math.min(tokens.length, r + 14); k++) if (tokens[k]!.text === ',') return k + 1;
  return r;
}

/**
 * Left of a count: the verb just before the number ("killing at least 35", "launch a total of 440"),
 * "by" after an attack verb ("attacked by 25 drones"), "strikes on 15 targets", or a salvo carried
 * "with" a weapon count (its kind decided later).
 */
export function kindFromLeft(tokens: readonly Token[], qStart: number, head: Head | null): { bound: CountRule | null; finite: boolean; armedWith: boolean; verbAt: number } {
  const none = { bound: null, finite: true, armedWith: false, verbAt: -1 };
  let p = qStart - 1;
  let hops = 0;
  // "struck 'approximately 15 targets'": a quote opening at the count; the verb must stand right before the mark.
  const quoted = p > 0 && QUOTE_OPENERS.has(tokens[p]!.text) && opensQuote(tokens, p);
  // "had 'neutralised' 19 militants": a verb in scare quotes; the mark closing it is glued to it.
  const closed = !quoted && p > 0 && QUOTE_CLOSERS.has(tokens[p]!.text) && tokens[p - 1]!.end === tokens[p]!.start;
  if (quoted || closed) p--;
  while (!quoted && !closed && p >= 0 && hops < 4 && CARRIER_WORDS.has(tokens[p]!.lower)) { p--; hops++; }
  if (p < 0) return none;
  const word = tokens[p]!.lower;
  // "strikes on 15 targets", "hits by 9 missiles", "impacts of four missiles": cue phrases that end just before the count (a carrier word may end one).
  // Only a phrase whose last word is one of those two tokens can end there: most counts have neither, and no rule is read.
  if (head && (BEFORE_LAST.has(word) || BEFORE_LAST.has(tokens[qStart - 1]!.lower))) {
    for (const rule of BEFORE) {
      const ends = BEFORE_ENDS.get(rule)!;
      if (fits(rule, head) && (ends.endsAt(tokens, p) || ends.endsAt(tokens, qStart - 1))) return { ...none, bound: rule };
    }
  }
  if (word === 'by') {
    const before = verbEndingAt(tokens, p - 1) ?? verbEndingAt(tokens, p - 2);
    const by = head ? byRule(tokens, p, before !== null) : null;
    if (head && by && fits(by, head)) return { ...none, bound: by };
    if (head?.cls === 'person' && before && fits(before, head)) return { ...none, bound: before.rule };
    return none;
  }
  // "an attack with 91 drones", "a strike involving around 300 drones and missiles"
  if (ARMED_WORDS.has(word) && head && fits(ARMED, head)) return { ...none, armedWith: true };
  const left = leftVerb(tokens, qStart, p, head);
  if (left && bodiesNotFound(tokens, left.at)) return none;
  return left ? { bound: left.hit.rule, finite: !tokens[left.at]!.lower.endsWith('ing'), armedWith: false, verbAt: left.at - left.hit.length + 1 } : none;
}

/** Whether the quote mark at token `p` opens a quote: glued to the word after it, apart from the one before ("had 'neutralised' 19": that mark closes one). */
function opensQuote(tokens: readonly Token[], p: number): boolean {
  return tokens[p]!.end === tokens[p + 1]?.start && tokens[p - 1]!.end < tokens[p]!.start;
}

/**
 * The "by" rule of the attack word nearest before the "by" at token `p` (up to four tokens back): "was hit by two
 * missiles" counts weapons that reached it, "was attacked by 25 drones" weapons sent. With no attack word, a verb just
 * before (`verbBefore`) gives the file's first "by" rule.
 */
function byRule(tokens: readonly Token[], p: number, verbBefore: boolean): CountRule | null {
  for (let k = p - 1; k >= Math.max(0, p - 4); k--) {
    const found = BY_RULES.find(({ words }) => words.has(tokens[k]!.lower));
    if (found) return found.rule;
  }
  return verbBefore ? BY_RULES[0]!.rule : null;
}

/** Whether `phrase` ends at token `p`. */
export function endsAt(tokens: readonly Token[], p: number, phrase: readonly string[]): boolean {
  const s = p - phrase.length + 1;
  return s >= 0 && phrase.every((w, i) => tokens[s + i]!.lower === w);
}

/** "the bodies of 757 soldiers were returned": a "bodies of" verb ending at `at` in a sentence that finds no one. */
export function bodiesNotFound(tokens: readonly Token[], at: number): boolean {
  const bodies = FOUND_DEAD_LAST.has(tokens[at]?.lower ?? '') && FOUND_DEAD.phrases.all.some((ph) => ph.every((w, i) => tokens[at - ph.length + 1 + i]?.lower === w));
  return bodies && !tokens.some((_, i) => phraseAt(tokens, i, FOUND_DEAD.found));
}

/** "the death toll rises to 100", "a toll of 30": a head-less count after a toll noun counts the dead. */
export function tollBefore(tokens: readonly Token[], qStart: number): CountRule | null {
  for (const rule of TOLLS) {
    const { linkers, rises, unless } = TOLL_WORDS.get(rule)!;
    const far = linkers.has(tokens[qStart - 1]?.lower ?? '') || rises.has(tokens[qStart - 2]?.lower ?? '');
    for (let p = Math.max(0, qStart - (far ? 16 : 6)); p < qStart; p++) if (phraseAt(tokens, p, rule.phrases) && !unless.has(tokens[p - 1]?.lower ?? '')) return rule;
  }
  return null;
}
export const TOLL_WORDS = new Map(TOLLS.map((r) => [r, { linkers: setWords(r.meta.linkers), rises: setWords(r.meta.rises), unless: setWords(r.meta.unless) }]));

/**
 * Right of a count: its verb ("91 drones were downed", "three injured", "15 civilians … have been
 * killed"). `waits` when another coordinated count comes first ("74 missiles and 117 drones were
 * intercepted"): that count's verb is this one's too.
 */
export function kindFromRight(a: { tokens: readonly Token[]; quantities: readonly Quantity[]; q: Quantity; head: Head | null; from: number; isX: boolean; yAt: number }): { bound: CountRule | null; waits: boolean; verbAt: number } {
  const { tokens, quantities, q, head, isX, yAt } = a;
  let r = a.from;
  let launchedY: { bound: CountRule | null; waits: boolean; verbAt: number } | null = null;
  // "Five rockets fired from Lebanon were intercepted": a launch participle right after the head only qualifies it;
  // a passive verb of another kind later in the clause is the count's own, else the launch stands (GUIDELINES: no copy into launched).
  let reduced: { bound: CountRule | null; waits: boolean; verbAt: number } | null = null;
  let afterComma = false;
  for (let hops = 0; r < tokens.length && hops < 16; r++, hops++) {
    r = pastAside(tokens, r, (i) => quantities.some((o) => o !== q && tokenAt(tokens, o.start) === i));
    const t = tokens[r];
    if (!t || CLAUSE_STOP.has(t.lower)) break;
    if (t.text === ',') afterComma = true;
    // "…, X said, were killed" is an aside; "…, X said on Monday, in a strike" ends the clause at the verb of saying.
    else if (afterComma && SAYING.has(t.lower) && tokens[r + 1]?.text !== ',') break;
    const other = quantities.find((o) => o !== q && tokenAt(tokens, o.start) === r);
    // "Six of the 10 missiles were intercepted": the X reads on past its Y to the verb.
    if (other && isX && tokenAt(tokens, other.numberStart) === yAt) { r = yAt; continue; }
    if (reduced && other) return reduced;
    if (other && !['including', 'both'].includes(tokens[r - 1]?.lower ?? '') && !/^both$/i.test(other.text)) {
      // "13 high-rises, 2 schools and a kindergarten sustained damage": a list of structures set off by commas waits too.
      const prev = tokens[r - 1]?.lower ?? '';
      return { bound: null, waits: ['and', 'or'].includes(prev) || (prev === ',' && !!head && LISTED_CLASSES.has(head.cls)), verbAt: -1 };
    }
    const hits = verbStartingAt(tokens, r);
    // "struck Ukraine with 40 missiles, hitting 8 facilities", "attacked with 120 drones, with air defences downing 98 of them":
    // a participle that takes a count of its own is that count's verb.
    if (hits.length && t.lower.endsWith('ing') && quantities.some((o) => o !== q && tokenAt(tokens, o.start) > r && tokenAt(tokens, o.start) <= r + 3)) break;
    const hit = hits.length ? pick(hits, head) : null;
    // "16 of the 20 rockets fired from Lebanon were intercepted": for an X, a verb of launching after its Y tells of the Y; the X's verb comes after.
    if (hit?.kind === 'launched' && isX && yAt >= 0 && r > yAt) { launchedY ??= { bound: hit.rule, waits: false, verbAt: r }; continue; }
    // "Four of the 20 injured were children", "two of the nine people killed were officers", "three of the wounded": a verb of
    // people's fate with no auxiliary before it, after the X's Y or "the", names the group the X is taken from: the X breaks
    // that toll down (GUIDELINES), and a fate of its own after ("two of the wounded died") changes the toll, which is told apart.
    if (hit && (isX ? r > yAt : tokens[r - 1]?.lower === 'the') && PERSON_KINDS.has(hit.kind) && !PASSIVE_AUX.has(tokens[r - 1]?.lower ?? '')) break;
    if (hit?.kind === 'launched' && !isX && !reduced && hops < 2 && !PASSIVE_AUX.has(t.lower)) { reduced = { bound: hit.rule, waits: false, verbAt: r }; continue; }
    if (reduced) {
      if (hit && hit.kind !== 'launched' && PASSIVE_AUX.has(tokens[r - 1]?.lower ?? '')) return { bound: hit.rule, waits: false, verbAt: r };
      if (hits.length) return reduced;
      continue;
    }
    if (hits.length) return { bound: hit?.rule ?? null, waits: false, verbAt: r };
    // "were 'lost' to electronic warfare": a scare quote is read past like a word.
    if (!AUXILIARIES.has(t.lower) && hops > 0 && !READ_PAST.test(t.text)) break;
  }
  return launchedY ?? reduced ?? { bound: null, waits: false, verbAt: -1 };
}

/**
 * "17 drones were not intercepted", "failed to intercept 12 missiles", "threatened to launch 100":
 * words of data/rules/counts.json (bind "negated") ending right before the verb at token `verbAt`,
 * over auxiliaries ("have not been downed"), say the count's fact did not happen.
 */
export function negatedVerb(tokens: readonly Token[], verbAt: number): boolean {
  for (let p = verbAt - 1, hops = 0; p >= 0 && hops < 4; p--, hops++) {
    const t = tokens[p]!;
    if (NEGATED_LAST.has(t.lower) && NEGATED.all.some((ph) => endsAt(tokens, p, ph))) return true;
    if (!AUXILIARIES.has(t.lower) && !NEGATION_SKIPS.has(t.lower)) return false;
  }
  return false;
}
/**
 * "plans to carry out 50 airstrikes", "could conduct 20 strikes": a count bound by its own noun has no verb
 * token of its own, so the words just before it (over carrier words, a verb of up to three words) are read
 * as its verb's, as `negatedVerb` reads them.
 */
export function negatedBeforeCount(tokens: readonly Token[], qStart: number): boolean {
  let p = qStart - 1;
  for (let hops = 0; p >= 0 && hops < 4 && CARRIER_WORDS.has(tokens[p]!.lower); hops++) p--;
  for (let k = 0; k < 3 && p - k >= 0 && LETTER_FIRST.test(tokens[p - k]!.text); k++) if (negatedVerb(tokens, p - k)) return true;
  return false;
}
// Auxiliaries of negated and modal verbs the lexicon's list of count auxiliaries lacks ("did not", "could not be").
const NEGATION_SKIPS = setWords('@negation_skips');

/**
 * "killed an American scientist and nine French soldiers": a verb whose first object is uncounted
 * reaches the count joined to it by "and" (`and` is the index of that "and"). A count of things, not
 * people, ends a longer list: "damaged a school, a clinic and 15 homes" (commas and counts inside it).
 */
export function verbAcrossObject(tokens: readonly Token[], and: number, head: Head): { rule: CountRule; at: number } | null {
  const list = head.cls !== 'person';
  for (let p = and - 1; p >= Math.max(0, and - (list ? 14 : 6)); p--) {
    const t = tokens[p]!;
    if (list && CLAUSE_STOP.has(t.lower)) return null;
    if (!LETTER_FIRST.test(t.text) && !(list && (t.text === ',' || /^\d/.test(t.text)))) return null;
    // "attacked a tanker with a cruise missile and five drones": a count in the list a salvo is carried "with" is launched, not the verb's object.
    if (list && ARMED_WORDS.has(t.lower)) return fits(ARMED, head) ? { rule: ARMED, at: p } : null;
    const hit = verbEndingAt(tokens, p, head);
    if (hit) return fits(hit, head) && p < and - 1 ? { rule: hit.rule, at: p - hit.length + 1 } : null;
  }
  return null;
}

/** Whether the Y of "X of Y" (the count at token `yAt`) counts a thing of the kind: a head it allows, or a bare number. */
export function yCountsKind(tokens: readonly Token[], quantities: readonly Quantity[], yAt: number, kind: ClaimKind): boolean {
  const y = quantities.find((o) => tokenAt(tokens, o.numberStart) === yAt);
  if (!y) return true;
  let k = yAt;
  while (k < tokens.length && tokens[k]!.end <= y.end) k++;
  const head = findHead(tokens, k);
  return head ? compatible(kind, head) : !countsOtherThing(tokens, k);
}

/**
 * "100 of them were shot down", "12 of which hit targets": the verb right after "of them/which" (over
 * auxiliaries), when it may count what the count before it counted (`head`, that count's class).
 */
export function verbAfterOfThem(tokens: readonly Token[], after: number, head: HeadClass | null): CountRule | null {
  if (!head || tokens[after]?.lower !== 'of' || !OF_PRONOUNS.has(tokens[after + 1]?.lower ?? '')) return null;
  let r = after + 2;
  while (r < after + 6 && AUXILIARIES.has(tokens[r]?.lower ?? '')) r++;
  return pick(verbStartingAt(tokens, r), { cls: head, start: -1, end: -1, death: null })?.rule ?? null;
}
export const OF_PRONOUNS: ReadonlySet<string> = new Set(['them', 'which', 'these', 'those']);

const NO_VERBS: readonly VerbHit[] = Object.freeze([]);
export function verbStartingAt(tokens: readonly Token[], i: number): readonly VerbHit[] {
  const found = matchesAt(tokens, i, VERB_INDEX);
  // Most tokens start no verb: the shared empty answer (callers only read it).
  return found.length ? found.map((m) => m.value) : NO_VERBS;
}

/** Whether a head class is one the kind counts (data/claims/kinds.json). */
export function compatible(kind: ClaimKind, head: Head | null): boolean {
  return !head || kindsForHead(head.cls).includes(kind);
}

/** Whether a rule (or a verb's rule) may bind a count with this head: its kind counts the head, and the rule is not limited to other heads. */
export function fits(r: CountRule | VerbHit, head: Head | null): boolean {
  const rule = 'rule' in r ? r.rule : r;
  return head ? compatible(rule.kind, head) && (!rule.heads || rule.heads.has(head.cls)) : !rule.needsHead;
}

export function pick(hits: readonly VerbHit[], head: Head | null): VerbHit | null {
  return hits.find((h) => fits(h, head)) ?? null;
}
