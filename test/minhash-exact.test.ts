/**
 * The MinHash of src/text/minhash.ts is computed without `%` and without joined shingle strings:
 * its signatures and shingles must stay exactly those of the plain formula, since stored bands
 * and incident profiles were made with it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fnv1a, shingles, signature, words } from '../src/text/minhash.ts';

const PRIME = 4294967311;
const COEFFS: [number, number][] = (() => {
  let s = 12345;
  const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0);
  return Array.from({ length: 64 }, () => [(next() % 65521) + 1, next() % 65521] as [number, number]);
})();

/** The plain formula, as the signatures were first made. */
const WORD = /[A-Za-z\p{L}][\p{L}\p{M}'’-]*[\p{L}\p{M}]|[\p{L}]|\d+(?:[.,]\d+)?/gu;
function plainWords(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/[’']s$/, ''));
}

function plainShingles(text: string, tokenize: (t: string) => string[]): Set<number> {
  const w = tokenize(text);
  const out = new Set<number>();
  const n = Math.max(1, w.length - 5 + 1);
  for (let i = 0; i < n; i++) out.add(fnv1a(w.slice(i, i + 5).join(' ')));
  return out;
}
function plainSignature(text: string, tokenize: (t: string) => string[] = plainWords): Uint32Array {
  const sig = new Uint32Array(64).fill(0xffffffff);
  for (const h of plainShingles(text, tokenize)) {
    for (let k = 0; k < 64; k++) {
      const [a, b] = COEFFS[k]!;
      const v = (a * h + b) % PRIME;
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** Seeded texts of words of our own: ASCII, accented, other scripts, numbers, possessives; short and long. */
function texts(): string[] {
  const pool = ['drones', 'were', 'shot', 'down', 'over', 'Kherson', "region's", 'Dnipró', 'Київ', '42', '3,5', 'officials', 'said', 'Şırnak', 'بغداد', 'ß', 'the', 'army', '—', 'i', "army’s", "'s", 's', "İstanbul's", "Kyiv’S", "it's'"];
  let s = 7;
  const rnd = (n: number) => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) % n;
  const out = ['', 'one', 'two words', 'Officials in Sumy said four drones were downed.'];
  for (let t = 0; t < 200; t++) out.push(Array.from({ length: rnd(120) }, () => pool[rnd(pool.length)]).join(rnd(3) ? ' ' : ', '));
  return out;
}

test('signatures and shingles are those of the plain formula, with either tokenizer', () => {
  const byWhitespace = (t: string) => t.split(/\s+/).filter(Boolean);
  for (const t of texts()) {
    assert.deepEqual(signature(t), plainSignature(t), t);
    assert.deepEqual(signature(t, byWhitespace), plainSignature(t, byWhitespace), t);
    assert.deepEqual([...shingles(t)], [...plainShingles(t, plainWords)], t);
    assert.deepEqual(words(t), plainWords(t), t);
  }
});
