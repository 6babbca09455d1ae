import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { letterBaseUrlProblem } from '../../base-url-check.ts';
import { ConfigError, loadConfig, type Config } from '../../config.ts';
import { loadKnowledge } from '../../content-files/load-knowledge.ts';
import { AppError } from '../../errors/catalogue.ts';
import type { Localized } from '../../core/i18n/lang.ts';
import { recipientMappingSchema, type RecipientMapping } from '../../importers/recipients-csv/index.ts';
import {
  defaultShardSize,
  getLetterJobProgress,
  outputPaths,
  readLetterSetup,
  readWhatChanged,
  resendRetrying,
  type LetterFormat,
  type LetterJobDeps,
  type LetterJobProgress,
  type LetterSetup,
} from '../../letters-pipeline/index.ts';
import { openStorage, type Storage } from '../../storage/open-storage.ts';
import { generateLetters } from '../../use-cases/generate-letters.ts';
import { systemActor } from '../../core/access/actor.ts';
import {
  defaultShardRetries,
  defaultStallTimeoutMinutes,
} from '../../letters-pipeline/shard-queue-settings.ts';
import { JobAlreadyRunningError, withJobRun } from '../../letters-pipeline/run-claim.ts';
import { CliUsageError, type CliIo } from '../io.ts';
import { alreadyRunningExitCode, describeInput, encodingFlag } from './letters-input.ts';
import type { CliCommand } from './index.ts';

interface GenerateFlags {
  breach: string;
  recipients: string;
  out: string;
  letters: string;
  format: LetterFormat;
  mapping?: string;
  round: string;
  whatChanged?: string;
  shardSize: string;
  threads?: string;
  distributed?: boolean;
  stallTimeout: string;
  shardRetries: string;
  smtp?: string;
  encoding?: string;
  sheet?: string;
}

/** Exit status when a distributed job stopped unfinished (a shard failed for good, or a stall). */
const unfinishedExitCode = 3;

function wholeNumber(value: string, flag: string, min: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min)
    throw new CliUsageError(`${flag} expects a whole number of at least ${min}, not "${value}".`);
  return Number(value);
}

/** Minutes as a whole or decimal number (`30`, `0.5`); 0 means "never". */
function minutes(value: string, flag: string): number {
  if (!/^\d+(\.\d+)?$/.test(value))
    throw new CliUsageError(
      `${flag} expects a number of minutes (0 or more, e.g. 30 or 0.5), not "${value}".`,
    );
  return Number(value);
}

function config(io: CliIo): Config {
  try {
    return loadConfig(io.env);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliUsageError(error.message);
    throw error;
  }
}

/** What every letters command gives the pipeline: the database, secret, knowledge base and clock. */
function jobDeps(
  cfg: Config,
  storage: Storage,
): LetterJobDeps & { knowledge: ReturnType<typeof loadKnowledge> } {
  return {
    db: storage.db,
    codeSecret: cfg.codeSecret,
    knowledge: loadKnowledge(),
    baseUrl: cfg.baseUrl,
    now: () => new Date(),
  };
}

/** Turns a catalogue error into a usage error that lists every field at once. */
function explain(error: unknown): never {
  if (error instanceof AppError) {
    const lines = [
      error.detail ?? error.message,
      ...error.fieldErrors.map((f) => `  - ${f.path}: ${f.message.en}`),
    ];
    throw new CliUsageError(lines.join('\n'));
  }
  throw error;
}

/**
 * Progress on stderr: a redrawn bar when stderr is a terminal, otherwise a plain line at
 * most every few seconds (logs of a CI job or a mail-house batch run stay readable).
 */
export function progressReporter(io: CliIo, now: () => number = Date.now) {
  const tty = Boolean((io.stderr as { isTTY?: boolean }).isTTY);
  const started = now();
  let lastLine = 0;
  return {
    update(p: LetterJobProgress) {
      const share = p.received ? p.processed / p.received : 1;
      const seconds = Math.max(0.001, (now() - started) / 1000);
      const rate = Math.round(p.generated / seconds);
      const text = `${p.processed}/${p.received} rows, ${p.generated} letters, ${p.rejected} rejected, ${rate} letters/s`;
      if (tty) {
        const width = 30;
        const filled = Math.round(share * width);
        io.stderr.write(
          `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor(share * 100)}% ${text}`,
        );
      } else if (now() - lastLine >= 5000 || p.processed === p.received) {
        lastLine = now();
        io.stderr.write(`progress: ${Math.floor(share * 100)}% ${text}\n`);
      }
    },
    end() {
      if (tty) io.stderr.write('\n');
    },
  };
}

async function withStorage<T>(cfg: Config, run: (storage: Storage) => Promise<T>): Promise<T> {
  const storage = await openStorage({ url: cfg.databaseUrl });
  try {
    return await run(storage);
  } finally {
    await storage.close();
  }
}

