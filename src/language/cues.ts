import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ByForm, formOf, type Token } from './tokens.js';

/** What a cue does to the words in its scope. */
export type CueType = 'neg' | 'modal' | 'hedge';

/** A cue found in a sentence, with the tokens it governs (token indices, end exclusive). */
export interface CueHit {
  cue: string;
  type: CueType;
  reason: string;
  at: number;
  from: number;
  to: number;
}

const CueFile = z.object({
  cues: z.array(z.object({
    cue: z.string().min(1),
    type: z.enum(['neg', 'modal', 'hedge']),
    scope: z.enum(['right', 'left', 'clause']),
    window: z.number().int().min(1).max(40),
    reason: z.string().min(3),
    /** Only as written in lower case (or opening the sentence): "may" the modal, not "May" the month. */
    lowerOnly: z.boolean().optional(),
  })),
  boundaries: z.array(z.string()),
  sentenceBreaks: z.array(z.array(z.string().min(1)).min(1)).optional(),
});
type Cue = z.infer<typeof CueFile>['cues'][number] & { words: string[] };

function load(): { byFirst: Map<string, Cue[]>; boundaries: Set<string>; breaks: string[][] } {
  const raw: unknown = JSON.parse(readFileSync(new URL('../../data/language/cues.json', import.meta.url), 'utf8'));
  const parsed = CueFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const i = issue.path[1];
    const name = typeof i === 'number' ? ` (cue "${(raw as { cues: { cue?: string }[] }).cues[i]?.cue}")` : '';
    throw new Error(`data/language/cues.json${name}: ${issue.path.join('.')}: ${issue.message}`);
  }
  const byFirst = new Map<string, Cue[]>();
  for (const c of parsed.data.cues) {
    const words = c.cue.toLowerCase().split(/\s+/);
    byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), { ...c, words }]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, boundaries: new Set(parsed.data.boundaries), breaks: parsed.data.sentenceBreaks ?? [] };
}

const { byFirst: CUES, boundaries: BOUNDARIES, breaks: BREAKS } = load();
const BREAK_ENDS: ReadonlySet<string> = new Set(BREAKS.map((words) => words[words.length - 1]!));
/** The same look-ups kept by a token's spelling (most tokens carry their form): an array read per token. */
const BREAK_END_OF = new ByForm((f) => BREAK_ENDS.has(f.lower));
const CUES_OF = new ByForm((f) => CUES.get(f.cueKey) ?? null);

/**
 * The part of the sentence each token is in (0, 1, …): a break (data/language/cues.json,
 * sentenceBreaks) opens a new part at its last word. Sentence-wide rule flags read one part.
 */
export function sentenceParts(tokens: readonly Token[]): Uint16Array {
  const parts = new Uint16Array(tokens.length);
  let part = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.form ? BREAK_END_OF.get(t.form) : BREAK_ENDS.has(t.lower)) for (const words of BREAKS) {
      const first = i - words.length + 1;
      if (first >= 0 && words.every((w, k) => tokens[first + k]!.lower === w)) {
        part++;
        break;
      }
    }
    parts[i] = part;
  }
  return parts;
}

/** Every cue of a sentence and its scope, stopping at clause boundaries. */
export function findCues(tokens: readonly Token[]): CueHit[] {
  // The cue word of each token's spelling (its lower case is the spelling's, as tokenize made it).
  return cuesByKey(tokens, tokens.map((t) => (t.form ?? formOf(t.text)).cueKey));
}

/** findCues with each token's cue word given (annotation has the tokens' forms at hand). */
export function cuesByKey(tokens: readonly Token[], keys: readonly string[]): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // keys[i] is the cue word of the token's form when it has one.
    const candidates = t.form ? CUES_OF.get(t.form) : CUES.get(keys[i]!);
    if (!candidates) continue;
    const cue = candidates.find((c) => c.words.every((w, k) => k === 0 || tokens[i + k]?.lower === w));
    if (!cue || (cue.lowerOnly && i > 0 && tokens[i]!.text !== tokens[i]!.lower)) continue;
    const after = i + cue.words.length;
    let from = after;
    let to = after;
    if (cue.scope !== 'left') while (to < tokens.length && to - after < cue.window && !BOUNDARIES.has(tokens[to]!.lower)) to++;
    if (cue.scope !== 'right') {
      from = i;
      while (from > 0 && i - from < cue.window && !BOUNDARIES.has(tokens[from - 1]!.lower)) from--;
    }
    hits.push({ cue: cue.cue, type: cue.type, reason: cue.reason, at: i, from, to });
    i = after - 1;
  }
  return hits;
}
