/**
 * The places stage: finds place names in text and resolves them to gazetteer entries.
 * Everything is offline: the index is compiled by scripts/build-gazetteer.ts into data/build/
 * and loaded on the first call.
 */
import type { PlaceMention, ResolvedPlace, Span } from '../types.ts';
import type { TextTokens, Token as LanguageToken } from '../language/index.ts';
import { gazetteer, toResolved, type Place } from './gazetteer.ts';
import { countryOfText, framedContainer } from './unknown.ts';
import { nameKey } from './normalize.ts';
import { recognize, type RawMention } from './recognize.ts';
import { candidatesFor } from './candidates.ts';
import { codedChain, locativeChains, type PlaceChain } from './chains.ts';
import { resolveChain } from './scope.ts';

export { candidatesFor };
export { readUnits, type NamedSpan, type PlaceChain } from './chains.ts';
export { spellings } from './scope.ts';
export { isSite, namedSites, type SiteMention } from './sites.ts';
export { locativeUnknowns, type LocativeName } from './locatives.ts';
import { fallbackCandidates } from './fallback.ts';
import { bestReading, resolveMentions, toResolvedFor, type Trace } from './resolve.ts';
import { confidence } from './rank.ts';
import { prior } from './prior.ts';

/** `opts.tokens`: the text's language tokens (language: textTokens, or tokenizeText's objects), so the text is tokenized once. */
export function findPlaces(text: string, opts?: PlaceOptions): PlaceMention[] {
  return findPlacesOf([{ text, opts }])[0]!;
}

/** What findPlaces reads beside the text: the publication date, the language layer's tokens, a wire dateline. */
export interface PlaceOptions { published?: string | null; tokens?: readonly LanguageToken[] | TextTokens; dateline?: Span | null }

/**
 * The places of a batch of texts, each exactly what findPlaces gives it: every text's names are recognized first,
 * then every text's readings chosen, so the name tries and then the ranker stay in the processor's caches.
 */
export function findPlacesOf(texts: ReadonlyArray<{ text: string; opts?: PlaceOptions | undefined }>): PlaceMention[][] {
  const recognized = texts.map(({ text, opts }) => {
    const ms = recognize(text, opts?.tokens);
    if (opts?.dateline) readDatelineAlone(ms, opts.dateline);
    return ms;
  });
  return recognized.map((ms, k) => placedMentions(texts[k]!.text, ms));
}

function placedMentions(text: string, ms: RawMention[]): PlaceMention[] {
  const { picks, probs, lent } = resolveMentions(ms, text);
  let country: string | null | undefined;
  return ms.map((m, k) => {
    let place = toResolvedFor(m, picks[k] ?? null, probs[k]);
    if (place && lent[k]) place.geonameid = null;
    // A framed name lent its container's point is still of its own kind ("a village in the Sumy region" is no region).
    if (place && m.framed && !m.cands.length) place.precision = m.framed;
    if (!place && m.framed) place = placeFramed(text, ms, k, picks, () => (country === undefined ? (country = countryOfText(picks.map((p) => p?.cc ?? null), ms.map((m) => m.role))) : country));
    // An unknown name in containment ("Nasir, South Sudan") is placed at its container, at the container's precision.
    if (!place && m.container !== null && picks[m.container]) place = { ...toResolvedFor(ms[m.container]!, picks[m.container]!, NaN, 'lent')!, geonameid: null };
    return { start: m.start, end: m.end, text: m.text, role: m.role, place };
  });
}

/**
 * A framed name the gazetteer lacks ("the village of X", "X, a town north of Y") is where its
 * words put it, else somewhere in the country the text is about; either way at the precision
 * its frame gives, with the confidence such a lent place has earned.
 */
function placeFramed(text: string, ms: RawMention[], k: number, picks: (Place | null)[], country: () => string | null): ResolvedPlace | null {
  const m = ms[k]!;
  const j = framedContainer(text, ms, k, (i) => !!picks[i]);
  const g = gazetteer();
  const at = j !== null ? picks[j]! : (() => { const cc = country(); const c = cc ? g.countries.get(cc) : undefined; return c ? g.place(c.idx) : null; })();
  if (!at) return null;
  const c = confidence(NaN, j !== null ? 'lent' : 'country');
  return { ...toResolved(at, m.framed), geonameid: null, ...(c !== null ? { confidence: c } : {}) };
}

