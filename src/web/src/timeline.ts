/**
 * The timeline: claims per day, stacked by kind. Dragging across it (a brush) sets the
 * since/until filters for every view; a click without a drag clears them. The date fields in
 * the filter bar do the same from the keyboard. Its data ignore since/until, so the whole
 * period stays visible while a range is chosen.
 */
import type { TallyRow } from './api.js';
import { byId, fill, fmt, h, kindClass, svg } from './dom.js';
import { setFilters, type Filters } from './state.js';

const W = 640;
const H = 170;
const PAD = { left: 36, right: 8, top: 8, bottom: 22 };
const DAY = 86_400_000;

/** The shortest period the chart shows, in days. */
const MIN_DAYS = 14;
const dayMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The chart's days in x: a short record is widened to MIN_DAYS so a day is a bar, not the whole chart. */
interface TimeScale { t0: number; t1: number; x: (ms: number) => number; msAt: (px: number) => number }

function timeScale(days: TallyRow[]): TimeScale {
  const first = dayMs(days[0]!.key);
  const last = dayMs(days[days.length - 1]!.key) + DAY;
  const widen = Math.max(0, (MIN_DAYS * DAY - (last - first)) / 2);
  const t0 = first - Math.floor(widen / DAY) * DAY;
  const t1 = last + Math.ceil(widen / DAY) * DAY;
  const span = t1 - t0;
  return {
    t0, t1,
    x: (ms) => PAD.left + ((ms - t0) / span) * (W - PAD.left - PAD.right),
    msAt: (px) => t0 + ((px - PAD.left) / (W - PAD.left - PAD.right)) * span,
  };
}

// Records per day and kind: totals and parts alike, each is a claim read from a sentence.
const perKind = (d: TallyRow): [string, number][] => [...new Set([...Object.keys(d.count), ...Object.keys(d.partCount)])].sort()
  .map((k) => [k, (d.count[k] ?? 0) + (d.partCount[k] ?? 0)]);

export function renderTimeline(f: Filters, rows: TallyRow[]): void {
  const el = byId('timeline');
  const days = rows.filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.key)).sort((a, b) => a.key.localeCompare(b.key));
  if (!days.length) { fill(el, h('p', { class: 'note', text: 'No dated claims for these filters.' })); return; }
  const scale = timeScale(days);
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': `Claims per day, ${days[0]!.key} to ${days[days.length - 1]!.key}; drag to choose dates` });
  drawBars(root, days, scale);
  addBrush(root, f, scale);
  fill(el, root, legend(days));
}

/** One bar per day, stacked by kind, with the y-axis maximum and the period's ends as labels. */
function drawBars(root: SVGElement, days: TallyRow[], { t0, t1, x }: TimeScale): void {
  const max = days.map((d) => perKind(d).reduce((a, [, n]) => a + n, 0)).reduce((a, b) => Math.max(a, b), 1);
  const y = (n: number): number => (n / max) * (H - PAD.top - PAD.bottom);
  const barW = Math.max(1, x(t0 + DAY) - x(t0) - 1);
  const bars = svg('g', { class: 'bars' });
  days.forEach((d) => {
    let base = H - PAD.bottom;
    for (const [kind, n] of perKind(d)) {
      const hgt = y(n);
      base -= hgt;
      bars.appendChild(svg('rect', { x: x(dayMs(d.key)).toFixed(1), y: base.toFixed(1), width: barW.toFixed(1), height: hgt.toFixed(1), class: `bar ${kindClass(kind)}` },
        svg('title', {}, `${d.key} ${kind}: ${fmt.format(n)}`)));
    }
  });
  root.appendChild(bars);
  root.appendChild(svg('text', { x: PAD.left - 4, y: PAD.top + 10, 'text-anchor': 'end', class: 'axis' }, fmt.format(max)));
  root.appendChild(svg('text', { x: PAD.left, y: H - 6, class: 'axis' }, isoOf(t0)));
  root.appendChild(svg('text', { x: W - PAD.right, y: H - 6, 'text-anchor': 'end', class: 'axis' }, isoOf(t1 - DAY)));
}

/** The brush: a selection rectangle over a transparent overlay that takes the pointer. */
function addBrush(root: SVGElement, f: Filters, { t0, t1, x, msAt }: TimeScale): void {
  const sel = svg('rect', { class: 'brush', y: PAD.top, height: H - PAD.top - PAD.bottom, x: 0, width: 0 });
  if (f.since || f.until) {
    const a = x(f.since ? dayMs(f.since) : t0);
    const b = x(f.until ? dayMs(f.until) + DAY : t1);
    sel.setAttribute('x', String(Math.max(PAD.left, a)));
    sel.setAttribute('width', String(Math.max(0, Math.min(W - PAD.right, b) - Math.max(PAD.left, a))));
  }
  const overlay = svg('rect', { class: 'overlay', x: PAD.left, y: 0, width: W - PAD.left - PAD.right, height: H });
  root.append(sel, overlay);
  const toSvgX = (clientX: number): number => {
    const r = root.getBoundingClientRect();
    return Math.max(PAD.left, Math.min(W - PAD.right, ((clientX - r.left) / r.width) * W));
  };
  let start: number | null = null;
  overlay.addEventListener('pointerdown', (e) => {
    start = toSvgX(e.clientX);
    overlay.setPointerCapture(e.pointerId);
    sel.setAttribute('x', String(start));
    sel.setAttribute('width', '0');
  });
  overlay.addEventListener('pointermove', (e) => {
    if (start === null) return;
    const now = toSvgX(e.clientX);
    sel.setAttribute('x', String(Math.min(start, now)));
    sel.setAttribute('width', String(Math.abs(now - start)));
  });
  overlay.addEventListener('pointerup', (e) => {
    if (start === null) return;
    const end = toSvgX(e.clientX);
    const [a, b] = [Math.min(start, end), Math.max(start, end)];
    start = null;
    if (b - a < 3) { setFilters({ since: '', until: '' }); return; }
    // Whole days: the range covers every day the selection touches.
    setFilters({ since: isoOf(Math.floor((msAt(a) - t0) / DAY) * DAY + t0), until: isoOf(Math.ceil((msAt(b) - t0) / DAY) * DAY + t0 - DAY) });
  });
}

function legend(days: TallyRow[]): HTMLElement {
  const kinds = [...new Set(days.flatMap((d) => [...Object.keys(d.count), ...Object.keys(d.partCount)]))].sort();
  return h('ul', { class: 'legend' }, ...kinds.map((k) => h('li', {}, h('span', { class: `swatch ${kindClass(k)}` }), k)));
}