async function generate(flags: GenerateFlags, io: CliIo, state: { exitCode: number }): Promise<void> {
  const cfg = config(io);
  const baseUrlProblem = letterBaseUrlProblem(cfg, io.env.NODE_ENV);
  if (baseUrlProblem) throw new CliUsageError(`${baseUrlProblem.en}\nNL: ${baseUrlProblem.nl}`);
  const round = wholeNumber(flags.round, '--round', 1);
  const shardSize = wholeNumber(flags.shardSize, '--shard-size', 1);
  const threads = flags.threads ? wholeNumber(flags.threads, '--threads', 1) : undefined;
  const stallTimeoutMs = minutes(flags.stallTimeout, '--stall-timeout') * 60_000;
  const shardRetries = wholeNumber(flags.shardRetries, '--shard-retries', 0);
  if (flags.format === 'smtp' && !flags.smtp && !io.env.SMTP_URL)
    throw new CliUsageError('--format smtp needs --smtp <url> or SMTP_URL, e.g. smtp://mail.example.nl:587.');
  const smtpUrl = flags.smtp ?? io.env.SMTP_URL;
  const encoding = encodingFlag(flags.encoding);
  const postgres = cfg.databaseUrl.startsWith('postgres');
  if (flags.distributed && !postgres)
    throw new CliUsageError(
      '--distributed needs a PostgreSQL DATABASE_URL: workers on other machines share it.',
    );
  let setup: LetterSetup;
  let mapping: RecipientMapping | undefined;
  let whatChanged: Localized | undefined;
  try {
    setup = await readLetterSetup(flags.letters);
    if (flags.mapping)
      mapping = recipientMappingSchema.parse(JSON.parse(await readFile(flags.mapping, 'utf8')));
    if (flags.whatChanged) whatChanged = await readWhatChanged(flags.whatChanged);
  } catch (error) {
    if (error instanceof AppError) explain(error);
    throw new CliUsageError(`Cannot read the job's files: ${(error as Error).message}`);
  }
  await withStorage(cfg, async (storage) => {
    const deps = jobDeps(cfg, storage);
    // The operator at the command line is the `system` actor: the round is audit-logged like a
    // workspace round, with the job row, before any letter is rendered.
    const prepared = await generateLetters(
      {
        db: storage.db,
        clock: deps.now,
        codeSecret: deps.codeSecret,
        knowledge: deps.knowledge,
        baseUrl: deps.baseUrl,
      },
      {
        actor: systemActor,
        breachId: flags.breach,
        round,
        recipientsPath: flags.recipients,
        outDir: flags.out,
        format: flags.format,
        setup,
        shardSize,
        ...(mapping ? { mapping } : {}),
        input: { ...(encoding ? { encoding } : {}), ...(flags.sheet ? { sheet: flags.sheet } : {}) },
        ...(whatChanged ? { whatChanged } : {}),
      },
    ).catch(explain);
    const { job } = prepared;
    io.stderr.write(describeInput(job, flags.recipients, !mapping));
    io.stderr.write(
      `${prepared.resumed ? 'Resuming' : 'Starting'} letters for breach ${job.breach_id}, round ${job.round}: ` +
        `${job.rows_total} rows in ${job.shards_total} shards (job ${job.id}).\n`,
    );
    const bar = progressReporter(io);
    bar.update(await getLetterJobProgress(storage.db, job.id));
    let progress: LetterJobProgress;
    if (flags.distributed) {
      progress = await runDistributed(deps, cfg.databaseUrl, job.id, {
        io,
        bar,
        stallTimeoutMs,
        retryLimit: shardRetries,
      });
    } else {
      progress = await inProcessRun(storage, job.id, () =>
        prepared.render({
          ...(threads ? { threads } : {}),
          ...(smtpUrl ? { smtpUrl } : {}),
          onProgress: (p) => bar.update(p),
          onNotice: (line) => {
            bar.end();
            io.stderr.write(`${line}\n`);
          },
        }),
      );
    }
    bar.end();
    const paths = outputPaths(job.out_dir);
    io.stdout.write(
      `Received ${progress.received} rows: ${progress.generated} letters made, ${progress.rejected} rows rejected.\n` +
        `Letters: ${paths.letters}\nManifest (row → code, file, page): ${paths.manifest}\n`,
    );
    if (progress.rejected > 0) {
      io.stdout.write(`Rejected rows, with row, field and reason: ${paths.report}\n`);
      state.exitCode = 1;
    }
    if (progress.retrying > 0) {
      io.stdout.write(retryingAdvice(progress.retrying, job.id, flags.recipients));
      state.exitCode = 1;
    }
  });
}

/** Runs a job in this process unless another process runs it already (then exit 4 at once). */
async function inProcessRun<T>(storage: Storage, jobId: string, work: () => Promise<T>): Promise<T> {
  try {
    return await withJobRun(storage.db, jobId, () => new Date(), work);
  } catch (error) {
    if (error instanceof JobAlreadyRunningError)
      throw new CliUsageError(error.message, alreadyRunningExitCode);
    throw error;
  }
}

