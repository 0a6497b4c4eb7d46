import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Country names, demonyms and capital metonyms to ISO alpha-3, for actors. The places stage
 * resolves spans it finds; this table covers what actors need beyond it (demonym plurals,
 * historical states, government metonyms) and works before the places stage has run.
 */
interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

const require = createRequire(import.meta.url);
const WORLD: WorldCountry[] = require('world-countries/countries.json') as WorldCountry[];

const BY_NAME = new Map<string, string | null>();
const ISO3_BY_ISO2 = new Map<string, string>();
const NAME_BY_ISO3 = new Map<string, string>();

function add(name: string | undefined, iso3: string | null, overwrite = false): void {
  if (!name || name.length < 3) return;
  if (overwrite || !BY_NAME.has(name)) BY_NAME.set(name, iso3);
}

for (const c of WORLD) {
  ISO3_BY_ISO2.set(c.cca2, c.cca3);
  NAME_BY_ISO3.set(c.cca3, c.name.common);
  add(c.name.common, c.cca3);
  add(c.name.official, c.cca3);
  for (const alt of c.altSpellings) if (alt.length > 3) add(alt, c.cca3);
  for (const cap of c.capital ?? []) add(cap, c.cca3);
  const dem = c.demonyms?.eng;
  if (dem) {
    add(dem.m, c.cca3);
    add(dem.f, c.cca3);
    if (!dem.m.endsWith('s')) add(`${dem.m}s`, c.cca3);
  }
}
// Curated aliases override the generated table ("Congolese" → COD rather than COG).
for (const line of readFileSync(new URL('../../data/events/country-aliases.tsv', import.meta.url), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [name, iso3] = line.split('\t');
  if (name) BY_NAME.set(name, iso3 === '-' ? null : (iso3 ?? null));
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAMES = [...BY_NAME.keys()].sort((a, b) => b.length - a.length);
// Longest names first so "North Korea" wins over "Korea"; case-sensitive: names are proper nouns.
// This pattern is the definition; findCountryMentions reads text the same way, faster (see below).
const NAME_PATTERN = new RegExp(`(?<![\\w.])(?:${NAMES.map(escape).join('|')})(?![\\w])(?!\\.\\w)`, 'g');

// The names by their first two characters, each list longest first (NAMES order). One alternation
// of ~1,000 names tried at every character was the costliest pattern of the events stage; looking
// up the two characters at each word start tries only the few names that can match there.
const pairKey = (text: string, i: number): number => text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
const BY_PAIR = new Map<number, string[]>();
for (const name of NAMES) {
  if (name.length < 2) throw new Error(`country name too short to index: ${name}`);
  const list = BY_PAIR.get(pairKey(name, 0));
  if (list) list.push(name); else BY_PAIR.set(pairKey(name, 0), [name]);
}
// The characters some name begins with (mostly capitals): at any other position no pair can match,
// and most positions (lower-case words, spaces) are passed over without a look-up.
const STARTS = new Uint8Array(65536);
for (const name of NAMES) STARTS[name.charCodeAt(0)] = 1;
// \w as the pattern reads it (no /u flag: ASCII only).
const isWord = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

export interface CountryMention {
  start: number;
  end: number;
  text: string;
  iso3: string;
}

/** What NAME_PATTERN finds, the slow way: kept to test findCountryMentions against. */
export function findCountryMentionsByPattern(text: string): CountryMention[] {
  const found: CountryMention[] = [];
  NAME_PATTERN.lastIndex = 0;
  for (let m = NAME_PATTERN.exec(text); m; m = NAME_PATTERN.exec(text)) {
    const iso3 = BY_NAME.get(m[0]);
    if (iso3) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], iso3 });
  }
  return found;
}

/** Every country name, demonym or capital metonym in `text`, offsets relative to it. */
export function findCountryMentions(text: string): CountryMention[] {
  const found: CountryMention[] = [];
  // NAME_PATTERN's global scan, by hand: at each position not after a word character or a dot,
  // the first name (longest first) that is there and is not followed by a word character or
  // ".x"; after a match the scan goes on from its end.
  for (let i = 0; i + 1 < text.length; i++) {
    if (i > 0) {
      const prev = text.charCodeAt(i - 1);
      if (isWord(prev) || prev === 46) continue;
    }
    if (STARTS[text.charCodeAt(i)] === 0) continue;
    const names = BY_PAIR.get(pairKey(text, i));
    if (!names) continue;
    for (const name of names) {
      const end = i + name.length;
      if (!text.startsWith(name, i)) continue;
      if (end < text.length && (isWord(text.charCodeAt(end)) || (text.charCodeAt(end) === 46 && end + 1 < text.length && isWord(text.charCodeAt(end + 1))))) continue;
      const iso3 = BY_NAME.get(name);
      if (iso3) found.push({ start: i, end, text: name, iso3 });
      i = end - 1;
      break;
    }
  }
  return found;
}

/** ISO alpha-3 of a country name or demonym, or null. */
export function iso3OfName(name: string): string | null {
  return BY_NAME.get(name.trim()) ?? null;
}

export function iso3OfIso2(iso2: string | null | undefined): string | null {
  return iso2 ? (ISO3_BY_ISO2.get(iso2.toUpperCase()) ?? null) : null;
}

const ISO2_BY_ISO3 = new Map([...ISO3_BY_ISO2].map(([iso2, iso3]) => [iso3, iso2]));

export function iso2OfIso3(iso3: string | null | undefined): string | null {
  return iso3 ? (ISO2_BY_ISO3.get(iso3.toUpperCase()) ?? null) : null;
}

export function countryName(iso3: string): string | null {
  return NAME_BY_ISO3.get(iso3) ?? null;
}
