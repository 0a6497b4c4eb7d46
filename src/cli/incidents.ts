/**
 * `sitrep incidents --jsonl`: the evaluator's interface for incidents (../shared/eval/OUTPUT.md).
 * Reads the whole batch, extracts each article, groups the articles into incidents, then answers
 * one line per input line in order. A bad line is answered in-band with an "error" field and
 * takes no part in the grouping; the batch goes on.
 *
 * `sitrep incidents --rebuild` groups every stored article again (the store's incidents are
 * otherwise refreshed incrementally after each ingest) and says what changed.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { extractArticle } from '../pipeline.js';
import { reconcileIncidents, type Incident, type Reconciled } from '../reconcile/index.js';
import type { Store } from '../store/index.js';
import type { Extraction } from '../types.js';
import { ExtractInput } from './extract.js';

const IncidentInput = ExtractInput.and(z.object({ url: z.string().nullish() }));

type Line = { ok: true; extraction: Extraction } | { ok: false; id: string | null; error: string };

function readLine(line: string, n: number): Line {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { ok: false, id: null, error: `line ${n}: not JSON` };
  }
  const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : null;
  const parsed = IncidentInput.safeParse(raw);
  if (!parsed.success) return { ok: false, id, error: `line ${n}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
  try {
    const { url, ...article } = parsed.data;
    return { ok: true, extraction: extractArticle({ ...article, source: url ?? null }) };
  } catch (err) {
    return { ok: false, id, error: `line ${n}: ${(err as Error).message}` };
  }
}

const range = (r: Reconciled | null) => (r ? { low: r.low, best: r.best, high: r.high } : null);

function answer(id: string, inc: Incident) {
  return {
    id,
    incident: inc.id,
    killed: range(inc.killed),
    injured: range(inc.injured),
    grade: inc.grade,
    confidence: inc.confidence,
    copy_of: inc.articles.find((a) => a.id === id)?.copyOf ?? null,
    articles: inc.articles.length,
  };
}

export async function runIncidentsJsonl(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<{ ok: number; failed: number }> {
  const lines: Line[] = [];
  let n = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    n++;
    if (line.trim()) lines.push(readLine(line, n));
  }
  const good = lines.flatMap((l) => (l.ok ? [l.extraction] : []));
  const { incidents, incidentOf } = reconcileIncidents(good);
  const byId = new Map(incidents.map((i) => [i.id, i]));
  let k = 0;
  for (const l of lines) {
    const record = l.ok
      ? answer(l.extraction.article.id, byId.get(incidentOf[k++]!)!)
      : { id: l.id, error: l.error, incident: null, killed: null, injured: null };
    if (!output.write(`${JSON.stringify(record)}\n`)) await new Promise((r) => output.once('drain', r));
  }
  return { ok: good.length, failed: lines.length - good.length };
}

/** `sitrep incidents --rebuild`: the stored incidents regrouped from every article. */
export async function runRebuild(store: Store, err: NodeJS.WritableStream): Promise<void> {
  const { refreshIncidents } = await import('./ingest-command.js');
  const t0 = performance.now();
  const r = (await refreshIncidents(store, { rebuild: true }))!;
  err.write(`Regrouped ${r.regrouped} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${r.incidents} incidents, ${r.revised} revised, ${r.retired} retired, ${r.recounted} claims recounted${r.failed.length ? `, ${r.failed.length} articles left out (see above)` : ''}.\n`);
}
