// Recognition runner for the toponym scorer: one {id, places} line per input line.
import { createInterface } from 'node:readline';
import { findPlaces } from '../src/places/index.ts';

for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  const rec = JSON.parse(line) as { id?: unknown; text?: unknown; published?: unknown };
  const published = typeof rec.published === 'string' ? rec.published : null;
  const places = findPlaces(typeof rec.text === 'string' ? rec.text : String(rec.text ?? ''), { published }).map((m) => ({
    start: m.start, end: m.end, text: m.text, role: m.role,
    lat: m.place?.lat ?? null, lon: m.place?.lon ?? null, geonameid: m.place?.geonameid ?? null,
    country: m.place?.country ?? null, admin1: m.place?.admin1 ?? null,
  }));
  process.stdout.write(JSON.stringify({ id: rec.id, places }) + '\n');
}
