/**
 * The killed and injured figures one article gives for its own incident. Claims the claims stage
 * found come first; when it found none, the headline and lead are read for cues
 * (data/reconcile/casualties.json), since local reports name a single victim without a number.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Claim, Extraction } from '../types.js';
import { words } from './text.js';

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
  death: Cues,
  injury: Cues,
  killerAlsoDies: z.object({ cues: z.array(z.tuple([z.string(), z.number().int()])) }),
  countWords: z.object({ words: z.array(z.tuple([z.string(), z.number().int()])) }),
  countGap: z.number().int().nonnegative(),
});
const FILE = new URL('../../data/reconcile/casualties.json', import.meta.url);

let lexicon: z.infer<typeof Schema> | null = null;
function load(): z.infer<typeof Schema> {
  if (lexicon) return lexicon;
  const parsed = Schema.safeParse(JSON.parse(readFileSync(FILE, 'utf8')));
  if (!parsed.success) throw new Error(`data/reconcile/casualties.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return (lexicon = parsed.data);
}

const TOTAL_QUALIFIERS = new Set(['exact', 'at_least', 'about', 'more_than']);

/** The largest stated total of a kind (parts of a total are already in it). */
function fromClaims(claims: readonly Claim[], kind: 'killed' | 'injured'): Figure | null {
  const totals = claims.filter((c) => c.kind === kind && c.value !== null && c.partOf === null && TOTAL_QUALIFIERS.has(c.qualifier ?? ''));
  if (!totals.length) return null;
  const top = totals.reduce((a, b) => ((b.value ?? 0) > (a.value ?? 0) ? b : a));
  return { value: top.value!, basis: 'claim', qualifier: top.qualifier, claimant: top.claimant, evidence: top.evidence };
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
function countBefore(tokens: readonly string[], at: number, counts: ReadonlyMap<string, number>, gap: number): number | null {
  for (let i = at - 1; i >= Math.max(0, at - 1 - gap); i--) {
    const t = tokens[i]!;
    const n = counts.get(t) ?? (/^\d{1,2}$/.test(t) ? Number(t) : null);
    // "3-year-old" tokenises to 3, year, old: an age, not a count.
    if (n !== null && tokens[i + 1] !== 'year') return n;
  }
  return null;
}

function fromCues(tokens: readonly string[], cues: readonly string[], counts: ReadonlyMap<string, number>, gap: number): number | null {
  let best: number | null = null;
  for (const cue of cues) {
    const at = find(tokens, phrase(cue));
    if (at < 0) continue;
    best = Math.max(best ?? 0, countBefore(tokens, at, counts, gap) ?? 1);
  }
  return best;
}

export function readFigures(x: Extraction): ArticleFigures {
  const lex = load();
  const lead = x.article.text.split(/(?<=[.!?])\s+/).slice(0, lex.leadSentences).join(' ');
  const tokens = words(`${x.article.title ?? ''} . ${lead}`);
  const counts = new Map(lex.countWords.words);
  const cue = (value: number): Figure => ({ value, basis: 'cue', qualifier: 'exact', claimant: null, evidence: null });
  let killed = fromClaims(x.claims, 'killed');
  if (!killed) {
    const dead = fromCues(tokens, lex.death.cues, counts, lex.countGap);
    const pair = Math.max(0, ...lex.killerAlsoDies.cues.filter(([c]) => find(tokens, phrase(c)) >= 0).map(([, n]) => n));
    const value = Math.max(dead ?? 0, pair);
    killed = value > 0 ? cue(value) : null;
  }
  let injured = fromClaims(x.claims, 'injured');
  if (!injured) {
    const hurt = fromCues(tokens, lex.injury.cues, counts, lex.countGap);
    // "shot and killed": the shot is the death, not a wound.
    if (hurt !== null && !(killed && hurt <= killed.value && !fromCues(tokens, lex.injury.cues.filter((c) => c !== 'shot' && c !== 'struck'), counts, lex.countGap))) injured = cue(hurt);
  }
  return { killed, injured };
}
