/**
 * The map view: claims and events at their resolved places, markers sized by how many
 * records sit there and coloured by their commonest kind. Markers closer than CLUSTER_PX on
 * screen merge, so a dense region stays legible. Hover or focus shows what a marker holds;
 * a single record opens its evidence, a cluster narrows every view to its box.
 */
import type { Claim, SitrepEvent } from './api.js';
import { byId, fill, fmt, h, kindClass, svg } from './dom.js';
import { baseMap, projectionFor, worldMap } from './geo.js';
import { setFilters, type Filters } from './state.js';

const WIDTH = 960;
const HEIGHT = 480;
/** Markers whose centres fall within this many pixels (in the 960-wide frame) merge. */
const CLUSTER_PX = 16;
/** A cluster's box gets this much margin (degrees) so its markers are not on the edge. */
const BOX_MARGIN = 1.5;

interface Point { lat: number; lon: number; name: string; kind: string; ref: string }
interface Cluster { x: number; y: number; points: Point[] }



function pointsOf(claims: Claim[], events: SitrepEvent[]): Point[] {
  const out: Point[] = [];
  for (const c of claims) {
    if (c.where?.lat != null && c.where.lon != null) out.push({ lat: c.where.lat, lon: c.where.lon, name: c.where.name ?? c.where.text, kind: c.kind, ref: `${c.documentId}:c${c.id}` });
  }
  for (const e of events) {
    if (e.where?.lat != null && e.where.lon != null) out.push({ lat: e.where.lat, lon: e.where.lon, name: e.where.name ?? e.where.text, kind: 'event', ref: `${e.documentId}:e${e.id}` });
  }
  return out;
}

/** Greedy screen-space clustering: each point joins the first cluster near enough, else starts one. */
function cluster(points: Point[], project: (p: [number, number]) => [number, number] | null): Cluster[] {
  const clusters: Cluster[] = [];
  for (const p of points) {
    const xy = project([p.lon, p.lat]);
    if (!xy) continue;
    const near = clusters.find((c) => Math.hypot(c.x - xy[0], c.y - xy[1]) < CLUSTER_PX);
    if (near) near.points.push(p);
    else clusters.push({ x: xy[0], y: xy[1], points: [p] });
  }
  return clusters;
}

function tallyKinds(points: Point[]): [string, number][] {
  const n = new Map<string, number>();
  for (const p of points) n.set(p.kind, (n.get(p.kind) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1]);
}

function placesOf(points: Point[]): string {
  const names = [...new Set(points.map((p) => p.name))];
  return names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
}

const tooltip = (): HTMLElement => byId('tooltip');

function showTip(c: Cluster, at: { x: number; y: number }): void {
  const tip = tooltip();
  fill(tip, h('strong', { text: placesOf(c.points) }),
    h('ul', {}, ...tallyKinds(c.points).map(([k, n]) => h('li', {}, h('span', { class: `swatch ${kindClass(k)}` }), `${k}: ${fmt.format(n)}`))),
    h('small', { text: c.points.length === 1 ? 'Click to read the evidence' : 'Click to zoom to these records' }));
  tip.hidden = false;
  // CSSOM position (allowed by the CSP), kept inside the window.
  tip.style.left = `${Math.min(at.x + 12, window.innerWidth - tip.offsetWidth - 8)}px`;
  tip.style.top = `${Math.min(at.y + 12, window.innerHeight - tip.offsetHeight - 8)}px`;
}

/** Builds the world base map ahead of need: run while the first API answers are awaited. */
export const warmMap = (): void => { worldMap(WIDTH, HEIGHT); };

export function hideTip(): void { tooltip().hidden = true; }

function activate(c: Cluster): void {
  hideTip();
  if (c.points.length === 1) { setFilters({ open: c.points[0]!.ref }); return; }
  // Records all at one place cannot be told apart by zooming: narrow to the place instead.
  const names = new Set(c.points.map((p) => p.name));
  if (new Set(c.points.map((p) => `${p.lat},${p.lon}`)).size === 1 && names.size === 1) {
    setFilters({ place: c.points[0]!.name });
    return;
  }
  const lons = c.points.map((p) => p.lon);
  const lats = c.points.map((p) => p.lat);
  const box = [Math.min(...lons) - BOX_MARGIN, Math.min(...lats) - BOX_MARGIN, Math.max(...lons) + BOX_MARGIN, Math.max(...lats) + BOX_MARGIN]
    .map((v, i) => Math.max(i % 2 ? -90 : -180, Math.min(i % 2 ? 90 : 180, v)).toFixed(2));
  setFilters({ bbox: box.join(',') });
}

function marker(c: Cluster): SVGGElement {
  const kinds = tallyKinds(c.points);
  const total = c.points.length;
  const r = Math.min(26, 4 + Math.sqrt(total) * 3);
  const label = `${placesOf(c.points)}: ${kinds.map(([k, n]) => `${n} ${k}`).join(', ')}`;
  const g = svg('g', { class: `marker ${kindClass(kinds[0]![0])}`, tabindex: 0, role: 'button', 'aria-label': label, 'data-count': total },
    svg('circle', { cx: c.x.toFixed(1), cy: c.y.toFixed(1), r: r.toFixed(1) }),
    total > 1 ? svg('text', { x: c.x.toFixed(1), y: (c.y + 4).toFixed(1), 'text-anchor': 'middle' }, String(total)) : null);
  g.addEventListener('mouseenter', (e) => showTip(c, { x: e.clientX, y: e.clientY }));
  g.addEventListener('mousemove', (e) => showTip(c, { x: e.clientX, y: e.clientY }));
  g.addEventListener('mouseleave', hideTip);
  g.addEventListener('focus', () => { const b = g.getBoundingClientRect(); showTip(c, { x: b.right, y: b.bottom }); });
  g.addEventListener('blur', hideTip);
  g.addEventListener('click', () => activate(c));
  g.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); activate(c); } });
  return g;
}

/** Draws the map for the records the filters select; `truncated` notes a capped fetch. */
export function renderMap(f: Filters, claims: Claim[], events: SitrepEvent[], truncated: boolean): void {
  const el = byId('map');
  const bbox = f.bbox ? (f.bbox.split(',').map(Number) as [number, number, number, number]) : undefined;
  const projection = projectionFor(WIDTH, HEIGHT, bbox);
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'world', role: 'group', 'aria-label': 'Map of claims and events' });
  root.appendChild(bbox ? baseMap(projection) : worldMap(WIDTH, HEIGHT));
  const layer = svg('g', { class: 'markers' });
  // Biggest first, so small clusters are drawn on top and stay clickable.
  const clusters = cluster(pointsOf(claims, events), (p) => projection(p)).sort((a, b) => b.points.length - a.points.length);
  for (const c of clusters) layer.appendChild(marker(c));
  root.appendChild(layer);
  const kinds = tallyKinds(pointsOf(claims, events));
  fill(el, root,
    h('div', { class: 'map-foot' },
      h('ul', { class: 'legend', attrs: { 'aria-label': 'Legend' } }, ...kinds.map(([k]) => h('li', {}, h('span', { class: `swatch ${kindClass(k)}` }), k))),
      truncated ? h('span', { class: 'note', text: 'Showing the first records only; narrow the filters to see all.' }) : null,
      f.bbox ? h('button', { text: 'Whole world', attrs: { type: 'button' }, on: { click: () => setFilters({ bbox: '' }) } }) : null));
}

export function renderMapError(message: string): void {
  fill(byId('map'), h('p', { class: 'error', text: message }));
}
