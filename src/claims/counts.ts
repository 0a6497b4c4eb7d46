import type { ClaimKind, Qualifier } from '../types.js';
import { findQuantities, type Quantity } from '../language/index.js';
import { ANAPHORIC_HEADS, AUXILIARIES, FOUND_DEAD, PART_MARKERS, type HeadClass } from './lexicon.js';
import { ruleBound, rulesBound, setWords, stepWords, VERB_INDEX, VERBS_BY_LAST, type CountRule, type VerbHit } from './countrules.js';
import { kindsForHead } from './kinds.js';
import { SentenceCues } from './countcues.js';
import { asNoOne, countsOtherThing, findHead, NO_ONE, NOBODY, notACount, type Head } from './countphrase.js';
import { matchesAt, phraseAt, tokenAt, tokenize, type Token } from './tokens.js';
import { withSharedCounts } from './shares.js';
import { WORDS } from './words.js';

export { SHARE_OPENING } from './shares.js';

/** A count found in one sentence, before places, dates and claimants are attached. */
export interface CountDraft {
  kind: ClaimKind;
  /** Id of the data/rules/counts.json rule that bound the number to its kind. */
  rule: string;
  value: number | null;
  qualifier: Qualifier;
  /** Offsets in the sentence of the quantity and its head noun phrase. */
  start: number;
  end: number;
  head: HeadClass | null;
  headText: string | null;
  /** Offset in the sentence where a place phrase attached to this count begins, if any. */
  placeFrom: number | null;
  /** The count's noun phrase may itself hold its place ("four of Moscow's airports"). */
  headStart: number;
  /** Index (within the sentence's drafts) of the total this count breaks down. */
  partOf: number | null;
  /** "one each in A, B and C": the count holds for each place of the list that starts here. */
  eachFrom: number | null;
  /** False when stated in a participle clause ("killing three"): a summary, not the main report. */
  finite: boolean;
}

const { LOCATIVE, CLAUSE_STOP, CASUALTY_WORDS, CARRIER_WORDS, PASSIVE_AUX, SALVO_PARTICIPLES } = WORDS;

// The binding rules of data/rules/counts.json the engine reads at fixed places.
const TOLLS = rulesBound('toll');
const BY = ruleBound('by');
const BY_WORDS = stepWords(BY, 0);
const BEFORE = rulesBound('before');
const AFTER = rulesBound('after');
const ARMED = ruleBound('armed');
const ARMED_WORDS = stepWords(ARMED, 0);
const X_OF_Y = ruleBound('x-of-y');
const CLOSURE = ruleBound('sentence', 'airport_closed');
const CLOSURE_WORDS = stepWords(CLOSURE, 0);


/**
 * Kind of the verb phrase that ends at token `p`, if any (for looking left of a number). A verb of
 * several kinds ("destroyed": intercepted drones, damaged tanks) gives the kind its head allows.
 */
function verbEndingAt(tokens: readonly Token[], p: number, head?: Head | null): VerbHit | null {
  const candidates = p >= 0 ? VERBS_BY_LAST.get(tokens[p]!.lower) : undefined;
  if (!candidates) return null;
  let first: VerbHit | null = null;
  for (const hit of candidates) {
    const { phrase } = hit;
    const s = p - phrase.length + 1;
    if (s < 0) continue;
    let k = 0;
    while (k < phrase.length && tokens[s + k]!.lower === phrase[k]) k++;
    if (k !== phrase.length) continue;
    if (!head || fits(hit, head)) return hit;
    first ??= hit;
  }
  return first;
}

/**
 * The verb that ends just before a count, read from the nearest token back over the carrier words
 * (`from` down to `to`): "claimed the lives of 7" ends its verb at "of", "killing a total of 9" at "killing".
 */
