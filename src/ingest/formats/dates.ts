/**
 * Publication dates as sources state them (ISO 8601 in pages, RFC 822 in RSS, Unix seconds in
 * Telegram exports), checked against when the source was fetched: a date after it, or before
 * 1900, is a template placeholder, a scheduled-post slot or a parse accident, not when the
 * article appeared, and is refused (with a warning) rather than stored.
 */

/** How far ahead of the fetch clock a stated time may be (the two clocks differ). */
export const CLOCK_SKEW_MS = 15 * 60 * 1000;
/** A date without a time is a calendar day somewhere: the earliest zone is UTC+14. */
const DAY_AHEAD_MS = 14 * 3600 * 1000;
const EARLIEST = Date.UTC(1900, 0, 1);

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export interface CheckedDate {
  /** ISO 8601: as written when it was ISO (its offset kept: the local day is the article's), else UTC. */
  iso: string | null;
  /** Why a stated date was refused. */
  warning?: string;
}

/** `raw` as an ISO date, or null with a warning when it is no date, in the future or before 1900. */
export function checkDate(raw: string | number | null | undefined, fetchedAt: Date, what: string): CheckedDate {
  if (raw === null || raw === undefined || raw === '') return { iso: null };
  const text = String(raw).trim().slice(0, 100);
  const iso = ISO.test(text) ? text.replace(' ', 'T') : null;
  const ms = typeof raw === 'number' ? raw * 1000 : Date.parse(iso && iso.length === 10 ? `${iso}T00:00:00Z` : iso ?? text);
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return { iso: null, warning: `${what} "${text}" is not a date; not stored` };
  const shown = typeof raw === 'number' ? new Date(ms).toISOString() : text;
  const dateOnly = iso?.length === 10;
  if (ms > fetchedAt.getTime() + (dateOnly ? DAY_AHEAD_MS : CLOCK_SKEW_MS)) {
    return { iso: null, warning: `${what} ${shown} is after the source was fetched (${fetchedAt.toISOString()}); not stored` };
  }
  if (ms < EARLIEST) return { iso: null, warning: `${what} ${shown} is before 1900; not stored` };
  return { iso: iso ?? new Date(ms).toISOString() };
}
