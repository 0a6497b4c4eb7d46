/**
 * The `sitrep` command line. Exit codes: 0 ok, 1 usage or fatal error, 2 partial failure
 * (some inputs failed, the rest went in). Commands load their modules lazily so a query does
 * not pay for the gazetteer.
 *
 * `extract --jsonl` and `geocode --jsonl` are the evaluator's machine interface: a bad input
 * line is answered in-band with an "error" field and the command still exits 0, as the
 * evaluator treats any other exit code as a failed run.
 */
import { existsSync, statSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { QueryFilter, Store } from '../store/index.js';
import { EXIT } from './exit-codes.js';

const program = new Command();
program
  .name('sitrep')
  .description('Turn defence and security news into attributed claims and events.')
  .option('--db <path>', 'SQLite database file (env SITREP_DB)', process.env.SITREP_DB ?? './sitrep.db')
  .showHelpAfterError('(add --help for usage)');

// Pipes closed early (`sitrep claims | head`) are not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(EXIT.ok); throw e; });

const dbPath = (cmd: Command): string => cmd.optsWithGlobals<{ db: string }>().db;

/** A fatal error as one line on stderr and exit 1: a person reads a reason, not a stack trace. */
function fail(message: string): never {
  process.stderr.write(`sitrep: ${message}\n`);
  process.exit(EXIT.usage);
}

async function open(cmd: Command, mustExist: boolean): Promise<Store> {
  const path = dbPath(cmd);
  if (path !== ':memory:') {
    if (mustExist && !existsSync(path)) fail(`no database at ${path}; run \`sitrep ingest FILES\` first (or pass --db)`);
    if (existsSync(path) && statSync(path).isDirectory()) fail(`--db ${path} is a directory; give a database file's path, e.g. ${path.replace(/\/+$/, '')}/sitrep.db`);
  }
  const { openStore } = await import('../store/index.js');
  try {
    return await openStore(path);
  } catch (err) {
    const e = err as { code?: string; message: string };
    if (e.code === 'SQLITE_NOTADB') fail(`${path} is not a Sitrep (SQLite) database; pass --db with a new or existing database file`);
    if (e.code === 'SQLITE_CANTOPEN') fail(`cannot open or create a database at ${path} (does its folder exist, and may you write there?)`);
    if (e.code === 'SQLITE_READONLY' || e.code === 'SQLITE_PERM') fail(`${path} cannot be written; pass --db with a file you may write`);
    fail(`cannot open the database at ${path}: ${e.message}`);
  }
}

/**
 * Filter options through the API's own rules (src/api/params.ts): the same dates, kinds,
 * types, countries and text are valid in `sitrep claims` as in /api/claims.
 */
async function checkedFilter(o: FilterOpts, records: 'claims' | 'events', command: string): Promise<QueryFilter> {
  const { cliFilter } = await import('../api/params.js');
  const given = { kind: o.kind ?? o.type, since: o.since, until: o.until, place: o.place, country: o.country, claimant: o.claimant, text: o.text };
  const r = cliFilter(records).safeParse(Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)));
  if (!r.success) {
    const flag = (k: string) => (k === 'kind' && records === 'events' ? '--type' : `--${k}`);
    fail(`${command}: ${r.error.issues.map((i) => `${i.path.length ? `${flag(String(i.path[0]))}: ` : ''}${i.message}`).join('; ')}`);
  }
  return { ...r.data, history: o.history, limit: o.limit };
}

function portNumber(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || !Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number (0–65535)');
  return n;
}
function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

/** The filter options claims, events and export share. */
function withFilters(cmd: Command, kindFlag: string, kindHelp: string): Command {
  return cmd
    .option(kindFlag, kindHelp)
    .option('--since <date>', 'on or after this date (YYYY[-MM[-DD]])')
    .option('--until <date>', 'on or before this date')
    .option('--place <text>', 'place as written or resolved contains this text')
    .option('--country <code>', 'resolved place in this country (ISO alpha-2; events also match actor alpha-3)')
    .option('--claimant <text>', 'claimant (claims) or actor/recipient (events) contains this text')
    .option('--text <text>', 'evidence sentence contains this text')
    .option('--history', 'include rows of superseded extraction runs')
    .option('--limit <n>', 'at most this many rows', positiveInt);
}