/**
 * A wire dateline names its city alone only when the city is known without a state or country
 * ("ROME (AP) —", but "ROME, Ga. (AP) —"): it is the best-known reading, whatever the story
 * goes on to mention (a story filed from Rome about New York is still filed from Rome).
 */
function readDatelineAlone(ms: RawMention[], dateline: Span): void {
  const inside = ms.filter((m) => m.start >= dateline.start && m.end <= dateline.end);
  if (inside.length !== 1 || inside[0]!.cands.length < 2) return;
  const g = gazetteer();
  const m = inside[0]!;
  m.cands = [m.cands.reduce((a, b) => (prior(g.place(b)) > prior(g.place(a)) ? b : a))];
}

/**
 * The region word that a list of names ends in, for a name inside it: "Barrow" in "Barrow,
 * Jackson and Madison counties" is Barrow County. Returns the singular ("county") or null.
 */
const LIST_TAIL = /^(?:(?:,\s*|,?\s+(?:and|or)\s+)\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?)*,?\s+(?:and\s+)?(counties|parishes|provinces|regions|districts|oblasts|governorates|prefectures|municipalities)\b/u;
const SINGULAR: Record<string, string> = { counties: 'county', parishes: 'parish', provinces: 'province', regions: 'region', districts: 'district', oblasts: 'oblast', governorates: 'governorate', prefectures: 'prefecture', municipalities: 'municipality' };
function listRegionWord(text: string, end: number): string | null {
  const m = LIST_TAIL.exec(text.slice(end, end + 200));
  return m ? SINGULAR[m[1]!] ?? null : null;
}

export function resolveSpans(text: string, spans: Span[], trace?: Trace): (ResolvedPlace | null)[] {
  const given: RawMention[] = spans.map((s) => {
    const surface = text.slice(s.start, s.end);
    const rw = listRegionWord(text, s.end);
    let c = rw ? candidatesFor(`${surface} ${rw}`) : { cands: [] as number[], level: null, demonym: false };
    if (!c.cands.length) c = candidatesFor(surface);
    if (!c.cands.length) {
      const f = fallbackCandidates(text.slice(s.start, s.end));
      if (f) c = { cands: f.cands, level: null, demonym: f.demonym };
    }
    return { start: s.start, end: s.end, text: text.slice(s.start, s.end), role: c.demonym ? 'demonym' : 'location', cands: c.cands, regionLevel: c.level, container: null, tokStart: -1, tokEnd: -1 };
  });
  // The recognised mentions that the given spans do not cover still tell what the text is about.
  const found = recognize(text).filter((m) => !spans.some((s) => s.start < m.end && m.start < s.end));
  const all = [...given, ...found.map((m) => ({ ...m, container: null }))].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let k = 0; k + 1 < all.length; k++) {
    const m = all[k]!;
    const gap = text.slice(m.end, all[k + 1]!.start);
    if (/^,\s*$/.test(gap) || /^\s+in\s+$/.test(gap)) m.container = k + 1;
  }
  const { picks, probs, lent } = resolveMentions(all, text, trace && ((m, c, f) => { if (given.includes(m)) trace(m, c, f); }));
  const at = new Map(all.map((m, k) => [m, k]));
  const out = given.map((m) => {
    const k = at.get(m)!;
    const p = toResolvedFor(m, picks[k] ?? null, probs[k]);
    if (p && lent[k]) p.geonameid = null;
    return p;
  });
  // A name that nothing in the gazetteer matches is most likely in the place it is said to be
  // in ("Nasir, South Sudan"), else in the place the text is about: the first town or region
  // it resolves, which in local news is the paper's own patch.
  const focus = out.find((p) => p && p.precision !== 'country' && p.precision !== 'continent' && p.featureCode !== 'ZN') ?? out.find((p) => p) ?? null;
  return out.map((p, k) => {
    if (p) return p;
    const m = given[k]!;
    const c = m.container !== null ? picks[m.container] : null;
    if (c) return { ...toResolvedFor(all[m.container!]!, c, NaN, 'lent')!, geonameid: null };
    if (!focus) return null;
    const lent = confidence(NaN, 'lent');
    return { ...focus, geonameid: null, ...(lent !== null ? { confidence: lent } : {}) };
  });
}

