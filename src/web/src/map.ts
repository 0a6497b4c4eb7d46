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



/**
 * A figure for a whole country or region ("337 drones over Russia") has no point: its
 * coordinates are the area's centroid, and a dot there (Siberia) says something false. Such
 * records are listed beside the map, never drawn as points.
 */
const AREAL = new Set(['country', 'region', 'continent']);

interface Placed { points: Point[]; areal: Point[]; unplaced: number }

function pointsOf(claims: Claim[], events: SitrepEvent[]): Placed {
  const out: Placed = { points: [], areal: [], unplaced: 0 };
  const add = (where: Claim['where'], kind: string, ref: string) => {
    if (where?.lat == null || where.lon == null) { out.unplaced++; return; }
    const p = { lat: where.lat, lon: where.lon, name: where.name ?? where.text, kind, ref };
    (AREAL.has(where.precision ?? '') ? out.areal : out.points).push(p);
  };
  for (const c of claims) add(c.where, c.kind, `${c.documentId}:c${c.id}`);
  for (const e of events) add(e.where, 'event', `${e.documentId}:e${e.id}`);
  return out;
}

/** [west, south, east, north] of the points, by a loop: spreading thousands of arguments overflows the stack. */
function extent(points: Point[]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) { w = Math.min(w, p.lon); e = Math.max(e, p.lon); s = Math.min(s, p.lat); n = Math.max(n, p.lat); }
  return [w, s, e, n];
}

/** The box the points occupy, with a margin, or none when they span most of the world. */
function dataBox(points: Point[]): [number, number, number, number] | undefined {
  if (!points.length) return undefined;
  let [w, s, e, n] = extent(points);
  if (e - w > 300 || n - s > 140) return undefined;
  // At least ~10° across, so one city is shown with its surroundings.
  const pad = (lo: number, hi: number, min: number) => { const grow = Math.max(0, (min - (hi - lo)) / 2) + (hi - lo) * 0.1 + 1; return [lo - grow, hi + grow] as const; };
  [w, e] = pad(w, e, 10);
  [s, n] = pad(s, n, 6);
  return [Math.max(-180, w), Math.max(-85, s), Math.min(180, e), Math.min(85, n)];
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

/**
 * A cluster of several places is listed below the map, each place a button: markers that
 * overlap (a small town's under a big city's) are reached from the list, never lost under
 * another. The list also offers zooming to the cluster's box.
 */
function listCluster(c: Cluster): void {
  const byName = new Map<string, Point[]>();
  for (const p of c.points) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  const list = byId('map').querySelector('.cluster-list');
  if (!list) return;
  fill(list as HTMLElement,
    h('p', { text: `${fmt.format(c.points.length)} records at ${fmt.format(byName.size)} places here:` }),
    h('ul', {}, ...[...byName].sort((a, b) => b[1].length - a[1].length).map(([name, ps]) => h('li', {},
      h('button', { class: 'link', text: `${name} (${fmt.format(ps.length)})`, attrs: { type: 'button' },
        on: { click: () => (ps.length === 1 ? setFilters({ open: ps[0]!.ref }) : setFilters({ place: name })) } })))),
    h('button', { text: 'Zoom to these', attrs: { type: 'button' }, on: { click: () => zoomTo(c) } }));
  (list as HTMLElement).hidden = false;
  (list.querySelector('button') as HTMLElement | null)?.focus();
}

function activate(c: Cluster): void {
  hideTip();
  if (c.points.length === 1) { setFilters({ open: c.points[0]!.ref }); return; }
  // Records all at one place cannot be told apart by zooming: narrow to the place instead.
  const names = new Set(c.points.map((p) => p.name));
  if (new Set(c.points.map((p) => `${p.lat},${p.lon}`)).size === 1 && names.size === 1) {
    setFilters({ place: c.points[0]!.name });
    return;
  }
  listCluster(c);
}

function zoomTo(c: Cluster): void {
  const [w, s, e, n] = extent(c.points);
  const box = [w - BOX_MARGIN, s - BOX_MARGIN, e + BOX_MARGIN, n + BOX_MARGIN]
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
  const placed = pointsOf(claims, events);
  // The filter's box if one is set, else the box the points occupy: the map fits its data.
  const bbox = f.bbox ? (f.bbox.split(',').map(Number) as [number, number, number, number]) : dataBox(placed.points);
  const projection = projectionFor(WIDTH, HEIGHT, bbox);
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'world', role: 'group', 'aria-label': 'Map of claims and events' });
  root.appendChild(bbox ? baseMap(projection) : worldMap(WIDTH, HEIGHT));
  const layer = svg('g', { class: 'markers' });
  // Biggest first, so small clusters are drawn on top and stay clickable.
  const clusters = cluster(placed.points, (p) => projection(p)).sort((a, b) => b.points.length - a.points.length);
  for (const c of clusters) layer.appendChild(marker(c));
  root.appendChild(layer);
  const kinds = tallyKinds(placed.points);
  const drawn = clusters.reduce((n, c) => n + c.points.length, 0);
  const notDrawn = claims.length + events.length - drawn;
  fill(el, root,
    h('div', { class: 'cluster-list', attrs: { hidden: '', 'aria-live': 'polite' } }),
    h('div', { class: 'map-foot' },
      h('ul', { class: 'legend', attrs: { 'aria-label': 'Legend' } }, ...kinds.map(([k]) => h('li', {}, h('span', { class: `swatch ${kindClass(k)}` }), k))),
      h('span', { class: 'note not-drawn', text: `${fmt.format(drawn)} records drawn; ${fmt.format(notDrawn)} not drawn (${fmt.format(placed.areal.length)} for a whole country or region, listed below; ${fmt.format(placed.unplaced)} without a resolved place${drawn + placed.areal.length + placed.unplaced < claims.length + events.length ? '; the rest outside the box' : ''}).` }),
      truncated ? h('span', { class: 'note', text: 'Showing the first records only; narrow the filters to see all.' }) : null,
      f.bbox ? h('button', { text: 'Whole world', attrs: { type: 'button' }, on: { click: () => setFilters({ bbox: '' }) } }) : null),
    arealList(placed.areal));
}

/** Country- and region-wide records, grouped by area: listed, not drawn. */
function arealList(areal: Point[]): HTMLElement | null {
  if (!areal.length) return null;
  const byName = new Map<string, Point[]>();
  for (const p of areal) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  return h('section', { class: 'areal', attrs: { 'aria-label': 'Records for a whole country or region' } },
    h('h3', { text: 'Country- and region-wide (not drawn as points)' }),
    h('ul', {}, ...[...byName].sort((a, b) => b[1].length - a[1].length).map(([name, ps]) => h('li', {},
      h('button', { class: 'link', text: name, attrs: { type: 'button', title: `Filter to ${name}` }, on: { click: () => setFilters({ place: name }) } }),
      `: ${tallyKinds(ps).map(([k, n]) => `${fmt.format(n)} ${k}`).join(', ')}`))));
}

export function renderMapError(message: string): void {
  fill(byId('map'), h('p', { class: 'error', text: message }));
}
