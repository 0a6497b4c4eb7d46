/**
 * A generated corpus of hostile input for test/fuzz.test.ts: seeded, so a failure names a seed
 * and an index that reproduce it. No dependency: a 32-bit PRNG (mulberry32) and generators
 * for the ways input goes wrong — bytes that are not UTF-8, NUL, lone surrogates, BOMs in the
 * wrong place, zero-width and bidi characters, JSON of the wrong shape, deep nesting, huge or
 * negative numbers, offsets outside the text, lines past the cap, markup.
 */

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** Pieces of text that have broken parsers: written for this corpus, not taken from any. */
const NASTY = [
  '\u0000', '\u200b', '\u200d', '\u00ad', '\u202e', '\ufeff', '\ud800', '\udfff', '\ud83d\ude80', '\u0301\u0301\u0301',
  '５０', '٣٤', '\r', '\r\n', '\t', '\u2028', '\u0085', '"', '\\', '</script>', '<p>', '&amp;', '&#0;', '&#x110000;',
  '%00', '\'; DROP TABLE claims; --', '${x}', '{{x}}', '=CMD()', '+1', '@SUM(1)', ' ', '…', 'NaN', '-0', '1e309',
];
const WORDS = ['drones', 'Kyiv', 'shot down', '40', 'of the', '52', 'said', 'the ministry', 'killed', 'Kharkiv', 'on Monday', 'at least', 'missiles', '.', ',', 'over', 'Russia', 'launched', 'intercepted', 'three people'];

/** A short text mixing news words and nasty characters. */
export function hostileText(r: Rng, maxWords = 40): string {
  const n = int(r, 0, maxWords);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    parts.push(x < 0.6 ? pick(r, WORDS) : x < 0.85 ? pick(r, NASTY) : String.fromCharCode(int(r, 0, 0xffff)));
  }
  return parts.join(r() < 0.8 ? ' ' : '');
}

/** A JSON value of a random shape, sometimes deeply nested. */
export function randomValue(r: Rng, depth = 0): unknown {
  const x = r();
  if (depth > 3 || x < 0.3) return pick(r, [null, true, 0, -1, 1.5, 2 ** 53 + 2, -1e308, '', hostileText(r, 5)]);
  if (x < 0.6) return Array.from({ length: int(r, 0, 4) }, () => randomValue(r, depth + 1));
  return Object.fromEntries(Array.from({ length: int(r, 0, 4) }, () => [pick(r, ['id', 'text', 'title', 'published', 'spans', '__proto__', 'constructor', hostileText(r, 2)]), randomValue(r, depth + 1)]));
}

/** An article-shaped record, right or wrong in one or more fields. */
export function articleRecord(r: Rng): Record<string, unknown> {
  const rec: Record<string, unknown> = {
    id: r() < 0.8 ? `f${int(r, 0, 1e6)}` : randomValue(r),
    text: r() < 0.85 ? hostileText(r) : randomValue(r),
  };
  if (r() < 0.5) rec.title = r() < 0.8 ? hostileText(r, 8) : randomValue(r);
  if (r() < 0.5) rec.published = pick(r, ['2025-03-14', '2025-02-30', 'yesterday', '', null, 20250314, '2025-03-14T10:00:00Z']);
  return rec;
}

/** A geocode request, spans in and out of range. */
export function spanRecord(r: Rng): Record<string, unknown> {
  const text = hostileText(r, 20);
  const spans = Array.from({ length: int(r, 0, 5) }, () => {
    if (r() < 0.15) return randomValue(r);
    const start = pick(r, [int(r, 0, text.length), -1, 0.5, text.length + 5, 2 ** 31, Number.MAX_SAFE_INTEGER]);
    return { start, end: pick(r, [typeof start === 'number' ? start + int(r, 0, 10) : 3, -3, text.length, 2 ** 40]) };
  });
  return r() < 0.9 ? { id: `g${int(r, 0, 1e6)}`, text, spans } : randomValue(r) as Record<string, unknown>;
}

/** Random raw bytes, often invalid UTF-8, never containing a newline (one line). */
export function rawBytes(r: Rng, max = 200): Buffer {
  const b = Buffer.alloc(int(r, 0, max));
  for (let i = 0; i < b.length; i++) b[i] = pick(r, [int(r, 0, 255), 0xc0, 0xff, 0xed, 0xa0, 0x80, 0x7b, 0x22, 0]);
  for (let i = 0; i < b.length; i++) if (b[i] === 10) b[i] = 32;
  return b;
}

/**
 * One input line for a JSONL reader: a valid record, a record of the wrong shape, broken
 * JSON, raw bytes, deep nesting, or a line past `cap` bytes.
 */
export function hostileLine(r: Rng, record: (r: Rng) => unknown, cap: number): Buffer {
  const x = r();
  let line: Buffer;
  if (x < 0.45) line = Buffer.from(JSON.stringify(record(r)) ?? 'null');
  else if (x < 0.6) line = Buffer.from(JSON.stringify(randomValue(r)) ?? 'null');
  else if (x < 0.7) line = Buffer.from(JSON.stringify(record(r)).slice(0, int(r, 0, 30)));
  else if (x < 0.8) line = rawBytes(r);
  else if (x < 0.85) line = Buffer.from('['.repeat(int(r, 1000, 100_000)));
  else if (x < 0.9) line = Buffer.alloc(cap + int(r, 1, 3 * cap), 0x61);
  else if (x < 0.95) line = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(record(r)))]);
  else line = Buffer.from(`${JSON.stringify(record(r))}\r`);
  // Lines are newline-free by construction, except JSON text (escaped) — remove stray ones.
  for (let i = 0; i < line.length; i++) if (line[i] === 10) line[i] = 32;
  return line;
}

/** Splits bytes into chunks of random sizes, so lines and characters straddle chunk edges. */
export async function* chunked(r: Rng, bytes: Buffer): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length;) {
    const n = int(r, 1, 4096);
    yield bytes.subarray(i, i + n);
    i += n;
  }
}

/** A fragment of markup: tags, unclosed elements, comments, scripts, entities, stray "<". */
export function hostileHtml(r: Rng): string {
  const bits = ['<p>', '</p>', '<div class="x">', '<script>', '</script>', '<style>', '<!--', '-->', '<a', '>', '<', '&amp;', '&#65;', '&#x1F680;', '&bogus;', '<br/>', '<title>', '</title>', '<svg><title>t</title></svg>', '<!doctype html>', '<?xml ?>'];
  return Array.from({ length: int(r, 0, 60) }, () => (r() < 0.5 ? pick(r, bits) : hostileText(r, 3))).join('');
}
