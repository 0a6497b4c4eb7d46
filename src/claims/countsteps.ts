import type { ClaimKind } from '../types.js';
import { waitingChain, waitingDraft } from './countwaiting.js';
import type { Quantity } from '../language/index.js';
import { ANAPHORIC_HEADS, AUXILIARIES, PART_MARKERS } from './lexicon.js';
import { ruleBound, setWords, stepWords, type CountRule } from './countrules.js';
import type { SentenceCues } from './countcues.js';
import { countsOtherThing, findHead, NO_ONE, notACount, type Head } from './countphrase.js';
import { kindsForHead } from './kinds.js';
import { tokenAt, type Token } from './tokens.js';
import { WORDS } from './words.js';
import { apposedTotal, verbBeforeAside } from './countapposed.js';
import type { CountDraft } from './counts.js';
import { afterPhrase, foundIn, frontedOf, placedAfter, placedWithin, placeOpensAt, verbsAfterAux } from './countwindow.js';
import {
  ARMED, CLAUSE_STOP, CLOSURE, CLOSURE_UNLESS, CLOSURE_WORDS, LOCATIVE, SALVO_PARTICIPLES, X_OF_Y, compatible, fits, kindFromLeft, kindFromRight,
  negatedBeforeCount, negatedVerb, OF_PRONOUNS, participleBefore, pick, tollBefore, verbAcrossObject, verbAfterOfThem, verbEndingAt, verbStartingAt, yCountsKind,
} from './countbind.js';

/**
 * The steps that read one count of a sentence, in the order of data/claims/countsteps.json: `read`
 * steps find what the count counts and drop what is no count of a claim; `bind` steps give it its
 * kind and rule, the first that finds one wins (a step marked `always` runs even after, and may
 * override); `check` steps drop a bound count the sentence rules out.
 */

/** A count being drafted, with what the later counts of its sentence read of it. */
export type Working = CountDraft & { coordinated: boolean; xOfY: boolean; isX: boolean; tokenStart: number; tokenAfter: number };

/** A count that waits for the verb of the coordinated count after it ("74 missiles and 117 drones were intercepted"). */
/** A count waiting for the verb of a count after it; `before`: the count of a list that waited before it ("10 blocks, 15 houses and 2 schools were damaged"). */
export interface Pending { q: Quantity; head: Head; qStart: number; after: number; before?: Pending | null }

/** What the steps read and decide about one quantity of a sentence. */
export interface CountState {
  sentence: string;
  tokens: readonly Token[];
  quantities: readonly Quantity[];
  cues: SentenceCues;
  drafts: Working[];
  /** Shared by the sentence's counts: set by the right-verb step, read when the next count is pushed. */
  run: { pending: Pending | null };
  q: Quantity;
  ti: number;
  qStart: number;
  after: number;
  head: Head | null;
  afterRule: CountRule | null;
  yAt: number;
  isX: boolean;
  headEndTok: number;
  prevLower: string;
  partMarker: boolean;
  shareVerb: CountRule | null;
  coordinated: boolean;
  kind: ClaimKind | null;
  rule: string | null;
  finite: boolean;
  armedWith: boolean;
  partOf: number | null;
  xOfY: boolean;
  /** The token of the verb that bound the count (the left or right verb steps), -1 for other bindings. */
  verbAt: number;
  /** "shelled the town 27 times": the rule of a count of strikes told in times (read step attack-times). */
  times?: CountRule | null;
}

export type Phase = 'read' | 'bind' | 'check';
/** A read or check step returns false to drop the count; a bind step sets `kind` and `rule`. */
export type StepFn = (x: CountState) => boolean | void;

