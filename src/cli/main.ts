import { Command } from 'commander';
import { runExtractJsonl } from './extract.js';

const program = new Command();
program.name('sitrep').description('Turn defence and security news into attributed claims and events.');
program
  .command('extract')
  .description('Extract places, claims and events from JSON Lines articles on stdin (see OUTPUT.md)')
  .option('--jsonl', 'read and write JSON Lines (the machine interface)', true)
  .action(async () => {
    const { failed } = await runExtractJsonl(process.stdin, process.stdout);
    if (failed) process.stderr.write(`sitrep extract: ${failed} line(s) could not be read; see their "error" fields\n`);
  });
await program.parseAsync();
