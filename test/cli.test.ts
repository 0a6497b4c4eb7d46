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

test('filters follow the API\'s rules: impossible dates, unknown kinds and types, since after until exit 1 with a message', async () => {
  const runs: [string[], RegExp][] = [
    [['claims', '--since', '2025-13'], /--since: expected YYYY/],
    [['claims', '--since', '2025-02-30'], /--since: no such day/],
    [['claims', '--kind', 'bogus'], /--kind: /],
    [['events', '--type', 'bogus'], /--type: /],
    [['export', '--format', 'csv', '--since', '2025-03', '--until', '2025-01'], /after until/],
    [['claims', '--country', 'ZZ'], /--country: not an assigned/],
    [['places', '--country', 'ZZ'], /--country/],
    [['claims', '--place', 'a\u0001b'], /--place: control characters/],
  ];
  const results = await Promise.all(runs.map(([args]) => sitrep(['--db', db, ...args])));
  results.forEach((r, i) => {
    assert.equal(r.code, 1, runs[i]![0].join(' '));
    assert.match(r.err, runs[i]![1]);
    assert.doesNotMatch(r.err, /at .*\.ts:\d+/, 'no stack trace');
    assert.equal(r.out, '');
  });
  // A list of kinds is any of them, as in the API.
  const two = JSON.parse((await sitrep(['--db', db, 'claims', '--kind', 'killed,injured', '--format', 'json'])).out) as { kind: string }[];
  assert.ok(two.length && two.every((c) => c.kind === 'killed' || c.kind === 'injured'));
});

test('a bad --db, PORT or a port in use is a one-line reason and exit 1, never a stack trace', async () => {
  const notDb = writeFixture(dir, 'not-a-db.txt', 'plain text, not SQLite\n'.repeat(200));
  const [file, folder, port] = await Promise.all([
    sitrep(['--db', notDb, 'summary']),
    sitrep(['--db', dir, 'summary']),
    new Promise<{ code: number | null; err: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, '--db', db, 'serve'], { env: { ...process.env, PORT: 'abc' } });
      let err = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => { err += d; });
      child.on('close', (code) => resolve({ code, err }));
    }),
  ]);
  assert.equal(file.code, 1);
  assert.match(file.err, /not a Sitrep \(SQLite\) database/);
  assert.equal(folder.code, 1);
  assert.match(folder.err, /is a directory/);
  assert.equal(port.code, 1);
  assert.match(port.err, /PORT=abc is not a port number/);
  for (const r of [file, folder, port]) assert.doesNotMatch(r.err, /\n\s+at /);
  const { createServer } = await import('node:net');
  const busy = createServer();
  await new Promise<void>((r) => busy.listen(0, '127.0.0.1', () => r()));
  const taken = (busy.address() as { port: number }).port;
  const inUse = await sitrep(['--db', db, 'serve', '--port', String(taken)]);
  busy.close();
  assert.equal(inUse.code, 1);
  assert.match(inUse.err, new RegExp(`port ${taken} is already in use`));
});

test('serve stops on SIGTERM and SIGINT: the process exits and the port is free', async () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    const child = spawn(process.execPath, [BIN, '--db', db, 'serve', '--port', '0']);
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => { out += d; const m = /serving (\S+)/.exec(out); if (m) resolve(m[1]!); });
      child.on('close', () => reject(new Error('exited before serving')));
    });
    assert.equal((await fetch(new URL('/api/summary', url))).status, 200);
    const code = await new Promise<number | null>((resolve) => { child.on('close', resolve); child.kill(signal); });
    assert.equal(code, 0, signal);
    await assert.rejects(fetch(new URL('/api/summary', url)), signal);
  }
});

test('export --format csv --of both writes claims and events in one table, told apart by "record"', async () => {
  const r = await sitrep(['--db', db, 'export', '--format', 'csv']);
  assert.equal(r.code, 0, r.err);
  const rows = parseCsv(r.out);
  const head = rows[0]!;
  assert.equal(head[0], 'record');
  for (const name of ['kind', 'claimant', 'type', 'acled_event_type', 'evidence']) assert.ok(head.includes(name), name);
  const records = new Set(rows.slice(1).map((x) => x[0]));
  assert.deepEqual([...records].sort(), ['claim', 'event']);
  const only = parseCsv((await sitrep(['--db', db, 'export', '--format', 'csv', '--of', 'events'])).out);
  assert.equal(only[0]![0], 'id');
  assert.ok(only[0]!.includes('type') && !only[0]!.includes('claimant'));
});