const bind = (x: CountState, r: CountRule | null): void => { if (r) [x.kind, x.rule] = [r.kind, r.id]; };
const share = (x: CountState, d: { kind: ClaimKind; rule: string } | undefined): void => { if (d) [x.kind, x.rule] = [d.kind, d.rule]; };
const last = (x: CountState): Working | undefined => x.drafts[x.drafts.length - 1];
const countAt = (x: CountState, i: number): boolean => x.quantities.some((o) => o !== x.q && tokenAt(x.tokens, o.start) === i);
const ORDER_AREA = ruleBound('area', 'evacuated');
const ORDER_AREA_WORDS = stepWords(ORDER_AREA, 0);
const WEAPON_HEAD: Head = { cls: 'weapon', start: -1, end: -1, death: null };
const TIMES_RULE = ruleBound('times', 'launched');
const TIMES = { rule: TIMES_RULE, words: stepWords(TIMES_RULE, 0) };
// The kinds a share of a salvo may be told with ("of them were shot down", "several hitting").
const WEAPON_KINDS: ReadonlySet<ClaimKind> = new Set(['launched', 'intercepted', 'hit']);
// The first letters the vague quantities open with: a number written in digits is none of them, and is not normalised to be looked up.
const VAGUE_FIRST: ReadonlySet<string> = new Set([...WORDS.VAGUE_NEEDS_HEAD].map((w) => w[0]!));
const SPACE = /\s/;
// The words the part markers end on ("including", "among them"): a marker ends right before the count only at one of them.
const PART_LAST: ReadonlySet<string> = new Set(PART_MARKERS.all.map((m) => m[m.length - 1]!));
/** The first code unit of the text lower-cased and trimmed as the look-up reads it ('' when it is blank). */
function firstChar(text: string): string {
  let i = 0;
  while (i < text.length && SPACE.test(text[i]!)) i++;
  const c = text.codePointAt(i);
  return c === undefined ? '' : String.fromCodePoint(c).toLowerCase()[0]!;
}
const PART_HEADS: ReadonlySet<string> = new Set(['others', 'people', 'person', 'persons', 'more']);
// "64 buildings, including 12 schools": structures counted after a part marker, right after a count of structures, break that total down.
const STRUCTURES: ReadonlySet<string> = new Set(['building', 'site']);
const structurePart = (x: CountState): boolean => STRUCTURES.has(x.head!.cls) && STRUCTURES.has(last(x)?.head ?? '');

