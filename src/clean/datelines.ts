import { parseLooseDate } from '../language/index.js';

/**
 * Wire datelines and publication lines. A dateline names where the reporter files from and,
 * sometimes, the day; it is not where the reported facts happened. The shapes read here:
 *   "KYIV (Reuters) -", "KYIV, Ukraine (AP) —", "KYIV, May 15 (Reuters) -",
 *   "KYIV, May 15, 2025 (Reuters) -", "KYIV, 15 May 2025 (AFP) -", "WASHINGTON/KYIV, Jan 4 (AFP) -",
 *   "Khartoum, Sudan (AFP) -" (a title-case city with an agency), "Kabul, Afghanistan –" (with its country and a long dash), "IMPHAL, March 27 (PTI) Three …" (no dash after the agency),
 *   "May 15, 2025 KYIV —" (dateline prefixes of a line), and
 *   "Published 15 May 2025", "Updated: May 15, 2025 10:32 GMT", "15.05.2025 10:32" (lines of their own).
 */
export interface WireDateline {
  /** Length of the prefix (dateline and dash) in the line. */
  end: number;
  /** The city as written ("KYIV"), null when the line gives only a date. */
  place: string | null;
  /** ISO date, when the dateline states a full one (or a month and day and a year is known). */
  date: string | null;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const CITY = "[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3}";
// "WASHINGTON/KYIV": filed from two cities; neither is the story's place.
const CITIES = `${CITY}(?:/${CITY})*`;
// "May 15", "May 15, 2025", "Jan 4 2025", "15 May 2025", "4 Jan": the day written either side of the month.
const DAY = `(?:${MONTH}\\s+\\d{1,2}(?:(?:,\\s*|\\s+)\\d{4})?|\\d{1,2}\\s+${MONTH}(?:(?:,\\s*|\\s+)\\d{4})?)`;
const DASH = '\\s*[-–—]+\\s+';
// "KYIV, Ukraine, May 15, 2025 (Reuters) -": the city in capitals, then optional region (in capitals too: "BAMAKO, MALI —"), date and agency.
const CITY_FIRST = new RegExp(
  `^\\s*(${CITIES})(?:,\\s*([A-Z][a-z]+(?:\\s[A-Z][a-z]+){0,2}|[A-Z]{2,}(?:\\s[A-Z]{2,}){0,2}))?(?:,?\\s+(${DAY}))?\\s*(\\([^()\\n]{2,30}\\))?${DASH}`,
);
// "Khartoum, Sudan (AFP) -", "Gaza City, May 4 (Reuters) -": a city in title case is a dateline only with an agency before the dash.
const TITLE_CITY_FIRST = new RegExp(
  `^\\s*([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?:,\\s*([A-Z][a-z]+(?:\\s[A-Z][a-z]+){0,2}))?(?:,?\\s+(${DAY}))?\\s*(\\([A-Z][^()\\n]{1,29}\\))${DASH}`,
);
// "Kabul, Afghanistan – Pakistani air strikes …": a title-case city and its country closed by a long dash, with no agency.
const TITLE_CITY_COUNTRY = /^\s*([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}),\s*([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\s*[–—]\s+(?=[A-Z0-9"“'‘])/;
// "IMPHAL, March 27 (PTI) Three people were …": an agency in capitals may close a dateline in capitals with no dash.
const AGENCY_CLOSED = new RegExp(`^\\s*(${CITIES})(?:,\\s*([A-Z][a-z]+(?:\\s[A-Z][a-z]+){0,2}))?(?:,?\\s+(${DAY}))?\\s*(\\([A-Z]{2,12}\\))\\s+(?=[A-Z])`);
// "May 15, 2025 KYIV —" and "15 May 2025 KYIV (AFP) -": the date first.
const DATE_FIRST = new RegExp(`^\\s*(${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4})\\s+(${CITY})\\s*(?:\\([^()\\n]{2,30}\\))?${DASH}`);
// A line that only says when the page was published or updated.
const PUBLISHED = new RegExp(`^\\s*(?:Published|Updated|Posted|Last updated)(?:\\s+on)?:?\\s+((?:[A-Z][a-z]+day,?\\s+)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4}))\\b[^\\n]{0,30}$`, 'i');
// "15.05.2025 10:32", "2025-05-15 10:32 GMT": a numeric date line, day first as outside the US.
const NUMERIC_DATE = /^\s*(?:(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AP]M|GMT|UTC|CET|CEST|EET|EEST|MSK))?)?\s*$/;
// "By Jane Doe, Reuters", "By Jane Doe and John Roe": a byline names the writer, not a source of facts.
const BYLINE = /^\s*By\s+[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3}){0,3}\s*$/u;

function iso(y: string, m: string, d: string): string | null {
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date without a year ("May 15") takes the year given, else stays unknown: a wrong year is worse than none. */
function dateOf(written: string | undefined, year: string | null): string | null {
  if (!written) return null;
  if (/\d{4}/.test(written)) return parseLooseDate(written);
  return year ? parseLooseDate(`${written}, ${year}`) : null;
}

/** The wire dateline opening a line, if any; `year` (from the publication date) completes "May 15". */
export function wireDateline(line: string, year: string | null = null): WireDateline | null {
  const first = CITY_FIRST.exec(line);
  // Capitals before a hyphen ("NATO - the alliance -") are a dateline only with an agency or a date;
  // the bare "WASHINGTON —" style uses a long dash.
  if (first && (first[3] || first[4] || (first[1]!.length >= 4 && /[–—]/.test(first[0])))) {
    return { end: first[0].length, place: first[1]!.includes('/') ? null : first[1]!, date: dateOf(first[3], year) };
  }
  const other = TITLE_CITY_FIRST.exec(line) ?? AGENCY_CLOSED.exec(line) ?? TITLE_CITY_COUNTRY.exec(line);
  if (other) return { end: other[0].length, place: other[1]!, date: dateOf(other[3], year) };
  const dated = DATE_FIRST.exec(line);
  if (dated) return { end: dated[0].length, place: dated[2]!, date: dateOf(dated[1], year) };
  return null;
}

/** A line that only states a publication date ("Published 15 May 2025", "15.05.2025 10:32"): its date. */
export function publicationLine(line: string): string | null {
  if (line.length > 80) return null;
  const published = PUBLISHED.exec(line);
  if (published) {
    const numeric = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(published[1]!);
    return numeric ? iso(numeric[3]!, numeric[2]!, numeric[1]!) : parseLooseDate(published[1]!);
  }
  const n = NUMERIC_DATE.exec(line);
  if (!n) return null;
  return n[1] ? iso(n[3]!, n[2]!, n[1]) : iso(n[4]!, n[5]!, n[6]!);
}

/** A byline of its own line: debris, never a sentence of the story. */
export function isByline(line: string): boolean {
  return line.length < 100 && BYLINE.test(line);
}
