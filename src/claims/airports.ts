import type { PlaceMention } from '../types.js';
import type { Sentence } from '../language/sentences.js';

// "Kazan International Airport", "Ramon Airport": an airport named as such is a place of its own.
const NAMED_AIRPORT = /\b((?:[A-Z][\p{L}'’.-]+\s+){1,4}(?:International\s+)?Airport)\b/gu;
const LEADING_WORDS = /^(?:(?:The|At|And|In|To|From|Of|On|All|Both)\s+)+/;

/**
 * Adds the airports a text names to its place mentions, replacing the mentions inside them (the
 * "Kazan" of "Kazan International Airport"), whose place the airport takes.
 */
export function withAirports(text: string, sentences: readonly Sentence[], places: readonly PlaceMention[]): PlaceMention[] {
  const airports: PlaceMention[] = [];
  for (const s of sentences) {
    if (!s.text.includes('Airport')) continue;
    for (const m of s.text.matchAll(NAMED_AIRPORT)) {
      const lead = LEADING_WORDS.exec(m[1]!)?.[0].length ?? 0;
      const start = s.start + m.index! + lead;
      const end = s.start + m.index! + m[1]!.length;
      if (end - start <= 'Airport'.length) continue;
      const inside = places.find((p) => p.start >= start && p.end <= end && p.place);
      airports.push({ start, end, text: text.slice(start, end), role: 'location', place: inside?.place ? { ...inside.place, precision: 'point' } : null });
    }
  }
  if (!airports.length) return [...places];
  const kept = places.filter((p) => !airports.some((a) => p.start < a.end && a.start < p.end));
  return [...kept, ...airports].sort((a, b) => a.start - b.start);
}