export const READ: Readonly<Record<string, StepFn>> = {
  // "shelled Kupiansk 27 times", "the village was struck nine times": a count of times after a verb of attack in its
  // clause counts the strikes made; read before not-a-count, which takes "times" for a unit.
  'attack-times': (x) => {
    const t = x.tokens[x.after];
    if (t?.lower !== 'times' || x.q.value === null) return;
    for (let p = x.qStart - 1; p >= Math.max(0, x.qStart - 8); p--) {
      const w = x.tokens[p]!.lower;
      if (CLAUSE_STOP.has(w) || w === '.' || w === ',') return;
      if (TIMES.words.has(w)) {
        [x.times, x.verbAt, x.head] = [TIMES.rule, p, { cls: 'weapon', start: t.start, end: t.end, death: null }];
        return;
      }
    }
  },
  'not-a-count': (x) => !!x.times || !notACount(x.q, x.tokens, x.ti, x.after),
  head: (x) => {
    if (x.times) return;
    x.head = findHead(x.tokens, x.after);
    const before = last(x);
    if (!x.head || x.head.death || !before?.head || !ANAPHORIC_HEADS.has(x.sentence.slice(x.head.start, x.head.end).toLowerCase())) return;
    // "torched three huts and injured 2 others": a verb right before "others" that cannot count what was counted before counts people.
    const verb = verbEndingAt(x.tokens, x.qStart - 1);
    if (!verb || kindsForHead(before.head).includes(verb.kind)) x.head = { ...x.head, cls: before.head };
  },
  // "no airstrikes" tells of none made, not a count of them: only a noun of people's fate takes "no".
  zero: (x) => !(x.q.value === 0 && !(x.head?.death && x.head.cls === 'person') && !NO_ONE.test(x.q.text)),
  // "Forty of them were shot down" opening a sentence, "several (of them) hitting X" after a salvo: a share of weapons
  // whose verb is one weapons take (launched, intercepted, hit) counts weapons, its antecedent the salvo told before.
  'weapon-share': (x) => {
    if (x.head) return;
    const { tokens, after } = x;
    const ofThem = tokens[after]?.lower === 'of' && OF_PRONOUNS.has(tokens[after + 1]?.lower ?? '');
    const before = last(x);
    // After a salvo in the same sentence only a vague share is read here: a counted one is a part the other steps read.
    if (before ? before.head !== 'weapon' || x.q.value !== null : !ofThem) return;
    let r = ofThem ? after + 2 : after;
    while (r < after + 6 && AUXILIARIES.has(tokens[r]?.lower ?? '')) r++;
    const verb = pick(verbStartingAt(tokens, r), WEAPON_HEAD);
    // A vague share ("several", "many") is read here only when it hits: shares.ts reads "most of them were downed".
    if (!verb || !WEAPON_KINDS.has(verb.kind) || (x.q.value === null && verb.kind !== 'hit')) return;
    // Bound here: the salvo before it would otherwise lend the share its own kind ("launched 23, several hitting X").
    x.head = WEAPON_HEAD;
    [x.kind, x.rule, x.verbAt] = [verb.kind, verb.rule.id, r];
    if (ofThem) x.shareVerb = verb.rule;
  },
  'vague-needs-head': (x) => !!x.head || !VAGUE_FIRST.has(firstChar(x.q.text)) || !WORDS.VAGUE_NEEDS_HEAD.has(x.q.text.trim().replace(/\s+/g, ' ').toLowerCase()),
  'after-phrase': (x) => {
    const { tokens, after } = x;
    const found = x.head ? undefined : afterPhrase(tokens, after);
    if (found && (countAt(x, after + found.ph.length) || countAt(x, after + found.ph.length + 1))) return false;
    x.afterRule = found?.r ?? null;
  },
  'other-thing': (x) => !!x.head || !!x.afterRule || !countsOtherThing(x.tokens, x.after),
  position: (x) => {
    const { tokens, after } = x;
    const ofTok = tokens[after]?.lower === 'out' && tokens[after + 1]?.lower === 'of' ? after + 1 : after;
    x.yAt = tokens[ofTok + 1]?.lower === 'the' ? ofTok + 2 : ofTok + 1;
    x.isX = !x.head && tokens[ofTok]?.lower === 'of' && /^\d|^[a-z]+$/i.test(tokens[x.yAt]?.text ?? '') && x.quantities.some((o) => tokenAt(tokens, o.numberStart) === x.yAt);
    x.headEndTok = x.head ? tokenAt(tokens, x.head.end) : after;
    x.prevLower = tokens[x.qStart - 1]?.lower ?? '';
    x.partMarker = PART_LAST.has(tokens[x.qStart - 1]?.lower ?? '') && PART_MARKERS.all.some((m) => m.every((w, i) => tokens[x.qStart - m.length + i]?.lower === w));
  },
  'share-verb': (x) => {
    if (x.kind) return;
    const before = last(x);
    x.shareVerb = verbAfterOfThem(x.tokens, x.after, before?.head ?? null);
    if (x.shareVerb) x.head = { cls: before!.head!, start: -1, end: -1, death: null };
    // "damaged 40 homes, 12 of them destroyed": a share whose verb is of its total's kind tells how badly, a breakdown by
    // category (GUIDELINES), unless a place of its own follows ("12 of them destroyed in Okhtyrka").
    return !(x.shareVerb && x.shareVerb.kind === before!.kind && !placedWithin(x.tokens, x.after + 2, 4));
  },
  'share-of-them': (x) => {
    const { tokens, after } = x;
    const placedPart = SALVO_PARTICIPLES.has(tokens[after + 2]?.lower ?? '') && LOCATIVE.has(tokens[after + 3]?.lower ?? '');
    return !(!x.shareVerb && /^of\s+(?:them|whom|those)\b/i.test(x.sentence.slice(x.q.end).trimStart()) && placeOpensAt(tokens, after + 2) < 0 && !placedPart && !(!x.head && verbEndingAt(tokens, x.qStart - 1)));
  },
  'category-part': (x) => !(x.partMarker && x.prevLower !== 'with' && x.head && (x.head.cls === 'person' ? !PART_HEADS.has(x.sentence.slice(x.head.start, x.head.end).toLowerCase()) : structurePart(x))),
  // ", two with serious burns," after a count: how badly some of them were hurt, not a count of its own.
  // "Of the 26 missiles, 21 were destroyed": a head-less count right after a fronted "Of the N weapons," counts those weapons.
  'fronted-share': (x) => {
    const y = x.drafts[0];
    // "Of the 26 missiles launched, 21 were destroyed": the fronted weapons may be bound by a verb of their own too.
    if (x.head || x.prevLower !== ',' || !y || !(y.rule === X_OF_Y.id || y.head === 'weapon') || !frontedOf(x.tokens, y.tokenStart)) return;
    x.head = { cls: y.head!, start: -1, end: -1, death: null };
  },
  // "risen to 12 from 9", "40, up from 31", "rose from 10 to 12": a bare number after "from" next to a count is that figure's old value.
  'old-value': (x) => {
    const before = last(x);
    const from = x.qStart - 1;
    const gap = x.tokens[from - 1]?.lower === 'up' || x.tokens[from - 1]?.lower === 'down' || x.tokens[from - 1]?.text === ',' ? 1 : 0;
    if (x.head || !WORDS.CHANGE_FROM.has(x.prevLower)) return true;
    // "the toll rose from 10 to 12": the first number of a change is its old value too.
    if (x.tokens[x.after]?.lower === 'to' && countAt(x, x.after + 1)) return false;
    return !(before && before.tokenAfter >= from - gap - 1 && before.tokenAfter <= from);
  },
  'aside-count': (x) => !(x.prevLower === ',' && !x.head && x.drafts.length > 0 && WORDS.ASIDE_LINKS.has(x.tokens[x.after]?.lower ?? '')),
  'of-them-place': (x) => {
    x.coordinated = ['and', ',', 'or', ':'].includes(x.prevLower);
    const { tokens, after } = x;
    const ofThem = !x.head && tokens[after]?.lower === 'of' && /^(them|which|those|these)$/.test(tokens[after + 1]?.lower ?? '') && placeOpensAt(tokens, after + 2) >= 0;
    if (ofThem && x.coordinated) x.after = placeOpensAt(tokens, after + 2);
  },
};



