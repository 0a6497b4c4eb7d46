/**
 * Is a new article a copy of a stored one? Syndicated wire copy and a page re-fetched with a
 * new ad block are the same report and must not add its figures twice; a second outlet's own
 * report of the same strike, or an update with a revised toll, is a new report and must.
 *
 * Candidates come from MinHash LSH bands (src/text/minhash.ts, via the store); the decision is
 * then exact, on the two texts' word 5-shingles:
 * - a copy says (almost) nothing the stored text does not: at most MAX_NOVEL of its shingles
 *   are new (boilerplate, a dateline, an ad line), and
 * - a copy states no number the stored text lacks (years aside): a changed or added figure
 *   makes it a revision, which is a report of its own. Errs toward keeping claims.
 */
import { findQuantities } from '../language/index.js';
import { bandKeys, shingles, signature } from '../text/minhash.js';

/** Share of the new text's shingles absent from the stored text, at most, for a copy. */
export const MAX_NOVEL = 0.2;

export interface CopyVerdict {
  copy: boolean;
  /** Resemblance (Jaccard) of the two shingle sets. */
  similarity: number;
  /** Why it is not a copy, when it is not. */
  reason?: string;
}

/** The band keys a text is stored and looked up under. */
export function textBands(text: string): string[] {
  return bandKeys(signature(text));
}

const YEAR = /^(19|20)\d\d$/;

/**
 * The figures the text states, each with the word after it ("2 houses", "36 of"): the same
 * number counting something else ("two women" where the other said "Two houses") is a new
 * figure. Years are left out: datelines differ between copies.
 */
function figuresOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const q of findQuantities(text)) {
    if (q.value === null || YEAR.test(text.slice(q.numberStart, q.end).trim())) continue;
    const next = /^[\s-]*([\p{L}\d]+)/u.exec(text.slice(q.end, q.end + 40))?.[1]?.toLowerCase().replace(/s$/, '') ?? '';
    out.add(`${q.value} ${next}`);
  }
  return out;
}

/** Whether `text` is a copy of `stored`, and how alike they are. */
export function copyVerdict(text: string, stored: string): CopyVerdict {
  const a = shingles(text);
  const b = shingles(stored);
  let shared = 0;
  for (const h of a) if (b.has(h)) shared++;
  const similarity = shared / (a.size + b.size - shared || 1);
  const novel = 1 - shared / (a.size || 1);
  if (novel > MAX_NOVEL) return { copy: false, similarity, reason: `${Math.round(novel * 100)}% of its text is not in the other` };
  const old = figuresOf(stored);
  const added = [...figuresOf(text)].filter((n) => !old.has(n));
  if (added.length) return { copy: false, similarity, reason: `states figures the other does not (${added.slice(0, 3).join(', ')}): a revision, not a copy` };
  return { copy: true, similarity };
}

/** The first candidate `text` copies, with the verdict. */
export function findCopy(text: string, candidates: readonly { id: number; text: string }[]): { id: number; similarity: number } | null {
  for (const c of candidates) {
    const v = copyVerdict(text, c.text);
    if (v.copy) return { id: c.id, similarity: v.similarity };
  }
  return null;
}
