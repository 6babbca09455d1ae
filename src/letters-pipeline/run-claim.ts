import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.ts';
import { claimJob, type HeldClaim } from '../storage/repositories/letter-job-claims.ts';

/** A second run of a letter round that is already being made (the CLI exits with its own status). */
export class JobAlreadyRunningError extends Error {
  constructor(
    readonly breachId: string,
    readonly round: number,
    readonly holder: string,
    readonly staleAt: string,
  ) {
    super(
      `The letters job of breach ${breachId}, round ${round} is already running (${holder}). Nothing was done. ` +
        `Wait until it is done; if that process stopped without finishing, run the command again after ${staleAt}.\n` +
        `NL: De opdracht voor datalek ${breachId}, ronde ${round} loopt al (${holder}). Er is niets gedaan. ` +
        `Wacht tot die klaar is; is dat proces gestopt, start dan opnieuw na ${staleAt}.`,
    );
    this.name = 'JobAlreadyRunningError';
  }
}

/** The claim key of a round: the job does not exist yet while its file is read and planned. */
export function roundClaimKey(breachId: string, round: number): string {
  return `round:${breachId}:${round}`;
}

/**
 * Takes the `run` claim of a letter round (breach and round: one job), so one process at a
 * time reads, plans and renders it, in-process or by queueing it for workers; a second run
 * stops at once, before it reads the file, instead of planning or rendering the same shards
 * twice. A claim whose holder died on this machine is taken over at once, one on another
 * machine after the lease.
 */
export async function claimRoundRun(
  db: Kysely<Database>,
  round: { breachId: string; round: number },
  options: { now: () => Date; leaseMs?: number },
): Promise<HeldClaim> {
  const claimed = await claimJob(db, roundClaimKey(round.breachId, round.round), 'run', options);
  if (!claimed.ok)
    throw new JobAlreadyRunningError(
      round.breachId,
      round.round,
      claimed.heldBy.holder,
      claimed.heldBy.staleAt,
    );
  return claimed.claim;
}

/** Runs `work` while holding the round's `run` claim; gives the claim up afterwards, whatever happens. */
export async function withRoundRun<T>(
  db: Kysely<Database>,
  round: { breachId: string; round: number },
  now: () => Date,
  work: () => Promise<T>,
): Promise<T> {
  const claim = await claimRoundRun(db, round, { now });
  try {
    return await work();
  } finally {
    await claim.release();
  }
}
