import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Kysely } from 'kysely';
import type { Localized } from '../core/i18n/lang.ts';
import type { Knowledge } from '../core/knowledge/index.ts';
import { checkCompleteness, compileVariant, type LetterContext } from '../core/letters/index.ts';
import { AppError, type FieldError } from '../errors/catalogue.ts';
import {
  codeColumnMissing,
  csvLine,
  mappingFromHeaders,
  reportHeader,
  resolveMapping,
  type RecipientMapping,
} from '../importers/recipients-csv/index.ts';
import { attachDuplicates, shardValidationContext } from './plan-duplicates.ts';
import { openRecipientsInput, type RecipientsInputOptions } from './recipients-input.ts';
import type { Database } from '../storage/schema.ts';
import type { LetterJobShardsTable } from '../storage/tables/letter-jobs.ts';
import { claimJob, type ClaimHeldElsewhere } from './job-claims.ts';
import {
  commitShard,
  countPendingShards,
  deliveryCounts,
  findJob,
  getJob,
  insertJob,
  listShards,
  markJob,
  pendingShards,
  type LetterJobRow,
  type ShardOutcome,
} from './job-store.ts';
import type { JobSettings, LetterFormat, LetterSetup } from './letter-settings.ts';
import { outputPaths, temporaryName, writeAtomically } from './output-paths.ts';
import { planShards } from './plan-shards.ts';
import { manifestHeader, type ShardTask } from './render-shard.ts';
import { createShardPool } from './thread-pool.ts';

/**
 * Recipients per shard, and so letters per PDF file at most. A PDF file's structure tree
 * (tagged PDF) stays in memory until the file is closed, so this bounds the memory per thread.
 */
export const defaultShardSize = 250;

/** What a letter job needs from its surroundings. */
export interface LetterJobDeps {
  db: Kysely<Database>;
  /** CODE_SECRET: keys code hashes and derives each job's code seed. */
  codeSecret: string;
  knowledge: Knowledge;
  /** Where personal pages live; codes on letters open `<baseUrl>/c/<CODE>`. */
  baseUrl: string;
  now: () => Date;
}

export interface PrepareLetterJobOptions {
  breachId: string;
  round?: number;
  recipientsPath: string;
  outDir: string;
  format: LetterFormat;
  setup: LetterSetup;
  mapping?: RecipientMapping;
  /** How to read the file: its encoding (detected when absent) and, for a workbook, the sheet. */
  input?: RecipientsInputOptions;
  whatChanged?: Localized;
  /** Recipients per shard (and so letters per PDF file at most). */
  shardSize?: number;
}

/** Progress of a job, for a progress bar or the workspace. Totals add up at every moment. */
export interface LetterJobProgress {
  jobId: string;
  breachId: string;
  round: number;
  status: string;
  shardsTotal: number;
  shardsDone: number;
  /** Data rows in the input file. */
  received: number;
  /** Rows in finished shards: generated + rejected. */
  processed: number;
  generated: number;
  rejected: number;
  /**
   * SMTP jobs: messages the mail server still refused with a temporary error after every
   * attempt; `letters resend` sends them again. Always 0 for PDF and `.eml` jobs.
   */
  retrying: number;
  outDir: string;
}

/**
 * Creates the job for (breach, round), or finds it to resume. A job is planned once: the input
 * file's checksum and shard byte ranges are stored, so a restart after `kill -9` renders only
 * the shards not yet committed, into the same files. Starting a round again with a different
 * file or output folder is refused.
 */
