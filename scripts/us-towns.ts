/**
 * US towns by their post offices, from the `zipcodes` package (ZIP code points with city and
 * state): the villages and unincorporated communities that GeoNames cities500 lacks (a town of
 * fewer than 500 people). Each (town, state) is one place at the mean of its ZIP points.
 * Read from node_modules/zipcodes, or from the file SITREP_ZIPCODES names; absent both, none.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface UsTown { name: string; state: string; lat: number; lon: number }

interface ZipRecord { latitude: number; longitude: number; city: string; state: string; country: string }

/** States and DC: military post codes (AE, AP, AA) and territories (GeoNames countries of their own) are left out. */
const STATES = new Set(('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY').split(' '));

export function readUsTowns(root: string): UsTown[] {
  const file = process.env.SITREP_ZIPCODES ?? `${root}/node_modules/zipcodes/lib/codes.js`;
  if (!existsSync(file)) return [];
  // A CommonJS module of data: its `codes` export maps each ZIP code to its record.
  const codes = (createRequire(import.meta.url)(file) as { codes: Record<string, ZipRecord> }).codes;
  const sums = new Map<string, [number, number, number]>();
  for (const z of Object.values(codes)) {
    if (z.country !== 'US' || !STATES.has(z.state) || (!z.latitude && !z.longitude) || !/^[A-Z][A-Za-z .'-]+$/.test(z.city)) continue;
    const k = `${z.city}\t${z.state}`, s = sums.get(k);
    if (s) { s[0] += z.latitude; s[1] += z.longitude; s[2]++; } else sums.set(k, [z.latitude, z.longitude, 1]);
  }
  return [...sums].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([k, [la, lo, n]]) => {
    const [name = '', state = ''] = k.split('\t');
    return { name, state, lat: Math.round((la / n) * 1e4) / 1e4, lon: Math.round((lo / n) * 1e4) / 1e4 };
  });
}
