import * as chrono from 'chrono-node';
import type { ResolvedDate } from '../types.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY_MS = 86_400_000;

function parseIso(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T12:00:00Z`);
}
function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
export function addDays(iso: string, days: number): string {
  return toIso(new Date(parseIso(iso).getTime() + days * DAY_MS));
}

// Words that place a fact on the publication day or the day before, as news uses them.
const SAME_DAY = /\b(today|tonight|overnight|this (?:morning|afternoon|evening)|earlier today|on (?:the )?(?:same )?day)\b/i;
const DAY_BEFORE = /\b(yesterday|last night)\b/i;
// Cumulative periods: the fact has no single date.
const PERIOD = /\b(since|so far|in the (?:past|last) (?:\w+ )?(?:days?|weeks?|months?|years?)|this year|last year|over the (?:past|last)|throughout|to date|altogether|in total)\b/i;
const WEEKDAY = /\b(?:on |last |this )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;

/** True when the sentence counts over a period ("since March", "so far this year"): its facts have no single date. */
export function isCumulative(sentence: string): boolean {
  return PERIOD.test(sentence);
}

/**
 * The date a sentence states for its fact, resolved against the publication date. Weekday names
 * are the most recent such day on or before publication (news reports the past); explicit dates
 * go through chrono-node. Returns null for cumulative periods and when nothing is said.
 */
// Any word or number a date could be made of; a sentence without one states no date.
const MAY_DATE = /\d|day|night|tonight|overnight|morning|afternoon|evening|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|since|so far|past|last|this year|throughout|altogether|total/i;

export function resolveSentenceDate(sentence: string, published: string | null): ResolvedDate | null {
  if (!MAY_DATE.test(sentence) || isCumulative(sentence)) return null;
  const weekday = WEEKDAY.exec(sentence);
  if (weekday && published) {
    const target = WEEKDAYS.indexOf(weekday[1]!.toLowerCase());
    const pub = parseIso(published);
    const back = (pub.getUTCDay() - target + 7) % 7;
    return { date: addDays(published, -back), precision: 'day' };
  }
  if (published && DAY_BEFORE.test(sentence)) return { date: addDays(published, -1), precision: 'day' };
  if (published && SAME_DAY.test(sentence)) return { date: published.slice(0, 10), precision: 'day' };
  return explicitDate(sentence, published);
}

/** A sentence's date as resolveSentenceDate reads it; one per text, shared by the stages (see sentenceDater). */
export type SentenceDater = (sentence: string, published: string | null) => ResolvedDate | null;

/**
 * resolveSentenceDate remembered for one text: claims and events both ask the date of most
 * sentences that state something, and chrono is the costliest reader of a sentence. The pipeline
 * makes one per article, so nothing is remembered past it. Each answer is a copy of its own.
 */
export function sentenceDater(): SentenceDater {
  const byPublished = new Map<string | null, Map<string, ResolvedDate | null>>();
  return (sentence, published) => {
    let memo = byPublished.get(published);
    if (!memo) byPublished.set(published, (memo = new Map()));
    let d = memo.get(sentence);
    if (d === undefined) memo.set(sentence, (d = resolveSentenceDate(sentence, published)));
    return d && { ...d };
  };
}

const DATE_HINT = /\b(\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:of\s+)?\d{4})/;

/** An explicit calendar date in the text ("March 11, 2025", "29 June 2022", "on August 10"). */
export function explicitDate(text: string, published: string | null): ResolvedDate | null {
  const hint = DATE_HINT.exec(text);
  if (!hint) return null;
  const ref = published ? parseIso(published) : new Date();
  // chrono reads only the neighbourhood of the date: whole sentences cost it ten times more.
  const window = text.slice(Math.max(0, hint.index - 20), hint.index + hint[0].length + 20);
  const results = chrono.en.parse(window, { instant: ref, timezone: 0 }, { forwardDate: false });
  for (const r of results) {
    if (!r.start.isCertain('month')) continue;
    const year = r.start.get('year');
    const month = r.start.get('month');
    if (!year || !month) continue;
    const hasDay = r.start.isCertain('day');
    const day = hasDay ? r.start.get('day') ?? 1 : 1;
    let iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    // A yearless date later than publication (or, with none, than today) belongs to the previous year:
    // the reports read are of things past.
    const limit = published ? published.slice(0, 10) : toIso(ref);
    if (!r.start.isCertain('year') && iso > limit) iso = `${year - 1}${iso.slice(4)}`;
    return { date: iso, precision: hasDay ? 'day' : 'month' };
  }
  return null;
}

/** Reads a date as written in a header or caption ("02 June 2022", "Friday, August 21, 2015"). */
const MONTH_NUMBER: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DAY_MONTH_YEAR = /^\s*(?:[A-Z][a-z]+day,\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})\b/;
const MONTH_DAY_YEAR = /^\s*(?:[A-Z][a-z]+day,\s+)?([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/;

function isoOf(year: string, month: number | undefined, day: string): string | null {
  if (!month || Number(day) < 1 || Number(day) > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export function parseLooseDate(text: string): string | null {
  // The two shapes datelines use are read directly; chrono handles the rest.
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return isoOf(dmy[3]!, MONTH_NUMBER[dmy[2]!.toLowerCase()], dmy[1]!);
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return isoOf(mdy[3]!, MONTH_NUMBER[mdy[1]!.toLowerCase()], mdy[2]!);
  const r = chrono.en.parseDate(text, { instant: new Date('2100-01-01T00:00:00Z'), timezone: 0 });
  return r ? toIso(r) : null;
}
