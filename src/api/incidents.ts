/**
 * `GET /api/incidents` and `GET /api/incidents/:id`: the stored articles grouped into incidents
 * by the reconcile stage, each with its claimants' figures side by side and the reconciled
 * low/best/high. Tallies here count incidents, never the same figure twice.
 *
 * Incidents are computed from the stored documents (extraction is pure, so re-running it is
 * the stored record) and kept in memory until the store gains documents or runs.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { extractArticle } from '../pipeline.js';
import { reconcileIncidents, type Incident, type IncidentSet } from '../reconcile/index.js';
import type { Store } from '../store/index.js';
import { Problem } from './problem.js';
import { sendJson } from './represent.js';
import { validate } from './validate.js';

const GRADES = ['one source', 'several independent sources', 'contested', 'conceded by a party'] as const;
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export const incidentsQuery = z.object({
  since: day.optional().describe('incident date on or after'),
  until: day.optional().describe('incident date on or before'),
  grade: z.enum(GRADES).optional().describe('only incidents of this grade'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
const incidentId = z.object({ id: z.string().regex(/^inc-[0-9a-f]{12}$/, 'expected an incident id (inc- and 12 hex digits)') });

interface Computed {
  key: string;
  set: IncidentSet;
  /** The store's document id of each article id. */
  documentOf: Map<string, number>;
}

async function compute(store: Store, key: string): Promise<Computed> {
  const extractions = [];
  const documentOf = new Map<string, number>();
  for await (const d of store.documents()) {
    documentOf.set(d.articleId, d.id);
    extractions.push(extractArticle({ id: d.articleId, title: d.title, published: d.published, text: d.text, source: d.source }));
  }
  return { key, set: reconcileIncidents(extractions), documentOf };
}

const brief = (i: Incident) => ({
  id: i.id, date: i.date, place: i.place, kind: i.kind, grade: i.grade, confidence: i.confidence, articles: i.articles.length,
  killed: i.killed && { low: i.killed.low, best: i.killed.best, high: i.killed.high },
  injured: i.injured && { low: i.injured.low, best: i.injured.best, high: i.injured.high },
});

export function incidentRoutes(store: Store): Hono {
  const app = new Hono();
  let cached: Promise<Computed> | null = null;
  let cachedKey = '';
  const current = async (): Promise<Computed> => {
    const s = await store.summary();
    const key = `${s.documents}:${s.runs}`;
    if (!cached || cachedKey !== key) {
      cachedKey = key;
      cached = compute(store, key);
    }
    return cached;
  };

  app.get('/api/incidents', async (c) => {
    const q = validate(incidentsQuery, c.req.query());
    const { set } = await current();
    const items = set.incidents
      .filter((i) => (!q.since || (i.date ?? '') >= q.since) && (!q.until || (i.date ?? '9999') <= q.until) && (!q.grade || i.grade === q.grade))
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
    const sum = (k: 'killed' | 'injured') => items.reduce((t, i) => t + (i[k]?.best ?? 0), 0);
    return sendJson(c, { count: items.length, totals: { incidents: items.length, killed: sum('killed'), injured: sum('injured') }, items: items.slice(0, q.limit).map(brief) });
  });

  app.get('/api/incidents/:id', async (c) => {
    const { id } = validate(incidentId, c.req.param());
    const { set, documentOf } = await current();
    const found = set.incidents.find((i) => i.id === id);
    if (!found) throw new Problem(404, `no incident with id ${id}`);
    return sendJson(c, { ...found, articles: found.articles.map((a) => ({ ...a, documentId: documentOf.get(a.id) ?? null })) });
  });
  return app;
}
