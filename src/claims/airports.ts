import type { PlaceMention } from '../types.js';
import type { Sentence } from '../language/index.js';

// "Kazan International Airport", "Ramon Airport", "Heathrow airport": an airport named as such is a place of its own.
const NAMED_AIRPORT = /\b((?:[A-Z][\p{L}'’.-]+\s+){1,4}(?:[Ii]nternational\s+)?[Aa]irport)\b/gu;
// "at Sheremetyevo and Vnukovo airports": several named airports sharing one noun.
// A name may run over two or three words ("Imam Khomeini and Mehrabad airports"); an owner's possessive is cut off after.
const AIRPORT_NAME = "[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+){0,2}";
const SHARED_AIRPORTS = new RegExp(`\\b(${AIRPORT_NAME}(?:,\\s*${AIRPORT_NAME})*(?:,?\\s+and\\s+${AIRPORT_NAME}))\\s+airports\\b`, 'gu');
const OWNER = /^.*['’]s\s+/u;
const LEADING_WORDS = /^(?:(?:The|At|And|In|To|From|Of|On|All|Both|A|An|Its|This|That|Their|Main|Local|City)\s+)+/;
const LIST_SEPARATOR = /,\s*(?:and\s+)?|\s+and\s+/;

interface Named { start: number; end: number }

/** The airports a sentence names, offsets relative to it. */
function airportSpans(sentence: string): Named[] {
  const spans: Named[] = [];
  for (const m of sentence.matchAll(NAMED_AIRPORT)) {
    const lead = LEADING_WORDS.exec(m[1]!)?.[0].length ?? 0;
    if (m[1]!.length - lead > 'Airport'.length) spans.push({ start: m.index! + lead, end: m.index! + m[1]!.length });
  }
  for (const m of sentence.matchAll(SHARED_AIRPORTS)) {
    let offset = m.index!;
    for (const listed of m[1]!.split(LIST_SEPARATOR)) {
      // "Moscow's Sheremetyevo": the owning city is not part of the airport's name, nor are leading words.
      const name = listed.replace(OWNER, '').replace(LEADING_WORDS, '');
      if (!name) continue;
      const start = sentence.indexOf(name, offset);
      if (start < 0) continue;
      offset = start + name.length;
      spans.push({ start, end: offset });
    }
  }
  return spans;
}

/** The names of the airports a sentence names, each once. */
export function namedAirports(sentence: string): string[] {
  return [...new Set(airportSpans(sentence).map((s) => sentence.slice(s.start, s.end)))];
}

/**
 * Adds the airports a text names to its place mentions, replacing the mentions inside them (the
 * "Kazan" of "Kazan International Airport"), whose place the airport takes.
 */
export function withAirports(text: string, sentences: readonly Sentence[], places: readonly PlaceMention[]): PlaceMention[] {
  const airports: PlaceMention[] = [];
  for (const s of sentences) {
    if (!/airport/i.test(s.text)) continue;
    for (const span of airportSpans(s.text)) {
      const start = s.start + span.start;
      const end = s.start + span.end;
      const inside = places.find((p) => p.start >= start && p.end <= end && p.place);
      airports.push({ start, end, text: text.slice(start, end), role: 'location', place: inside?.place ? { ...inside.place, precision: 'point' } : null });
    }
  }
  if (!airports.length) return [...places];
  const kept = places.filter((p) => !airports.some((a) => p.start < a.end && a.start < p.end));
  return [...kept, ...airports].sort((a, b) => a.start - b.start);
}
