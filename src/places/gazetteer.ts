/**
 * The compiled gazetteer (data/build/, made by scripts/build-gazetteer.ts), loaded once on
 * first use, plus the token trie that the recogniser walks.
 *
 * Load stays well under a second by not building per-row objects: both TSVs are kept as one
 * string each with an Int32Array of line offsets. A trie node is found by binary search over
 * the sorted names.tsv keys and a place row is parsed the first time it is asked for; both are
 * then cached, so the hot path is one Map or array look-up.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlacePrecision, ResolvedPlace } from '../types.ts';
import { internal } from '../language/index.ts';

export interface Place {
  idx: number;
  id: number;
  name: string;
  lat: number;
  lon: number;
  cc: string;
  admin1: string;
  /** `${cc}.${admin1}`: the key of the state a place lies in, built once instead of per score. */
  ak: string;
  fcode: string;
  pop: number;
  /** Its own name's key (prior.ts ownKey), kept on the place once asked for: null until then. */
  ownKey: string | null;
}

export interface Country { iso2: string; iso3: string; name: string; idx: number }

export interface ShortForm { idx: number; context: 'any' | 'comma' }

/** Trie flags: a path is a proper prefix of some name, a whole name, or a region core. */
export const PREFIX = 1, NAME = 2, CORE = 4, DEMONYM = 8, SHORT = 16;

/** One trie node: its flags and, for whole names and cores, the place indices. */
export interface TrieNode {
  flags: number;
  names: number[];
  cores: number[];
  /** Its key: the token keys of the path joined by spaces. */
  path: string;
  /** Number of the node, for the table of its children met so far (childOf). */
  id: number;
}

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
  /** A people's or its things' word to its place: a country's ("Syrian"), a region's or a city's ("Scottish", "Muscovite"; data/places/demonyms.tsv). */
  demonyms: Map<string, { idx: number }>;
  shortForms: Map<string, ShortForm>;
  regionWords: Map<string, string>;
  notPlaces: Set<string>;
  orgWords: Set<string>;
  /** Heads of government offices ("Department", "Duma"): after a common word ("Justice Department") the pair is an institution. */
  officeWords: Set<string>;
  /** Capitalised modifiers of institution names ("State", "Federal"): the name right after one is part of an institution's name ("State Duma"). */
  orgModifiers: Set<string>;
  /** Words before a place name that make it a company's name ("Air Serbia"). */
  orgBefore: Set<string>;
  /** Vehicle makes named like places ("Toyota", "Mercury"): after a model year ("a 2004 Toyota") the make, no place. */
  makeWords: Set<string>;
  /** Lower-case words after a name that make the pair a disease called after the place ("Lassa fever"): the name is no place there. */
  eponymWords: Set<string>;
  titleWords: Set<string>;
  commonWords: Set<string>;
  firstNames: Set<string>;
  /** Airports by IATA and ICAO code ("SVO", "UUEE"). */
  airportCodes: Map<string, number>;
  /** Every name key with the places of that name (not the region cores), in file order: for indexes built on first need. */
  eachName(f: (key: string, names: string) => void, multiWord?: boolean): void;
}

/** meta.json as scripts/build-gazetteer.ts writes it. */
interface Meta {
  countries: [iso2: string, iso3: string, name: string, idx: number, demonyms: string[]][];
  shortForms: [key: string, idx: number, context: ShortForm['context']][];
  regionDemonyms?: [key: string, idx: number][];
  regionWords: [string, string][];
  notPlaces: string[];
  contextWords: [string, string][];
  commonWords: string[];
  firstNames: string[];
  airportCodes: [code: string, idx: number][];
}

const BUILD = join(dirname(fileURLToPath(import.meta.url)), '../../data/build');
let cache: Gazetteer | null = null;

const parseIdx = (s: string | undefined): number[] => (s ? s.split(',').map(Number) : []);

