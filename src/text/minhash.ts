/**
 * Near-duplicate articles (syndicated wire copy, a page re-fetched with a new ad block) by
 * MinHash over word shingles, with LSH banding so that only likely pairs are compared.
 * Shared by ingest (one document, several copies) and reconcile (copies in a batch); it sits
 * under src/text/ so neither stage reaches into the other.
 */

const WORD = /[A-Za-z\p{L}][\p{L}\p{M}'’-]*[\p{L}\p{M}]|[\p{L}]|\d+(?:[.,]\d+)?/gu;

/** Lower-cased words (letters of any script, numbers), possessive 's dropped. */
export function words(text: string): string[] {
  const found = text.match(WORD) ?? [];
  for (let i = 0; i < found.length; i++) found[i] = withoutPossessive(found[i]!.toLowerCase());
  return found;
}

/** The word without a final 's or ’s (as .replace(/[’']s$/, '')), tested by its last units: a regex replace per word cost more than the match. */
function withoutPossessive(w: string): string {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return w;
  const q = w.charCodeAt(n - 2);
  return q === 39 || q === 0x2019 ? w.slice(0, n - 2) : w;
}

const HASHES = 64;
const BANDS = 16;
const ROWS = HASHES / BANDS;
const SHINGLE = 5;
const PRIME = 4294967311; // first prime above 2^32

/** FNV-1a, 32 bits: the one string hash of shingles and blocking keys. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

// Fixed coefficients (a deterministic LCG), so signatures are the same on every run.
const COEFFS: [number, number][] = (() => {
  let s = 12345;
  const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0);
  return Array.from({ length: HASHES }, () => [(next() % 65521) + 1, next() % 65521] as [number, number]);
})();

const COEFF_A = Float64Array.from(COEFFS, ([a]) => a);
const COEFF_B = Float64Array.from(COEFFS, ([, b]) => b);

/**
 * (a·x + b) mod p without losing precision: x < 2^32 and a, b < 2^16 keep v < 2^49, exact in a
 * double. The quotient is found by a division, not `%` (a call into the runtime, per shingle and
 * hash the costliest step of ingest's duplicate check and of an article's incident profile): for
 * q = ⌊v / p⌋ < 2^17 the division's rounding (under 2^-36) cannot cross an integer unless the
 * remainder is 0, where the division is exact; the checks after it keep the answer exact regardless.
 */
function permute(v: number): number {
  let r = v - Math.floor(v / PRIME) * PRIME;
  if (r < 0) r += PRIME;
  else if (r >= PRIME) r -= PRIME;
  return r;
}

/** FNV-1a of words[i..i+SHINGLE) joined by single spaces, read from the words (no joined string made). */
function shingleHash(w: readonly string[], i: number): number {
  let h = 0x811c9dc5;
  const end = Math.min(w.length, i + SHINGLE);
  for (let j = i; j < end; j++) {
    if (j > i) h = Math.imul(h ^ 32, 0x01000193) >>> 0;
    const s = w[j]!;
    for (let c = 0; c < s.length; c++) h = Math.imul(h ^ s.charCodeAt(c), 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The text's word shingles (SHINGLE words each; a text shorter than that is one shingle), hashed as fnv1a of the words joined by spaces. */
export function shingles(text: string, tokenize: (text: string) => string[] = words): Set<number> {
  const w = tokenize(text);
  const out = new Set<number>();
  const n = Math.max(1, w.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) out.add(shingleHash(w, i));
  return out;
}

/** MinHash signature of the text's shingles; `tokenize` lets a stage keep its own idea of a word. */
export function signature(text: string, tokenize: (text: string) => string[] = words): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const h of shingles(text, tokenize)) {
    for (let k = 0; k < HASHES; k++) {
      const v = permute(COEFF_A[k]! * h + COEFF_B[k]!);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

/** The signature's LSH band keys ("band:rows"): texts sharing one are candidates. */
export function bandKeys(sig: Uint32Array): string[] {
  return Array.from({ length: BANDS }, (_, band) => `${band}:${Array.from(sig.subarray(band * ROWS, band * ROWS + ROWS)).join(',')}`);
}

/** Pairs [i, j] (i < j) that share at least one LSH band, i.e. are worth comparing. */
export function candidatePairs(sigs: readonly Uint32Array[]): [number, number][] {
  const seen = new Set<string>();
  const out: [number, number][] = [];
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>();
    sigs.forEach((sig, i) => {
      const key = Array.from(sig.subarray(band * ROWS, band * ROWS + ROWS)).join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    });
    for (const bucket of buckets.values()) {
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          const key = `${bucket[x]},${bucket[y]}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push([bucket[x]!, bucket[y]!]);
        }
      }
    }
  }
  return out;
}

/**
 * For each article, the index of the article it copies (the first of its duplicate group in
 * input order), or null. A copy is an article whose shingles overlap another's by `threshold`.
 */
export function copiesOf(sigs: readonly Uint32Array[], threshold: number): (number | null)[] {
  const parent = sigs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const [i, j] of candidatePairs(sigs)) {
    if (similarity(sigs[i]!, sigs[j]!) < threshold) continue;
    const [a, b] = [find(i), find(j)];
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  return sigs.map((_, i) => (find(i) === i ? null : find(i)));
}
