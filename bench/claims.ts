/**
 * Throughput of the claims stage alone: inputs (clean, sentences, places) are prepared once,
 * then extractClaims runs over them after a warm-up.  `npx tsx bench/claims.ts [--mb 2]`
 */
import { cleanArticle } from '../src/clean/index.ts';
import { splitSentences } from '../src/language/sentences.ts';
import { findPlaces } from '../src/places/index.ts';
import { extractClaims, type ClaimInput } from '../src/claims/index.ts';
import { articles } from './corpus.ts';

const i = process.argv.indexOf('--mb');
const MB = i > 0 ? Number(process.argv[i + 1]) : 2;
const inputs: ClaimInput[] = [];
let bytes = 0;
for (const a of articles(7)) {
  if (bytes >= MB * 1e6) break;
  bytes += Buffer.byteLength(a.text);
  const cleaned = cleanArticle({ ...a, published: null });
  const sentences = cleaned.body.flatMap((l) => splitSentences(a.text, l.start, l.end));
  inputs.push({ article: { ...a }, sentences, places: findPlaces(a.text), dateline: null });
}
for (const input of inputs.slice(0, 200)) extractClaims(input);
const t0 = performance.now();
let claims = 0;
for (const input of inputs) claims += extractClaims(input).length;
const s = (performance.now() - t0) / 1000;
console.log(`claims: ${(bytes / 1e6 / s).toFixed(2)} MB/s (${(bytes / 1e6).toFixed(1)} MB, ${claims} claims, ${s.toFixed(2)} s)`);
