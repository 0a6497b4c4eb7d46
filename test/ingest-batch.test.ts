/**
 * Ingest in batches (src/ingest/batch.ts) stores exactly what ingest article by article stores:
 * the same rows in every table, in the same order, whatever copies, duplicates, failures and bad
 * records the input mixes, and however they fall across batches.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore, type SqliteStore } from '../src/store/index.ts';
import { ingestFiles, reextractStored, type IngestOptions } from '../src/ingest/index.ts';
import { extractArticle } from '../src/pipeline.ts';
import { NAIROBI, ODESA, tempDir, writeFixture } from './ingest-fixtures.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/;

/** Every table's rows in rowid order, the times of writing blanked (they differ between runs). */
function dump(store: SqliteStore): Record<string, unknown[]> {
  const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    if (/_fts|_data$|_idx$|_content$|_docsize$|_config$/.test(name)) continue;
    const rows = store.db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[];
    out[name] = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && ISO_TIME.test(v) ? 'T' : v])));
  }
  return out;
}

/** Articles of our own writing: figures and places varied, some repeated, some near copies (an ad line added). */
function corpusLines(): string[] {
  const towns = ['Kherson', 'Sumy', 'Kharkiv', 'Dnipro', 'Zaporizhzhia', 'Mykolaiv', 'Poltava', 'Chernihiv'];
  const lines: string[] = [];
  for (let i = 0; i < 90; i++) {
    const town = towns[i % towns.length]!;
    const text = `Officials in ${town} said ${i + 3} drones were shot down overnight and ${i % 5} people were injured when debris fell on a school in the ${i % 2 ? 'north' : 'east'} of the city, report number ${i}.`;
    lines.push(JSON.stringify({ id: `a${i}`, title: `Drones over ${town}`, published: '2025-03-14', text }));
    // A wire copy with an ad line, a repeat of an earlier story, and a revised toll.
    if (i % 7 === 3) lines.push(JSON.stringify({ id: `a${i}-copy`, title: null, text: `${text}\n\nSubscribe to our newsletter for the latest updates.` }));
    if (i % 11 === 5) lines.push(JSON.stringify({ id: `a${i}-again`, text }));
    if (i % 13 === 6) lines.push(JSON.stringify({ id: `a${i}-update`, text: text.replace(`${i % 5} people`, `${(i % 5) + 4} people`) }));
    if (i === 40) lines.push('{"id": "broken", "text": ');
  }
  return lines;
}

/** A folder of the seed, the saved pages (a story, its copies, its update), two dumps and a JSON Lines file. */
function folder(): string {
  const dir = tempDir();
  copyFileSync(here('../examples/seed.txt'), join(dir, 'a-seed.txt'));
  for (const f of ['page-news.html', 'page-syndicated-ads.html', 'page-news-rechromed.html', 'page-news-updated.html', 'page-other-report.html']) copyFileSync(here(`./fixtures/sources/${f}`), join(dir, `b-${f}`));
  writeFixture(dir, 'c-dump.txt', `${ODESA}\n\n\n\n${NAIROBI}\n`);
  writeFixture(dir, 'd-corpus.jsonl', `${corpusLines().join('\n')}\n`);
  writeFixture(dir, 'e-seed-again.txt', readFileSync(here('../examples/seed.txt'), 'utf8'));
  writeFixture(dir, 'f-dump-again.txt', `${NAIROBI}\n\n\n\n${ODESA}\n`);
  return dir;
}

async function ingested(dir: string, opts: IngestOptions): Promise<{ report: unknown; rows: Record<string, unknown[]> }> {
  const store = await openSqliteStore(':memory:');
  const report = await ingestFiles([dir], store, opts);
  const again = await ingestFiles([dir], store, { ...opts, reextract: true });
  await reextractStored(store, opts.batchSize === 1 ? extractArticle : undefined);
  const rows = dump(store);
  await store.close();
  // A warning names the time of reading: blanked like the rows' times.
  return { report: JSON.parse(JSON.stringify([report, again]).replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, 'T')), rows };
}

test('a folder ingested in batches stores the same rows, in the same order, as one article at a time', async () => {
  const dir = folder();
  const progress: number[][] = [[], []];
  const failing = (a: { id: string }) => a.id === 'a17' || a.id.endsWith('#2');
  const extractBatch: IngestOptions['extractBatch'] = (as) => as.map((a) => (failing(a) ? new Error(`no reading of ${a.id}`) : extractArticle(a)));
  const one = await ingested(dir, { batchSize: 1, extractBatch, onProgress: (b) => progress[0]!.push(b) });
  const batched = await ingested(dir, { extractBatch, onProgress: (b) => progress[1]!.push(b) });
  assert.deepEqual(batched.report, one.report);
  assert.deepEqual(progress[1], progress[0]);
  for (const table of Object.keys(one.rows)) assert.deepEqual(batched.rows[table], one.rows[table], table);
  const [r] = one.report as [{ added: number; copies: number; duplicates: number; issues: { message: string; line?: number }[] }];
  // Exact and near copies, of documents stored in earlier batches and in the same one.
  assert.ok(r.added > 80 && r.copies >= 3 && r.duplicates >= 10, JSON.stringify(r));
  assert.ok(r.issues.some((i) => /a17: no reading/.test(i.message)) && r.issues.some((i) => i.line === 55 && /not JSON/.test(i.message)));
});

test('the whole pipeline in batches (extractArticles) stores what it stores one by one', async () => {
  const dir = folder();
  const one = await ingested(dir, { batchSize: 1 });
  const batched = await ingested(dir, { batchSize: 16 });
  assert.deepEqual(batched.report, one.report);
  for (const table of Object.keys(one.rows)) assert.deepEqual(batched.rows[table], one.rows[table], table);
});
