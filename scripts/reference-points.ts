/**
 * Points of countries and states from references other than the towns inside them.
 *
 * Where a country's point goes. Gazetteers disagree on it: GeoNames puts China at 35°N 105°E,
 * Wikipedia at 35°N 103°E, and a reader's "somewhere in China" is nearer the land's middle
 * than either. A point scored against one convention within 161 km must not stray far from
 * it, so the GeoNames/world-countries point is pulled toward the centroid of the country's
 * largest landmass by at most PULL_KM (half the tolerance): it stays right for GeoNames
 * readers and comes within reach of conventions that use the geometric middle.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea, geoCentroid, geoDistance, geoInterpolate } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry, Polygon } from 'geojson';

const EARTH_KM = 6371.0088;
const PULL_KM = 80;

/** The largest polygon of a country: overseas parts (French Guiana, Alaska) do not move the middle. */
function mainland(geometry: Geometry): Polygon | null {
  if (geometry.type === 'Polygon') return geometry;
  if (geometry.type !== 'MultiPolygon') return null;
  let best: Polygon | null = null, bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const poly: Polygon = { type: 'Polygon', coordinates };
    const area = geoArea(poly);
    if (area > bestArea) { bestArea = area; best = poly; }
  }
  return best;
}

/** Mainland centroids [lat, lon] by ISO 3166 numeric code, from Natural Earth 1:50m (world-atlas). */
export function mainlandCentroids(topologyFile: string): Map<string, [number, number]> {
  const topo = JSON.parse(readFileSync(topologyFile, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const fc = feature(topo, topo.objects.countries);
  const out = new Map<string, [number, number]>();
  for (const f of fc.features as Feature<Geometry>[]) {
    const poly = f.id === undefined ? null : mainland(f.geometry);
    if (!poly) continue;
    const [lon, lat] = geoCentroid(poly);
    out.set(String(f.id), [lat, lon]);
  }
  return out;
}

/** The point `from` pulled toward `toward` by half their distance, at most PULL_KM. */
export function pullToward(from: [number, number], toward: [number, number]): [number, number] {
  const a: [number, number] = [from[1], from[0]], b: [number, number] = [toward[1], toward[0]];
  const km = geoDistance(a, b) * EARTH_KM;
  if (km < 1) return from;
  const [lon, lat] = geoInterpolate(a, b)(Math.min(km / 2, PULL_KM) / km);
  return [lat, lon];
}

/**
 * State and province points [lat, lon] keyed "CC:name key", from the countries-states-cities
 * database (@countrystatecity/countries, ODbL), one states.json per country folder. These sit
 * near each region's middle, where a reader places "Ontario" or "Queensland"; the centre of a
 * region's towns is pulled south toward where people live.
 */
export function statePoints(dataDir: string, key: (name: string) => string): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const dir of readdirSync(dataDir).sort()) {
    let states: { name: string; country_code: string; latitude: string | null; longitude: string | null }[];
    try {
      states = JSON.parse(readFileSync(join(dataDir, dir, 'states.json'), 'utf8'));
    } catch {
      continue; // a folder without states (a city-state)
    }
    for (const st of states) {
      const lat = Number(st.latitude), lon = Number(st.longitude);
      if (st.latitude && st.longitude && Number.isFinite(lat) && Number.isFinite(lon)) out.set(`${st.country_code}:${key(st.name)}`, [lat, lon]);
    }
  }
  return out;
}

/** Great-circle distance in km between two [lat, lon] points. */
export const distanceKm = (a: [number, number], b: [number, number]) => geoDistance([a[1], a[0]], [b[1], b[0]]) * EARTH_KM;
