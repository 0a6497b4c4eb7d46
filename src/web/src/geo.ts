/**
 * The offline base map: world-atlas's 1:110m countries, bundled, projected with d3-geo.
 * No tiles and no network: the outlines ship inside the dashboard's own script.
 */
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import { svg } from './dom.js';

const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
let countries: FeatureCollection | null = null;
/** Decoded on first use, so the first API requests go out before this work. */
const countryFeatures = (): FeatureCollection => (countries ??= feature(topology, topology.objects.countries) as FeatureCollection);

/** A projection fitted to a width and height, over the world or over a lon/lat box. */
export function projectionFor(width: number, height: number, bbox?: [number, number, number, number]): GeoProjection {
  const p = geoNaturalEarth1();
  if (!bbox) return p.fitExtent([[4, 4], [width - 4, height - 4]], { type: 'Sphere' });
  const [x0, y0, x1, y1] = bbox;
  // Corners as points, not a polygon: a spherical polygon's winding decides which side is inside.
  const corners = { type: 'MultiPoint' as const, coordinates: [[x0, y0], [x0, y1], [x1, y0], [x1, y1], [(x0 + x1) / 2, y0], [(x0 + x1) / 2, y1]] };
  return p.fitExtent([[8, 8], [width - 8, height - 8]], corners);
}

/** One SVG group of country outlines (plus the globe's outline) for a projection. */
export function baseMap(projection: GeoProjection): SVGGElement {
  const path = geoPath(projection);
  const g = svg('g', { class: 'land' });
  g.appendChild(svg('path', { class: 'sphere', d: path({ type: 'Sphere' }) ?? '' }));
  for (const f of countryFeatures().features) {
    const d = path(f);
    if (d) g.appendChild(svg('path', { class: 'country', d }));
  }
  return g;
}

const worldCache = new Map<string, SVGGElement>();

/** The whole-world base map at this size; built once (the map view redraws on every filter). */
export function worldMap(width: number, height: number): SVGGElement {
  const key = `${width}x${height}`;
  let g = worldCache.get(key);
  if (!g) { g = baseMap(projectionFor(width, height)); worldCache.set(key, g); }
  return g.cloneNode(true) as SVGGElement;
}

/** A small locator map centred on one point, for the evidence view. */
export function miniMap(lat: number, lon: number, label: string): SVGSVGElement {
  const w = 260;
  const h = 170;
  const projection = geoNaturalEarth1().rotate([-lon, 0]).center([0, lat]).scale(420).translate([w / 2, h / 2]);
  const root = svg('svg', { viewBox: `0 0 ${w} ${h}`, class: 'minimap', role: 'img', 'aria-label': `Map: ${label}` });
  root.appendChild(baseMap(projection));
  const [x, y] = projection([lon, lat]) ?? [w / 2, h / 2];
  root.appendChild(svg('circle', { cx: x, cy: y, r: 5, class: 'pin' }));
  return root;
}
