import { readFileSync } from 'node:fs';
import type { Span } from '../types.js';

/** A named person, organisation or country (by name or demonym) in a sentence; offsets into it. */
export interface Entity extends Span {
  text: string;
  type: 'person' | 'organisation';
  /** For people: the title before the name ("Defense Minister"). */
  title: string | null;
  /** The name without its title ("Rajnath Singh"). */
  name: string;
}

function wordList(file: string): string[] {
  return readFileSync(new URL(`../../data/language/${file}`, import.meta.url), 'utf8')
    .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Titles match capitalised or not ("Governor", "governor") while names stay capitalised.
const anyCase = (w: string): string => w.replace(/\b([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`);
const ORG_WORDS = wordList('organisation-words.txt').map((w) => anyCase(escape(w))).join('|');
const TITLES = wordList('titles.txt').sort((a, b) => b.length - a.length).map((t) => anyCase(escape(t))).join('|');

const NAME = "[A-Z][\\p{L}'’.-]+";
// An optional qualifier ("Israeli", "Moscow Region") before the title, the title, then one to four names.
const PERSON = new RegExp(`\\b((?:${NAME}\\s+){0,2}(?:${TITLES}))\\s+((?:${NAME})(?:\\s+(?:${NAME}|bin|al|de|van|von|da))*)`, 'gu');
const ORGANISATION = new RegExp(`\\b((?:the\\s+)?(?:${NAME}\\s+){1,5}(?:${ORG_WORDS})\\b(?:\\s+of\\s+(?:the\\s+)?(?:${NAME}\\s*)+)?)|\\b([A-Z]{2,6})\\b`, 'gu');
const TITLE_ONLY = new RegExp(`^(?:${TITLES})$`);
// What every titled person holds: a title word, then a capitalised word. Most sentences hold none,
// and this one search costs less than PERSON's tries at every word boundary.
const TITLE_THEN_NAME = new RegExp(`(?:${TITLES})\\s+[A-Z]`, 'u');

/**
 * People with titles and named organisations in a sentence. Titles come from a word list, so
 * "Moscow Mayor Sergei Sobyanin" is a person with title "Moscow Mayor"; organisations are
 * capitalised phrases ending in an organisation word ("the Gaza Health Ministry") or acronyms.
 */
export function findEntities(sentence: string): Entity[] {
  const found = findPeople(sentence);
  for (const m of sentence.matchAll(ORGANISATION)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (found.some((e) => e.start < end && start < e.end)) continue;
    const text = m[0];
    found.push({ start, end, text, type: 'organisation', title: null, name: text.replace(/^the\s+/i, '') });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The titled people of findEntities alone, in text order: no organisation is read (nor can one hide a person). */
export function findPeople(sentence: string): Entity[] {
  const found: Entity[] = [];
  if (!TITLE_THEN_NAME.test(sentence)) return found;
  for (const m of sentence.matchAll(PERSON)) {
    const titleWords = m[1]!.split(/\s+/);
    // The title must end in a title word, in any case ("Governor" or "governor").
    if (!TITLE_ONLY.test(titleWords.slice(-1)[0]!) && !TITLE_ONLY.test(titleWords.slice(-2).join(' '))) continue;
    const name = m[2]!.replace(/\s+(?:said|says|told)$/, '');
    if (ORG_WORD_END.test(name)) continue;
    found.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], type: 'person', title: m[1]!, name });
  }
  return found;
}

const ORG_WORD_END = new RegExp(`\\b(?:${ORG_WORDS})$`);
