/** `sitrep ingest`: files into the store, with a progress bar on a terminal and a closing summary. */
import { stat } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import type { IncidentRefresh, Store, StoreSummary } from '../store/index.js';
import { expandPaths, ingestFiles, type IngestReport } from '../ingest/index.js';
import { extractArticle } from '../pipeline.js';

async function totalBytes(files: string[]): Promise<number> {
  let n = 0;
  for (const f of files) n += await stat(f).then((s) => s.size, () => 0);
  return n;
}

export async function runIngest(paths: string[], store: Store, opts: { reextract?: boolean; quiet?: boolean }): Promise<IngestReport> {
  // Only a person watching a terminal wants a bar; logs and pipes get the summary alone.
  const bar = process.stderr.isTTY && !opts.quiet
    ? new cliProgress.SingleBar({ stream: process.stderr, format: 'ingest [{bar}] {percentage}% | {value}/{total} MB | {articles} articles', hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  // Expanded here only to size the bar; ingestFiles expands again and reports bad directories.
  const files = bar ? await expandPaths(paths) : [];
  const mb = (b: number) => Math.round(b / 1e4) / 100;
  let done = 0;
  let articles = 0;
  bar?.start(mb(await totalBytes(files)), 0, { articles });
  const report = await ingestFiles(paths, store, {
    reextract: opts.reextract,
    onProgress: (bytes) => { done += bytes; articles++; bar?.update(mb(done), { articles }); },
    onIssue: (i) => {
      // Clear the bar's line so the message is readable, then let the bar redraw.
      if (bar) process.stderr.write('\r\x1b[K');
      process.stderr.write(`sitrep ingest: ${i.file}${i.line ? `:${i.line}` : ''}: ${i.message}\n`);
    },
  });
  // Files that failed contributed no article bytes: the bar still ends at 100%, not 99%.
  if (bar) bar.update(bar.getTotal(), { articles });
  bar?.stop();
  // One record per incident, and repeats of a figure marked so tallies count it once.
  await refreshIncidents(store);
  return report;
}

/**
 * Groups the articles stored since the last refresh into incidents (their neighbourhood only;
 * `rebuild`: every article again). Articles stored before profiles were kept are extracted
 * again for theirs (extraction is pure); one that fails is named and left out.
 */
export async function refreshIncidents(store: Store, opts: { rebuild?: boolean } = {}): Promise<IncidentRefresh | null> {
  if (!opts.rebuild && !(await store.incidentsStale())) return null;
  const r = await store.refreshIncidents({ rebuild: opts.rebuild, reextract: (d) => extractArticle({ id: d.articleId, title: d.title, published: d.published, text: d.text, source: d.source }) });
  for (const f of r.failed) process.stderr.write(`sitrep: article ${f.articleId} (document ${f.documentId}) left out of incidents: extraction failed: ${f.error}\n`);
  return r;
}

export function describeReport(r: IngestReport): string {
  const parts = [`${r.added} new article${r.added === 1 ? '' : 's'}`, `${r.duplicates} already stored`];
  if (r.reextracted) parts.push(`${r.reextracted} re-extracted`);
  if (r.copies) parts.push(`${r.copies} linked as copies of stored articles`);
  if (r.links) parts.push(`${r.links} feed/sitemap link${r.links === 1 ? '' : 's'} (\`sitrep watch\` fetches them)`);
  if (r.warnings?.length) parts.push(`${r.warnings.length} warning${r.warnings.length === 1 ? '' : 's'} (values not kept, see above)`);
  if (r.issues.length) parts.push(`${r.issues.length} problem${r.issues.length === 1 ? '' : 's'} (see above)`);
  return `Read ${r.files} file${r.files === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}

function counts(m: Record<string, number>): string {
  const e = Object.entries(m);
  return e.length ? e.map(([k, n]) => `${k} ${n}`).join(', ') : 'none';
}

/** The short human summary `npm start` ends with. */
export function describeSummary(s: StoreSummary, db: string): string {
  const claims = Object.values(s.claimsByKind).reduce((a, b) => a + b, 0);
  const events = Object.values(s.eventsByType).reduce((a, b) => a + b, 0);
  return [
    `${db}: ${s.documents} article${s.documents === 1 ? '' : 's'}, ${claims} claims, ${events} events, ${s.places} distinct places`,
    `  claims by kind:  ${counts(s.claimsByKind)}`,
    `  events by type:  ${counts(s.eventsByType)}`,
    '',
    'Look closer:',
    '  npx sitrep claims --format table',
    '  npx sitrep events --format table',
    '  npx sitrep export --format geojson > sitrep.geojson',
    '',
  ].join('\n');
}
