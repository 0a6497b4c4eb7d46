/**
 * The killed and injured figures one article gives for its own incident. Claims the claims stage
 * found come first; when it found none, the headline and lead are read for cues
 * (data/reconcile/casualties.json), since local reports name a single victim without a number.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Claim, Extraction } from '../types.js';
import { words } from './text.js';
import { isCumulative } from '../language/index.js';

export interface Figure {
  value: number;
  /** claim: a stated count; cue: read from headline/lead wording; none: no cue, taken as zero. */
  basis: 'claim' | 'cue' | 'none';
  qualifier: string | null;
  claimant: string | null;
  evidence: { start: number; end: number } | null;
}
export interface ArticleFigures {
  killed: Figure | null;
  injured: Figure | null;
}

const Cues = z.object({ cues: z.array(z.string()) });
const Schema = z.object({
  leadSentences: z.number().int().positive(),
  death: Cues.extend({ countAfter: Cues }),
  injury: Cues,
  killerAlsoDies: z.object({ cues: z.array(z.tuple([z.string(), z.number().int()])) }),
  countWords: z.object({ words: z.array(z.tuple([z.string(), z.number().int()])) }),
  countGap: z.number().int().nonnegative(),
  ages: z.object({ afterNouns: z.array(z.string()), units: z.array(z.string()), familyNouns: z.array(z.string()) }),
  coordination: z.object({ personNouns: z.array(z.string()) }),
  partMarkers: z.object({ words: z.array(z.string()) }),
  increments: z.object({ words: z.array(z.string()) }),
  negators: z.object({ words: z.array(z.string()) }),
  woundNouns: z.object({ words: z.array(z.string()) }),
  tallyNouns: z.object({ words: z.array(z.string()), minValue: z.number().int().positive() }),
});
const FILE = new URL('../../data/reconcile/casualties.json', import.meta.url);

