/**
 * Words of state affairs (data/places/affairs-words.tsv): a capital named in a sentence that
 * holds one ("talks in Washington", "the embassy in Ottawa") stands for its government, as a
 * capital that speaks does (resolve.ts marks the name; readings.ts weighs its capital reading
 * as a seat of government, which the ranker sees as capitalAbroad).
 */
import { readFileSync } from 'node:fs';
import { splitSentences, type Sentence } from '../language/index.ts';
import { nextPhrase, phraseScan, type PhraseScan } from './phrase-scan.ts';

const FILE = 'data/places/affairs-words.tsv';
/** How far a sentence is looked into on each side of the name (characters). */
const REACH = 300;

let scan: PhraseScan | null = null;
/**
 * The sentences of the line last asked about: a text's names are asked about one after another,
 * and lines are hard sentence boundaries (language: splitSentences), so a line's sentences are
 * those the whole text's split has there; splitting every text whole cost more than the rest of affairs.
 */
let split: { text: string; lineStart: number; lineEnd: number; sentences: Sentence[] } | null = null;

function load(): PhraseScan {
  const rows = readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const phrases = rows.map((row) => {
    const [phrase, reason] = row.split('\t');
    if (!phrase || !reason) throw new Error(`${FILE}: a row needs a word and a reason: "${row}"`);
    return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  });
  return phraseScan(phrases, '(?<![\\p{L}])', '(?![\\p{L}])', 'iu');
}

/** The sentence around offset `at` as the language layer splits the text (at most REACH characters each side). */
function sentenceAround(text: string, at: number): string {
  if (split === null || split.text !== text || at < split.lineStart || at >= split.lineEnd) {
    // The line that holds `at`, up to its newline (a newline at `at` ends the line before it).
    const lineStart = at > 0 ? text.lastIndexOf('\n', at - 1) + 1 : 0;
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    split = { text, lineStart, lineEnd, sentences: splitSentences(text, lineStart, lineEnd) };
  }
  const ss = split.sentences;
  // The last sentence starting at or before `at`, by bisection.
  let lo = 0, hi = ss.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid]!.start <= at) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  const s = ss[found];
  if (!s || s.end <= at) return '';
  return text.slice(Math.max(s.start, at - REACH), Math.min(s.end, at + REACH));
}

/** Whether a sentence of any of the mentions at `at` holds a word of state affairs. */
export function inAffairs(text: string, at: readonly number[]): boolean {
  scan ??= load();
  for (const a of at) {
    const s = sentenceAround(text, a);
    scan.start.lastIndex = 0;
    if (nextPhrase(scan, s)) return true;
  }
  return false;
}
