import type { ClaimKind } from '../types.js';
import { mayHoldQuantity } from '../language/index.js';
import { alternation, SOURCES } from './sourcedata.js';
import type { SentenceAt } from './quotes.js';

// The source of the report a count belongs to, carried to the counts after it that name none (data: reportCarry).
// A wire item names its source once and goes on in its words ("The governor said the attack began at dawn. Five homes
// were damaged."): the source carries over the following sentences and paragraphs, within a reach, until another source
// is named or the text turns to another time or attack. A witness quoted on the way speaks only for their own sentence.
const CARRY = SOURCES.reportCarry;
const KINDS: ReadonlySet<string> = new Set(CARRY.kinds);
const COUNTED_ONLY: ReadonlySet<string> = new Set(CARRY.countedOnly);
const BREAK_WORDS = new RegExp(`\\b(?:${alternation(CARRY.breaks)})\\b|\\b(?:19|20)\\d\\d\\b`, 'i');
// "Since midnight, 14 drones have been downed": a break word that keeps to the report's own time is read away first (data: sameTime).
const SAME_TIME_WORDS = `\\b(?:${alternation(CARRY.sameTime)})\\b`;
const SAME_TIME = new RegExp(SAME_TIME_WORDS, 'i');
const ALL_SAME_TIME = new RegExp(SAME_TIME_WORDS, 'gi');
const BREAK = { test: (sentence: string): boolean => BREAK_WORDS.test(sentence) && (!SAME_TIME.test(sentence) || BREAK_WORDS.test(sentence.replace(ALL_SAME_TIME, ''))) };
const SILENT = new RegExp(`\\b(?:${alternation(CARRY.silent)})\\b`, 'i');
// "The strike came hours after …", "It followed an attack on Friday in which …": background tied to the attack told (data: links).
const LINK = new RegExp(`\\b(?:${alternation(CARRY.links.verbs)})\\s+(?:[\\w'’-]+\\s+){0,3}?(?:${alternation(CARRY.links.joins)})\\b`, 'i');
// "Fires broke out in three apartment blocks": the reporter's own description of the scene (data: scene, sceneKinds).
const SCENE = new RegExp(`\\b(?:${alternation(CARRY.scene)})\\b`, 'i');
const SCENE_KINDS: ReadonlySet<string> = new Set(CARRY.sceneKinds);
const QUOTE_MARK = /["“”]/;

/** Whether a sentence quotes its speaker and counts nothing ('"They will fail," the mayor said.'): the speaker speaks for it alone. */
export const quotesOnly = (sentence: string): boolean => QUOTE_MARK.test(sentence) && !mayHoldQuantity(sentence);

/** Whether a sentence ties the attack told to another event as background ("The strike came hours after …"): no one's account. */
export const isBackgroundLink = (sentence: string): boolean => LINK.test(sentence);
// A line with no closing stop is a heading (a news page's subhead, a digest's next story): the report before it is over.
const HEADING = /[^.!?;:"”’)\]…]\s*$/;
// A sentence of bracketed citations only closes an item of a digest ("… in Gaza. (AP) (Reuters)"): the next item is another story.
const CITATIONS = /^(?:\s*\([^()]{1,60}\))+\s*$/;
// More than blank space between two sentences is text the cleaner dropped (a heading, a caption): the report before it is over.
const DROPPED_GAP = 4;
const WITNESS_WORDS = alternation(CARRY.witnesses);
const WITNESS = new RegExp(`\\b(?:${WITNESS_WORDS})\\b`, 'i');
// The witness word may gloss a name found as the source, right before it ('said a resident, Ivan Koval') or set off after it ('Ivan Koval, a resident of the town, said').
const WITNESS_BEFORE = new RegExp(`\\b(?:${WITNESS_WORDS}),?\\s+$`, 'i');
const WITNESS_AFTER = new RegExp(`^,\\s+(?:(?:a|an|the)\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:${WITNESS_WORDS})\\b`, 'i');

/** Whether a source speaks only for what they saw ("local resident X", "a witness", "X, a resident of the town,"): never carried to another sentence. */
export function isWitness(claimant: string, sentence: string): boolean {
  if (WITNESS.test(claimant)) return true;
  const at = sentence.indexOf(claimant);
  return at >= 0 && (WITNESS_BEFORE.test(sentence.slice(Math.max(0, at - 30), at)) || WITNESS_AFTER.test(sentence.slice(at + claimant.length, at + claimant.length + 60)));
}

interface Report {
  readonly claimant: string;
  readonly index: number;
  readonly paragraph: number;
}

/** Follows the source of the report being told, sentence by sentence (the source tracker feeds it). */
export class ReportCarry {
  private report: Report | null = null;

  /**
   * A sentence read: `claimant` the source it names itself (resolved), null when it names none. A source that says it gave
   * nothing ("gave no details") or a witness opens no report; a sentence turned to another time or attack ends it, and so does a heading.
   */
  note(sentence: string, claimant: string | null, at: SentenceAt): void {
    const paragraph = at.sentences[at.index]!.paragraph;
    if (this.report && this.brokenBefore(at)) this.report = null;
    if (claimant) {
      if (isWitness(claimant, sentence)) return;
      // '"They will fail," the mayor said.': a quote that counts nothing speaks for its sentence; the report before goes on.
      if (this.report && claimant !== this.report.claimant && quotesOnly(sentence)) return;
      this.report = SILENT.test(sentence) ? null : { claimant, index: at.index, paragraph };
    } else if (this.report && (BREAK.test(sentence) || HEADING.test(sentence) || CITATIONS.test(sentence))) this.report = null;
  }

  /** Whether the text between this sentence and the one before is more than blank space, or the page section changes. */
  private brokenBefore(at: SentenceAt): boolean {
    const here = at.sentences[at.index]!;
    const before = at.sentences[at.index - 1];
    if (!before) return false;
    if (here.section !== before.section) return true;
    return here.start !== undefined && before.end !== undefined && here.start - before.end > DROPPED_GAP;
  }

  /**
   * Whether a count of `kind` in this sentence is no one's account though a report is being told: the sentence turns to another
   * time or attack, ties the attack to another event as background, or is the reporter's own description of the scene.
   */
  aside(kind: ClaimKind, sentence: string): boolean {
    return BREAK.test(sentence) || isBackgroundLink(sentence) || (SCENE_KINDS.has(kind) && SCENE.test(sentence));
  }

  /** The source carried to a count of `kind` in sentence `at` that names none, if the report it belongs to is still told. */
  carried(kind: ClaimKind, at: SentenceAt): string | null {
    const report = this.report;
    if (!report || !KINDS.has(kind) || report.index >= at.index) return null;
    const here = at.sentences[at.index]!;
    if (at.index - report.index > CARRY.reach.sentences || here.paragraph - report.paragraph > CARRY.reach.paragraphs) return null;
    if (COUNTED_ONLY.has(kind) && !mayHoldQuantity(here.text)) return null;
    return this.aside(kind, here.text) ? null : report.claimant;
  }
}
