import { readFile } from 'node:fs/promises';
import { letterBaseUrlProblem } from '../../../base-url-check.ts';
import { AppError } from '../../../errors/catalogue.ts';
import type { Localized } from '../../../core/i18n/lang.ts';
import { recipientMappingSchema, type RecipientMapping } from '../../../importers/recipients-csv/index.ts';
import {
  getLetterJobProgress,
  outputPaths,
  readLetterSetup,
  readWhatChanged,
  type LetterFormat,
  type LetterJobProgress,
  type LetterSetup,
} from '../../../letters-pipeline/index.ts';
import type { Storage } from '../../../storage/open-storage.ts';
import { generateLetters } from '../../../use-cases/generate-letters.ts';
import { systemActor } from '../../../core/access/actor.ts';
import { JobAlreadyRunningError, withRoundRun } from '../../../letters-pipeline/run-claim.ts';
import { CliUsageError, type CliIo } from '../../io.ts';
import { runDistributed } from './distributed.ts';
import { alreadyRunningExitCode, describeInput, encodingFlag } from './input.ts';
import { progressReporter } from './progress.ts';
import { config, explain, jobDeps, minutes, retryingAdvice, wholeNumber, withStorage } from './shared.ts';

export interface GenerateFlags {
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

/** `letters generate`: plans (or resumes) the round, then renders it here or through workers. */
export async function generate(flags: GenerateFlags, io: CliIo, state: { exitCode: number }): Promise<void> {
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
  // The round is claimed before its file is read: a second run stops at once (exit 4).
  await withStorage(cfg, (storage) =>
    claimed(storage, { breachId: flags.breach, round }, async () => {
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
        progress = await prepared.render({
          ...(threads ? { threads } : {}),
          ...(smtpUrl ? { smtpUrl } : {}),
          onProgress: (p) => bar.update(p),
          onNotice: (line) => {
            bar.end();
            io.stderr.write(`${line}\n`);
          },
        });
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
    }),
  );
}

/** Runs `work` holding the round's run claim; another process holding it ends the command with exit 4. */
async function claimed<T>(
  storage: Storage,
  round: { breachId: string; round: number },
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await withRoundRun(storage.db, round, () => new Date(), work);
  } catch (error) {
    if (error instanceof JobAlreadyRunningError)
      throw new CliUsageError(error.message, alreadyRunningExitCode);
    throw error;
  }
}
