/**
 * Seats of government (data/places/seat-words.tsv): a text that names a country's institutions
 * ("the White House", "the Kremlin") reads that country's capital as its government, as a text
 * naming other countries does. Used by resolve.ts to weigh capitals.
 */
import { readFileSync } from 'node:fs';
import { nextPhrase, phraseScan, type PhraseScan } from './phrase-scan.ts';

const FILE = 'data/places/seat-words.tsv';

let seats: { pattern: PhraseScan; countries: string[] } | null = null;

function load(): { pattern: PhraseScan; countries: string[] } {
  const rows = readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const phrases: string[] = [], countries: string[] = [];
  for (const row of rows) {
    const [phrase, cc, reason] = row.split('\t');
    if (!phrase || !cc || !/^[A-Z]{2}$/.test(cc) || !reason) throw new Error(`${FILE}: a row needs a phrase, an alpha-2 country and a reason: "${row}"`);
    phrases.push(phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    countries.push(cc);
  }
  // One group per phrase, so that the matching group names the country.
  return { pattern: phraseScan(phrases, '(?<![\\p{L}])', '(?![\\p{L}])', 'u'), countries };
}

/** The countries (alpha-2) whose seats of government a text names. */
export function seatsNamed(text: string): Set<string> {
  seats ??= load();
  const out = new Set<string>();
  seats.pattern.start.lastIndex = 0;
  for (let m = nextPhrase(seats.pattern, text); m; m = nextPhrase(seats.pattern, text)) {
    const g = m.slice(1).findIndex((x) => x !== undefined);
    if (g >= 0) out.add(seats.countries[g]!);
  }
  return out;
}