/** What to do about messages the mail server refused for now, in English and Dutch. */
function retryingAdvice(retrying: number, jobId: string, recipients: string): string {
  return (
    `${retrying} messages were refused for now by the mail server (status retrying, in the manifest). ` +
    `Send them later with: datalekwijzer letters resend --job ${jobId} --recipients ${recipients}\n` +
    `NL: ${retrying} berichten zijn nog niet aangenomen door de mailserver. Verstuur ze later opnieuw met het commando hierboven.\n`
  );
}

/**
 * Queues the pending shards and follows the job until it is done. A shard that failed for
 * good, or a stall longer than the timeout, stops the command with exit status 3; the job is
 * kept, and running the same command again goes on where it stopped.
 */
async function runDistributed(
  deps: LetterJobDeps,
  databaseUrl: string,
  jobId: string,
  options: {
    io: CliIo;
    bar: ReturnType<typeof progressReporter>;
    stallTimeoutMs: number;
    retryLimit: number;
  },
): Promise<LetterJobProgress> {
  const { io, bar } = options;
  const { enqueueShards } = await import('../../letters-pipeline/shard-queue.ts');
  const { DistributedJobError, watchDistributedJob } =
    await import('../../letters-pipeline/watch-distributed-job.ts');
  const queued = await enqueueShards(deps, databaseUrl, jobId, { retryLimit: options.retryLimit });
  io.stderr.write(
    `Queued ${queued.queued} shards` +
      (queued.alreadyQueued ? ` (${queued.alreadyQueued} more were still queued from an earlier run)` : '') +
      '; start workers with `datalekwijzer letters worker`.\n',
  );
  try {
    return await watchDistributedJob(deps, {
      jobId,
      queueIds: queued.ids,
      stallTimeoutMs: options.stallTimeoutMs,
      onProgress: (p) => bar.update(p),
      onNotice: (line) => {
        bar.end();
        io.stderr.write(`${line}\n`);
      },
    });
  } catch (error) {
    if (error instanceof DistributedJobError) {
      bar.end();
      throw new CliUsageError(error.message, unfinishedExitCode);
    }
    throw error;
  }
}

async function resend(
  flags: { job: string; recipients: string; smtp?: string },
  io: CliIo,
  state: { exitCode: number },
): Promise<void> {
  const cfg = config(io);
  const smtpUrl = flags.smtp ?? io.env.SMTP_URL;
  if (!smtpUrl)
    throw new CliUsageError('resend needs --smtp <url> or SMTP_URL, e.g. smtp://mail.example.nl:587.');
  await withStorage(cfg, async (storage) => {
    const totals = await resendRetrying(jobDeps(cfg, storage), {
      jobId: flags.job,
      recipientsPath: flags.recipients,
      smtpUrl,
    }).catch(explain);
    const progress = await getLetterJobProgress(storage.db, flags.job);
    if (totals.tried === 0) {
      io.stdout.write(
        `Nothing to send again: job ${flags.job} has no messages with status retrying.\n` +
          'NL: Er is niets opnieuw te versturen.\n',
      );
    } else {
      io.stdout.write(
        `Sent again ${totals.tried} messages: ${totals.sent} sent, ${totals.failed} refused for good, ` +
          `${totals.retrying} still refused for now.\n` +
          `NL: ${totals.tried} berichten opnieuw verstuurd: ${totals.sent} aangenomen, ${totals.failed} definitief geweigerd, ` +
          `${totals.retrying} nog steeds tijdelijk geweigerd.\n` +
          `Manifest with the delivery status of every message: ${outputPaths(progress.outDir).manifest}\n`,
      );
    }
    if (progress.retrying > 0) {
      io.stdout.write(retryingAdvice(progress.retrying, flags.job, flags.recipients));
      state.exitCode = 1;
    }
  });
}

async function worker(flags: { concurrency: string }, io: CliIo): Promise<void> {
  const cfg = config(io);
  if (!cfg.databaseUrl.startsWith('postgres'))
    throw new CliUsageError(
      'A letters worker takes shards from PostgreSQL: set DATABASE_URL to postgres://….',
    );
  const concurrency = wholeNumber(flags.concurrency, '--concurrency', 1);
  const { runLetterWorker } = await import('../../letters-pipeline/shard-queue.ts');
  await withStorage(cfg, async (storage) => {
    const running = await runLetterWorker(jobDeps(cfg, storage), {
      databaseUrl: cfg.databaseUrl,
      concurrency,
      log: (line) => io.stderr.write(`${line}\n`),
    });
    io.stderr.write(`Letters worker ${running.id} is waiting for shards. Stop it with Ctrl+C.\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await running.stop();
  });
}

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
received = generated + rejected always holds.

Exit status: 0 all letters made; 1 rows rejected (see validation-report.csv) or e-mails still
"retrying" (send them with \`letters resend\`); 2 a usage mistake, a file that cannot be read
faithfully, or a mapping that cannot be guessed; 3 a --distributed job stopped
unfinished: a shard failed for good, or no shard finished within --stall-timeout; 4 the job is
already running in another process (nothing was done). Run the same
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