/** Start offset of every line, plus one past the end, so line i is text[at[i], at[i+1]-1). */
function lineStarts(text: string): Int32Array {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  const at = new Int32Array(n + 1);
  let k = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) at[k++] = i + 1;
  at[n] = text.length + 1;
  return at;
}

/** A 32-bit FNV-1a hash of s[from, to) by char codes. */
function hash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Compares `key` with the key field (up to the first tab) of the line at `from`, as JS string order does. */
function compareKey(key: string, text: string, from: number): number {
  for (let i = 0; ; i++) {
    const a = i < key.length ? key.charCodeAt(i) : -1;
    let b = text.charCodeAt(from + i);
    if (b === 9 || b === 10 || Number.isNaN(b)) b = -1;
    if (a !== b) return a - b;
    if (a === -1) return 0;
  }
}

/** A memo that forgets everything once it grows past `max`: bounded memory over long runs. */
export function memo<V>(max: number, make: (k: string) => V): (k: string) => V {
  let m = new Map<string, V>();
  return (k) => {
    let v = m.get(k);
    if (v === undefined && !m.has(k)) {
      if (m.size >= max) m = new Map();
      m.set(k, (v = make(k)));
    }
    return v as V;
  };
}

interface IndexFiles { placeText: string; nameText: string; meta: Meta }

function readIndex(): IndexFiles {
  try {
    return {
      placeText: readFileSync(join(BUILD, 'places.tsv'), 'utf8'),
      nameText: readFileSync(join(BUILD, 'names.tsv'), 'utf8'),
      meta: JSON.parse(readFileSync(join(BUILD, 'meta.json'), 'utf8')) as Meta,
    };
  } catch (e) {
    throw new Error(`places: cannot read the index in ${BUILD}; run \`npm run build:data\` (${(e as Error).message})`);
  }
}

/**
 * The fields after the key of a names.tsv line, by key. An open-addressing hash table from key
 * to line number (+1; 0 is empty) in one typed array: a Map of 370k string keys would cost most
 * of the load budget, a binary search per cold look-up most of the recogniser's time on new text.
 */
function nameRows(nameText: string, nameAt: Int32Array): (path: string) => string | undefined {
  const nameLines = nameAt.length - 1;
  const size = 1 << Math.ceil(Math.log2(nameLines * 2 + 1));
  const slots = new Int32Array(size);
  for (let l = 0; l < nameLines; l++) {
    const from = nameAt[l]!;
    let s = hash(nameText, from, nameText.indexOf('\t', from)) & (size - 1);
    while (slots[s]) s = (s + 1) & (size - 1);
    slots[s] = l + 1;
  }
  return (path) => {
    for (let s = hash(path, 0, path.length) & (size - 1); slots[s]; s = (s + 1) & (size - 1)) {
      const l = slots[s]! - 1;
      if (compareKey(path, nameText, nameAt[l]!) === 0) return nameText.slice(nameAt[l]! + path.length + 1, nameAt[l + 1]! - 1);
    }
    return undefined;
  };
}

/**
 * The feature codes as the source's own literals: a code sliced from the file is a string of its
 * own, and each of the many tests of a reading's code against a literal ('PPLC', 'ADM1') then
 * compared characters; a literal compares to the same literal at once.
 */
const FCODES = new Map<string, string>(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLA5', 'PPLC', 'PPLCH', 'PPLF', 'PPLG', 'PPLL', 'PPLR', 'PPLS', 'PPLX', 'STLMT',
  'ADM1', 'ADM2', 'AIRP', 'PCLI', 'CONT', 'RGN', 'SEA', 'OCN', 'GULF', 'STRT', 'CHN', 'ZN'].map((c) => [c, c]));

/**
 * One string for each country code, state code and state key, shared by all places with it and
 * internalized (language: internal): two readings' countries and states, and a country against a
 * literal ('US'), then compare by reference, not by their characters.
 */
const shared = new Map<string, string>();
function sharedString(s: string): string {
  let one = shared.get(s);
  if (one === undefined) shared.set(s, (one = internal(s)));
  return one;
}

