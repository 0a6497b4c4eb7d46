/**
 * Points of states from a reference other than the towns inside them. Countries keep their
 * GeoNames point (world-countries or data/places/countries.tsv): the convention of news
 * gazetteer sets. A point moved toward a country's landmass centre suited only sets that take
 * Wikipedia's coordinates, and cost the GeoNames ones (dropped: see the git history).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { geoDistance } from 'd3-geo';

const EARTH_KM = 6371.0088;

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
