/**
 * The compiled gazetteer (data/build/, made by scripts/build-gazetteer.ts),
 * loaded once on first use, plus the token trie that the recogniser walks.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlacePrecision, ResolvedPlace } from '../types.ts';

export interface Place {
  idx: number;
  id: number;
  name: string;
  lat: number;
  lon: number;
  cc: string;
  admin1: string;
  fcode: string;
  pop: number;
}

export interface Country { iso2: string; iso3: string; name: string; idx: number }

export interface ShortForm { idx: number; context: 'any' | 'comma' }

/** Trie flags: a path is a proper prefix of some name, a whole name, or a region core. */
export const PREFIX = 1, NAME = 2, CORE = 4, DEMONYM = 8, SHORT = 16;

/** One trie node: its flags and, for whole names and cores, the place indices. */
export interface TrieNode { flags: number; names: number[]; cores: number[] }

export interface Gazetteer {
  /** Place by index, parsed on first use (most of the 230k rows are never touched). */
  place(idx: number): Place;
  /**
   * Token trie over every name key, compiled at build time: the key is the path (token keys
   * joined by spaces). Walking it token by token from a position finds every name that starts
   * there in time proportional to the match length, whatever the gazetteer size.
   */
  node(path: string): TrieNode | undefined;
  countries: Map<string, Country>;
  countryByIdx: Map<number, Country>;
  demonyms: Map<string, Country>;
  shortForms: Map<string, ShortForm>;
  regionWords: Map<string, string>;
  notPlaces: Set<string>;
  orgWords: Set<string>;
  titleWords: Set<string>;
  commonWords: Set<string>;
  firstNames: Set<string>;
}

const BUILD = join(dirname(fileURLToPath(import.meta.url)), '../../data/build');
let cache: Gazetteer | null = null;

const parseIdx = (s: string): number[] => (s ? s.split(',').map(Number) : []);

export function gazetteer(): Gazetteer {
  if (cache) return cache;
  let placeLines: string[], nameText: string, meta: any;
  try {
    placeLines = readFileSync(join(BUILD, 'places.tsv'), 'utf8').split('\n');
    nameText = readFileSync(join(BUILD, 'names.tsv'), 'utf8');
    meta = JSON.parse(readFileSync(join(BUILD, 'meta.json'), 'utf8'));
  } catch (e) {
    throw new Error(`places: cannot read the index in ${BUILD}; run \`npm run build:data\` (${(e as Error).message})`);
  }
  // Rows stay raw strings until asked for: parsing 400k rows up front would cost the load budget.
  const rows = new Map<string, string>();
  for (const line of nameText.split('\n')) {
    const tab = line.indexOf('\t');
    rows.set(line.slice(0, tab), line.slice(tab + 1));
  }
  const nodes = new Map<string, TrieNode>();
  const extra = new Map<string, number>();
  const node = (path: string): TrieNode | undefined => {
    let n = nodes.get(path);
    if (n) return n;
    const row = rows.get(path);
    const more = extra.get(path) ?? 0;
    if (row === undefined && !more) return undefined;
    const [flags, ns, cs] = row ? row.split('\t') : ['0', '', ''];
    n = { flags: Number(flags) | more, names: parseIdx(ns), cores: parseIdx(cs) };
    nodes.set(path, n);
    return n;
  };
  const addExtra = (key: string, flag: number) => {
    const parts = key.split(' ');
    for (let i = 1; i <= parts.length; i++) {
      const path = parts.slice(0, i).join(' ');
      extra.set(path, (extra.get(path) ?? 0) | (i === parts.length ? flag : PREFIX));
    }
  };
  const places = new Map<number, Place>();
  const place = (idx: number): Place => {
    let p = places.get(idx);
    if (p) return p;
    const f = placeLines[idx].split('\t');
    p = { idx, id: Number(f[0]), name: f[1], lat: Number(f[2]), lon: Number(f[3]), cc: f[4], admin1: f[5], fcode: f[6], pop: Number(f[7]) };
    places.set(idx, p);
    return p;
  };
  const countries = new Map<string, Country>();
  const countryByIdx = new Map<number, Country>();
  const demonyms = new Map<string, Country>();
  for (const [iso2, iso3, name, idx, dems] of meta.countries) {
    const c = { iso2, iso3, name, idx };
    countries.set(iso2, c);
    countryByIdx.set(idx, c);
    for (const d of dems as string[]) {
      const k = d.toLowerCase();
      if (!demonyms.has(k)) demonyms.set(k, c);
      addExtra(k, DEMONYM);
    }
  }
  const shortForms = new Map<string, ShortForm>();
  for (const [k, idx, context] of meta.shortForms) {
    shortForms.set(k, { idx, context });
    addExtra(k, SHORT);
  }
  const ctx = meta.contextWords as [string, string][];
  cache = {
    place, node, countries, countryByIdx, demonyms, shortForms,
    regionWords: new Map(meta.regionWords),
    notPlaces: new Set(meta.notPlaces),
    orgWords: new Set(ctx.filter((c) => c[1] === 'org').map((c) => c[0])),
    titleWords: new Set(ctx.filter((c) => c[1] === 'title').map((c) => c[0])),
    commonWords: new Set(meta.commonWords),
    firstNames: new Set(meta.firstNames),
  };
  return cache;
}

export function precisionOf(p: Place): PlacePrecision {
  switch (p.fcode) {
    case 'PCLI': return 'country';
    case 'CONT': return 'continent';
    case 'ADM1': case 'RGN': return 'region';
    case 'ADM2': return 'district';
    case 'SEA': case 'GULF': case 'OCN': case 'STRT': case 'CHN': return 'point';
    default: return 'city';
  }
}

export function toResolved(p: Place, precision?: PlacePrecision): ResolvedPlace {
  return {
    geonameid: p.id || null,
    name: p.name,
    lat: p.lat,
    lon: p.lon,
    country: p.cc || null,
    admin1: p.fcode === 'PCLI' || !p.admin1 ? null : p.admin1,
    precision: precision ?? precisionOf(p),
    featureCode: p.fcode || null,
  };
}