export async function prepareLetterJob(
  deps: LetterJobDeps,
  options: PrepareLetterJobOptions,
): Promise<{ job: LetterJobRow; resumed: boolean }> {
  const round = options.round ?? 1;
  const outDir = resolve(options.outDir);
  const { recipientsPath, head, source } = await openRecipientsInput(
    options.recipientsPath,
    outDir,
    options.input,
  );
  const mapping = options.mapping ?? mappingFromHeaders(head.headers);
  resolveMapping(mapping, head.headers, options.format === 'pdf' ? 'postal' : 'email');
  if (round > 1 && !mapping.code) {
    throw new AppError('validation_failed', {
      detail: 'A follow-up round reuses the codes of the earlier round: map the code column.',
      fieldErrors: [{ path: 'mapping.code', message: codeColumnMissing }],
    });
  }
  if (options.format !== 'pdf' && !options.setup.email) {
    throw new AppError('validation_failed', {
      detail: 'E-mail letters need a sender: add an `email` section with a from address to the letter setup.',
      fieldErrors: [
        {
          path: 'letters.email.from',
          message: { nl: 'Vul het adres in waarvan de e-mails komen.', en: 'No sender address.' },
        },
      ],
    });
  }
  await checkGroupsOfBreach(deps.db, options.breachId, options.setup);
  const existing = await findJob(deps.db, options.breachId, round);
  const plan = await planShards(recipientsPath, head, options.shardSize ?? defaultShardSize);
  const requirement = options.format === 'pdf' ? 'postal' : 'email';
  const context = shardValidationContext(options.setup, requirement, deps.knowledge);
  if (!existing) await attachDuplicates(recipientsPath, head, mapping, context, plan.shards);
  if (existing) {
    if (existing.recipients_sha256 !== plan.sha256 || existing.out_dir !== outDir) {
      throw new AppError('conflict', {
        detail:
          `Round ${round} of breach ${options.breachId} was already started with another recipients file or ` +
          `output folder. Start it again with the same file and folder, or use --round ${round + 1}.`,
      });
    }
    return { job: existing, resumed: true };
  }
  const now = deps.now();
  const settings: JobSettings = {
    setup: options.setup,
    mapping,
    delimiter: head.format.delimiter,
    encoding: head.format.encoding ?? 'utf-8',
    source: { ...source, encodingReason: head.format.encodingReason ?? 'valid-utf-8' },
    headers: head.headers,
    baseUrl: deps.baseUrl,
    date: now.toISOString().slice(0, 10),
    reuseCodes: round > 1,
    ...(options.whatChanged ? { whatChanged: options.whatChanged } : {}),
  };
  checkVariants(deps.knowledge, options.breachId, round, settings);
  const job: LetterJobRow = {
    id: randomUUID(),
    breach_id: options.breachId,
    round,
    format: options.format,
    status: 'running',
    recipients_path: recipientsPath,
    recipients_sha256: plan.sha256,
    out_dir: outDir,
    shard_size: options.shardSize ?? defaultShardSize,
    shards_total: plan.shards.length,
    rows_total: plan.rows,
    settings_json: JSON.stringify(settings),
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    finished_at: null,
  };
  await insertJob(deps.db, job, plan.shards);
  await rm(outputPaths(outDir).partial, { recursive: true, force: true });
  return { job, resumed: false };
}

/**
 * When the breach is registered with recipient groups, every variant must be for one of them
 * (matched on id, Dutch or English name, or certainty). A breach not registered here (letters
 * made before the breach page exists) takes its groups from the letter setup.
 */
async function checkGroupsOfBreach(
  db: Kysely<Database>,
  breachId: string,
  setup: LetterSetup,
): Promise<void> {
  const groups = await db
    .selectFrom('breach_recipient_groups')
    .select(['id', 'name_nl', 'name_en', 'certainty'])
    .where('breach_id', '=', breachId)
    .execute();
  if (!groups.length) return;
  const known = new Set(
    groups.flatMap((g) => [g.id, g.name_nl, g.name_en, g.certainty].map((v) => v.toLowerCase())),
  );
  const problems = setup.variants
    .filter((v) => !known.has(v.group.toLowerCase()))
    .map((v) => ({
      path: `variants.${v.id}.group`,
      message: {
        nl: `"${v.group}" is geen groep van datalek ${breachId} (${groups.map((g) => g.name_nl).join(', ')}).`,
        en: `"${v.group}" is not a recipient group of breach ${breachId} (${groups.map((g) => g.name_en).join(', ')}).`,
      },
    }));
  if (problems.length) {
    throw new AppError('validation_failed', {
      detail: 'Each letter variant must be for a recipient group of the breach.',
      fieldErrors: problems,
    });
  }
}

/** Runs the completeness gate on every variant before anything is rendered. */
function checkVariants(knowledge: Knowledge, breachId: string, round: number, settings: JobSettings): void {
  const context: LetterContext = {
    breachId,
    breachTitle: settings.setup.breachTitle,
    organisation: settings.setup.organisation,
    baseUrl: settings.baseUrl,
    date: settings.date,
    round,
    referencePrefix: settings.setup.referencePrefix,
  };
  const problems: FieldError[] = [];
  for (const variant of settings.setup.variants) {
    const langs = (['nl', 'en'] as const).filter((l) => variant.texts[l]);
    try {
      compileVariant(variant, context, langs);
    } catch (error) {
      // Name what is missing in both languages; a template that does not compile has only its English error.
      const report = checkCompleteness(variant, context.organisation, langs);
      const missing = [...report.missing, ...report.placeholders].map((problem) => problem.message);
      const english = (error as Error).message;
      problems.push({
        path: `variants.${variant.id}`,
        message: missing.length
          ? { nl: missing.map((m) => m.nl).join(' '), en: missing.map((m) => m.en).join(' ') }
          : { nl: `Briefvariant ${variant.id} kan niet worden gemaakt: ${english}`, en: english },
      });
    }
  }
  if (problems.length) {
    throw new AppError('validation_failed', {
      detail: 'A letter variant is not complete; no letter is made until it is.',
      fieldErrors: problems,
    });
  }
}

