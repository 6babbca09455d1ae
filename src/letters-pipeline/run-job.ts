import type { ShardOutcome } from '../core/letters/index.ts';
import { AppError } from '../errors/catalogue.ts';
import {
  commitShard,
  getJob,
  pendingShards,
  type LetterJobRow,
} from '../storage/repositories/letter-jobs.ts';
import { finishLetterJobWhenFree } from './finish-job.ts';
import { getLetterJobProgress, type LetterJobProgress } from './job-progress.ts';
import type { JobSettings, LetterFormat } from './letter-settings.ts';
import type { LetterJobDeps } from './prepare-job.ts';
import type { ShardTask } from './render-shard.ts';
import { createShardPool } from './thread-pool.ts';

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

/** How to run a job in this process. */
export interface RunLetterJobOptions {
  /** Render threads; default one per core (always one for SMTP). */
  threads?: number;
  onProgress?: (progress: LetterJobProgress) => void;
  /** Lines for the operator (English and Dutch), e.g. while another process finishes the job. */
  onNotice?: (line: string) => void;
  smtpUrl?: string;
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
  options: RunLetterJobOptions = {},
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
      let stopped = false;
      const lane = async () => {
        while (!stopped && next < pending.length) {
          const shard = pending[next++];
          if (!shard) break;
          try {
            const outcome = await pool.run(shardTask(job, shard));
            await recordShard(deps, job, outcome, `thread:${process.pid}`);
          } catch (error) {
            // The run stops at the first failed shard (named in the error); shards already
            // rendering finish and are committed, and running the job again resumes from there.
            stopped = true;
            throw error;
          }
          options.onProgress?.(await getLetterJobProgress(deps.db, jobId));
        }
      };
      // Two lanes per thread: while one lane commits its shard, the other's shard is already
      // rendering on the freed thread, so threads do not wait for the database. A thread still
      // renders one shard at a time; a waiting lane holds only the small shard description.
      const lanes = await Promise.allSettled(Array.from({ length: pool.size * 2 }, lane));
      const failure = lanes.find((l) => l.status === 'rejected');
      if (failure) throw failure.reason;
    } finally {
      await pool.close();
    }
  }
  await finishLetterJobWhenFree(deps, jobId, options.onNotice ? { onNotice: options.onNotice } : {});
  return getLetterJobProgress(deps.db, jobId);
}
