/**
 * Which representation a list is sent as: `?format=` wins, else the Accept header's most
 * preferred type we offer (q-values honoured), else JSON.
 */
export type Representation = 'json' | 'csv' | 'geojson';

const MEDIA: Record<string, Representation> = {
  'application/json': 'json',
  'text/csv': 'csv',
  'application/geo+json': 'geojson',
};

export const MEDIA_TYPE: Record<Representation, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  geojson: 'application/geo+json; charset=utf-8',
};

export function negotiate(format: string | undefined, accept: string | undefined, offered: readonly Representation[]): Representation {
  if (format) return format as Representation;
  if (!accept) return 'json';
  let best: { rep: Representation; q: number } | null = null;
  for (const part of accept.split(',')) {
    const [type, ...params] = part.trim().toLowerCase().split(';').map((s) => s.trim());
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    const rep = type ? MEDIA[type] : undefined;
    if (!rep || !offered.includes(rep) || !(q > 0)) continue;
    if (!best || q > best.q) best = { rep, q };
  }
  return best?.rep ?? 'json';
}
