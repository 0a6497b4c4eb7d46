/**
 * Names the gazetteer lacks that a locative frame makes a place ("killed in X", "a drone attack on
 * X", "In X, a drone hit a house"): places of unknown precision and point, which the claims' place
 * ranker may choose over a known place of another sentence. They are no mentions of the text's
 * places (recognition stays as sure as it is); they are only offered where a count is placed.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { PlaceMention, Span } from '../types.ts';
import { gazetteer } from './gazetteer.ts';
import { tokenize } from './normalize.ts';
import { plainName } from './unknown.ts';
import { candidatesFor } from './candidates.ts';
import { namedSites } from './sites.ts';
import { COMMON, OFFICE, ORG, is } from './lexicon.ts';

const FILE = 'data/places/locative-frames.json';
const FramesFile = z.object({ why: z.string(), frames: z.array(z.object({ words: z.string().regex(/^[a-z ]+$/), why: z.string().min(1) })).min(1) });

let framed: RegExp | null = null;

/** The frame and name as one regex: a frame (capitalised only as a sentence's first word), one to three capitalised words, then a phrase's end or a lowercase word. */
function compile(): RegExp {
  const data = FramesFile.parse(JSON.parse(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8')));
  const frames = data.frames.map((f) => `[${f.words[0]}${f.words[0]!.toUpperCase()}]${f.words.slice(1).replace(/ /g, '\\s+')}`).join('|');
  const word = "\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{L}[\\p{L}\\p{M}'’]*)*";
  return new RegExp(`\\b(?:${frames})\\s+(?:the\\s+)?(${word}(?:\\s+${word}){0,2})(?=\\s*[,.;:)]|\\s+\\p{Ll}|\\s*$)`, 'gu');
}

const NO_PEOPLE: ReadonlySet<string> = new Set();
const FRONTED = /^[\s"“'‘(]*$/;

/** A name in a locative frame: its span, and whether the frame opens the sentence ("In X, …"). */
export interface LocativeName extends Span {
  fronted: boolean;
}

/**
 * The unknown names in locative frames of `span` (a sentence): spans no mention touches, of
 * names no word list marks as a person's, an organisation's, a calendar's or a common word.
 */
export function locativeUnknowns(text: string, span: Span, mentions: readonly PlaceMention[]): LocativeName[] {
  const re = (framed ??= compile());
  const g = gazetteer();
  const out: LocativeName[] = [];
  for (const m of text.slice(span.start, span.end).matchAll(re)) {
    const start = span.start + m.index! + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    // Only names the gazetteer lacks: a known one the text's mentions left out was left out for a reason ("speaking in Ankara").
    if (mentions.some((x) => x.start < end && start < x.end) || candidatesFor(m[1]!).cands.length) continue;
    // "at the Nasser hospital": the name of a site is the site's (sites.ts), read there or left out there.
    if (namedSites(text, { start, end: Math.min(span.end, end + 60) }, mentions).some((x) => x.start === start)) continue;
    const tokens = tokenize(m[1]!);
    // "in Biggest Drone Attack" (a title-case headline): common words alone make no name.
    if (!tokens.length || !plainName(g, tokens, 0, tokens.length - 1, NO_PEOPLE) || tokens.every((t) => is(t, COMMON | ORG | OFFICE))) continue;
    // "In X, a drone hit a house": a frame fronted before the clause sets the scene of all it tells.
    const fronted = FRONTED.test(text.slice(span.start, span.start + m.index!)) && text[end] === ',';
    out.push({ start, end, fronted });
  }
  return out;
}