type FilterOpts = Omit<QueryFilter, 'kind'> & { kind?: string; type?: string; format: 'table' | 'json' | 'csv' };
const formatOption = () => new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table');

function positiveNumber(v: string): number {
  const n = Number(v);
  if (!v.trim() || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number, 0 or more');
  return n;
}

/** Options of the commands that fetch from the web (ingest URL…, watch); see src/cli/watch.ts. */
function withWebOptions(cmd: Command): Command {
  return cmd
    .option('--allow-private', 'allow fetching from private, loopback, link-local and metadata addresses (refused by default)')
    .option('--allow-range <ranges>', 'allow only these of them: comma-separated addresses or CIDR ranges (e.g. 10.20.0.0/16)')
    .option('--timeout <seconds>', 'time allowed per request, redirects included (default 30)', positiveNumber)
    .option('--max-size <MB>', 'largest response read (default 10)', positiveNumber)
    .option('--delay <seconds>', "minimum time between two requests to one host (default 1; a site's Crawl-delay may raise it)", positiveNumber)
    .option('--max-items <n>', 'feed item links followed per feed and round (default 100)', positiveInt);
}

type IngestOpts = { reextract?: boolean; summary?: boolean; quiet?: boolean } & import('./watch.js').WebOptions;

withWebOptions(program
  .command('ingest')
  .description('Ingest text dumps (one or many articles per file), .jsonl files of {id, text, title, published}, saved HTML pages, feeds and sitemaps (.xml/.rss/.atom), Telegram Desktop channel exports (JSON or HTML) and http(s) URLs of pages or feeds (a feed\'s item pages are ingested); directories are searched for all of these files; - reads stdin')
  .argument('<paths...>', 'files, directories or URLs')
  .option('--reextract', 'run extraction again on articles already stored (earlier results kept as history)')
  .option('--summary', 'print the store summary afterwards')
  .option('-q, --quiet', 'no progress bar'))
  .action(async (paths: string[], opts: IngestOpts, cmd: Command) => {
    const { runIngest, describeReport, describeSummary } = await import('./ingest-command.js');
    const { isWebUrl } = await import('../ingest/index.js');
    const files = paths.filter((p) => !isWebUrl(p));
    const urls = paths.filter(isWebUrl);
    const store = await open(cmd, false);
    let problems = 0;
    if (files.length) {
      const report = await runIngest(files, store, opts);
      process.stderr.write(`${describeReport(report)}\n`);
      problems += report.issues.length;
    }
    if (urls.length) {
      const { runUrlIngest, describeRound } = await import('./watch.js');
      const report = await runUrlIngest(urls, store, opts);
      process.stderr.write(`${describeRound(report)}\n`);
      problems += report.issues.length + report.skipped;
    }
    if (opts.summary) process.stdout.write(describeSummary(await store.summary(), dbPath(cmd)));
    await store.close();
    if (problems) process.exitCode = EXIT.partial;
  });

withWebOptions(program
  .command('watch')
  .description('Poll the feeds and pages a sources file lists (one URL a line with an optional interval, or JSON; README.md, "Watching sources"), ingesting new articles; resumes where it stopped')
  .argument('<sources-file>', 'the list of feed and page URLs')
  .option('--once', 'one round over every source now, then exit (for cron)')
  .option('-q, --quiet', 'no progress line'))
  .action(async (file: string, opts: import('./watch.js').WebOptions & { once?: boolean }, cmd: Command) => {
    const { runWatch } = await import('./watch.js');
    const { readSourcesFile } = await import('../ingest/index.js');
    try { readSourcesFile(file); } catch (err) { fail(`watch: ${(err as Error).message}`); }
    const store = await open(cmd, false);
    const { problems } = await runWatch(file, store, opts);
    await store.close();
    if (problems) process.exitCode = EXIT.partial;
  });

program
  .command('summary')
  .description('Articles, claims by kind and events by type in the store')
  .action(async (_o: unknown, cmd: Command) => {
    const { describeSummary } = await import('./ingest-command.js');
    const store = await open(cmd, true);
    process.stdout.write(describeSummary(await store.summary(), dbPath(cmd)));
    await store.close();
  });

withFilters(program.command('claims').description('List stored claims'), '--kind <kind>', 'claim kind (launched, intercepted, killed, …)')
  .addOption(formatOption())
  .action(async (o: FilterOpts, cmd: Command) => {
    const { renderStream, CLAIM_COLUMNS } = await import('./format.js');
    const filter = await checkedFilter(o, 'claims', 'claims');
    const store = await open(cmd, true);
    await renderStream(o.format, CLAIM_COLUMNS, store.claimStream(filter), process.stdout);
    await store.close();
  });

withFilters(program.command('events').description('List stored events'), '--type <type>', 'PLOVER event type (ASSAULT, PROTEST, …)')
  .addOption(formatOption())
  .action(async (o: FilterOpts, cmd: Command) => {
    const { renderStream, EVENT_COLUMNS } = await import('./format.js');
    const filter = await checkedFilter(o, 'events', 'events');
    const store = await open(cmd, true);
    await renderStream(o.format, EVENT_COLUMNS, store.eventStream(filter), process.stdout);
    await store.close();
  });

program
  .command('places')
  .description('Places the stored articles mention, most mentioned first')
  .option('--country <code>', 'only places in this country (ISO alpha-2)')
  .option('--place <text>', 'name contains this text')
  .option('--limit <n>', 'at most this many rows', positiveInt)
  .addOption(formatOption())
  .action(async (o: FilterOpts, cmd: Command) => {
    const { renderStream, PLACE_COLUMNS } = await import('./format.js');
    const { place, country } = await checkedFilter({ place: o.place, country: o.country, format: o.format }, 'claims', 'places');
    const store = await open(cmd, true);
    await renderStream(o.format, PLACE_COLUMNS, await store.places({ place, country, limit: o.limit }), process.stdout);
    await store.close();
  });

withFilters(program.command('export').description('Export claims and events (filters as for claims)'), '--kind <kind>', 'claim kind')
  .addOption(new Option('--format <format>', 'csv (one table), geojson (points with coordinates) or jsonl').choices(['csv', 'geojson', 'jsonl']).makeOptionMandatory())
  .addOption(new Option('--of <records>', 'which records: claims, events or both (csv: one table, a "record" column tells them apart)').choices(['claims', 'events', 'both']).default('both'))
  .action(async (o: FilterOpts & { format: 'csv' | 'geojson' | 'jsonl'; of: 'claims' | 'events' | 'both' }, cmd: Command) => {
    const { writeExport } = await import('./export.js');
    const f = await checkedFilter(o, 'claims', 'export');
    const store = await open(cmd, true);
    const claims = o.of === 'events' ? null : store.claimStream(f);
    // A claim kind does not select events; the other filters apply to both.
    const events = o.of === 'claims' ? null : store.eventStream({ ...f, kind: undefined });
    await writeExport(o.format, claims, events, process.stdout);
    await store.close();
  });

program
  .command('serve')
  .description('Serve the HTTP API (reference at /docs) and the dashboard; `npm start` runs this')
  .option('--port <n>', 'port, 0 for any free one (env PORT, default 8080)', portNumber)
  .option('--host <host>', 'interface to listen on (env HOST)', process.env.HOST ?? '127.0.0.1')
  .option('--seed <paths...>', 'ingest these files or folders first if the store is empty')
  .action(async (o: { port?: number; host: string; seed?: string[] }, cmd: Command) => {
    const { runServe } = await import('../api/serve.js');
    let port = o.port;
    if (port === undefined) {
      try { port = portNumber(process.env.PORT ?? '8080'); } catch { fail(`PORT=${process.env.PORT} is not a port number (0–65535)`); }
    }
    const store = await open(cmd, false);
    try {
      await runServe(store, { ...o, port, dbLabel: dbPath(cmd) });
    } catch (err) {
      await store.close();
      fail(`serve: ${(err as Error).message}`);
    }
  });

program
  .command('reextract')
  .description('Run extraction again over every stored article; earlier results stay as superseded history')
  .action(async (_o: unknown, cmd: Command) => {
    const { reextractStored } = await import('../ingest/index.js');
    const store = await open(cmd, true);
    process.stderr.write(`Re-extracted ${await reextractStored(store)} articles.\n`);
    await (await import('./ingest-command.js')).refreshIncidents(store);
    await store.close();
  });

program
  .command('extract')
  .description('Extract places, claims and events from JSON Lines articles {id, text, title, published} on stdin, one output line per input line (README.md, "The command line")')
  .option('--jsonl', 'read and write JSON Lines (the machine interface)', true)
  .action(async () => {
    const { runExtractJsonl } = await import('./extract.js');
    const { failed } = await runExtractJsonl(process.stdin, process.stdout);
    if (failed) process.stderr.write(`sitrep extract: ${failed} line(s) could not be read; see their "error" fields\n`);
  });

program
  .command('geocode')
  .argument('[names...]', 'place names or airport codes to look up ("Kursk region", "Bangor, Maine", SVO)')
  .description('Resolve place names given as arguments, or given place spans as JSON Lines {id, text, spans:[{start,end}]} on stdin (README.md, "The command line")')
  .option('--jsonl', 'read and write JSON Lines (the machine interface)', true)
  .option('--country <code>', 'read names as in this country (ISO alpha-2 or alpha-3)')
  .action(async (names: string[], o: { country?: string }) => {
    if (names.length) {
      const { lookupNames } = await import('./geocode.js');
      const { isCountryCode } = await import('../places/index.js');
      if (o.country && !isCountryCode(o.country)) {
        process.stderr.write(`sitrep geocode: --country ${o.country} is not an ISO 3166 alpha-2 or alpha-3 code\n`);
        process.exit(EXIT.usage);
      }
      const found = lookupNames(names, o.country ?? null);
      for (const line of found) process.stdout.write(JSON.stringify(line) + '\n');
      // Some names answered, some not: a partial result, as for ingest.
      if (found.some((l) => !l.place)) process.exitCode = EXIT.partial;
      return;
    }
    const { runGeocodeJsonl } = await import('./geocode.js');
    await runGeocodeJsonl(process.stdin, process.stdout);
  });

program
  .command('incidents')
  .description('Group JSON Lines articles on stdin into incidents and reconcile their killed and injured figures (the evaluator interface; see README.md)')
  .option('--jsonl', 'read and write JSON Lines (the machine interface)', true)
  .option('--rebuild', 'instead, group every article of the store (--db) into incidents again')
  .action(async (o: { rebuild?: boolean }, cmd: Command) => {
    if (o.rebuild) { const store = await open(cmd, true); await (await import('./incidents.js')).runRebuild(store, process.stderr); await store.close(); return; }
    const { runIncidentsJsonl } = await import('./incidents.js');
    const { failed } = await runIncidentsJsonl(process.stdin, process.stdout);
    if (failed) process.stderr.write(`sitrep incidents: ${failed} line(s) could not be read; see their "error" fields\n`);
  });

// Anything not caught by a command is still a message and exit 1; SITREP_DEBUG=1 shows the stack.
await program.parseAsync().catch((err: unknown) => {
  if (process.env.SITREP_DEBUG) console.error(err);
  fail((err as Error)?.message ?? String(err));
});
