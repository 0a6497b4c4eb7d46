import type { PlaceMention } from '../types.js';
import type { Sentence } from '../language/index.js';
import { WORDS } from './words.js';

const NAME = "[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+)?";
// "the villages of A, B and C": a settlement noun, "of", and the names it introduces.
const NAMED_AFTER = new RegExp(`\\b(?:${[...WORDS.SETTLEMENT_NOUNS].join('|')})\\s+of\\s+(${NAME}(?:\\s*,\\s*${NAME})*(?:,?\\s+and\\s+${NAME})?)`, 'gu');

/**
 * The mentions of the text, with the settlements named after "villages of", "the town of" in a
 * sentence that names no known place finer than a country: a place the gazetteer does not know is still the scene of what happens there.
 * They carry no coordinates.
 */
export function withSettlements(sentences: readonly Sentence[], places: readonly PlaceMention[]): PlaceMention[] {
  const added: PlaceMention[] = [];
  let byStart: PlaceMention[] | null = null;
  for (const s of sentences) {
    // Only where the sentence names no known place finer than a country: a known district or region beside
    // the villages is the place the text gives for the facts ("the villages of A and B in Bari region").
    if (!/ of [A-Z]/.test(s.text) || namesFinerPlace((byStart ??= [...places].sort((a, b) => a.start - b.start)), s)) continue;
    for (const m of s.text.matchAll(NAMED_AFTER)) {
      const start = s.start + m.index! + m[0].length - m[1]!.length;
      const end = start + m[1]!.length;
      if (places.some((p) => p.start < end && start < p.end)) continue;
      added.push({ start, end, text: m[1]!, role: 'location', place: null });
    }
  }
  return added.length ? [...places, ...added].sort((a, b) => a.start - b.start) : [...places];
}

/** Whether a mention within the sentence (`byStart`: the mentions sorted by start) is a location finer than a country. */
function namesFinerPlace(byStart: readonly PlaceMention[], s: Sentence): boolean {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byStart[mid]!.start < s.start) lo = mid + 1;
    else hi = mid;
  }
  // Only mentions that start within the sentence can lie within it.
  for (let i = lo; i < byStart.length && byStart[i]!.start <= s.end; i++) {
    const p = byStart[i]!;
    if (p.end <= s.end && p.role === 'location' && p.place?.precision !== 'country') return true;
  }
  return false;
}
