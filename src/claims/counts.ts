import type { ClaimKind, Qualifier } from '../types.js';
import { findQuantities } from '../language/index.js';
import type { HeadClass } from './lexicon.js';
import { alsoClaimedAs, VERB_INDEX, VERBS_BY_LAST } from './countrules.js';
import { alsoAs, kindsForHead } from './kinds.js';
import { SentenceCues } from './countcues.js';
import { asNoOne, NOBODY } from './countphrase.js';
import { tokenAt, tokenize, type Token } from './tokens.js';
import { withSharedCounts } from './shares.js';
import { LOCATIVE, placeTokenAfter } from './countbind.js';
import { joinRanges } from './countranges.js';
import { type CountState } from './countsteps.js';
import { waitingChain, waitingDraft } from './countwaiting.js';
import { runSteps } from './countsteptable.js';
import { withEnumeratedPeople } from './enumerated.js';
import { withoutCategoryLists } from './countcategories.js';

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

// Every word a verb rule of data/rules/counts.json opens with: a sentence with none of them (and none of the
// statement words) states no claim. A kind added as data is read without editing the stage's prefilter.
const VERB_WORDS = new Set([...VERB_INDEX.keys(), ...VERBS_BY_LAST.keys()]);
export function mayCount(text: string): boolean {
  for (const w of text.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []) if (VERB_WORDS.has(w)) return true;
  return false;
}

/**
 * Finds the counts a sentence states and what each counts: each quantity runs through the steps of
 * data/claims/countsteps.json (countsteps.ts), and a count they bind is drafted with its place cue.
 * `words`: the sentenceWords of the tokens (wordclasses.ts), when the caller has them.
 */
export function findCounts(sentence: string, tokens: readonly Token[] = tokenize(sentence), words = -1): CountDraft[] {
  const drafts: CountState['drafts'] = [];
  const run: CountState['run'] = { pending: null };
  // A number inside a larger token ("3-year-old", "Su-25") is part of a name or an age, never a count.
  const numbers = joinRanges(findQuantities(sentence.replace(NOBODY, '$1o one')), sentence).filter((q) => {
    const t = tokens[tokenAt(tokens, q.numberStart)];
    return !!t && t.start === q.numberStart && t.end <= q.end;
  }).map(asNoOne);
  const quantities = withEnumeratedPeople(sentence, tokens, numbers, words);
  const cues = new SentenceCues(sentence, tokens);
  for (const q of quantities) {
    const ti = tokenAt(tokens, q.numberStart);
    let after = ti;
    while (after < tokens.length && tokens[after]!.end <= q.end) after++;
    const x: CountState = {
      sentence, tokens, quantities, cues, drafts, run, q, ti, qStart: tokenAt(tokens, q.start), after,
      head: null, afterRule: null, yAt: -1, isX: false, headEndTok: after, prevLower: '', partMarker: false, shareVerb: null,
      coordinated: false, kind: null, rule: null, finite: true, armedWith: false, partOf: null, xOfY: false, verbAt: -1,
    };
    if (runSteps(x)) draft(x);
  }
  const plain = drafts.map(({ coordinated: _c, xOfY: _x, isX: _i, tokenStart: _s, tokenAfter: _a, ...d }) => d);
  const out = withSharedCounts(sentence, tokens, withoutCategoryLists(sentence, plain));
  // "sank two patrol boats": a count of a finer kind is also the format kind it falls under (kinds.json alsoAs);
  // "struck two fuel depots": a rule may claim its count as a second kind too (counts.json meta.also).
  for (const d of out.slice()) {
    const also = alsoAs(d.kind) ?? alsoClaimedAs(d.rule, d.head);
    if (also) out.push({ ...d, kind: also, partOf: null });
  }
  return out;
}

/** Drafts a bound count (and the coordinated count that waited for its verb), with the token its place may open at. */
function draft(x: CountState): void {
  const { sentence, tokens, drafts, q, head, after, headEndTok, partMarker, shareVerb, finite } = x;
  const kind = x.kind!;
  const rule = x.rule!;
  const pending = x.run.pending;
  const end = head && head.end > q.end ? head.end : q.end;
  const placeTok = placeTokenAfter(tokens, head && head.end > 0 ? headEndTok : after);
  const placeFrom = placeTok && LOCATIVE.has(placeTok.lower) ? placeTok.start : null;
  if (pending && pending.q !== q && x.coordinated && head) {
    for (const p of waitingChain(pending)) if (kindsForHead(p.head.cls).includes(kind)) drafts.push(waitingDraft(sentence, p, kind, rule, finite));
  }
  let partOf = x.partOf;
  // "including 18 shot down over X", "12 of which were downed over X": a placed part with a verb of its own is still its total's part.
  if (partOf === null && (!head || shareVerb) && placeFrom !== null && q.value !== null && (partMarker || /^of\s+(?:which|them)\b/i.test(sentence.slice(q.end).trimStart()))) {
    const parent = [...drafts].reverse().find((d) => d.partOf === null && d.kind === kind && d.value !== null && d.value > q.value!);
    if (parent) partOf = drafts.indexOf(parent);
  }
  // Pushed with a kind of its own ("28 of 30 drones" launched them), a count no longer waits for the next one's.
  x.run.pending = null;
  const nextTok = tokens[after];
  drafts.push({
    kind, rule, value: q.value, qualifier: q.qualifier, start: q.start, end, head: head?.cls ?? null,
    headText: head && head.start >= 0 ? sentence.slice(head.start, head.end) : null,
    placeFrom, headStart: q.start, partOf, eachFrom: nextTok?.lower === 'each' && tokens[after + 1]?.lower === 'in' && tokens[after + 2] ? tokens[after + 2]!.start : null,
    finite, coordinated: x.coordinated, xOfY: x.xOfY, isX: x.isX, tokenStart: x.qStart, tokenAfter: head && head.end > 0 ? headEndTok : after,
  });
}
