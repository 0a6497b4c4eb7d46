/**
 * Renders query results as a terminal table, CSV (RFC 4180) or JSON. Columns are declared once
 * per record type, so the table and the CSV always agree on names and order.
 */
import type { PlaceSummary, StoredClaim, StoredEvent } from '../store/store.js';

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

/** Rows the table's column widths are measured on; later rows are cut to them. */
const MEASURED_ROWS = 1000;

/** A plain fixed-width table; the widest column (usually the evidence) is cut to fit `width`. */
function tableLayout<T>(columns: Column<T>[], sample: T[], width: number) {
  const cols = columns.filter((c) => c.table);
  const text = (r: T) => cols.map((c) => { const v = c.get(r); return v === null ? '' : String(v).replace(/\s+/g, ' '); });
  // A loop, not Math.max(...cells): spreading 200k arguments overflows the call stack.
  const widths = cols.map((c) => c.name.length);
  for (const r of sample) text(r).forEach((s, i) => { if (s.length > widths[i]!) widths[i] = s.length; });
  const capped = widths.map((w) => Math.min(w, 40));
  const last = cols.length - 1;
  const used = capped.slice(0, last).reduce((a, b) => a + b + 2, 0);
  capped[last] = Math.min(widths[last]!, Math.max(20, width - used));
  const fit = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const line = (row: string[]) => row.map((s, i) => fit(s, capped[i]!)).join('  ').trimEnd();
  return { head: [line(cols.map((c) => c.name)), line(capped.map((w) => '-'.repeat(w)))].join('\n'), row: (r: T) => line(text(r)) };
}

export function toTable<T>(columns: Column<T>[], rows: T[], width = 160): string {
  const t = tableLayout(columns, rows, width);
  return [t.head, ...rows.map(t.row)].join('\n') + '\n';
}

export type Format = 'table' | 'json' | 'csv';

export function render<T>(format: Format, columns: Column<T>[], rows: T[], width?: number): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'csv') return toCsv(columns, rows);
  return rows.length ? toTable(columns, rows, width) : '(no rows)\n';
}

/** Writes to a stream in ~64 kB pieces, waiting when it is full: output never piles up in memory. */
export class Writer {
  private buf: string[] = [];
  private size = 0;
  constructor(private readonly out: NodeJS.WritableStream) {}
  async write(s: string): Promise<void> {
    this.buf.push(s);
    this.size += s.length;
    if (this.size >= 65536) await this.flush();
  }
  async flush(): Promise<void> {
    if (!this.buf.length) return;
    const chunk = this.buf.join('');
    this.buf = [];
    this.size = 0;
    if (!this.out.write(chunk)) await new Promise((r) => this.out.once('drain', r));
  }
}

/** `render`, row by row: a store of any size goes out in bounded memory. */
export async function renderStream<T>(format: Format, columns: Column<T>[], rows: AsyncIterable<T> | Iterable<T>, out: NodeJS.WritableStream & { columns?: number }): Promise<number> {
  const w = new Writer(out);
  let n = 0;
  if (format === 'csv') {
    await w.write(`${columns.map((c) => csvCell(c.name)).join(',')}\r\n`);
    for await (const r of rows) { n++; await w.write(`${csvRow(columns, r)}\r\n`); }
  } else if (format === 'json') {
    await w.write('[');
    for await (const r of rows) await w.write(`${n++ ? ',' : ''}\n${JSON.stringify(r)}`);
    await w.write(n ? '\n]\n' : ']\n');
  } else {
    let sample: T[] = [];
    let layout: ReturnType<typeof tableLayout<T>> | null = null;
    const start = async () => { layout = tableLayout(columns, sample, out.columns ?? 160); await w.write(`${layout.head}\n`); for (const r of sample) await w.write(`${layout.row(r)}\n`); sample = []; };
    for await (const r of rows) {
      n++;
      if (layout) await w.write(`${(layout as { row: (r: T) => string }).row(r)}\n`);
      else { sample.push(r); if (sample.length >= MEASURED_ROWS) await start(); }
    }
    if (!layout && sample.length) await start();
    if (!n) await w.write('(no rows)\n');
  }
  await w.flush();
  return n;
}
