/** The CLI as a script sees it: exit codes, stdout formats that parse back, errors on stderr. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BINARY, NAIROBI, TWO_ARTICLE_DUMP, tempDir, writeFixture } from './ingest-fixtures.ts';
import { parseCsv } from './helpers/csv.js';

const BIN = fileURLToPath(new URL('../bin/sitrep.mjs', import.meta.url));

/** Runs the CLI as a user would; async so independent runs overlap. */
function sitrep(args: string[], input?: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, SITREP_DB: '' } });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { out += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.end(input ?? '');
  });
}


// One database shared by the tests below, filled once: a good dump and a binary file.
const dir = tempDir();
const db = join(dir, 'cli.db');
const ingest = await sitrep(['--db', db, 'ingest', writeFixture(dir, 'news.txt', TWO_ARTICLE_DUMP), writeFixture(dir, 'bad.txt', BINARY)]);

test('ingest with one bad file: exit 2, the bad file named on stderr, the good one stored', async () => {
  assert.equal(ingest.code, 2, ingest.err);
  assert.match(ingest.err, /bad\.txt: binary data/);
  assert.match(ingest.err, /2 new articles/);
  const again = await sitrep(['--db', db, 'ingest', join(dir, 'news.txt'), '--summary']);
  assert.equal(again.code, 0, again.err);
  assert.match(again.err, /0 new articles, 2 already stored/);
  assert.match(again.out, /2 articles/);
  assert.match(again.out, /claims by kind:.*intercepted/);
});

test('claims --format csv parses back to the same rows as --format json', async () => {
  const csv = await sitrep(['--db', db, 'claims', '--format', 'csv']);
  const json = await sitrep(['--db', db, 'claims', '--format', 'json']);
  assert.equal(csv.code, 0, csv.err);
  const rows = parseCsv(csv.out);
  const records = JSON.parse(json.out) as { kind: string; evidence: { text: string } }[];
  assert.ok(records.length >= 3);
  const [header, ...body] = rows;
  assert.equal(body.length, records.length);
  const kind = header!.indexOf('kind');
  const evidence = header!.indexOf('evidence');
  assert.deepEqual(body.map((r) => r[kind]), records.map((r) => r.kind));
  // Evidence sentences hold commas and quotes: they survive the quoting.
  assert.deepEqual(body.map((r) => r[evidence]), records.map((r) => r.evidence.text));
});

test('filters reach the query: --kind and --since', async () => {
  const killed = JSON.parse((await sitrep(['--db', db, 'claims', '--kind', 'killed', '--format', 'json'])).out) as { kind: string }[];
  assert.ok(killed.length >= 1 && killed.every((c) => c.kind === 'killed'));
  const late = JSON.parse((await sitrep(['--db', db, 'events', '--since', '2100', '--format', 'json'])).out) as unknown[];
  assert.deepEqual(late, []);
  const table = await sitrep(['--db', db, 'claims', '--format', 'table']);
  assert.match(table.out.split('\n')[0]!, /^id\s+kind\s+value/);
});

