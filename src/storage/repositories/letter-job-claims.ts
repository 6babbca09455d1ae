import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** What a claim is for: joining a job's outputs, or sending its refused e-mails again. */
export type JobClaimKind = 'finish' | 'resend' | 'run';

/**
 * How long a claim lasts without renewal. A holder renews it three times per period, so only
 * a process that died (or cannot reach the database) lets it go stale. Minutes, not seconds:
 * clocks of machines sharing one database may differ a little.
 */
export const defaultClaimLeaseMs = 5 * 60_000;

export interface ClaimOptions {
  now: () => Date;
  /** Default `defaultClaimLeaseMs`; shorter in tests. */
  leaseMs?: number;
}

/** A claim this process holds. */
export interface HeldClaim {
  holder: string;
  /** Whether the last renewal found the claim still ours (false: another took it over). */
  held(): boolean;
  /** Stops renewing and gives the claim up, if it is still ours. */
  release(): Promise<void>;
}

/** Who holds a claim someone else asked for, and from when it may be taken over. */
export interface ClaimHeldElsewhere {
  holder: string;
  claimedAt: string;
  staleAt: string;
}

export type ClaimResult = { ok: true; claim: HeldClaim } | { ok: false; heldBy: ClaimHeldElsewhere };

/** `<host>:<pid>:<random>`: names the process in messages, and differs for every claim. */
function newHolder(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

/**
 * True when the holder is a process on this machine that no longer exists (killed, crashed):
 * its claim can be taken over at once instead of after the lease. A holder on another machine,
 * or a process id that is in use again, counts as alive, and the lease decides.
 */
function holderIsGone(holder: string): boolean {
  const [host, pid] = holder.split(':');
  if (host !== hostname() || !pid || !/^\d+$/.test(pid) || Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Takes the `kind` claim on a job when nobody holds it, when its holder has not renewed it
 * for the lease period, or when its holder was a process on this machine that has died. Exactly one of several callers at once gets it, on SQLite and
 * PostgreSQL: the insert is keyed on (job, kind), and the take-over is one conditional update
 * that PostgreSQL re-checks after a concurrent one commits. The claim is renewed in the
 * background until `release`.
 */
export async function claimJob(
  db: Kysely<Database>,
  jobId: string,
  kind: JobClaimKind,
  options: ClaimOptions,
): Promise<ClaimResult> {
  const leaseMs = options.leaseMs ?? defaultClaimLeaseMs;
  const holder = newHolder();
  // A claim released between our insert and our look-up leaves no row: try again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const now = options.now();
    const inserted = await db
      .insertInto('letter_job_claims')
      .values({ job_id: jobId, kind, holder, claimed_at: now.toISOString() })
      .onConflict((oc) => oc.columns(['job_id', 'kind']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1)
      return { ok: true, claim: keepClaim(db, jobId, kind, holder, options.now, leaseMs) };
    const staleBefore = new Date(now.getTime() - leaseMs).toISOString();
    const taken = await db
      .updateTable('letter_job_claims')
      .set({ holder, claimed_at: now.toISOString() })
      .where('job_id', '=', jobId)
      .where('kind', '=', kind)
      .where('claimed_at', '<', staleBefore)
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) === 1)
      return { ok: true, claim: keepClaim(db, jobId, kind, holder, options.now, leaseMs) };
    const current = await db
      .selectFrom('letter_job_claims')
      .select(['holder', 'claimed_at'])
      .where('job_id', '=', jobId)
      .where('kind', '=', kind)
      .executeTakeFirst();
    if (current && holderIsGone(current.holder)) {
      const takenFromDead = await db
        .updateTable('letter_job_claims')
        .set({ holder, claimed_at: now.toISOString() })
        .where('job_id', '=', jobId)
        .where('kind', '=', kind)
        .where('holder', '=', current.holder)
        .executeTakeFirst();
      if (Number(takenFromDead.numUpdatedRows) === 1)
        return { ok: true, claim: keepClaim(db, jobId, kind, holder, options.now, leaseMs) };
      continue;
    }
    if (current) {
      const staleAt = new Date(new Date(current.claimed_at).getTime() + leaseMs).toISOString();
      return { ok: false, heldBy: { holder: current.holder, claimedAt: current.claimed_at, staleAt } };
    }
  }
  throw new Error(`Could not claim job ${jobId} for ${kind}: the claim changed hands three times.`);
}

/** Renews a claim three times per lease period until it is released. */
function keepClaim(
  db: Kysely<Database>,
  jobId: string,
  kind: JobClaimKind,
  holder: string,
  now: () => Date,
  leaseMs: number,
): HeldClaim {
  let held = true;
  let renewing: Promise<void> = Promise.resolve();
  const renew = async () => {
    try {
      const result = await db
        .updateTable('letter_job_claims')
        .set({ claimed_at: now().toISOString() })
        .where('job_id', '=', jobId)
        .where('kind', '=', kind)
        .where('holder', '=', holder)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) held = false;
    } catch {
      // The database may be unreachable for a moment; the next renewal tries again. If it
      // stays away longer than the lease, another process may take the claim over.
    }
  };
  const timer = setInterval(
    () => {
      renewing = renewing.then(renew);
    },
    Math.max(10, Math.floor(leaseMs / 3)),
  );
  timer.unref();
  return {
    holder,
    held: () => held,
    async release() {
      clearInterval(timer);
      await renewing;
      held = false;
      await db
        .deleteFrom('letter_job_claims')
        .where('job_id', '=', jobId)
        .where('kind', '=', kind)
        .where('holder', '=', holder)
        .execute();
    },
  };
}
