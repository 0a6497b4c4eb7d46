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
  whenPrecision: string | null;
}
export interface Page<T> { items: T[]; nextCursor: string | null }
export interface Place { name: string; country: string | null; admin1: string | null; precision: string | null; lat: number; lon: number; mentions: number }
export interface Summary {
  documents: number; claimsByKind: Record<string, number>; eventsByType: Record<string, number>; places?: number; incidents?: number;
}
export interface DocumentView {
  id: number; articleId: string; title: string | null; published: string | null; source: string | null;
  text: string; claims: number[]; events: number[];
}
/**
 * One group of a tally: counts and value sums per claim kind. `sum`/`count` hold totals only;
 * claims that are parts of a matching total (partOf) are in `partSum`/`partCount`, so adding
 * groups never counts a part twice.
 */
export interface TallyRow {
  key: string; count: Record<string, number>; sum: Record<string, number>;
  partCount: Record<string, number>; partSum: Record<string, number>; rate: number | null;
  /** What the rate divides (one report's launches and interceptions of one salvo, summed). */
  rateFrom: { launched: number; intercepted: number; reports: number } | null;
  /** The group as written (claimants are grouped case-insensitively); null: the key is it. */
  label: string | null;
}

export interface Range { low: number; best: number; high: number }
export interface IncidentBrief {
  id: string; date: string | null; place: string | null; where: { lat: number; lon: number } | null; kind: string | null;
  grade: string; confidence: number; articles: number; killed: Range | null; injured: Range | null;
}
export interface IncidentList { count: number; totals: { incidents: number; killed: number; injured: number }; items: IncidentBrief[] }
export interface IncidentReport {
  article: string; published: string | null; value: number; basis: 'claim' | 'cue' | 'none'; qualifier: string | null;
  claimant: string | null; evidence: { start: number; end: number; text?: string } | null; copies: string[];
}
export interface Reconciled extends Range { rule: string; reports: IncidentReport[]; contradictions: { a: string; b: string; why: string }[] }
export interface Incident extends Omit<IncidentBrief, 'articles' | 'killed' | 'injured'> {
  articles: { id: string; documentId: number; title: string | null; published: string | null; copyOf: string | null }[];
  killed: Reconciled | null; injured: Reconciled | null; current: boolean; mergedInto: string | null;
  history: { revision: number; revisedAt: string; articles: string[]; killed: Reconciled | null; injured: Reconciled | null }[];
}

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
  places: (p: Params, s?: AbortSignal) => get<Page<Place>>('places', p, s),
  document: async (id: number, s?: AbortSignal): Promise<DocumentView> => {
    const d = await get<Partial<DocumentView> & { claimIds?: number[]; eventIds?: number[] }>(`documents/${encodeURIComponent(id)}`, {}, s);
    return {
      id: d.id ?? id, articleId: d.articleId ?? '', title: d.title ?? null, published: d.published ?? null,
      source: d.source ?? null, text: d.text ?? '', claims: idsOf(d.claims ?? d.claimIds), events: idsOf(d.events ?? d.eventIds),
    };
  },
  incidents: (p: Params, s?: AbortSignal) => get<IncidentList>('incidents', p, s),
  incident: (id: string, s?: AbortSignal) => get<Incident>(`incidents/${encodeURIComponent(id)}`, {}, s),
  tallies: async (groupBy: string, p: Params, s?: AbortSignal): Promise<TallyRow[]> => {
    const body = await get<{ items?: unknown[] } | unknown[]>('tallies', { ...p, groupBy }, s);
    return pivotTallies(Array.isArray(body) ? body : body.items ?? []);
  },
};

/** Accepts ids or records with ids (the document endpoint may send either). */
function idsOf(v: unknown): number[] {
  if (!Array.isArray(v)) return [];
  return v.map((x) => (typeof x === 'object' && x !== null ? Number((x as { id: unknown }).id) : Number(x))).filter(Number.isFinite);
}

const numbers = (v: unknown): Record<string, number> => {
  const out: Record<string, number> = {};
  if (typeof v === 'object' && v !== null) for (const [k, n] of Object.entries(v)) if (typeof n === 'number' && Number.isFinite(n)) out[k] = n;
  return out;
};

/** Reads the API's tally items ({key, sums, counts, parts: {sums, counts}, interceptionRate}). */
export function pivotTallies(items: unknown[]): TallyRow[] {
  return items.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null).map((it) => {
    const parts = (typeof it.parts === 'object' && it.parts !== null ? it.parts : {}) as Record<string, unknown>;
    return {
      key: it.key == null ? '' : String(it.key), count: numbers(it.counts), sum: numbers(it.sums),
      partCount: numbers(parts.counts), partSum: numbers(parts.sums),
      rate: typeof it.interceptionRate === 'number' ? it.interceptionRate : null,
      rateFrom: rateFromOf(it.rateFrom),
      label: typeof it.label === 'string' ? it.label : null,
    };
  });
}

function rateFromOf(v: unknown): TallyRow['rateFrom'] {
  const n = numbers(v);
  return n.launched !== undefined && n.intercepted !== undefined && n.reports !== undefined
    ? { launched: n.launched, intercepted: n.intercepted, reports: n.reports } : null;
}