/** The task for one shard, as plain data for a thread or a worker process. */
export function shardTask(job: LetterJobRow, shard: ShardTask['shard']): ShardTask {
  return {
    jobId: job.id,
    breachId: job.breach_id,
    round: job.round,
    format: job.format as LetterFormat,
    recipientsPath: job.recipients_path,
    outDir: job.out_dir,
    settings: JSON.parse(job.settings_json) as JobSettings,
    shard,
  };
}

/** Commits a rendered shard, and finishes the job when it was the last one. */
export async function recordShard(
  deps: Pick<LetterJobDeps, 'db' | 'now'>,
  job: LetterJobRow,
  outcome: ShardOutcome,
  worker: string,
): Promise<void> {
  const settings = JSON.parse(job.settings_json) as JobSettings;
  const now = deps.now().toISOString();
  await commitShard(deps.db, job, outcome, {
    now,
    sentOn: settings.date,
    worker,
    ...(settings.whatChanged ? { whatChanged: settings.whatChanged } : {}),
  });
}

/**
 * Renders every pending shard of a job on this machine with worker threads, committing each
 * shard as it completes, then assembles the manifest and the validation report. At most one
 * shard per thread is in flight, so memory does not depend on the number of recipients. When
 * another process holds the job's `finish` claim, it waits for that one, or takes the claim
 * over once it is stale (a finisher that died).
 */
export async function runLetterJobInProcess(
  deps: LetterJobDeps,
  jobId: string,
  options: {
    threads?: number;
    onProgress?: (progress: LetterJobProgress) => void;
    /** Lines for the operator (English and Dutch), e.g. while another process finishes the job. */
    onNotice?: (line: string) => void;
    smtpUrl?: string;
  } = {},
): Promise<LetterJobProgress> {
  const job = await getJob(deps.db, jobId);
  if (!job) throw new AppError('not_found', { detail: `No letter job ${jobId}.` });
  const pending = await pendingShards(deps.db, jobId);
  if (pending.length) {
    // SMTP is limited by the mail server's rate, not by the CPU: one sender keeps the throttle exact.
    const threads = job.format === 'smtp' ? 1 : options.threads;
    const pool = createShardPool({
      codeSecret: deps.codeSecret,
      shardSize: job.shard_size,
      knowledge: deps.knowledge,
      ...(threads ? { threads } : {}),
      ...(options.smtpUrl ? { smtpUrl: options.smtpUrl } : {}),
    });
    try {
      let next = 0;
      const lane = async () => {
        while (next < pending.length) {
          const shard = pending[next++];
          if (!shard) break;
          const outcome = await pool.run(shardTask(job, shard));
          await recordShard(deps, job, outcome, `thread:${process.pid}`);
          options.onProgress?.(await getLetterJobProgress(deps.db, jobId));
        }
      };
      // Two lanes per thread: while one lane commits its shard, the other's shard is already
      // rendering on the freed thread, so threads do not wait for the database. A thread still
      // renders one shard at a time; a waiting lane holds only the small shard description.
      await Promise.all(Array.from({ length: pool.size * 2 }, lane));
    } finally {
      await pool.close();
    }
  }
  await finishLetterJobWhenFree(deps, jobId, options.onNotice ? { onNotice: options.onNotice } : {});
  return getLetterJobProgress(deps.db, jobId);
}

/** What one attempt to finish a job found. */
export type FinishOutcome =
  | { kind: 'finished' }
  | { kind: 'already-done' }
  | { kind: 'shards-pending' }
  | { kind: 'held-elsewhere'; heldBy: ClaimHeldElsewhere };

/**
 * Joins the shard parts into `manifest.csv` and `validation-report.csv` and writes the summary,
 * each through a temporary file and a rename, once every shard is done. Only the holder of the
 * job's `finish` claim does this, so one process at a time finishes a job; a claim whose holder
 * died while finishing goes stale after the lease and is taken over by the next caller (the
 * coordinator, a worker, or the same command run again), which writes the same files.
 */
