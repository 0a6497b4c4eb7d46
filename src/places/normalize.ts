/**
 * Tokenising and key normalisation shared by the gazetteer build and the recogniser, so that a
 * name compiled at build time and the same name met in text produce the same key.
 */

export interface Token {
  start: number;
  end: number;
  /** Surface form as in the text. */
  text: string;
  /** Lowercased, diacritics stripped: the gazetteer key of this token. */
  key: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** The text between the previous token (or the start of the text) and this one. */
  gap: string;
}

const CAP = /^\p{Lu}/u;
function startsCapital(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAP.test(s);
}

/**
 * Dotted abbreviations ("U.S.", "W.Va.", "B.C.") are one token, keeping their dots so that
 * "U.S." never collides with the pronoun "us". Everything else is a run of letters/digits;
 * hyphens, apostrophes and spaces all separate tokens, which makes "Ivano-Frankivsk",
 * "Ivano Frankivsk" and "Russia's" -> "Russia" line up without special cases.
 */
const TOKEN_RE = /\p{Lu}\p{Ll}{0,2}\.(?:\p{L}{1,3}\.)+|[\p{L}\p{M}\p{N}]+/gu;

function computeKey(surface: string): string {
  // Plain ASCII (most tokens in English news) needs no Unicode normalisation.
  if (/^[\x00-\x7f]*$/.test(surface)) return surface.toLowerCase();
  return surface.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/[ıİ]/g, 'i');
}

/** Keys by surface form: news repeats its words, and normalising was the costliest step per token. */
let keys = new Map<string, string>();
export function tokenKey(surface: string): string {
  let k = keys.get(surface);
  if (k === undefined) {
    if (keys.size >= 200_000) keys = new Map();
    keys.set(surface, (k = computeKey(surface)));
  }
  return k;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let prev = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, text: m[0], key: tokenKey(m[0]), cap: startsCapital(m[0]), gap: text.slice(prev, m.index) });
    prev = end;
  }
  return out;
}

/** The lookup key of a whole name: its token keys joined by single spaces. */
export function nameKey(name: string): string {
  let key = '';
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(name); m; m = TOKEN_RE.exec(name)) key += (key ? ' ' : '') + tokenKey(m[0]);
  return key;
}

/** Words that turn a name into an administrative region ("Kursk region", "Laurel County"). */
export const REGION_WORDS = new Set([
  'region', 'oblast', 'oblast\'', 'province', 'governorate', 'district', 'county', 'krai', 'kray',
  'state', 'prefecture', 'republic', 'territory', 'okrug', 'voivodeship', 'department', 'parish',
  'canton', 'municipality', 'rayon', 'raion', 'area', 'borough', 'emirate', 'wilaya', 'division',
]);
