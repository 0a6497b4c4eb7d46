/**
 * The columns of each stored record type and their CSV (RFC 4180) cells, declared once, so the
 * CLI's tables, its CSV and the API's CSV always agree on names, order and escaping.
 */
import type { PlaceSummary, StoredClaim, StoredEvent } from './store.js';

export type Cell = string | number | boolean | null;
export interface Column<T> {
  name: string;
  get: (r: T) => Cell;
  /** Shown in the terminal table (the CSV has every column). */
  table?: boolean;
}

export const CLAIM_COLUMNS: Column<StoredClaim>[] = [
  { name: 'id', get: (c) => c.id, table: true },
  { name: 'article', get: (c) => c.articleId },
  { name: 'kind', get: (c) => c.kind, table: true },
  { name: 'value', get: (c) => c.value, table: true },
  { name: 'qualifier', get: (c) => c.qualifier, table: true },
  { name: 'weapon', get: (c) => c.weapon, table: true },
  { name: 'when', get: (c) => c.when ?? c.published, table: true },
  { name: 'where', get: (c) => c.where?.text ?? null, table: true },
  { name: 'place', get: (c) => c.where?.name ?? null },
  { name: 'country', get: (c) => c.where?.country ?? null, table: true },
  { name: 'lat', get: (c) => c.where?.lat ?? null },
  { name: 'lon', get: (c) => c.where?.lon ?? null },
  { name: 'geonameid', get: (c) => c.where?.geonameid ?? null },
  { name: 'claimant', get: (c) => c.claimant, table: true },
  { name: 'part_of', get: (c) => c.partOf },
  { name: 'repeat_of', get: (c) => c.repeatOf },
  { name: 'rule', get: (c) => c.rule },
  { name: 'confidence', get: (c) => c.confidence },
  { name: 'evidence_start', get: (c) => c.evidence.start },
  { name: 'evidence_end', get: (c) => c.evidence.end },
  { name: 'evidence', get: (c) => c.evidence.text, table: true },
];

export const EVENT_COLUMNS: Column<StoredEvent>[] = [
  { name: 'id', get: (e) => e.id, table: true },
  { name: 'article', get: (e) => e.articleId },
  { name: 'type', get: (e) => e.type, table: true },
  { name: 'mode', get: (e) => e.mode, table: true },
  { name: 'acled_event_type', get: (e) => e.acledEventType },
  { name: 'acled_sub_event_type', get: (e) => e.acledSubEventType, table: true },
  { name: 'cameo', get: (e) => e.cameo },
  { name: 'when', get: (e) => e.when ?? e.published, table: true },
  { name: 'when_precision', get: (e) => (e.when ? e.whenPrecision : e.published ? 'week' : null) },
  { name: 'where', get: (e) => e.where?.text ?? null, table: true },
  { name: 'place', get: (e) => e.where?.name ?? null },
  { name: 'country', get: (e) => e.where?.country ?? null },
  { name: 'lat', get: (e) => e.where?.lat ?? null },
  { name: 'lon', get: (e) => e.where?.lon ?? null },
  { name: 'geonameid', get: (e) => e.where?.geonameid ?? null },
  { name: 'actor', get: (e) => e.actor?.text ?? null, table: true },
  { name: 'actor_country', get: (e) => e.actor?.country ?? null },
  { name: 'recipient', get: (e) => e.recipient?.text ?? null, table: true },
  { name: 'recipient_country', get: (e) => e.recipient?.country ?? null },
  { name: 'fatalities', get: (e) => e.fatalities, table: true },
  { name: 'rule', get: (e) => e.rule },
  { name: 'evidence_start', get: (e) => e.evidence.start },
  { name: 'evidence_end', get: (e) => e.evidence.end },
  { name: 'evidence', get: (e) => e.evidence.text, table: true },
];

export const PLACE_COLUMNS: Column<PlaceSummary>[] = [
  { name: 'name', get: (p) => p.name, table: true },
  { name: 'country', get: (p) => p.country, table: true },
  { name: 'admin1', get: (p) => p.admin1, table: true },
  { name: 'precision', get: (p) => p.precision, table: true },
  { name: 'lat', get: (p) => p.lat, table: true },
  { name: 'lon', get: (p) => p.lon, table: true },
  { name: 'geonameid', get: (p) => p.geonameid, table: true },
  { name: 'mentions', get: (p) => p.mentions, table: true },
  { name: 'documents', get: (p) => p.documents, table: true },
];

/**
 * A spreadsheet reads a cell opening with = + - @ (or a tab or CR before them) as a formula:
 * evidence text is the article's, i.e. anyone's. Such a text cell gets a leading apostrophe
 * and quotes, as OWASP's CSV injection guidance says; numbers (a negative count) stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'string' && FORMULA_START.test(v)) return `"'${v.replaceAll('"', '""')}"`;
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export const csvRow = <T>(columns: Column<T>[], r: T): string => columns.map((c) => csvCell(c.get(r))).join(',');

export function toCsv<T>(columns: Column<T>[], rows: T[]): string {
  const lines = [columns.map((c) => csvCell(c.name)).join(',')];
  for (const r of rows) lines.push(csvRow(columns, r));
  return `${lines.join('\r\n')}\r\n`;
}