/** Whether the count stands right after the one before it, or past words of its salvo ("and decoys and 50", "of various types and 100"). */
function joinedNext(x: CountState, joined: Working): boolean {
  if (joined.tokenAfter === x.qStart - 1) return true;
  if (joined.head !== 'weapon' || x.qStart - 1 - joined.tokenAfter > 4) return false;
  for (let i = joined.tokenAfter; i < x.qStart - 1; i++) if (!WORDS.SALVO_GAP.has(x.tokens[i]!.lower)) return false;
  return joined.tokenAfter < x.qStart - 1;
}





/** Whether the count coordinated after this one has a verb of its own other than launching ("and 19 missiles downed"). */
function nextCountHasVerb(x: CountState): boolean {
  const next = x.quantities.find((o) => o.start > x.q.end);
  if (!next || !x.head) return false;
  let after = tokenAt(x.tokens, next.numberStart);
  while (after < x.tokens.length && x.tokens[after]!.end <= next.end) after++;
  const head = findHead(x.tokens, after);
  const from = head ? tokenAt(x.tokens, head.end) : after;
  const bound = kindFromRight({ tokens: x.tokens, quantities: x.quantities, q: next, head, from, isX: false, yAt: -1 }).bound;
  return !!bound && bound.kind !== 'launched';
}