test('export --format geojson is a FeatureCollection of Points with evidence and claimant', async () => {
  const r = await sitrep(['--db', db, 'export', '--format', 'geojson']);
  assert.equal(r.code, 0, r.err);
  const fc = JSON.parse(r.out) as { type: string; features: { type: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[] };
  assert.equal(fc.type, 'FeatureCollection');
  assert.ok(fc.features.length > 0);
  for (const f of fc.features) {
    assert.equal(f.type, 'Feature');
    assert.equal(f.geometry.type, 'Point');
    const [lon, lat] = f.geometry.coordinates as [number, number];
    assert.ok(Math.abs(lon) <= 180 && Math.abs(lat) <= 90);
    assert.equal(typeof f.properties.evidence, 'string');
    assert.ok('claimant' in f.properties);
  }
  assert.ok(fc.features.some((f) => f.properties.record === 'claim') && fc.features.some((f) => f.properties.record === 'event'));
  const jsonl = (await sitrep(['--db', db, 'export', '--format', 'jsonl'])).out.trim().split('\n').map((l) => JSON.parse(l) as { record: string });
  assert.ok(jsonl.length >= fc.features.length);
});

test('usage errors exit 1: bad --format, bad date, unknown command, missing database', async () => {
  const [format, date, unknown, missing] = await Promise.all([
    sitrep(['--db', db, 'claims', '--format', 'xml']),
    sitrep(['--db', db, 'claims', '--since', 'yesterday']),
    sitrep(['frobnicate']),
    sitrep(['--db', join(dir, 'nope.db'), 'claims']),
  ]);
  assert.deepEqual([format.code, date.code, unknown.code, missing.code], [1, 1, 1, 1]);
  assert.match(format.err, /xml/);
  assert.match(missing.err, /no database/);
  const commands = ['ingest', 'claims', 'events', 'places', 'export', 'extract', 'geocode'];
  const helps = await Promise.all(commands.map((cmd) => sitrep([cmd, '--help'])));
  helps.forEach((help, i) => {
    assert.equal(help.code, 0, commands[i]);
    assert.match(help.out, /Usage: sitrep/);
  });
});

test('extract --jsonl: a bad line gets an error line, the batch continues in order', async () => {
  const input = [JSON.stringify({ id: 'a', text: NAIROBI, title: null, published: '2025-04-01' }), '{oops', JSON.stringify({ id: 'c', text: 'Nothing happened.' })].join('\n');
  const r = await sitrep(['extract', '--jsonl'], `${input}\n`);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { id: string | null; error?: string; claims: unknown[] });
  assert.equal(lines.length, 3);
  assert.equal(lines[0]!.id, 'a');
  assert.ok(lines[0]!.claims.length > 0);
  assert.ok(lines[1]!.error);
  assert.equal(lines[2]!.id, 'c');
});

test('extract --jsonl lists every place mention with its role', async () => {
  const text = 'Kenyan police said Nairobi was calm. Ethiopia said little.';
  const r = await sitrep(['extract', '--jsonl'], `${JSON.stringify({ id: 'r', text })}\n`);
  assert.equal(r.code, 0, r.err);
  const out = JSON.parse(r.out) as { places: { text: string; role: string; country: string | null }[] };
  const role = (t: string) => out.places.find((p) => p.text === t);
  assert.equal(role('Kenyan')?.role, 'demonym');
  assert.equal(role('Kenyan')?.country, 'KE');
  assert.equal(role('Nairobi')?.role, 'location');
  assert.equal(role('Ethiopia')?.role, 'metonym');
});

test('geocode NAME... looks names and airport codes up; a name not found makes a partial result (exit 2)', async () => {
  const bad = await sitrep(['geocode', '--country', 'ZZ', 'Paris']);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /--country ZZ is not an ISO 3166/);
  const r = await sitrep(['geocode', 'Bangor, Maine', 'KBP', 'Qqqzzx Wwyyv']);
  assert.equal(r.code, 2, r.err);
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { name: string; place: { admin1: string | null; country: string; featureCode: string } | null });
  assert.equal(lines[0]!.place?.admin1, 'ME');
  assert.equal(lines[1]!.place?.featureCode, 'AIRP');
  assert.equal(lines[1]!.place?.country, 'UA');
  assert.equal(lines[2]!.place, null);
});

test('geocode --jsonl answers one line per input with one place per span', async () => {
  const text = 'Police in Nairobi said.';
  const r = await sitrep(['geocode', '--jsonl'], `${JSON.stringify({ id: 'g', text, spans: [{ start: 10, end: 17 }] })}\n`);
  assert.equal(r.code, 0, r.err);
  const out = JSON.parse(r.out) as { id: string; places: { country: string | null }[] };
  assert.equal(out.id, 'g');
  assert.equal(out.places.length, 1);
  assert.equal(out.places[0]!.country, 'KE');
});