/** The place of a places.tsv line, parsed on first use. */
function placeRows(placeText: string): (idx: number) => Place {
  const placeAt = lineStarts(placeText);
  const places: (Place | undefined)[] = new Array(placeAt.length - 1);
  return (idx) => {
    let p = places[idx];
    if (p) return p;
    const f = placeText.slice(placeAt[idx]!, placeAt[idx + 1]! - 1).split('\t');
    const cc = sharedString(f[4] ?? ''), admin1 = sharedString(f[5] ?? '');
    p = { idx, id: Number(f[0]), name: f[1] ?? '', lat: Number(f[2]), lon: Number(f[3]), cc, admin1, ak: sharedString(`${cc}.${admin1}`), fcode: FCODES.get(f[6] ?? '') ?? f[6] ?? '', pop: Number(f[7]), ownKey: null };
    places[idx] = p;
    return p;
  };
}

/** Calls `f` with each name key of names.tsv and its core field (multi-word keys only, if asked). */
function nameWalker(nameText: string, nameAt: Int32Array): Gazetteer['eachName'] {
  return (f, multiWord = false) => {
    for (let l = 0; l < nameAt.length - 1; l++) {
      const from = nameAt[l]!, tab = nameText.indexOf('\t', from);
      if (multiWord) { const sp = nameText.indexOf(' ', from); if (sp < 0 || sp > tab) continue; }
      const tab2 = nameText.indexOf('\t', tab + 1), tab3 = nameText.indexOf('\t', tab2 + 1);
      const end = nameAt[l + 1]! - 1;
      if (tab3 === tab2 + 1 || tab2 + 1 >= end) continue;
      f(nameText.slice(from, tab), nameText.slice(tab2 + 1, tab3 < 0 || tab3 > end ? end : tab3));
    }
  };
}

/** Countries by code and index, demonyms and short forms; each demonym and short form also marks its trie path. */
function countryTables(meta: Meta, addExtra: (key: string, flag: number) => void) {
  const countries = new Map<string, Country>();
  const countryByIdx = new Map<number, Country>();
  const demonyms = new Map<string, { idx: number }>();
  for (const [iso2, iso3, name, idx, dems] of meta.countries) {
    const c = { iso2, iso3, name, idx };
    countries.set(iso2, c);
    countryByIdx.set(idx, c);
    for (const d of dems) {
      const k = d.toLowerCase();
      if (!demonyms.has(k)) demonyms.set(k, c);
      addExtra(k, DEMONYM);
    }
  }
  // A country's demonym keeps its place: a region's spelt alike comes second.
  for (const [k, idx] of meta.regionDemonyms ?? []) {
    if (!demonyms.has(k)) demonyms.set(k, { idx });
    addExtra(k, DEMONYM);
  }
  const shortForms = new Map<string, ShortForm>();
  for (const [k, idx, context] of meta.shortForms) {
    shortForms.set(k, { idx, context });
    addExtra(k, SHORT);
  }
  return { countries, countryByIdx, demonyms, shortForms };
}

/** The word lists of the context rules (data/places/context-words.tsv and others). */
function wordSets(meta: Meta) {
  const ctx = meta.contextWords;
  const kind = (k: string) => new Set(ctx.filter((c) => c[1] === k).map((c) => c[0]));
  return {
    regionWords: new Map(meta.regionWords),
    notPlaces: new Set(meta.notPlaces),
    orgWords: kind('org'),
    officeWords: kind('office'),
    orgModifiers: kind('orgmod'),
    orgBefore: kind('org-before'),
    makeWords: kind('make'),
    eponymWords: kind('eponym'),
    titleWords: kind('title'),
    commonWords: new Set(meta.commonWords),
    firstNames: new Set(meta.firstNames),
    airportCodes: new Map(meta.airportCodes),
  };
}

