/**
 * Typed calls to the Sitrep HTTP API (src/api/). Responses are read defensively: the
 * dashboard renders whatever fields are present and never trusts their contents as markup.
 */
export interface Where {
  text: string; name: string | null; lat: number | null; lon: number | null;
  geonameid: number | null; country: string | null; admin1: string | null; precision: string | null;
}
export interface Evidence { start: number; end: number; text: string }
interface RecordBase {
  id: number; documentId: number; articleId: string; published: string | null;
  when: string | null; where: Where | null; evidence: Evidence;
}
export interface Claim extends RecordBase {
  kind: string; value: number | null; qualifier: string | null; weapon: string | null;
  claimant: string | null; partOf: number | null;
}
export interface Actor { text: string; country: string | null; sector: string | null }
export interface SitrepEvent extends RecordBase {
  type: string; mode: string | null; acledEventType: string | null; acledSubEventType: string | null;
  cameo: string | null; actor: Actor | null; recipient: Actor | null; fatalities: number | null; rule: string;
}
export interface Page<T> { items: T[]; nextCursor: string | null }
export interface Summary {
  documents: number; claimsByKind: Record<string, number>; eventsByType: Record<string, number>; places?: number;
}
export interface DocumentView {
  id: number; articleId: string; title: string | null; published: string | null; source: string | null;
  text: string; claims: number[]; events: number[];
}
/** One group of a tally, pivoted: counts and value sums per claim kind. */
export interface TallyRow { key: string; count: Record<string, number>; sum: Record<string, number> }

export type Params = Record<string, string | number | undefined>;

function query(params: Params): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export class ApiError extends Error {}

async function get<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  const res = await fetch(`/api/${path}${query(params)}`, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) {
    let detail = res.statusText;
    try { const body = await res.json() as { error?: unknown }; if (typeof body.error === 'string') detail = body.error; } catch { /* not JSON */ }
    throw new ApiError(`${path}: ${res.status} ${detail}`);
  }
  return res.json() as Promise<T>;
}

export const api = {
  claims: (p: Params, s?: AbortSignal) => get<Page<Claim>>('claims', p, s),
  events: (p: Params, s?: AbortSignal) => get<Page<SitrepEvent>>('events', p, s),
  summary: (s?: AbortSignal) => get<Summary>('summary', {}, s),
  document: async (id: number, s?: AbortSignal): Promise<DocumentView> => {
    const d = await get<Partial<DocumentView> & { claimIds?: number[]; eventIds?: number[] }>(`documents/${encodeURIComponent(id)}`, {}, s);
    return {
      id: d.id ?? id, articleId: d.articleId ?? '', title: d.title ?? null, published: d.published ?? null,
      source: d.source ?? null, text: d.text ?? '', claims: idsOf(d.claims ?? d.claimIds), events: idsOf(d.events ?? d.eventIds),
    };
  },
  tallies: async (groupBy: string, p: Params, s?: AbortSignal): Promise<TallyRow[]> => {
    const body = await get<{ items?: unknown[] } | unknown[]>('tallies', { ...p, groupBy }, s);
    return pivotTallies(Array.isArray(body) ? body : body.items ?? [], groupBy);
  },
};

/** Accepts ids or records with ids (the document endpoint may send either). */
function idsOf(v: unknown): number[] {
  if (!Array.isArray(v)) return [];
  return v.map((x) => (typeof x === 'object' && x !== null ? Number((x as { id: unknown }).id) : Number(x))).filter(Number.isFinite);
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : Number(v) || 0);

/**
 * Tally items come either one per (group, kind) — `{key, kind, count, sum}` — or one per group
 * with a field per kind; both become one row per group so the views need not care.
 */
export function pivotTallies(items: unknown[], groupBy: string): TallyRow[] {
  const rows = new Map<string, TallyRow>();
  for (const raw of items) {
    if (typeof raw !== 'object' || raw === null) continue;
    const it = raw as Record<string, unknown>;
    const key = String(it.key ?? it.group ?? it[groupBy] ?? '—');
    const row = rows.get(key) ?? { key, count: {}, sum: {} };
    rows.set(key, row);
    if (typeof it.kind === 'string') {
      row.count[it.kind] = (row.count[it.kind] ?? 0) + num(it.count ?? it.claims ?? it.n);
      row.sum[it.kind] = (row.sum[it.kind] ?? 0) + num(it.sum ?? it.total ?? it.value);
    } else {
      for (const [k, v] of Object.entries(it)) {
        if (typeof v === 'number' && k !== 'count' && k !== 'total') { row.sum[k] = (row.sum[k] ?? 0) + v; row.count[k] = (row.count[k] ?? 0) + 1; }
        else if (typeof v === 'object' && v !== null && 'count' in v) {
          const o = v as Record<string, unknown>;
          row.count[k] = (row.count[k] ?? 0) + num(o.count); row.sum[k] = (row.sum[k] ?? 0) + num(o.sum ?? o.total ?? o.value);
        }
      }
    }
  }
  return [...rows.values()];
}