export async function tryFinishLetterJob(
  deps: Pick<LetterJobDeps, 'db' | 'now'>,
  jobId: string,
  options: { leaseMs?: number } = {},
): Promise<FinishOutcome> {
  const before = await getJob(deps.db, jobId);
  if (!before || before.status === 'done') return { kind: 'already-done' };
  if (await countPendingShards(deps.db, jobId)) return { kind: 'shards-pending' };
  const claimed = await claimJob(deps.db, jobId, 'finish', {
    now: deps.now,
    ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}),
  });
  if (!claimed.ok) return { kind: 'held-elsewhere', heldBy: claimed.heldBy };
  const { claim } = claimed;
  try {
    // Read again under the claim: the previous holder may have finished just before releasing it.
    const job = await getJob(deps.db, jobId);
    if (!job || job.status === 'done') return { kind: 'already-done' };
    await markJob(deps.db, jobId, 'finishing', deps.now().toISOString());
    const shards = await listShards(deps.db, jobId);
    await writeJobOutputs(deps.db, job, shards);
    await rm(outputPaths(job.out_dir).partial, { recursive: true, force: true });
    await removeLeftoverTemporaries(job.out_dir);
    await markJob(deps.db, jobId, 'done', deps.now().toISOString());
    return { kind: 'finished' };
  } finally {
    await claim.release();
  }
}

/** `tryFinishLetterJob`, answering only whether this call finished the job. */
export async function finishLetterJob(
  deps: Pick<LetterJobDeps, 'db' | 'now'>,
  jobId: string,
  options: { leaseMs?: number } = {},
): Promise<boolean> {
  return (await tryFinishLetterJob(deps, jobId, options)).kind === 'finished';
}

/**
 * Finishes a job whose shards are all done, waiting while another process holds a live
 * `finish` claim: until that one is done, or its claim goes stale and this call takes it over.
 */
export async function finishLetterJobWhenFree(
  deps: Pick<LetterJobDeps, 'db' | 'now'>,
  jobId: string,
  options: {
    leaseMs?: number;
    pollMs?: number;
    onNotice?: (line: string) => void;
    sleep?: (ms: number) => Promise<void>;
  } = {},
): Promise<void> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let told = false;
  for (;;) {
    const outcome = await tryFinishLetterJob(deps, jobId, options);
    if (outcome.kind !== 'held-elsewhere') return;
    if (!told) {
      told = true;
      options.onNotice?.(finishHeldLine(jobId, outcome.heldBy));
    }
    await sleep(options.pollMs ?? 1000);
  }
}

/** Says, in English and Dutch, that another process is finishing a job and until when it may. */
export function finishHeldLine(jobId: string, heldBy: ClaimHeldElsewhere): string {
  return (
    `Every shard of job ${jobId} is done; ${heldBy.holder} is joining the outputs (claim of ${heldBy.claimedAt}). ` +
    `Waiting until it is done; if it stopped, this command takes over after ${heldBy.staleAt}.\n` +
    `NL: Alle delen van opdracht ${jobId} zijn klaar; een ander proces (${heldBy.holder}) maakt de bestanden af. ` +
    `We wachten tot dat klaar is. Is het gestopt, dan neemt dit commando het over na ${heldBy.staleAt}.`
  );
}

/**
 * Writes `manifest.csv`, `validation-report.csv` and `summary.json` from the shard parts and the
 * database. Also run by `letters resend` after it changed delivery statuses in the parts.
 */
export async function writeJobOutputs(
  db: Kysely<Database>,
  job: LetterJobRow,
  shards: readonly LetterJobShardsTable[],
): Promise<void> {
  const paths = outputPaths(job.out_dir);
  await mkdir(paths.parts, { recursive: true });
  const ids = shards.map((s) => String(s.shard_index + 1).padStart(5, '0'));
  await joinParts(
    paths.manifest,
    csvLine(manifestHeader),
    ids.map((id) => join(paths.parts, `manifest-${id}.csv`)),
  );
  await joinParts(
    paths.report,
    csvLine(reportHeader),
    ids.map((id) => join(paths.parts, `rejected-${id}.csv`)),
  );
  const generated = shards.reduce((n, s) => n + s.generated, 0);
  const rejected = shards.reduce((n, s) => n + s.rejected, 0);
  const summary = {
    breachId: job.breach_id,
    round: job.round,
    format: job.format,
    received: job.rows_total,
    generated,
    rejected,
    shards: shards.length,
    // How the recipients file was read: its encoding and why, or the sheet of a workbook.
    input: inputOf(JSON.parse(job.settings_json) as JobSettings),
    files: shards.filter((s) => s.file_name).map((s) => ({ file: s.file_name, sha256: s.file_sha256 })),
    // SMTP: how many messages the server took, refused for good, or refused for now.
    ...(job.format === 'smtp' ? { delivery: await smtpDelivery(db, job.id) } : {}),
  };
  await writeAtomically(paths.summary, `${JSON.stringify(summary, null, 2)}\n`);
}

