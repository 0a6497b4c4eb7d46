/**
 * The `sitrep` command line. Exit codes: 0 ok, 1 usage or fatal error, 2 partial failure
 * (some inputs failed, the rest went in). Commands load their modules lazily so a query does
 * not pay for the gazetteer.
 *
 * `extract --jsonl` and `geocode --jsonl` are the evaluator's machine interface: a bad input
 * line is answered in-band with an "error" field and the command still exits 0, as the
 * evaluator treats any other exit code as a failed run.
 */
import { existsSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { QueryFilter, Store } from '../store/store.js';
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

async function open(cmd: Command, mustExist: boolean): Promise<Store> {
  const path = dbPath(cmd);
  if (mustExist && path !== ':memory:' && !existsSync(path)) {
    process.stderr.write(`sitrep: no database at ${path}; run \`sitrep ingest FILES\` first (or pass --db)\n`);
    process.exit(EXIT.usage);
  }
  const { openStore } = await import('../store/index.js');
  return openStore(path);
}

/** YYYY, YYYY-MM or YYYY-MM-DD; `until` widens a partial date to the end of its period. */
function isoDate(end: boolean) {
  return (v: string): string => {
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) throw new InvalidArgumentError('expected YYYY, YYYY-MM or YYYY-MM-DD');
    if (v.length === 10) return v;
    if (v.length === 7) return `${v}-${end ? '31' : '01'}`;
    return `${v}-${end ? '12-31' : '01-01'}`;
  };
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
    .option('--since <date>', 'on or after this date (YYYY[-MM[-DD]])', isoDate(false))
    .option('--until <date>', 'on or before this date', isoDate(true))
    .option('--place <text>', 'place as written or resolved contains this text')
    .option('--country <code>', 'resolved place in this country (ISO alpha-2; events also match actor alpha-3)')
    .option('--claimant <text>', 'claimant (claims) or actor/recipient (events) contains this text')
    .option('--text <text>', 'evidence sentence contains this text')
    .option('--history', 'include rows of superseded extraction runs')
    .option('--limit <n>', 'at most this many rows', positiveInt);
}

type FilterOpts = QueryFilter & { type?: string; format: 'table' | 'json' | 'csv' };
const filterOf = (o: FilterOpts): QueryFilter => ({ ...o, kind: o.kind ?? o.type });
const formatOption = () => new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table');

program
  .command('ingest')
  .description('Ingest text dumps (one or many articles per file) and .jsonl files of {id, text, title, published}; directories are searched for .txt/.jsonl')
  .argument('<paths...>', 'files or directories')
  .option('--reextract', 'run extraction again on articles already stored (earlier results kept as history)')
  .option('--summary', 'print the store summary afterwards')
  .option('-q, --quiet', 'no progress bar')
  .action(async (paths: string[], opts: { reextract?: boolean; summary?: boolean; quiet?: boolean }, cmd: Command) => {
    const { runIngest, describeReport, describeSummary } = await import('./ingest-command.js');
    const store = await open(cmd, false);
    const report = await runIngest(paths, store, opts);
    process.stderr.write(`${describeReport(report)}\n`);
    if (opts.summary) process.stdout.write(describeSummary(await store.summary(), dbPath(cmd)));
    await store.close();
    if (report.issues.length) process.exitCode = EXIT.partial;
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
    const { render, CLAIM_COLUMNS } = await import('./format.js');
    const store = await open(cmd, true);
    process.stdout.write(render(o.format, CLAIM_COLUMNS, await store.claims(filterOf(o)), process.stdout.columns));
    await store.close();
  });

