/**
 * Renders query results as a terminal table, CSV (RFC 4180) or JSON, with the record columns the
 * store declares (src/store/columns.ts).
 */
import { csvCell, csvRow, toCsv, type Column } from '../store/index.js';

export { CLAIM_COLUMNS, EVENT_COLUMNS, PLACE_COLUMNS, csvCell, toCsv, type Cell, type Column } from '../store/index.js';

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
