import { readFileSync } from 'node:fs';
import type { Span } from '../types.js';

/** A sentence of the text; offsets index the text as given. */
export interface Sentence extends Span {
  text: string;
  /** Index of the paragraph (block of lines separated by blank lines) it belongs to. */
  paragraph: number;
  /** The page section it belongs to (clean: a second story, a live update), when the page has several. */
  section?: number;
  /** The section is one update of a live page (clean), which goes on telling the page's story, not a story of its own. */
  liveUpdate?: boolean;
}

const ABBREVIATIONS: ReadonlySet<string> = new Set(
  readFileSync(new URL('../../data/language/abbreviations.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#')),
);

// A candidate boundary: terminal punctuation, optional closing quotes/brackets, then space.
const BOUNDARY = /([.!?]+)(["'”’)\]]*)(\s+)/g;

/** The word (letters and inner periods) that ends just before `end`. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}

function isBoundary(text: string, dot: number, terminal: string, next: number): boolean {
  if (terminal !== '.') return true;
  const word = wordBefore(text, dot);
  const nextChar = text[next] ?? '';
  // A single capital initial ("Joseph R. Biden") never ends a sentence before a capital.
  if (/^[A-Z]$/.test(word) && /[A-Z]/.test(nextChar)) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) {
    // "in the U.S. The next day" does end: only when the next word is a common sentence starter.
    if (/^(u\.s|u\.k|u\.n|e\.u|d\.c)$/i.test(word)) {
      return /^(The|A|An|In|On|It|He|She|They|We|But|And|This|That|There)\b/.test(text.slice(next, next + 6));
    }
    return false;
  }
  // A lower-case continuation means the period was not terminal ("approx. five").
  if (/[a-z0-9]/.test(nextChar)) return false;
  return true;
}

/**
 * Splits text into sentences with offsets into `text`. Lines are hard boundaries (news dumps put
 * one paragraph or caption per line); inside a line, terminal punctuation followed by space ends a
 * sentence unless it closes an abbreviation or an initial.
 */
export function splitSentences(text: string, from = 0, to = text.length, firstParagraph = 0): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = firstParagraph;
  let lineStart = from;
  let blankRun = false;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '') {
      if (!blankRun) paragraph++;
      blankRun = true;
    } else {
      blankRun = false;
      splitLine(text, lineStart, lineEnd, paragraph, sentences);
    }
    lineStart = lineEnd + 1;
  }
  return sentences;
}

function splitLine(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  const line = text.slice(start, end);
  let sentenceStart = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
    const dot = m.index;
    const close = dot + m[1]!.length + m[2]!.length;
    const next = close + m[3]!.length;
    if (next >= line.length) break;
    if (isBoundary(line, dot, m[1]!.slice(-1), next)) {
      pushTrimmed(text, start + sentenceStart, start + close, paragraph, out);
      sentenceStart = next;
    }
  }
  pushTrimmed(text, start + sentenceStart, end, paragraph, out);
}

// No real sentence is longer; a longer run (a table, a blob without stops) is cut at spaces so that
// no later stage ever meets an unbounded "sentence".
const MAX_SENTENCE = 1500;

function pushTrimmed(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  while (end - start > MAX_SENTENCE) {
    let cut = text.lastIndexOf(' ', start + MAX_SENTENCE);
    if (cut <= start) cut = start + MAX_SENTENCE;
    pushTrimmed(text, start, cut, paragraph, out);
    start = cut;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph });
}
