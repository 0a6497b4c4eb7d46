import { annotateTokens, loadRules, type Token } from '../language/index.js';
import type { CountDraft } from './counts.js';
import { RuleGate } from './stategate.js';
import { tokenAt } from './tokens.js';

/**
 * The count gate for numbers that are no fact the story reports: a count after a denial ("denied that 15
 * were killed") or a capacity ("capable of intercepting 12") in its clause, or a number asked ("how many were killed"). GUIDELINES annotate what is
 * stated as having happened; history is annotated too (the check set counts "an attack in 2009 killed
 * 25"), so an earlier time is no cue here. Cues: data/rules/notfact-counts.json; clause boundaries are
 * those of data/rules/damage-background.json.
 */
const DIR = new URL('../../data/rules/', import.meta.url);
const BOUNDS = loadRules('damage-background');
const NOT_FACT = loadRules('notfact-');
// The cheap test: a sentence holding none of the words of a cue is not read further.
const GATE = new RuleGate(NOT_FACT, DIR);

/** What a sentence's cues void: per clause, the token its reach opens at; and the spans of numbers that count nothing. */
interface Voided { clause: (i: number) => number; from: Map<number, number>; spans: { start: number; end: number }[] }

/** Per clause of the sentence (by its index), the token from which its counts are not facts; null when none is. */
function voidedBy(tokens: readonly Token[], said: string): Voided | null {
  if (!GATE.mayMatch(tokens)) return null;
  const annotated = annotateTokens(said, tokens).tokens;
  const cues = NOT_FACT.matcher.match(annotated);
  if (!cues.length) return null;
  const bounds = BOUNDS.matcher.match(annotated, (r) => r.meta.role === 'boundary').map((c) => c.start).sort((a, b) => a - b);
  const clause = (i: number): number => {
    let k = 0;
    while (k < bounds.length && bounds[k]! < i) k++;
    return k;
  };
  const from = new Map<number, number>();
  const spans: Voided['spans'] = [];
  for (const c of cues) {
    // "aged 19 and 23", "a 1,500-pound bomb", "rose from nine to 12": the number (or the `old` capture) counts nothing.
    if (c.rule.meta.role === 'notcount') {
      spans.push(c.captures.old ?? { start: c.start, end: c.end });
      continue;
    }
    const k = clause(c.end - 1);
    // The reach opens after the cue, or at its last word when that is the count it voids ("how many").
    const at = c.rule.meta.from === 'last' ? c.end - 1 : c.end;
    if (at < (from.get(k) ?? Infinity)) from.set(k, at);
  }
  return { clause, from, spans };
}

/** The counts of a sentence less those that are no fact of the story; totals kept keep their parts' indices. */
export function withoutUnreal(counts: readonly CountDraft[], said: string, tokens: readonly Token[]): CountDraft[] {
  if (!counts.length) return counts as CountDraft[];
  const read = voidedBy(tokens, said);
  if (!read) return counts as CountDraft[];
  const keep = counts.map((c) => {
    const at = tokenAt(tokens, c.start);
    return at < (read.from.get(read.clause(at)) ?? Infinity) && !read.spans.some((sp) => at >= sp.start && at < sp.end);
  });
  if (keep.every(Boolean)) return counts as CountDraft[];
  const index: number[] = [];
  const out: CountDraft[] = [];
  counts.forEach((c, i) => {
    index[i] = keep[i] ? out.push(c) - 1 : -1;
  });
  return out.map((c) => (c.partOf === null ? c : { ...c, partOf: (index[c.partOf] ?? -1) >= 0 ? index[c.partOf]! : null }));
}
