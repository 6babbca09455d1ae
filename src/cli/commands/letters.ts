import { Option, type Command } from 'commander';
import { defaultShardSize } from '../../letters-pipeline/index.ts';
import {
  defaultShardRetries,
  defaultStallTimeoutMinutes,
} from '../../letters-pipeline/shard-queue-settings.ts';
import type { CliIo } from '../io.ts';
import { generate, type GenerateFlags } from './letters/generate.ts';
import { resend } from './letters/resend.ts';
import { worker } from './letters/worker.ts';
import type { CliCommand } from './index.ts';

/**
 * `letters`: the options and help texts of its subcommands. What each does is in
 * `letters/<subcommand>.ts`; option parsing and storage they share are in `letters/shared.ts`.
 */
export const lettersCommand: CliCommand = {
  register(program: Command, io: CliIo, state) {
    const letters = program
      .command('letters')
      .description('Make personal letters or e-mails for the victims of a breach');
    letters
      .command('generate')
      .description(
        'Make the letters of one round from a recipients CSV; resumes where a stopped run left off',
      )
      .requiredOption('--breach <id>', 'breach id')
      .requiredOption(
        '--recipients <file>',
        'recipients file: CSV (; or , separated, UTF-8 or Windows-1252) or Excel workbook (.xlsx)',
      )
      .option(
        '--encoding <name>',
        'encoding of a CSV: utf-8 or windows-1252 (cp1252, iso-8859-1); default: detected over the whole file',
      )
      .option(
        '--sheet <name>',
        'sheet of an .xlsx workbook, by name or position (1 = first); default: the first',
      )
      .requiredOption('--out <dir>', 'output folder for letters, manifest and validation report')
      .requiredOption(
        '--letters <file>',
        'letter setup (YAML or JSON): sender and a variant per recipient group',
      )
      .addOption(new Option('--format <format>', 'output').choices(['pdf', 'eml', 'smtp']).default('pdf'))
      .option(
        '--mapping <file>',
        'column mapping JSON {"name": ["voornaam", "tussenvoegsel", "achternaam"], "street": "straat", …}; ' +
          'default: guessed from the headers and printed',
      )
      .option('--round <n>', 'mailing round; 2 and on reuse the codes in the file', '1')
      .option('--what-changed <file>', 'what changed since the last round: Dutch, a line ---, then English')
      .option('--shard-size <n>', 'recipients per shard and per PDF file', String(defaultShardSize))
      .option('--threads <n>', 'worker threads (default: one per core)')
      .option('--smtp <url>', 'SMTP server for --format smtp (or SMTP_URL)')
      .option('--distributed', 'queue the shards in PostgreSQL for `letters worker` processes')
      .option(
        '--stall-timeout <minutes>',
        'with --distributed: stop (exit 3) when no shard finished for this long; 0 = wait for ever',
        String(defaultStallTimeoutMinutes),
      )
      .option(
        '--shard-retries <n>',
        'with --distributed: tries again after a shard failed, before it counts as failed for good',
        String(defaultShardRetries),
      )
      .addHelpText(
        'after',
        `
Reading: a CSV is read as UTF-8 (with or without byte order mark) when every byte is UTF-8,
else as Windows-1252 (what Excel on Windows saves as plain CSV); the encoding used is printed.
--encoding overrides; a choice that would garble names (UTF-8 read as Windows-1252) or a file
that is partly UTF-8 is refused. An .xlsx is read from its first sheet (or --sheet).
Mapping: without --mapping the columns are guessed from Dutch and English headers and printed;
split names (voorletters or voornaam, tussenvoegsel, achternaam) and house numbers (huisnummer,
huisletter, toevoeging) are composed. When two columns fit one field, nothing is guessed: exit
2, naming the columns. Duplicates: a row for a person already on an earlier line (same name and
address; by e-mail the same address) gets no letter and is rejected as "duplicate of line N";
received = generated + rejected always holds. The encoding or sheet read is printed (English
and Dutch) and is the first line of validation-report.csv.

Exit status: 0 all letters made; 1 rows rejected (see validation-report.csv) or e-mails still
"retrying" (send them with \`letters resend\`); 2 a usage mistake, a file that cannot be read
faithfully, or a mapping that cannot be guessed; 3 a --distributed job stopped
unfinished: a shard failed for good, or no shard finished within --stall-timeout; 4 the same
breach and round is already running in another process, with or without --distributed: it
stops at once, before reading the file (nothing was done). Run the same
command again to go on: only shards that are not done are made, each letter once; a process
that died while joining the outputs is taken over 5 minutes after its last sign of life.`,
      )
      .action(async (flags: GenerateFlags) => generate(flags, io, state));
    letters
      .command('resend')
      .description(
        'Send again the e-mails of an SMTP job that the mail server refused for now (status retrying)',
      )
      .requiredOption('--job <id>', 'letter job id, as `letters generate` printed it')
      .requiredOption('--recipients <csv>', 'the same recipients file the job was made from, unchanged')
      .option('--smtp <url>', 'SMTP server (or SMTP_URL)')
      .addHelpText(
        'after',
        `
Only messages with status "retrying" are sent, each rebuilt from its row with the same personal
code and Message-ID; their status in the database, the manifest and summary.json is updated.
Running it again sends nothing that was sent. One resend per job at a time: while another runs
(or, for one on another machine that stopped without finishing, until 5 minutes after) it is
refused. Exit status 1 while messages are still retrying; 2 for a wrong job or file, or when another resend holds the job.`,
      )
      .action(async (flags: { job: string; recipients: string; smtp?: string }) => resend(flags, io, state));
    letters
      .command('worker')
      .description('Render shards queued by `letters generate --distributed` (PostgreSQL)')
      .option('--concurrency <n>', 'shards at a time in this process', '1')
      .action(async (flags: { concurrency: string }) => worker(flags, io));
  },
};
