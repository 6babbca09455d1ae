import type { Kysely } from 'kysely';
import { AppError } from '../errors/catalogue.ts';
import { deliveryCounts, doneShardTotals, getJob } from '../storage/repositories/letter-jobs.ts';
import type { Database } from '../storage/schema.ts';

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

/** Progress of a job from the database, readable from any process. */
export async function getLetterJobProgress(db: Kysely<Database>, jobId: string): Promise<LetterJobProgress> {
  const job = await getJob(db, jobId);
  if (!job) throw new AppError('not_found', { detail: `No letter job ${jobId}.` });
  const totals = await doneShardTotals(db, jobId);
  const { generated, rejected } = totals;
  const retrying = job.format === 'smtp' ? ((await deliveryCounts(db, jobId)).retrying ?? 0) : 0;
  return {
    jobId,
    breachId: job.breach_id,
    round: job.round,
    status: job.status,
    shardsTotal: job.shards_total,
    shardsDone: totals.done,
    received: job.rows_total,
    processed: generated + rejected,
    generated,
    rejected,
    retrying,
    outDir: job.out_dir,
  };
}
