/**
 * Cues of local news that no toponym carries. A one-line local story ("Athens council OKs
 * budget", "Paris woman arrested") names its town bare, and the bare name's best-known reading
 * is a foreign capital or a country; the institutions around it say otherwise.
 */
import type { Place } from './gazetteer.ts';
import { nextPhrase, phraseScan } from './phrase-scan.ts';

/** Institutions of US local government and life: a text naming them is US local news (not townships or chambers of commerce, which Ontario has too). */
const US_LOCAL = phraseScan([
  'Police Department', 'City Council', 'City Hall', 'City Manager', "Sheriff['’]s (?:Office|Department)", 'County Sheriff', 'County Commission(?:ers)?',
  'County Road', 'High School', 'School Board', 'Board of Education', 'Fire Department', 'Parks and Recreation', 'Board of Supervisors',
], '\\b', '\\b');

/** How strongly a text reads as US local news: 0, or up to 1.5 with two or more cues. */
export function usLocalWeight(text: string): number {
  let n = 0;
  US_LOCAL.start.lastIndex = 0;
  while (n < 2 && nextPhrase(US_LOCAL, text)) n++;
  return n * 0.75;
}

/** Words after a name that make it a town's ("Lebanon Police", "Jordan Elementary", "Paris City Council"). */
const MUNICIPAL = /^[ \u00a0](?:Police|City (?:Council|Hall|Manager|Commission|Schools?)|Mayor|High School|Middle School|Elementary|Public Schools|Fire (?:Department|Station|Chief)|Civic Center|Township|Town (?:Council|Hall|Board))\b/;

/**
 * Words after a name that make it a town's or a state's: a state or province has its own chamber
 * of commerce, historical society, arts council and library ("the Ontario Chamber of Commerce"),
 * a country or a region has them under its demonym.
 */
const CIVIC = /^[ \u00a0](?:Chamber of Commerce|Historical Society|Arts Council|Public Library)\b/;

/** "Washington-based", "New York-based": where a firm or a group sits, a city where the name has a major one. */
const BASED = /^[-‐–]based\b/;

/**
 * Whether what follows offset `end` may open a reading above: a space (or a no-break one) and a
 * capital A-Z, or a dash (-, U+2010, U+2013) and "b". Most names are followed by neither (a comma,
 * a lower-case word): two character codes settle it, where a sticky regex test cost more than the rest.
 */
function mayRead(text: string, end: number): boolean {
  const c = text.charCodeAt(end), d = text.charCodeAt(end + 1);
  if (c === 32 || c === 0xa0) return d >= 65 && d <= 90;
  return (c === 45 || c === 0x2010 || c === 0x2013) && d === 98;
}

/** What the words after a name say it is: a town ('town'), a town or a state ('civic'), a city if a major one ('based'), or nothing. */
export function municipalKind(text: string, end: number): 'town' | 'civic' | 'based' | null {
  if (!mayRead(text, end)) return null;
  const after = text.slice(end, end + 24);
  return MUNICIPAL.test(after) ? 'town' : CIVIC.test(after) ? 'civic' : BASED.test(after) ? 'based' : null;
}

/** People in a city that a firm "based" in its name is taken to sit in, over a state or country of the name. */
const BASE_CITY_POP = 100_000;

/** The national capitals and major cities of a name said to be where something is based ("Washington-based"); all its readings when it has none ("Texas-based"). */
export function baseCityReadings(cands: Place[]): Place[] {
  const cities = cands.filter((p) => p.fcode === 'PPLC' || (p.fcode.startsWith('PPL') && p.pop >= BASE_CITY_POP));
  return cities.length ? cities : cands;
}

/** Kinds of place that have no police or city council of their own. */
const NOT_TOWN = new Set(['PCLI', 'CONT', 'RGN', 'ADM1', 'SEA', 'OCN', 'GULF', 'STRT', 'CHN', 'ZN']);

/** The town readings of a name said to have a town's institutions (or a state's too: `civic`), when it has any. */
export function townReadings(cands: Place[], civic = false): Place[] {
  const towns = cands.filter((p) => !NOT_TOWN.has(p.fcode) || (civic && p.fcode === 'ADM1'));
  return towns.length ? towns : cands;
}