function leftVerb(tokens: readonly Token[], from: number, to: number, head: Head | null): { hit: VerbHit; at: number } | null {
  for (let p = from - 1; p >= to; p--) {
    const hit = verbEndingAt(tokens, p, head);
    if (hit && fits(hit, head)) return { hit, at: p };
  }
  return null;
}

/** The token that may open a count's place: "left 8 people dead in X", "dozens of members elsewhere in X". */
function placeTokenAfter(tokens: readonly Token[], i: number): Token | undefined {
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
function pastAside(tokens: readonly Token[], r: number): number {
  if (tokens[r - 1]?.text !== ',' || !PART_MARKERS.byFirst.has(tokens[r]?.lower ?? '')) return r;
  for (let k = r + 1; k < Math.min(tokens.length, r + 14); k++) if (tokens[k]!.text === ',') return k + 1;
  return r;
}

/**
 * Left of a count: the verb just before the number ("killing at least 35", "launch a total of 440"),
 * "by" after an attack verb ("attacked by 25 drones"), "strikes on 15 targets", or a salvo carried
 * "with" a weapon count (its kind decided later).
 */
function kindFromLeft(tokens: readonly Token[], qStart: number, head: Head | null): { bound: CountRule | null; finite: boolean; armedWith: boolean } {
  const none = { bound: null, finite: true, armedWith: false };
  let p = qStart - 1;
  let hops = 0;
  while (p >= 0 && hops < 4 && CARRIER_WORDS.has(tokens[p]!.lower)) { p--; hops++; }
  if (p < 0) return none;
  const word = tokens[p]!.lower;
  if (word === 'by') {
    const before = verbEndingAt(tokens, p - 1) ?? verbEndingAt(tokens, p - 2);
    const attacked = tokens.slice(Math.max(0, p - 4), p).some((t) => BY_WORDS.has(t.lower));
    if (head && (before || attacked) && fits(BY, head)) return { ...none, bound: BY };
    if (head?.cls === 'person' && before && fits(before, head)) return { ...none, bound: before.rule };
    return none;
  }
  // "strikes on 15 targets": cue phrases that end just before the count.
  for (const rule of BEFORE) if (head && fits(rule, head) && rule.phrases.all.some((ph) => endsAt(tokens, p, ph))) return { ...none, bound: rule };
  // "an attack with 91 drones", "a strike involving around 300 drones and missiles"
  if (ARMED_WORDS.has(word) && head && fits(ARMED, head)) return { ...none, armedWith: true };
  const left = leftVerb(tokens, qStart, p, head);
  if (left && bodiesNotFound(tokens, left.at)) return none;
  return left ? { bound: left.hit.rule, finite: !tokens[left.at]!.lower.endsWith('ing'), armedWith: false } : none;
}

/** Whether `phrase` ends at token `p`. */
function endsAt(tokens: readonly Token[], p: number, phrase: readonly string[]): boolean {
  const s = p - phrase.length + 1;
  return s >= 0 && phrase.every((w, i) => tokens[s + i]!.lower === w);
}

/** "the bodies of 757 soldiers were returned": a "bodies of" verb ending at `at` in a sentence that finds no one. */
function bodiesNotFound(tokens: readonly Token[], at: number): boolean {
  const bodies = FOUND_DEAD.phrases.all.some((ph) => ph.every((w, i) => tokens[at - ph.length + 1 + i]?.lower === w));
  return bodies && !tokens.some((_, i) => phraseAt(tokens, i, FOUND_DEAD.found));
}

/** "the death toll rises to 100", "a toll of 30": a head-less count after a toll noun counts the dead. */
function tollBefore(tokens: readonly Token[], qStart: number): CountRule | null {
  for (const rule of TOLLS) {
    const { linkers, rises, unless } = TOLL_WORDS.get(rule)!;
    const far = linkers.has(tokens[qStart - 1]?.lower ?? '') || rises.has(tokens[qStart - 2]?.lower ?? '');
    for (let p = Math.max(0, qStart - (far ? 16 : 6)); p < qStart; p++) if (phraseAt(tokens, p, rule.phrases) && !unless.has(tokens[p - 1]?.lower ?? '')) return rule;
  }
  return null;
}
const TOLL_WORDS = new Map(TOLLS.map((r) => [r, { linkers: setWords(r.meta.linkers), rises: setWords(r.meta.rises), unless: setWords(r.meta.unless) }]));

/**
 * Right of a count: its verb ("91 drones were downed", "three injured", "15 civilians … have been
 * killed"). `waits` when another coordinated count comes first ("74 missiles and 117 drones were
 * intercepted"): that count's verb is this one's too.
 */
function kindFromRight(a: { tokens: readonly Token[]; quantities: readonly Quantity[]; q: Quantity; head: Head | null; from: number; isX: boolean; yAt: number }): { bound: CountRule | null; waits: boolean } {
  const { tokens, quantities, q, head, isX, yAt } = a;
  let r = a.from;
  for (let hops = 0; r < tokens.length && hops < 16; r++, hops++) {
    r = pastAside(tokens, r);
    const t = tokens[r];
    if (!t || CLAUSE_STOP.has(t.lower)) break;
    const other = quantities.find((o) => o !== q && tokenAt(tokens, o.start) === r);
    // "Six of the 10 missiles were intercepted": the X reads on past its Y to the verb.
    if (other && isX && tokenAt(tokens, other.numberStart) === yAt) { r = yAt; continue; }
    if (other && !['including', 'both'].includes(tokens[r - 1]?.lower ?? '') && !/^both$/i.test(other.text)) {
      return { bound: null, waits: ['and', 'or'].includes(tokens[r - 1]?.lower ?? '') };
    }
    const hits = verbStartingAt(tokens, r);
    // "struck Ukraine with 40 missiles, hitting 8 facilities": a participle after a comma that takes a count of its own is that count's verb.
    if (hits.length && tokens[r - 1]?.text === ',' && t.lower.endsWith('ing') && quantities.some((o) => o !== q && tokenAt(tokens, o.start) > r && tokenAt(tokens, o.start) <= r + 3)) break;
    if (hits.length) return { bound: pick(hits, head)?.rule ?? null, waits: false };
    if (!AUXILIARIES.has(t.lower) && hops > 0 && !/^[,\p{L}]|^\d+-\p{L}/u.test(t.text)) break;
  }
  return { bound: null, waits: false };
}

/**
 * "killed an American scientist and nine French soldiers": a verb whose first object is uncounted
 * reaches the count joined to it by "and" (`and` is the index of that "and"). A count of things, not
 * people, ends a longer list: "damaged a school, a clinic and 15 homes" (commas and counts inside it).
 */
function verbAcrossObject(tokens: readonly Token[], and: number, head: Head): CountRule | null {
  const list = head.cls !== 'person';
  for (let p = and - 1; p >= Math.max(0, and - (list ? 14 : 6)); p--) {
    const t = tokens[p]!;
    if (list && CLAUSE_STOP.has(t.lower)) return null;
    if (!/^\p{L}/u.test(t.text) && !(list && (t.text === ',' || /^\d/.test(t.text)))) return null;
    const hit = verbEndingAt(tokens, p, head);
    if (hit) return fits(hit, head) && p < and - 1 ? hit.rule : null;
  }
  return null;
}

/** Whether the Y of "X of Y" (the count at token `yAt`) counts a thing of the kind: a head it allows, or a bare number. */
function yCountsKind(tokens: readonly Token[], quantities: readonly Quantity[], yAt: number, kind: ClaimKind): boolean {
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
function verbAfterOfThem(tokens: readonly Token[], after: number, head: HeadClass | null): CountRule | null {
  if (!head || tokens[after]?.lower !== 'of' || !OF_PRONOUNS.has(tokens[after + 1]?.lower ?? '')) return null;
  let r = after + 2;
  while (r < after + 6 && AUXILIARIES.has(tokens[r]?.lower ?? '')) r++;
  return pick(verbStartingAt(tokens, r), { cls: head, start: -1, end: -1, death: null })?.rule ?? null;
}
const OF_PRONOUNS: ReadonlySet<string> = new Set(['them', 'which', 'these', 'those']);

function verbStartingAt(tokens: readonly Token[], i: number): VerbHit[] {
  return matchesAt(tokens, i, VERB_INDEX).map((m) => m.value);
}

/** Whether a head class is one the kind counts (data/claims/kinds.json). */
function compatible(kind: ClaimKind, head: Head | null): boolean {
  return !head || kindsForHead(head.cls).includes(kind);
}

/** Whether a rule (or a verb's rule) may bind a count with this head: its kind counts the head, and the rule is not limited to other heads. */
function fits(r: CountRule | VerbHit, head: Head | null): boolean {
  const rule = 'rule' in r ? r.rule : r;
  return compatible(rule.kind, head) && (!head || !rule.heads || rule.heads.has(head.cls));
}

function pick(hits: readonly VerbHit[], head: Head | null): VerbHit | null {
  return hits.find((h) => fits(h, head)) ?? null;
}

// Every word a verb rule of data/rules/counts.json opens with: a sentence with none of them (and none of the
// statement words) states no claim. A kind added as data is read without editing the stage's prefilter.
const VERB_WORDS = new Set([...VERB_INDEX.keys(), ...VERBS_BY_LAST.keys()]);
export function mayCount(text: string): boolean {
  for (const w of text.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []) if (VERB_WORDS.has(w)) return true;
  return false;
}

/** Finds the counts a sentence states and what each counts. */
export function findCounts(sentence: string, tokens: readonly Token[] = tokenize(sentence)): CountDraft[] {
  const drafts: (CountDraft & { coordinated: boolean; xOfY: boolean; isX: boolean; tokenStart: number; tokenAfter: number })[] = [];
  // A count whose verb comes after a coordinated count: "74 missiles and 117 drones were intercepted".
  let pending: { q: Quantity; head: Head; qStart: number; after: number } | null = null;
  // A number inside a larger token ("3-year-old", "Su-25") is part of a name or an age, never a count.
  const quantities = findQuantities(sentence.replace(NOBODY, '$1o one')).filter((q) => {
    const t = tokens[tokenAt(tokens, q.numberStart)];
    return !!t && t.start === q.numberStart && t.end <= q.end;
  }).map(asNoOne);
  const cues = new SentenceCues(sentence, tokens);
  for (let qi = 0; qi < quantities.length; qi++) {
    const q = quantities[qi]!;
    const ti = tokenAt(tokens, q.numberStart);
    const qStart = tokenAt(tokens, q.start);
    let after = ti;
    while (after < tokens.length && tokens[after]!.end <= q.end) after++;
    if (notACount(q, tokens, ti, after)) continue;
    let head = findHead(tokens, after);
    // "20 others were lost": an anaphoric head counts more of the thing counted before it in the sentence.
    const before = drafts[drafts.length - 1];
    if (head && !head.death && before?.head && ANAPHORIC_HEADS.has(sentence.slice(head.start, head.end).toLowerCase())) head = { ...head, cls: before.head };
    const zero = q.value === 0;
    if (zero && !head?.death && !NO_ONE.test(q.text)) continue; // "no" is only a count before "deaths"/"injuries", or as "no one"
    if (!head && WORDS.VAGUE_NEEDS_HEAD.has(q.text.trim().replace(/\s+/g, ' ').toLowerCase())) continue;
    // A count of something no class knows ("4,500 birds", "a single outbreak") is not a claim.
    // "25 strikes on energy facilities": cue phrases right after a count with no head of its own.
    // "25 strikes on 12 settlements": the targets are counted, and they are the hits (GUIDELINES), not the strikes.
    const countAt = (i: number): boolean => quantities.some((o) => o !== q && tokenAt(tokens, o.start) === i);
    const afterPhrase = head ? undefined : AFTER.flatMap((r) => r.phrases.all.filter((ph) => ph.every((w, k) => tokens[after + k]?.lower === w)).map((ph) => ({ r, ph })))[0];
    if (afterPhrase && (countAt(after + afterPhrase.ph.length) || countAt(after + afterPhrase.ph.length + 1))) continue;
    const afterRule = afterPhrase?.r;
    if (!head && !afterRule && countsOtherThing(tokens, after)) continue;
    // "45 of 60 drones", "six of the 10 missiles"
    // "14 out of 16 missiles" reads as "14 of 16".
    const ofTok = tokens[after]?.lower === 'out' && tokens[after + 1]?.lower === 'of' ? after + 1 : after;
    const yAt = tokens[ofTok + 1]?.lower === 'the' ? ofTok + 2 : ofTok + 1;
    const isX = !head && tokens[ofTok]?.lower === 'of' && /^\d|^[a-z]+$/i.test(tokens[yAt]?.text ?? '') && quantities.some((o) => tokenAt(tokens, o.numberStart) === yAt);
    const headEndTok = head ? tokenAt(tokens, head.end) : after;
    const prevTok = tokens[qStart - 1];
    const prevLower = prevTok?.lower ?? '';
    const partMarker = PART_MARKERS.all.some((m) => m.every((w, i) => tokens[qStart - m.length + i]?.lower === w));
    // "including 16 women" breaks down by category, not by place: not a separate claim.
    // "34 people, 12 of them seriously": a breakdown by severity, not a second count.
    // "Air defences shot down 60 of them": with a verb of its own just before it, the count is of the salvo told before.
    // "…, and 100 of them were shot down", "45 of which were downed": a verb of its own after "of them" makes the share a count of that verb's kind.
    const shareVerb = verbAfterOfThem(tokens, after, drafts[drafts.length - 1]?.head ?? null);
    if (shareVerb) head = { cls: drafts[drafts.length - 1]!.head!, start: -1, end: -1, death: null };
    // ("30 of them intercepted over X" is a placed part of the salvo.)
    const placedPart = SALVO_PARTICIPLES.has(tokens[after + 2]?.lower ?? '') && LOCATIVE.has(tokens[after + 3]?.lower ?? '');
    if (!shareVerb && /^of\s+(?:them|whom|those)\b/i.test(sentence.slice(q.end).trimStart()) && !LOCATIVE.has(tokens[after + 2]?.lower ?? '') && !placedPart && !(!head && verbEndingAt(tokens, qStart - 1))) continue;
    if (partMarker && prevLower !== 'with' && head && head.cls === 'person' && !['others', 'people', 'person', 'persons', 'more'].includes(sentence.slice(head.start, head.end).toLowerCase())) continue;
    // The kind and the id of the rule that bound it (a shared count takes both from the count it shares).
    let kind: ClaimKind | null = head?.death?.kind ?? null;
    let rule: string | null = head?.death?.id ?? null;
    const bind = (r: CountRule | null): void => { if (r) [kind, rule] = [r.kind, r.id]; };
    const share = (d: { kind: ClaimKind; rule: string } | undefined): void => { if (d) [kind, rule] = [d.kind, d.rule]; };
    bind(shareVerb);
    let finite = true;
    // "440 drones and 32 missiles": a count joined to the one before shares its verb.
    const joined = drafts[drafts.length - 1];
    if (!kind && head && joined && joined.tokenAfter === qStart - 1 && ['and', 'or', ','].includes(prevTok?.lower ?? '') && joined.head === head.cls && !joined.isX) {
      // "destroyed 28 of 30 drones and one missile": the missile shares the verb of the 28, not the launch of the 30.
      const x = joined.xOfY ? drafts[drafts.length - 2] : undefined;
      share(x?.isX ? x : joined);
      finite = joined.finite;
    }
    // A count with no noun after "including"/"and", followed by a place, is a part of the total before it.
    // "64 drones overnight: 21 over Belgorod, 18 over Kursk": a colon opens the breakdown's first part.
    const coordinated = prevLower === 'and' || prevLower === ',' || prevLower === 'or' || prevLower === ':';
    let partOf: number | null = null;
    // "47 drones, 20 of them over the Kursk region": the place follows "of them".
    const ofThem = !head && tokens[after]?.lower === 'of' && /^(them|which|those|these)$/.test(tokens[after + 1]?.lower ?? '') && LOCATIVE.has(tokens[after + 2]?.lower ?? '');
    if (ofThem && coordinated) after += 2;
    const nextTok = tokens[after];
    if (!kind && !head && (partMarker || coordinated) && drafts.length && nextTok && (LOCATIVE.has(nextTok.lower) || nextTok.lower === 'each')) {
      const parent = [...drafts].reverse().find((d) => d.partOf === null);
      if (parent) {
        share(parent);
        head = parent.head ? { cls: parent.head, start: -1, end: -1, death: null } : null;
        partOf = drafts.indexOf(parent);
      }
    }
    // "25 houses damaged and four destroyed": a bare count joined to a counted one, its verb right after it, counts the same things.
    if (!kind && !head && prevLower === 'and' && drafts.length && verbStartingAt(tokens, after).length) {
      const prev = drafts[drafts.length - 1]!;
      if (prev.head && prev.tokenAfter >= qStart - 4) head = { cls: prev.head, start: -1, end: -1, death: null };
    }
    let armedWith = false;
    if (!kind && afterRule) bind(afterRule);
    if (!kind) {
      const left = kindFromLeft(tokens, qStart, head);
      bind(left.bound);
      finite = left.finite;
      armedWith = left.armedWith;
    }
    // People who fled are evacuated only when the sentence ties their flight to an evacuation order.
    if (!kind && head) { const fled = cues.fledUnderOrder(tokenAt(tokens, q.end), q.end); if (fled && fits(fled, head)) bind(fled); }
    // Airports are counted in the clause that closes them: "flights were suspended at all four of X's airports".
    if (!kind && head && fits(CLOSURE, head) && tokens.some((t) => CLOSURE_WORDS.has(t.lower))) bind(CLOSURE);
    if (!kind && !head) bind(tollBefore(tokens, qStart));
    if (!kind) {
      const right = kindFromRight({ tokens, quantities, q, head, from: headEndTok, isX, yAt });
      bind(right.bound);
      if (right.waits && head) pending = { q, head, qStart, after: headEndTok };
      // "20 homes and five cars were damaged": a verb that does not fit its own count still binds the one waiting before it.
      const other = !kind && head && coordinated && pending && pending.q !== q ? kindFromRight({ tokens, quantities, q, head: pending.head, from: headEndTok, isX, yAt }).bound : null;
      if (other && pending) {
        drafts.push(waiting(sentence, pending, other.kind, other.id, true));
        pending = null;
      }
    }
    if (!kind && head && (prevLower === 'and' || (prevLower === ',' && head.cls !== 'person'))) bind(verbAcrossObject(tokens, qStart - 1, head));
    // "an attack with 91 drones" launched them, unless the clause says what became of them.
    if (!kind && armedWith) bind(ARMED);
    const ofAt = prevLower === 'the' && tokens[qStart - 2]?.lower === 'of' ? qStart - 2 : qStart - 1;
    const xEnd = tokens[ofAt - 1]?.lower === 'out' ? ofAt - 1 : ofAt;
    const xOfY = tokens[ofAt]?.lower === 'of' && !!drafts.length && drafts[drafts.length - 1]!.tokenAfter === xEnd;
    if (xOfY && head && fits(X_OF_Y, head)) bind(X_OF_Y);
    if (!kind && !head && (partMarker || coordinated) && drafts.length) {
      // A count with no noun after "including"/"and" is a part of the total before it.
      if (coordinated) {
        const prev = drafts[drafts.length - 1]!;
        bind(pick(verbStartingAt(tokens, after), null)?.rule ?? null);
        const lastX = [...drafts].reverse().find((d) => d.isX);
        if (!kind && isX && lastX) share(lastX);
        else if (!kind && prev.tokenAfter >= qStart - 3) share(prev);
      }
    }
    if (!kind && head && coordinated && drafts.length) {
      const prev = drafts[drafts.length - 1]!;
      if (prev.head === head.cls && prev.tokenAfter >= qStart - 2) share(prev);
    }
    if (!kind || !rule || (head && !compatible(kind, head))) continue;
    // "nine out of ten patients were struck": an X counts what its Y counts.
    if (isX && !head && !yCountsKind(tokens, quantities, yAt, kind)) continue;
    // Deaths from hunger or disease are not casualties of an attack.
    if (cues.vetoes(kind)) continue;
    // "as many as 2,000 could die": a projection, not a report.
    if (cues.projected(qStart, tokenAt(tokens, q.end))) continue;
    const end = head && head.end > q.end ? head.end : q.end;
    const placeTok = placeTokenAfter(tokens, head && head.end > 0 ? headEndTok : after);
    const placeFrom = placeTok && LOCATIVE.has(placeTok.lower) ? placeTok.start : null;
    if (pending && pending.q !== q && coordinated && head && kindsForHead(pending.head.cls).includes(kind)) drafts.push(waiting(sentence, pending, kind, rule, finite));
    // "including 18 shot down over X", "12 of which were downed over X": a placed part with a verb of its own is still its total's part.
    if (partOf === null && (!head || shareVerb) && placeFrom !== null && q.value !== null && (partMarker || /^of\s+(?:which|them)\b/i.test(sentence.slice(q.end).trimStart()))) {
      const parent = [...drafts].reverse().find((d) => d.partOf === null && d.kind === kind && d.value !== null && d.value > q.value!);
      if (parent) partOf = drafts.indexOf(parent);
    }
    // Pushed with a kind of its own ("28 of 30 drones" launched them), a count no longer waits for the next one's.
    pending = null;
    drafts.push({
      kind, rule, value: q.value, qualifier: q.qualifier, start: q.start, end, head: head?.cls ?? null,
      headText: head && head.start >= 0 ? sentence.slice(head.start, head.end) : null,
      placeFrom, headStart: q.start, partOf, eachFrom: nextTok?.lower === 'each' && tokens[after + 1]?.lower === 'in' && tokens[after + 2] ? tokens[after + 2]!.start : null, finite, coordinated, xOfY, isX, tokenStart: qStart, tokenAfter: head && head.end > 0 ? headEndTok : after,
    });
  }
  const plain = drafts.map(({ coordinated: _c, xOfY: _x, isX: _i, tokenStart: _s, tokenAfter: _a, ...d }) => d);
  return withSharedCounts(sentence, tokens, plain);
}

/** The count that waited for a verb ("74 missiles and 117 drones were intercepted"), given the verb's kind. */
function waiting(sentence: string, pending: { q: Quantity; head: Head; qStart: number; after: number }, kind: ClaimKind, rule: string, finite: boolean) {
  const p = pending.q;
  return {
    kind, rule, value: p.value, qualifier: p.qualifier, start: p.start, end: pending.head.end, head: pending.head.cls,
    headText: sentence.slice(pending.head.start, pending.head.end), placeFrom: null, headStart: p.start, eachFrom: null, partOf: null, finite,
    coordinated: false, xOfY: false, isX: false, tokenStart: pending.qStart, tokenAfter: pending.after,
  };
}