test('claims on a store of 200,000 rows streams as table, CSV and JSON without a stack overflow', async () => {
  const big = join(dir, 'big.db');
  await sitrep(['--db', big, 'ingest', '-q', writeFixture(dir, 'big-news.txt', TWO_ARTICLE_DUMP)]);
  const Database = (await import('better-sqlite3')).default;
  const sql = new Database(big);
  const cols = (sql.prepare('PRAGMA table_info(claims)').all() as { name: string }[]).map((c) => c.name).filter((c) => c !== 'id' && c !== 'part_of');
  sql.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)
    INSERT INTO claims (${cols.join(', ')}) SELECT ${cols.map((c) => `c.${c}`).join(', ')} FROM n, (SELECT * FROM claims LIMIT 1) c`);
  const total = (sql.prepare('SELECT COUNT(*) AS n FROM claims').get() as { n: number }).n;
  sql.close();
  for (const format of ['table', 'csv', 'json']) {
    const r = await sitrep(['--db', big, 'claims', '--format', format]);
    assert.equal(r.code, 0, `${format}: ${r.err.slice(0, 300)}`);
    const lines = r.out.split('\n').length - 1;
    const expected = format === 'table' ? total + 2 : format === 'csv' ? total + 1 : total + 2;
    assert.equal(lines, expected, format);
  }
});

test('extract, geocode and ingest read JSONL alike: BOM accepted, latin-1 refused per line, the rest answered; - is stdin', async () => {
  const bom = '\ufeff';
  const latin1 = Buffer.concat([Buffer.from('{"id":"l","text":"caf'), Buffer.from([0xe9]), Buffer.from('","spans":[]}\n')]);
  const good = (id: string) => `${JSON.stringify({ id, text: 'Rain fell in Moscow.', spans: [{ start: 13, end: 19 }, { start: 13, end: 90 }] })}\n`;
  const input = Buffer.concat([Buffer.from(bom + good('a')), latin1, Buffer.from(good('b'))]);
  for (const cmd of ['extract', 'geocode']) {
    const r = await new Promise<{ out: string; code: number | null }>((resolve) => {
      const child = spawn(process.execPath, [BIN, cmd, '--jsonl']);
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => { out += d; });
      child.on('close', (code) => resolve({ out, code }));
      child.stdin.end(input);
    });
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { id: string | null; error?: string; places: { error?: string }[] });
    assert.equal(r.code, 0, cmd);
    assert.deepEqual(lines.map((l) => l.id), ['a', null, 'b'], cmd);
    assert.equal(lines[0]!.error === undefined || cmd === 'geocode', true, `${cmd}: the BOM line is read`);
    assert.match(lines[1]!.error ?? '', /line 2: not valid UTF-8/, cmd);
    if (cmd === 'geocode') assert.match(lines[0]!.places[1]!.error ?? '', /not within the text/);
  }
  const db2 = join(dir, 'stdin.db');
  const viaStdin = await sitrep(['--db', db2, 'ingest', '-'], `${bom}${JSON.stringify({ id: 's1', text: NAIROBI })}\n`);
  assert.equal(viaStdin.code, 0, viaStdin.err);
  assert.match(viaStdin.err, /1 new article/);
  const dumpStdin = await sitrep(['--db', db2, 'ingest', '-'], TWO_ARTICLE_DUMP);
  assert.match(dumpStdin.err, /1 new article, 1 already stored/);
});

test('--help texts name only files that are in the repository', async () => {
  const { existsSync } = await import('node:fs');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const commands = ['', 'ingest', 'summary', 'claims', 'events', 'places', 'export', 'serve', 'reextract', 'extract', 'geocode', 'incidents'];
  const helps = await Promise.all(commands.map((c) => sitrep(c ? [c, '--help'] : ['--help'])));
  const files = new Set(helps.flatMap((h) => [...h.out.matchAll(/[\w./-]+\.(?:md|ts|json|txt)\b/g)].map((m) => m[0])));
  assert.ok(files.size > 0, 'the help names at least the README');
  for (const f of files) assert.ok(existsSync(join(root, f)), `--help names ${f}, which the repository lacks`);
});
