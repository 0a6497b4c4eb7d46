// Throughput of recognition + resolution (findPlaces) on a few MB of generated news-like text.
import { findPlaces } from '../src/places/index.ts';

const towns = ['Moscow', 'Kursk', 'Paris', 'Springfield', 'Gainesville', 'Texas', 'Ohio', 'Kyiv', 'Gaza', 'Bangor, Maine', 'New Delhi', 'Georgia'];
const fillers = ['officials said on Monday that', 'the ministry reported', 'according to local police,', 'residents were evacuated after', 'a spokesman told reporters that'];
let seed = 7;
const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
function article(): string {
  const parts: string[] = [];
  for (let s = 0; s < 12; s++) parts.push(`In ${towns[rnd(towns.length)]}, ${fillers[rnd(fillers.length)]} Ukrainian drones hit the ${towns[rnd(3)]} region near ${towns[rnd(towns.length)]}.`);
  return parts.join(' ');
}
const docs: string[] = [];
let bytes = 0;
while (bytes < 4e6) { const a = article(); docs.push(a); bytes += Buffer.byteLength(a); }
findPlaces('Warm-up in Moscow.'); // load the index outside the timing
const t0 = performance.now();
let n = 0;
for (const d of docs) n += findPlaces(d).length;
const s = (performance.now() - t0) / 1000;
console.log(`places: ${(bytes / 1e6).toFixed(1)} MB, ${docs.length} docs, ${n} mentions in ${s.toFixed(2)} s = ${(bytes / 1e6 / s).toFixed(2)} MB/s`);
