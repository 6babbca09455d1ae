import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.ts';
import { claimJob, type HeldClaim } from '../storage/repositories/letter-job-claims.ts';

/** A second run of a job that is already being made (the CLI exits with its own status). */
export class JobAlreadyRunningError extends Error {
  constructor(
    readonly jobId: string,
    readonly holder: string,
    readonly staleAt: string,
  ) {
    super(
      `Job ${jobId} is already running (${holder}). Nothing was done. Wait until it is done; ` +
        `if that process stopped without finishing, run the command again after ${staleAt}.\n` +
        `NL: Opdracht ${jobId} loopt al (${holder}). Er is niets gedaan. Wacht tot die klaar is; ` +
        `is dat proces gestopt, start dan opnieuw na ${staleAt}.`,
    );
    this.name = 'JobAlreadyRunningError';
  }
}

/**
 * Takes the job's `run` claim, so one process at a time renders a job in-process; a second
 * run stops at once instead of rendering the same shards twice. A run that died leaves a
 * claim that goes stale after the lease, and the next run takes it over.
 */
export async function claimJobRun(
  db: Kysely<Database>,
  jobId: string,
  options: { now: () => Date; leaseMs?: number },
): Promise<HeldClaim> {
  const claimed = await claimJob(db, jobId, 'run', options);
  if (!claimed.ok) throw new JobAlreadyRunningError(jobId, claimed.heldBy.holder, claimed.heldBy.staleAt);
  return claimed.claim;
}

/** Runs `work` while holding the job's `run` claim; gives the claim up afterwards, whatever happens. */
export async function withJobRun<T>(
  db: Kysely<Database>,
  jobId: string,
  now: () => Date,
  work: () => Promise<T>,
): Promise<T> {
  const claim = await claimJobRun(db, jobId, { now });
  try {
    return await work();
  } finally {
    await claim.release();
  }
}
