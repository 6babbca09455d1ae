import { readdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { claimJob, type ClaimHeldElsewhere } from '../storage/repositories/letter-job-claims.ts';
import { countPendingShards, getJob, listShards, markJob } from '../storage/repositories/letter-jobs.ts';
import { writeJobOutputs } from './job-outputs.ts';
import { outputPaths } from './output-paths.ts';
import type { LetterJobDeps } from './prepare-job.ts';

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