/** "44 bodies and 130 wounded people": a participle of a kind other than `kind` before the count's own noun tells what it counts. */
function ownParticipleOther(x: CountState, kind: ClaimKind | null): boolean {
  const own = x.head && x.head.start >= 0 ? participleBefore(x.tokens, x.after, x.head) : null;
  return !!own && own.kind !== kind;
}

/** Whether a word of the set `words` (a "@set" of data/rules/counts.json) stands anywhere in the sentence. */
function anyIn(tokens: readonly Token[], words: string | undefined): boolean {
  if (!words) return false;
  const set = setWords(words);
  return tokens.some((t) => set.has(t.lower));
}

export const BIND: Readonly<Record<string, StepFn>> = {
  'death-head': (x) => {
    const death = x.head?.death;
    if (!death || (death.meta.needs && !foundIn(x.tokens, setWords(death.meta.needs)) && !anyIn(x.tokens, death.meta.needsAny))) return;
    // "Three of the dead were soldiers": a share of a group told by its fate is a breakdown (GUIDELINES), unless placed ("two of the dead in Kherson").
    if (x.tokens[x.after]?.lower === 'of' && x.tokens[x.after + 1]?.lower === 'the' && !placedAfter(x.tokens, x.headEndTok)) return;
    [x.kind, x.rule] = [death.kind, death.id];
  },
  'share-verb': (x) => bind(x, x.shareVerb),
  joined: (x) => {
    const joined = last(x);
    const { head } = x;
    if (!head || !joined || !joinedNext(x, joined) || !['and', 'or', ','].includes(x.prevLower) || joined.head !== head.cls || joined.isX) return;
    if (joined.rule === X_OF_Y.id && frontedOf(x.tokens, joined.tokenStart)) return;
    // "killed 30 people, 40 civilians were wounded": a count of people with a finite verb of another kind of its own is not
    // joined (weapons are: "hits by 9 missiles and 23 drones were recorded").
    if (head.cls === 'person' && verbsAfterAux(x.tokens, x.headEndTok).some((v) => v.kind !== joined.kind)) return;
    if (ownParticipleOther(x, joined.kind)) return;
    const xd = joined.xOfY ? x.drafts[x.drafts.length - 2] : undefined;
    share(x, xd?.isX ? xd : joined);
    x.finite = joined.finite;
  },
  'placed-part': (x) => {
    const nextTok = x.tokens[x.after];
    if (x.head || !(x.partMarker || x.coordinated) || !x.drafts.length || !nextTok || !(LOCATIVE.has(nextTok.lower) || nextTok.lower === 'each')) return;
    const parent = [...x.drafts].reverse().find((d) => d.partOf === null);
    if (!parent) return;
    share(x, parent);
    x.head = parent.head ? { cls: parent.head, start: -1, end: -1, death: null } : null;
    x.partOf = x.drafts.indexOf(parent);
  },
  // "25 houses damaged and four destroyed": a bare count joined to a counted one, its verb right after it, counts the same things.
  'joined-verb-head': (x) => {
    const prev = last(x);
    if (x.head || x.prevLower !== 'and' || !prev?.head || !verbStartingAt(x.tokens, x.after).length) return;
    if (prev.tokenAfter >= x.qStart - 4) x.head = { cls: prev.head, start: -1, end: -1, death: null };
  },
  'attack-times': (x) => bind(x, x.times ?? null),
  'after-phrase': (x) => bind(x, x.afterRule),
  left: (x) => {
    const left = kindFromLeft(x.tokens, x.qStart, x.head);
    bind(x, left.bound);
    if (left.bound) x.verbAt = left.verbAt;
    x.finite = left.finite;
    x.armedWith = left.armedWith;
  },
  fled: (x) => {
    if (!x.head) return;
    const fled = x.cues.fledUnderOrder(tokenAt(x.tokens, x.q.end), x.q.end);
    if (fled && fits(fled, x.head)) bind(x, fled);
  },
  // "evacuations were ordered in 12 districts": settlements after a preposition, under an evacuation order.
  'order-area': (x) => {
    if (!x.head || !fits(ORDER_AREA, x.head) || !ORDER_AREA_WORDS.has(x.prevLower)) return;
    if (x.cues.ordersEvacuation()) bind(x, ORDER_AREA);
  },
  closure: (x) => {
    if (!x.head || !fits(CLOSURE, x.head) || !x.tokens.some((t) => CLOSURE_WORDS.has(t.lower))) return;
    if (!x.tokens.slice(0, x.qStart).some((t) => CLOSURE_UNLESS.has(t.lower))) bind(x, CLOSURE);
  },
  toll: (x) => {
    const rule = x.head ? null : tollBefore(x.tokens, x.qStart);
    // "Toll: 5 dead, 20 injured": a count with a verb of another kind right after it is not the toll's.
    if (rule && !verbStartingAt(x.tokens, x.after).some((v) => v.kind !== rule.kind)) bind(x, rule);
  },
  right: (x) => {
    const right = kindFromRight({ tokens: x.tokens, quantities: x.quantities, q: x.q, head: x.head, from: x.headEndTok, isX: x.isX, yAt: x.yAt });
    bind(x, right.bound);
    if (right.bound) x.verbAt = right.verbAt;
    // A list of three counted structures or more: the first waits on behind the second for the verb they all share.
    const earlier = x.run.pending && x.coordinated && x.run.pending.q !== x.q ? x.run.pending : null;
    if (right.waits && x.head) x.run.pending = { q: x.q, head: x.head, qStart: x.qStart, after: x.headEndTok, before: earlier };
    // "20 homes and five cars were damaged": a verb that does not fit its own count still binds the one waiting before it.
    const pending = x.run.pending;
    if (x.kind || !x.head || !x.coordinated || !pending || pending.q === x.q) return;
    const other = kindFromRight({ tokens: x.tokens, quantities: x.quantities, q: x.q, head: pending.head, from: x.headEndTok, isX: x.isX, yAt: x.yAt }).bound;
    if (!other) return;
    for (const p of waitingChain(pending)) x.drafts.push(waitingDraft(x.sentence, p, other.kind, other.id, true));
    x.run.pending = null;
  },
  across: (x) => {
    if (!x.head || !(x.prevLower === 'and' || (x.prevLower === ',' && x.head.cls !== 'person'))) return;
    // "attacked with 120 drones, and 95 drones and 6 missiles were shot down": a count whose clause gives it a verb to its
    // right (or to the count coordinated after it) is not bound to a verb before an earlier object.
    const right = kindFromRight({ tokens: x.tokens, quantities: x.quantities, q: x.q, head: x.head, from: x.headEndTok, isX: x.isX, yAt: x.yAt });
    if (right.bound || right.waits) return;
    const across = verbAcrossObject(x.tokens, x.qStart - 1, x.head);
    if (across && ownParticipleOther(x, across.rule.kind)) return;
    bind(x, across?.rule ?? null);
    if (across) x.verbAt = across.at;
  },
  armed: (x) => {
    // "with 277 drones and 19 missiles downed": the coordinated count's participle tells what became of both, so this one waits for it.
    if (x.armedWith && !(x.run.pending?.q === x.q && nextCountHasVerb(x))) bind(x, ARMED);
  },
  // "Of the 26 missiles, 21 were destroyed": the weapons of a fronted "Of the N" with a count after it are the salvo (GUIDELINES: X of Y gives launched Y).
  'fronted-y': (x) => {
    if (x.head && frontedOf(x.tokens, x.qStart) && fits(X_OF_Y, x.head) && x.quantities.some((o) => o.start > x.q.end)) bind(x, X_OF_Y);
  },
  'x-of-y': (x) => {
    const { tokens, qStart } = x;
    const ofAt = x.prevLower === 'the' && tokens[qStart - 2]?.lower === 'of' ? qStart - 2 : qStart - 1;
    const xEnd = tokens[ofAt - 1]?.lower === 'out' ? ofAt - 1 : ofAt;
    x.xOfY = tokens[ofAt]?.lower === 'of' && !!x.drafts.length && last(x)!.tokenAfter === xEnd;
    // "Most of the 180 missiles were intercepted": a vague share of a counted salvo; the count is the salvo's.
    const vagueShare = tokens[ofAt]?.lower === 'of' && WORDS.SHARE_OF.has(tokens[ofAt - 1]?.lower ?? '');
    if ((x.xOfY || vagueShare) && x.head && fits(X_OF_Y, x.head)) bind(x, X_OF_Y);
  },
  'coordinated-part': (x) => {
    if (x.head || !(x.partMarker || x.coordinated) || !x.drafts.length || !x.coordinated) return;
    const prev = last(x)!;
    bind(x, pick(verbStartingAt(x.tokens, x.after), null)?.rule ?? null);
    const lastX = [...x.drafts].reverse().find((d) => d.isX);
    if (!x.kind && x.isX && lastX) share(x, lastX);
    // "Of the 12 people killed, five were women": a share of fronted people with no verb of its own is a breakdown (GUIDELINES).
    else if (!x.kind && prev.tokenAfter >= x.qStart - 3 && !(prev.head === 'person' && frontedOf(x.tokens, prev.tokenStart))) share(x, prev);
  },
  // "strike drones (83 in total)", "destroyed, between 18:00 and 23:00, 41 drones": a count set apart from its noun or verb (countapposed.ts).
  apposed: (x) => {
    // "shot down 54 out of 61": a head-less Y whose X was downed or hit counts the weapons launched (GUIDELINES: X of Y).
    const xd = x.xOfY && !x.head ? last(x) : undefined;
    if (xd && (xd.kind === 'intercepted' || xd.kind === 'hit')) { x.head = WEAPON_HEAD; bind(x, X_OF_Y); return; }
    const total = x.head ? null : apposedTotal(x.tokens, x.qStart, x.after);
    const found = total ?? (x.head ? verbBeforeAside(x.tokens, x.qStart, x.head) : null);
    if (!found) return;
    if (total) x.head = total.head;
    [x.kind, x.rule, x.verbAt] = [found.rule.kind, found.rule.id, found.at];
  },
  participle: (x) => {
    const rule = x.head && x.head.start >= 0 ? participleBefore(x.tokens, x.after, x.head) : null;
    // "130 wounded people reached hospitals", not "handed over 6 wounded soldiers": some participles count only beside their cue words.
    if (rule && (!rule.meta.needsAny || anyIn(x.tokens, rule.meta.needsAny))) bind(x, rule);
  },
  'coordinated-head': (x) => {
    const prev = last(x);
    if (x.head && x.coordinated && prev && prev.head === x.head.cls && prev.tokenAfter >= x.qStart - 2 && !ownParticipleOther(x, prev.kind)) share(x, prev);
  },
};

export const CHECK: Readonly<Record<string, StepFn>> = {
  bound: (x) => !!x.kind && !!x.rule && (!x.head || compatible(x.kind, x.head)),
  'x-counts-kind': (x) => !(x.isX && !x.head && !yCountsKind(x.tokens, x.quantities, x.yAt, x.kind!)),
  veto: (x) => !x.cues.vetoes(x.kind!),
  projected: (x) => !x.cues.projected(x.qStart, tokenAt(x.tokens, x.q.end)),
  negated: (x) => !(x.verbAt >= 0 ? negatedVerb(x.tokens, x.verbAt) : !!x.head?.death && negatedBeforeCount(x.tokens, x.qStart)),
};