export function gazetteer(): Gazetteer {
  if (cache) return cache;
  const { placeText, nameText, meta } = readIndex();
  const nameAt = lineStarts(nameText);
  const row = nameRows(nameText, nameAt);
  // Demonyms and short forms are no GeoNames names: their trie paths are marked here.
  const extra = new Map<string, number>();
  let nodes = 0;
  const node = memo<TrieNode | undefined>(400_000, (path) => {
    const r = row(path);
    const more = extra.get(path) ?? 0;
    if (r === undefined && !more) return undefined;
    const [flags, ns, cs] = r ? r.split('\t') : ['0', '', ''];
    return { flags: Number(flags) | more, names: parseIdx(ns), cores: parseIdx(cs), path, id: nodes++ };
  });
  const addExtra = (key: string, flag: number) => {
    const parts = key.split(' ');
    for (let i = 1; i <= parts.length; i++) {
      const path = parts.slice(0, i).join(' ');
      extra.set(path, (extra.get(path) ?? 0) | (i === parts.length ? flag : PREFIX));
    }
  };
  cache = {
    place: placeRows(placeText), node, ...countryTables(meta, addExtra), ...wordSets(meta),
    eachName: nameWalker(nameText, nameAt),
  };
  return cache;
}

/**
 * The children of trie nodes met so far, by the pair (node number, word number): open addressing
 * in one typed array of triples (node id + 1, word, child: its index in kidNodes, or -1 for none).
 * A Map per node, keyed by the word's string, cost a chain of dependent reads per step of the
 * walk (the node's map, its table, the key strings compared); here a step is one probe. Bounded:
 * emptied when half full.
 */
const KID_SLOTS = 1 << 17;
const kidTable = new Int32Array(3 * KID_SLOTS);
let kidNodes: TrieNode[] = [];
let kidCount = 0;

function kidSlot(node: number, word: number): number {
  let h = Math.imul(node + 1, 0x9e3779b1) ^ Math.imul(word + 1, 0x85ebca77);
  h ^= h >>> 15;
  return h & (KID_SLOTS - 1);
}

/**
 * The child of trie node `n` by the next token, its word given by number (`word`, a number for
 * each distinct token key's holder: normalize.ts Word.id) and by key; remembered, found or not.
 */
export function childOf(g: Gazetteer, n: TrieNode, word: number, key: string): TrieNode | undefined {
  const id = n.id + 1;
  for (let s = kidSlot(n.id, word); ; s = (s + 1) & (KID_SLOTS - 1)) {
    const at = 3 * s, held = kidTable[at]!;
    if (held === 0) break;
    if (held === id && kidTable[at + 1] === word) { const k = kidTable[at + 2]!; return k < 0 ? undefined : kidNodes[k]; }
  }
  const c = child(g, n, key);
  if (kidCount >= KID_SLOTS / 2) { kidTable.fill(0); kidNodes = []; kidCount = 0; }
  let s = kidSlot(n.id, word);
  while (kidTable[3 * s] !== 0) s = (s + 1) & (KID_SLOTS - 1);
  kidTable[3 * s] = id;
  kidTable[3 * s + 1] = word;
  kidTable[3 * s + 2] = c ? kidNodes.push(c) - 1 : -1;
  kidCount++;
  return c;
}

/** The child of trie node `n` by the next token's key. */
export function child(g: Gazetteer, n: TrieNode, key: string): TrieNode | undefined {
  // Only a proper prefix of some name has children (the build flags every one).
  return n.flags & PREFIX ? g.node(`${n.path} ${key}`) : undefined;
}

export function precisionOf(p: Place): PlacePrecision {
  switch (p.fcode) {
    case 'PCLI': return 'country';
    case 'CONT': return 'continent';
    case 'ADM1': case 'RGN': return 'region';
    case 'ADM2': return 'district';
    case 'SEA': case 'GULF': case 'OCN': case 'STRT': case 'CHN': case 'AIRP': return 'point';
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
