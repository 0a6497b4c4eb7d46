/**
 * `GET /api/incidents` and `GET /api/incidents/:id`, read from the store's incidents (migration
 * 16): the stored articles grouped into incidents by the reconcile stage, each with its
 * claimants' figures side by side, the reconciled low/best/high, and every earlier revision.
 * Totals count incidents: each incident's reconciled best once, never a figure per article.
 *
 * `sitrep ingest` refreshes the incidents after it stores articles; `freshIncidents` refreshes
 * them before an API read when another writer stored articles without doing so.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { Store, StoredDocument } from '../store/index.js';
import { Problem } from './problem.js';
import { sendJson } from './represent.js';
import { validate } from './validate.js';

const GRADES = ['one source', 'several independent sources', 'contested', 'conceded by a party'] as const;
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export const incidentsQuery = z.object({
  since: day.optional().describe('incident date on or after'),
  until: day.optional().describe('incident date on or before'),
  grade: z.enum(GRADES).optional().describe('only incidents of this grade'),
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe('at most this many incidents, newest first'),
});
export const incidentIdParam = z.object({ id: z.string().regex(/^inc-[0-9a-f]{12}$/, 'expected an incident id (inc- and 12 hex digits)').describe('incident id') });

/**
 * Extraction is pure: a document stored before profiles were kept is extracted again for its
 * profile. The pipeline is imported only then: API worker processes never load it.
 */
async function reextractor(): Promise<(d: StoredDocument) => ReturnType<typeof import('../pipeline.js').extractArticle>> {
  const { extractArticle } = await import('../pipeline.js');
  return (d) => extractArticle({ id: d.articleId, title: d.title, published: d.published, text: d.text, source: d.source });
}

/**
 * Refreshes the store's incidents (and the repeats tallies leave out) before an API read when
 * articles were stored since the last refresh. Checked only when the store's version moved.
 */
export function freshIncidents(store: Store): MiddlewareHandler {
  let seen = '';
  let running: Promise<unknown> | null = null;
  return async (_c, next) => {
    const v = store.version?.() ?? '';
    if (v !== seen || !store.version) {
      running ??= (async () => {
        if (await store.incidentsStale()) await store.refreshIncidents({ reextract: await reextractor() });
        seen = store.version?.() ?? '';
      })().finally(() => { running = null; });
      await running;
    }
    await next();
  };
}

export function incidentRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/api/incidents', async (c) => {
    const q = validate(incidentsQuery, c.req.query());
    return sendJson(c, await store.incidents(q));
  });

  app.get('/api/incidents/:id', async (c) => {
    const { id } = validate(incidentIdParam, c.req.param());
    const found = await store.incident(id);
    if (!found) throw new Problem(404, `no incident with id ${id}`);
    return sendJson(c, found);
  });
  return app;
}
