import { attributionOf, openingSelfSource } from './attribution.js';

// "60 were killed, Iranian television reports, while Israel claims three died": each clause has its source; so has one
// after "though" or "where" ("…, where local medics said nine civilians were killed").
const CLAUSES = /,\s*(?:while|whereas|but|though|although|where)\s+|;\s*/g;
const HAS_CLAUSES = /,\s*(?:while|whereas|but|though|although|where)\s+|;/;

/**
 * The sources of the clauses of a sentence that joins clauses with their own sources, as
 * `(offset) => claimant`; null when the sentence has one clause. Read once per sentence.
 */
export function clauseSources(sentence: string): ((offset: number) => string | null) | null {
  // "Iran said it fired 12 missiles, 10 of which were shot down, Qatari officials said": the opening clause is Iran's.
  const opening = openingSelfSource(sentence);
  // "Moscow said it downed 600 drones, while two security sources said …": the clauses after it have their own.
  const clauses = HAS_CLAUSES.test(sentence) ? clausesOf(sentence) : null;
  if (!opening && !clauses) return null;
  return (offset) => (opening && offset < opening.end ? opening.claimant : clauses?.find((c) => offset < c.end)?.claimant ?? null);
}

function clausesOf(sentence: string): { end: number; claimant: string | null }[] {
  const clauses: { end: number; claimant: string | null }[] = [];
  let start = 0;
  for (const m of sentence.matchAll(CLAUSES)) {
    clauses.push({ end: m.index!, claimant: start === 0 ? null : clauseSource(sentence.slice(start, m.index)) });
    start = m.index! + m[0].length;
  }
  clauses.push({ end: sentence.length, claimant: start === 0 ? null : clauseSource(sentence.slice(start)) });
  return clauses;
}

/** A clause after "while", "but" or ";" is read as a sentence ("…, while two security sources said" opens with its source). */
function clauseSource(clause: string): string | null {
  const opened = clause[0]!.toUpperCase() + clause.slice(1);
  const source = attributionOf(opened).claimant;
  // The source that opens the clause is given as written.
  return source && opened !== clause && source[0] === opened[0] && clause.startsWith(source.slice(1), 1) ? clause[0] + source.slice(1) : source;
}