function inputOf(settings: JobSettings) {
  return { encoding: settings.encoding ?? 'utf-8', ...(settings.source ?? {}) };
}

async function smtpDelivery(db: Kysely<Database>, jobId: string) {
  const counts = await deliveryCounts(db, jobId);
  return { sent: counts.sent ?? 0, failed: counts.failed ?? 0, retrying: counts.retrying ?? 0 };
}

/**
 * Removes half-written temporary outputs a finisher left when it died: they hold personal data.
 * Runs under the `finish` claim before the job is done, so no live writer owns them (a finisher
 * that lost its claim would fail its rename; the outputs it meant to write are these).
 */
async function removeLeftoverTemporaries(outDir: string): Promise<void> {
  const paths = outputPaths(outDir);
  const outputs = [paths.manifest, paths.report, paths.summary].map((p) => basename(p));
  for (const name of await readdir(outDir)) {
    if (name.endsWith('.tmp') && outputs.some((o) => name.startsWith(`${o}.`)))
      await rm(join(outDir, name), { force: true });
  }
}

async function joinParts(target: string, header: string, parts: string[]): Promise<void> {
  const tmp = temporaryName(target);
  try {
    const out = createWriteStream(tmp);
    const write = async (chunk: string | Buffer) => {
      if (!out.write(chunk)) await once(out, 'drain');
    };
    try {
      await write(header);
      for (const part of parts) {
        await stat(part); // a missing part is an error, never a silent gap
        for await (const chunk of createReadStream(part)) await write(chunk as Buffer);
      }
      out.end();
      await finished(out);
    } catch (error) {
      out.destroy();
      throw error;
    }
    await rename(tmp, target);
  } finally {
    await rm(tmp, { force: true });
  }
}

/** Progress of a job from the database, readable from any process. */
export async function getLetterJobProgress(db: Kysely<Database>, jobId: string): Promise<LetterJobProgress> {
  const job = await getJob(db, jobId);
  if (!job) throw new AppError('not_found', { detail: `No letter job ${jobId}.` });
  const totals = await db
    .selectFrom('letter_job_shards')
    .select((eb) => [
      eb.fn.countAll<number>().as('done'),
      eb.fn.coalesce(eb.fn.sum<number>('generated'), eb.val(0)).as('generated'),
      eb.fn.coalesce(eb.fn.sum<number>('rejected'), eb.val(0)).as('rejected'),
    ])
    .where('job_id', '=', jobId)
    .where('status', '=', 'done')
    .executeTakeFirstOrThrow();
  const generated = Number(totals.generated);
  const rejected = Number(totals.rejected);
  const retrying = job.format === 'smtp' ? ((await deliveryCounts(db, jobId)).retrying ?? 0) : 0;
  return {
    jobId,
    breachId: job.breach_id,
    round: job.round,
    status: job.status,
    shardsTotal: job.shards_total,
    shardsDone: Number(totals.done),
    received: job.rows_total,
    processed: generated + rejected,
    generated,
    rejected,
    retrying,
    outDir: job.out_dir,
  };
}

/**
 * Starts (or resumes) a job in this process, for the workspace: returns at once with the job
 * id; `done` settles when the letters are made. Read progress with `getLetterJobProgress`.
 */
export async function startLetterJob(
  deps: LetterJobDeps,
  options: PrepareLetterJobOptions & { threads?: number; smtpUrl?: string },
): Promise<{ jobId: string; resumed: boolean; done: Promise<LetterJobProgress> }> {
  const { job, resumed } = await prepareLetterJob(deps, options);
  const done = runLetterJobInProcess(deps, job.id, {
    ...(options.threads ? { threads: options.threads } : {}),
    ...(options.smtpUrl ? { smtpUrl: options.smtpUrl } : {}),
  });
  return { jobId: job.id, resumed, done };
}