export function lookupPlace(name: string, context?: { country?: string | null }): ResolvedPlace | null {
  const g = gazetteer();
  let container = null;
  let base = name;
  const comma = name.lastIndexOf(',');
  if (comma > 0) {
    const c = candidatesFor(name.slice(comma + 1));
    if (c.cands.length) { container = c.cands.map((i) => g.place(i)); base = name.slice(0, comma); }
  }
  const { cands, level } = candidatesFor(base);
  if (!cands.length) return null;
  const cc = context?.country ? (context.country.length === 3 ? [...g.countries.values()].find((c) => c.iso3 === context.country!.toUpperCase())?.iso2 : context.country.toUpperCase()) : null;
  const country = cc ? g.countries.get(cc) : undefined;
  // A name read "as in" a country means its namesake there when there is one: "Paris" in the US
  // is a US Paris, however much better known the French one is.
  const all = cands.map((i) => g.place(i));
  const inCountry = country ? all.filter((p) => p.cc === country.iso2) : [];
  const { place: best, p } = bestReading(inCountry.length ? inCountry : all, nameKey(base.trim().replace(/^the\s+/i, '')), country ? g.place(country.idx) : null, container);
  if (!best) return null;
  const out = level && level !== 'airport' && best.fcode !== 'ADM1' && best.fcode !== 'ADM2' && best.fcode !== 'AIRP' ? toResolved(best, 'district') : toResolved(best);
  const c = confidence(p, p === 1 ? 'single' : 'ranked');
  return c === null ? out : { ...out, confidence: c };
}

/** Whether `code` is a country's ISO 3166 alpha-2 or alpha-3 code the gazetteer knows. */
export function isCountryCode(code: string): boolean {
  const c = code.trim().toUpperCase();
  const g = gazetteer();
  return g.countries.has(c) || [...g.countries.values()].some((k) => k.iso3 === c);
}

/** A country's own place by its ISO 3166 alpha-2 code ("RU": Russia). */
export function countryPlace(iso2: string): ResolvedPlace | null {
  const g = gazetteer();
  const c = g.countries.get(iso2.toUpperCase());
  return c ? toResolved(g.place(c.idx)) : null;
}

/** An airport by its IATA ("SVO") or ICAO ("UUEE") code. */
export function lookupAirport(code: string): ResolvedPlace | null {
  const g = gazetteer();
  const idx = g.airportCodes.get(code.trim().toUpperCase());
  return idx === undefined ? null : toResolved(g.place(idx));
}

export function countryOfName(nameOrDemonym: string): { iso2: string; iso3: string; name: string } | null {
  const g = gazetteer();
  const { cands, demonym } = candidatesFor(nameOrDemonym);
  for (const i of cands) {
    const c = g.countryByIdx.get(i);
    if (c) return { iso2: c.iso2, iso3: c.iso3, name: c.name };
    if (demonym) break;
  }
  // A bare ISO code ("RUS", "UA") names its country too.
  const code = nameOrDemonym.trim().toUpperCase();
  for (const c of g.countries.values()) if (c.iso3 === code) return { iso2: c.iso2, iso3: c.iso3, name: c.name };
  return null;
}

/**
 * A place a note writes with its admin units ("in X (District, Region)", "coded to X"), resolved
 * inside them (chains.ts reads the text, scope.ts picks the entries). `hints` gives countries
 * (alpha-2) the note names otherwise, e.g. through its armed groups; it is asked only when the
 * text has a chain. Offsets are in `text`.
 */
export function placeWithUnits(text: string, hints: () => readonly string[], notAPlace: (name: string) => boolean = () => false): { start: number; end: number; place: ResolvedPlace } | null {
  const chains = [codedChain(text), ...locativeChains(text)].filter((c): c is PlaceChain => c !== null && !notAPlace(c.anchor.name));
  if (chains.length === 0) return null;
  const countries = hints();
  for (const chain of chains) {
    const hit = resolveChain(chain, countries);
    if (hit) return { start: hit.span.start, end: hit.span.end, place: toResolved(hit.place) };
  }
  return null;
}
