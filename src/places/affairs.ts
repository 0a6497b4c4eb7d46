/**
 * Words of state affairs (data/places/affairs-words.tsv): a capital named in a sentence that
 * holds one ("talks in Washington", "the embassy in Ottawa") stands for its government, as a
 * capital that speaks does (resolve.ts marks the name; readings.ts weighs its capital reading
 * as a seat of government, which the ranker sees as capitalAbroad).
 */
import { readFileSync } from 'node:fs';
import { nextPhrase, phraseScan, type PhraseScan } from './phrase-scan.ts';

const FILE = 'data/places/affairs-words.tsv';
/** How far a sentence is looked into on each side of the name (characters). */
const REACH = 300;
const SENTENCE_END = /[.!?]["”’)]?\s|\n/g;

let scan: PhraseScan | null = null;

function load(): PhraseScan {
  const rows = readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const phrases = rows.map((row) => {
    const [phrase, reason] = row.split('\t');
    if (!phrase || !reason) throw new Error(`${FILE}: a row needs a word and a reason: "${row}"`);
    return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  });
  return phraseScan(phrases, '(?<![\\p{L}])', '(?![\\p{L}])', 'iu');
}

/** The sentence around offset `at` (at most REACH characters each side). */
function sentenceAround(text: string, at: number): string {
  const from = Math.max(0, at - REACH);
  let start = from;
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(text); m && m.index < at; m = SENTENCE_END.exec(text)) start = m.index + m[0].length;
  SENTENCE_END.lastIndex = at;
  const end = SENTENCE_END.exec(text)?.index ?? text.length;
  return text.slice(start, Math.min(end + 1, at + REACH));
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
