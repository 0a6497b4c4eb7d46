import { attributionOf, type Attribution } from './attribution.js';

/*
 * Attributions that cover more than their own sentence: a source's words closed by a colon before a
 * list or a quote, and a quote of several sentences closed by its source ('…," the brigade said').
 */

/** Where a sentence stands in its article: an attribution told before it (a colon) or after it (a quote's close) may cover it. */
export interface SentenceAt {
  /** Offsets and page section when the caller has them (the source tracker reads what lies between sentences). */
  sentences: readonly { text: string; paragraph: number; start?: number; end?: number; section?: number }[];
  index: number;
}

// The end of a source's words before a list ("Officials gave these figures: …"; not "at 10:30").
const SERIES_COLON = /:(?=\s|$|["“])/g;

/** Where a colon closes the words that name the source (within a few words of it, or of the title glossing it), so that what follows is theirs; else -1. */
export function seriesColon(sentence: string, source: string): number {
  const at = sentence.indexOf(source);
  if (at < 0) return -1;
  SERIES_COLON.lastIndex = at + source.length;
  const colon = SERIES_COLON.exec(sentence);
  return colon && colon.index - at - source.length < 140 && !/[.!?]\s/.test(sentence.slice(at, colon.index)) ? colon.index : -1;
}

/** +1 when a sentence opens a quote it does not close, -1 when it closes one opened before, else 0. */
export function quoteBalance(text: string): number {
  if (!/["“”]/.test(text)) return 0;
  let curly = 0;
  let straight = 0;
  let firstStraight = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') curly++;
    else if (c === '”') curly--;
    else if (c === '"') { if (firstStraight < 0) firstStraight = i; straight++; }
  }
  if (curly) return Math.sign(curly);
  if (straight % 2 === 0) return 0;
  // An odd straight quote opens when only blanks or a colon stand before it, else it closes.
  return /^[\s:,]*$/.test(text.slice(0, firstStraight)) || /:\s*$/.test(text.slice(0, firstStraight)) ? 1 : -1;
}

/** The quote sentence `at` opens: the later sentence (within the paragraph or the next) that closes it with its source. */
export function openedQuote(at: SentenceAt): { closer: Attribution | null; until: number } | null {
  const here = at.sentences[at.index]!;
  if (quoteBalance(here.text) <= 0) return null;
  for (let j = at.index + 1; j < Math.min(at.sentences.length, at.index + 8); j++) {
    const t = at.sentences[j]!;
    if (t.paragraph > here.paragraph + 1) break;
    const balance = quoteBalance(t.text);
    if (balance > 0) break;
    if (balance < 0) return { closer: attributionOf(t.text), until: j - 1 };
  }
  return { closer: null, until: at.index };
}

// A paragraph told all in quotes: it opens with a quote mark and closes one ('"We shot down eight drones."', '"…,"').
const OPENS_QUOTE = /^\s*["“]/;
const CLOSES_QUOTE = /["”]\s*$/;
// The words that name the speaker of the quote before them, when a paragraph break cut the sentence ('said army spokesman X.',
// 'the governor told reporters.'): the verb opens them, or they are a source and its verb alone.
const CUT_CLOSER = /^(?:said|says|told|added|wrote)\b/i;

/**
 * The speaker the paragraph after a paragraph told all in quotes names for it: the words of a sentence a paragraph
 * break cut ('"…,"' / 'said army spokesman X.'), or a sentence opening with its source ('District chief X said …').
 * Null when the quote's own paragraph names a speaker or the next paragraph opens otherwise.
 */
export function speakerAfterQuote(at: SentenceAt): Attribution | null {
  const here = at.sentences[at.index]!;
  let first = at.index;
  while (first > 0 && at.sentences[first - 1]!.paragraph === here.paragraph) first--;
  let last = at.index;
  while (last + 1 < at.sentences.length && at.sentences[last + 1]!.paragraph === here.paragraph) last++;
  if (!OPENS_QUOTE.test(at.sentences[first]!.text) || !CLOSES_QUOTE.test(at.sentences[last]!.text)) return null;
  const next = at.sentences[last + 1];
  if (!next || next.paragraph !== here.paragraph + 1) return null;
  for (let k = first; k <= last; k++) {
    const own = attributionOf(at.sentences[k]!.text);
    if (own.claimant || own.pronoun) return null;
  }
  if (CUT_CLOSER.test(next.text) || /[,]["”]\s*$/.test(at.sentences[last]!.text)) {
    const cut = attributionOf(`"…," ${next.text.trim()}`);
    return cut.claimant || cut.pronoun ? cut : null;
  }
  const opening = attributionOf(next.text);
  // The source opens the sentence, or glosses the words that open it ('The police spokesman, Micky Levin, said …').
  const where = opening.claimant ? next.text.indexOf(opening.claimant) : -1;
  return where >= 0 && where < 60 && !/[.!?;:]/.test(next.text.slice(0, where)) ? opening : null;
}