withFilters(program.command('events').description('List stored events'), '--type <type>', 'PLOVER event type (ASSAULT, PROTEST, …)')
  .addOption(formatOption())
  .action(async (o: FilterOpts, cmd: Command) => {
    const { render, EVENT_COLUMNS } = await import('./format.js');
    const store = await open(cmd, true);
    process.stdout.write(render(o.format, EVENT_COLUMNS, await store.events(filterOf(o)), process.stdout.columns));
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
    const { render, PLACE_COLUMNS } = await import('./format.js');
    const store = await open(cmd, true);
    process.stdout.write(render(o.format, PLACE_COLUMNS, await store.places(o), process.stdout.columns));
    await store.close();
  });

withFilters(program.command('export').description('Export claims and events (filters as for claims)'), '--kind <kind>', 'claim kind')
  .addOption(new Option('--format <format>', 'csv (one table), geojson (points with coordinates) or jsonl').choices(['csv', 'geojson', 'jsonl']).makeOptionMandatory())
  .addOption(new Option('--of <records>', 'which records: claims, events or both (csv: claims unless events)').choices(['claims', 'events', 'both']).default('both'))
  .action(async (o: FilterOpts & { format: 'csv' | 'geojson' | 'jsonl'; of: 'claims' | 'events' | 'both' }, cmd: Command) => {
    const { renderExport } = await import('./export.js');
    const store = await open(cmd, true);
    const f: QueryFilter = { ...o };
    const claims = o.of === 'events' ? [] : await store.claims(f);
    // A claim kind does not select events; the other filters apply to both.
    const events = o.of === 'claims' ? [] : await store.events({ ...f, kind: undefined });
    process.stdout.write(renderExport(o.format, claims, events, o.of === 'events' ? 'events' : 'claims'));
    await store.close();
  });

program
  .command('serve')
  .description('Serve the HTTP API (reference at /docs) and the dashboard; `npm start` runs this')
  .option('--port <n>', 'port, 0 for any free one (env PORT)', (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number');
    return n;
  }, Number(process.env.PORT ?? 8080))
  .option('--host <host>', 'interface to listen on (env HOST)', process.env.HOST ?? '127.0.0.1')
  .option('--seed <paths...>', 'ingest these files or folders first if the store is empty')
  .action(async (o: { port: number; host: string; seed?: string[] }, cmd: Command) => {
    const { runServe } = await import('../api/serve.js');
    await runServe(await open(cmd, false), { ...o, dbLabel: dbPath(cmd) });
  });

program
  .command('reextract')
  .description('Run extraction again over every stored article; earlier results stay as superseded history')
  .action(async (_o: unknown, cmd: Command) => {
    const { reextractStored } = await import('../ingest/index.js');
    const store = await open(cmd, true);
    process.stderr.write(`Re-extracted ${await reextractStored(store)} articles.\n`);
    await store.close();
  });

program
  .command('extract')
  .description('Extract places, claims and events from JSON Lines articles on stdin (see OUTPUT.md)')
  .option('--jsonl', 'read and write JSON Lines (the machine interface)', true)
  .action(async () => {
    const { runExtractJsonl } = await import('./extract.js');
    const { failed } = await runExtractJsonl(process.stdin, process.stdout);
    if (failed) process.stderr.write(`sitrep extract: ${failed} line(s) could not be read; see their "error" fields\n`);
  });

program
  .command('geocode')
  .argument('[names...]', 'place names or airport codes to look up ("Kursk region", "Bangor, Maine", SVO)')
  .description('Resolve place names given as arguments, or given place spans as JSON Lines {id, text, spans:[{start,end}]} on stdin (see OUTPUT.md)')
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
  .description('Group JSON Lines articles on stdin into incidents and reconcile their killed/injured figures (see OUTPUT.md)')
  .option('--jsonl', 'read and write JSON Lines (the machine interface)', true)
  .action(async () => {
    const { runIncidentsJsonl } = await import('./incidents.js');
    const { failed } = await runIncidentsJsonl(process.stdin, process.stdout);
    if (failed) process.stderr.write(`sitrep incidents: ${failed} line(s) could not be read; see their "error" fields\n`);
  });

await program.parseAsync();