let lexicon: z.infer<typeof Schema> | null = null;
function load(): z.infer<typeof Schema> {
  if (lexicon) return lexicon;
  const parsed = Schema.safeParse(JSON.parse(readFileSync(FILE, 'utf8')));
  if (!parsed.success) throw new Error(`data/reconcile/casualties.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return (lexicon = parsed.data);
}


function tallyOfMany(sentence: string, value: number): boolean {
  const { words: nouns, minValue } = load().tallyNouns;
  return value >= minValue && words(sentence).some((w) => nouns.includes(w));
}

/** "Tyrone Smith, 27, of Knoxville": a number set off by commas after a name is an age. */
function inApposition(sentence: string, value: number): boolean {
  const all = [...sentence.matchAll(new RegExp(`(?<![\\d.,])${value}(?![\\d.,]\\d)`, 'g'))];
  return all.length > 0 && all.every((m) => /[A-Za-z)],\s*$/.test(sentence.slice(Math.max(0, m.index - 3), m.index)) && /^\s*,/.test(sentence.slice(m.index + m[0].length)));
}

/** Whether `value` stands in `tokens` only as someone's age ("a 27-year-old", "Boy, 3,") or as a part ("including 2"). */
function notACount(tokens: readonly string[], value: number): boolean {
  const at = tokens.flatMap((t, i) => (t === String(value) ? [i] : []));
  return at.length > 0 && at.every((i) => isAge(tokens, i) || isPart(tokens, i));
}
function isAge(tokens: readonly string[], i: number): boolean {
  const { afterNouns, units, familyNouns } = load().ages;
  return units.includes(tokens[i + 1] ?? '') || afterNouns.includes(tokens[i - 1] ?? '')
    || (tokens[i - 1] === 'of' && familyNouns.includes(tokens[i - 2] ?? ''));
}
function isPart(tokens: readonly string[], i: number): boolean {
  return load().partMarkers.words.some((m) => {
    const p = phrase(m);
    return p.every((w, k) => tokens[i - p.length + k] === w);
  });
}

const phrase = (s: string) => words(s);
function find(tokens: readonly string[], cue: readonly string[]): number {
  outer: for (let i = 0; i + cue.length <= tokens.length; i++) {
    for (let k = 0; k < cue.length; k++) if (tokens[i + k] !== cue[k]) continue outer;
    return i;
  }
  return -1;
}

/** A count written shortly before position `at` ("Four people shot", "3 bodies"). */
function countBefore(tokens: readonly string[], at: number, gap: number): number | null {
  const counts = new Map(load().countWords.words);
  for (let i = at - 1; i >= Math.max(0, at - 1 - gap); i--) {
    const t = tokens[i]!;
    const n = counts.get(t) ?? (/^\d{1,2}$/.test(t) ? Number(t) : null);
    if (n === null || isAge(tokens, i) || isPart(tokens, i) || load().increments.words.includes(tokens[i + 1] ?? '')) continue;
    const joined = tokens[i - 1] === 'and' && load().coordination.personNouns.includes(tokens[i - 2] ?? '');
    return joined ? n + 1 : n;
  }
  return null;
}

/** An active verb's object count: "drones kill two", "injuring 12" (not "killed 3-year-old"). */
function countRightAfter(tokens: readonly string[], i: number): number | null {
  const t = tokens[i] ?? '';
  const n = new Map(load().countWords.words).get(t) ?? (/^\d{1,3}$/.test(t) ? Number(t) : null);
  if (n === null || isAge(tokens, i) || load().increments.words.includes(tokens[i + 1] ?? '')) return null;
  return n;
}

/** A count written right after a revised-toll phrase ("toll rises to six"). */
function countAfter(tokens: readonly string[], cues: readonly string[]): number | null {
  const counts = new Map(load().countWords.words);
  for (const cue of cues) {
    const p = phrase(cue);
    const at = find(tokens, p);
    if (at < 0) continue;
    const t = tokens[at + p.length] ?? '';
    const n = counts.get(t) ?? (/^\d{1,4}$/.test(t) ? Number(t) : null);
    if (n !== null) return n;
  }
  return null;
}

/** The largest count the cues give, and whether any was written as a number (else one victim). */
function fromCues(tokens: readonly string[], cues: readonly string[], after: readonly string[] = []): { value: number; counted: boolean } | null {
  const revised = countAfter(tokens, after);
  let out: { value: number; counted: boolean } | null = revised === null ? null : { value: revised, counted: true };
  for (const cue of cues) {
    const at = find(tokens, phrase(cue));
    if (at < 0 || load().negators.words.includes(tokens[at - 1] ?? '')) continue;
    const n = countBefore(tokens, at, load().countGap) ?? countRightAfter(tokens, at + phrase(cue).length);
    if (!out || (n ?? 1) > out.value) out = { value: n ?? 1, counted: n !== null };
  }
  return out;
}

type Kind = 'killed' | 'injured';
const TOTAL_QUALIFIERS = new Set(['exact', 'at_least', 'about', 'more_than']);

/** Stated totals of a kind, minus ages and parts read as counts and a count the claims stage read as both kinds. */
function totals(x: Extraction, kind: Kind): Claim[] {
  const sentence = (c: Claim) => x.article.text.slice(c.evidence.start, c.evidence.end);
  // A tally over a period ("3,290 people shot this year") is not this incident's toll.
  const stated = (k: Kind) => x.claims.filter((c) => c.kind === k && c.value !== null && c.partOf === null && TOTAL_QUALIFIERS.has(c.qualifier ?? '')
    && !isCumulative(sentence(c)) && !tallyOfMany(sentence(c), c.value) && !inApposition(sentence(c), c.value) && !notACount(words(sentence(c)), c.value));
  const own = stated(kind);
  if (kind === 'killed') return own;
  const dead = stated('killed');
  const most = Math.max(0, ...dead.map((d) => d.value ?? 0));
  const { words: wounds } = load().woundNouns;
  return own.filter((c) => !dead.some((d) => d.value === c.value && d.evidence.start === c.evidence.start)
    && !((c.value ?? 0) <= most && words(x.article.text.slice(c.evidence.start, c.evidence.end)).some((w) => wounds.includes(w))));
}

const largest = (claims: readonly Claim[]): Figure | null => {
  if (!claims.length) return null;
  const top = claims.reduce((a, b) => ((b.value ?? 0) > (a.value ?? 0) ? b : a));
  return { value: top.value!, basis: 'claim', qualifier: top.qualifier, claimant: top.claimant, evidence: top.evidence };
};
const cueFigure = (value: number, basis: Figure['basis']): Figure => ({ value, basis, qualifier: 'exact', claimant: null, evidence: null });

/**
 * One kind's figure, in order of trust: a count in the headline ("4 Shot at Party"), a stated
 * count in the lead, the lead's wording ("man shot dead" is one), a count later in the body
 * (which often recalls other incidents or the year's tally).
 */
function figureOf(x: Extraction, kind: Kind, title: string[], lead: string[], leadEnd: number, killed: Figure | null): Figure | null {
  const lex = load();
  const cues = kind === 'killed' ? lex.death.cues : lex.injury.cues;
  const after = kind === 'killed' ? lex.death.countAfter.cues : [];
  const headline = fromCues(title, cues, after);
  const claims = totals(x, kind);
  if (headline?.counted && !(kind === 'injured' && killed && headline.value <= killed.value)) {
    // The headline's count, attributed as the body states it: its claimant and sentence.
    const stated = claims.find((c) => c.value === headline.value);
    return { ...cueFigure(headline.value, 'claim'), claimant: stated?.claimant ?? null, evidence: stated?.evidence ?? null };
  }
  const inLead = largest(claims.filter((c) => c.evidence.start < leadEnd));
  if (inLead) return inLead;
  const worded = fromCues([...title, '.', ...lead], cues, after);
  if (kind === 'killed') {
    const pair = Math.max(0, ...lex.killerAlsoDies.cues.filter(([c]) => find([...title, ...lead], phrase(c)) >= 0).map(([, n]) => n));
    const value = Math.max(worded?.value ?? 0, pair);
    if (value > 0) return cueFigure(value, 'cue');
  } else if (worded) {
    // "shot and killed": the shot is the death, not a wound, unless another wound word is there too.
    const strictly = fromCues([...title, '.', ...lead], cues.filter((c) => c !== 'shot' && c !== 'struck'));
    if (!killed || worded.value > killed.value || strictly) return cueFigure(worded.value, 'cue');
  }
  return largest(claims);
}

export function readFigures(x: Extraction): ArticleFigures {
  const lex = load();
  const sentences = x.article.text.split(/(?<=[.!?])\s+/);
  const leadText = sentences.slice(0, lex.leadSentences).join(' ');
  const leadEnd = x.article.text.indexOf(leadText) + leadText.length;
  const title = words(x.article.title ?? '');
  const lead = words(leadText);
  const killed = figureOf(x, 'killed', title, lead, leadEnd, null);
  return { killed, injured: figureOf(x, 'injured', title, lead, leadEnd, killed) };
}
