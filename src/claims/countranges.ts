/** Rising ranges of two numbers read as one count ("10-12 people", "between 10 and 12"), by the data of countsteps.json `ranges`. */
import type { Quantity } from '../language/index.js';
import { COUNT_RANGES as RANGES } from './countsteptable.js';

// A `\p{…}` literal is built anew on each evaluation (tsx's esbuild writes it as `new RegExp(…)` where it stands):
// the ones the functions below test per token or per mention are built once here.
const LETTER_FIRST = /^\p{L}/u;

const JOINERS: ReadonlySet<string> = new Set(RANGES.joiners.map((j) => j.toLowerCase()));
const NOT_AFTER = new RegExp(`\\b(?:${RANGES.notAfter.words.join('|')})\\s+$`, 'i');
const OPENER = new RegExp(`\\b${RANGES.between.opener}\\s+$`, 'i');
// "10-12": findQuantities reads no number glued behind a dash, so the high end is read here.
const GLUED_HIGH = /^([-\u2013\u2014])(\d{1,3}(?:,\d{3})+|\d+)(?![\w-])/;

/**
 * "10-12 people", "30 to 40 people", "between 10 and 12": a rising range is one count, its low end
 * with the qualifier of countsteps.json `ranges` (or the low end's own: "some 10-12").
 */
export function joinRanges(quantities: readonly Quantity[], sentence: string): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < quantities.length; i++) {
    const a = quantities[i]!;
    const joined = a.value === null ? null : rangeAfter(sentence, a, quantities[i + 1]);
    if (!joined) { out.push(a); continue; }
    out.push(joined);
    while (i + 1 < quantities.length && quantities[i + 1]!.start < joined.end) i++;
  }
  return out;
}

function rangeAfter(sentence: string, a: Quantity, b: Quantity | undefined): Quantity | null {
  let start = a.start;
  let high: { value: number; end: number } | null = null;
  const glued = GLUED_HIGH.exec(sentence.slice(a.end, a.end + 16));
  if (glued && JOINERS.has(glued[1]!)) {
    high = { value: Number(glued[2]!.replace(/,/g, '')), end: a.end + glued[0].length };
  } else if (b && b.value !== null && b.start === b.numberStart) {
    const raw = sentence.slice(a.end, b.start);
    const gap = raw.trim().toLowerCase();
    const opener = a.start === a.numberStart ? OPENER.exec(sentence.slice(Math.max(0, a.start - 12), a.start)) : null;
    // A word joins across spaces ("30 to 40"); a dash only glued ("15–20"): "Update 3 - Seven soldiers" is punctuation.
    if (JOINERS.has(gap) && (LETTER_FIRST.test(gap) || raw === gap)) high = { value: b.value, end: b.end };
    else if (gap === RANGES.between.joiner && opener) {
      high = { value: b.value, end: b.end };
      start = a.start - opener[0].length;
    }
  }
  if (!high || !(high.value > a.value!) || NOT_AFTER.test(sentence.slice(Math.max(0, a.start - 12), a.start))) return null;
  const qualifier = a.qualifier === 'exact' ? RANGES.qualifier : a.qualifier;
  return { start, end: high.end, value: a.value, qualifier, numberStart: a.numberStart, text: sentence.slice(start, high.end) };
}
