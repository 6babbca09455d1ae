import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.ts';
import { pendingShards } from '../storage/repositories/letter-jobs.ts';
import { finishHeldLine, tryFinishLetterJob } from './finish-job.ts';
import { getLetterJobProgress, type LetterJobProgress } from './job-progress.ts';
import { readQueueSnapshot, type FailedShardMessage, type QueueSnapshot } from './shard-queue.ts';

/** Why a coordinator stopped watching a job that is not done. The job stays resumable. */
export class DistributedJobError extends Error {
  constructor(
    readonly kind: 'failed' | 'stalled',
    message: string,
  ) {
    super(message);
    this.name = 'DistributedJobError';
  }
}

export interface WatchDistributedJobOptions {
  jobId: string;
  /** pg-boss ids of the shard messages queued for this run (see `enqueueShards`). */
  queueIds: readonly string[];
  /** Fail after this long without a finished shard; 0 waits for ever (with warnings). */
  stallTimeoutMs: number;
  pollMs?: number;
  onProgress?: (progress: LetterJobProgress) => void;
  /** Stall warnings, one line each, without personal data. */
  onNotice?: (line: string) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Lease of the job's `finish` claim (default `defaultClaimLeaseMs`); shorter in tests. */
  claimLeaseMs?: number;
}

/**
 * Follows a job whose shards are on the pg-boss queue until it is done. Stops with a
 * `DistributedJobError` as soon as a shard of this job has used up its retries (naming each
 * such shard, its rows and the worker's error), or when no shard finished for `stallTimeoutMs`;
 * before that it warns at intervals, with the number of workers connected. Finishes the job
 * itself when every shard is done but no worker joined the outputs: the one that committed the
 * last shard died before finishing, or while finishing (its `finish` claim is then taken over
 * once stale). Stopping leaves the job as it is: run `letters generate` again to go on.
 */
export async function watchDistributedJob(
  deps: { db: Kysely<Database>; now: () => Date },
  options: WatchDistributedJobOptions,
): Promise<LetterJobProgress> {
  const clock = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const pollMs = options.pollMs ?? 500;
  const stallMs = options.stallTimeoutMs;
  // At most one warning a minute; sooner for short timeouts, so each gets a few before failing.
  const warnEveryMs = stallMs > 0 ? Math.min(60_000, stallMs / 3) : 60_000;
  let lastDone = -1;
  let lastChange = clock();
  let warnings = 0;
  let toldHeld = false;
  for (;;) {
    let progress = await getLetterJobProgress(deps.db, options.jobId);
    options.onProgress?.(progress);
    if (progress.status === 'done') return progress;
    if (progress.shardsDone !== lastDone) {
      lastDone = progress.shardsDone;
      lastChange = clock();
      warnings = 0;
    }
    if (progress.shardsDone === progress.shardsTotal) {
      // Claimed: a no-op while a worker is finishing it; taken over when that worker died.
      const outcome = await tryFinishLetterJob(deps, options.jobId, {
        ...(options.claimLeaseMs ? { leaseMs: options.claimLeaseMs } : {}),
      });
      progress = await getLetterJobProgress(deps.db, options.jobId);
      if (progress.status === 'done') {
        options.onProgress?.(progress);
        return progress;
      }
      // Nothing is left on the queue for this job, so no stall or failed shard can stop it now:
      // wait for the finisher, or for its claim to go stale.
      if (outcome.kind === 'held-elsewhere' && !toldHeld) {
        toldHeld = true;
        options.onNotice?.(finishHeldLine(options.jobId, outcome.heldBy));
      }
      await sleep(pollMs);
      continue;
    }
    const queue = await readQueueSnapshot(deps.db, options.queueIds);
    if (queue.failed.length) {
      const pending = new Map((await pendingShards(deps.db, options.jobId)).map((s) => [s.index, s]));
      // A failed duplicate of a shard that another message finished is no reason to stop.
      const failed = queue.failed.filter((f) => pending.has(f.shardIndex));
      if (failed.length) {
        throw new DistributedJobError(
          'failed',
          failedMessage(progress, failed, (i) => {
            const shard = pending.get(i);
            return shard ? [shard.firstRow, shard.firstRow + shard.rowCount - 1] : undefined;
          }),
        );
      }
    }
    const idle = clock() - lastChange;
    if (stallMs > 0 && idle >= stallMs) {
      throw new DistributedJobError('stalled', stalledMessage(progress, queue, idle));
    }
    if (idle >= warnEveryMs * (warnings + 1)) {
      warnings++;
      options.onNotice?.(stallLine(progress, queue, idle));
    }
    await sleep(pollMs);
  }
}

/** `45 seconds`, `1 minute`, `12 minutes`. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

function formatDurationNl(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} seconden`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} ${minutes === 1 ? 'minuut' : 'minuten'}`;
}

function queueLine(progress: LetterJobProgress, queue: QueueSnapshot): string {
  return (
    `${progress.shardsDone} of ${progress.shardsTotal} shards done; ` +
    `${queue.workersConnected} letters worker${queue.workersConnected === 1 ? '' : 's'} connected; ` +
    `queue: ${queue.waiting} waiting, ${queue.active} being made, ${queue.retrying} waiting to retry`
  );
}

function stallLine(progress: LetterJobProgress, queue: QueueSnapshot, idle: number): string {
  const hint =
    queue.workersConnected === 0
      ? ' Start `datalekwijzer letters worker` on a machine that reaches the database. / Start een letters worker.'
      : '';
  return `No progress for ${formatDuration(idle)} (geen voortgang sinds ${formatDurationNl(idle)}): ${queueLine(progress, queue)}.${hint}`;
}

function stalledMessage(progress: LetterJobProgress, queue: QueueSnapshot, idle: number): string {
  return [
    `Letters job ${progress.jobId} stopped: no shard finished for ${formatDuration(idle)} (--stall-timeout).`,
    `  ${queueLine(progress, queue)}.`,
    'The job is kept. A worker that died while making a shard gives it back to the queue after 15 minutes.',
    'Start workers (`datalekwijzer letters worker`) and run the same command again to go on; it makes only the shards that are not done.',
    `NL: De brieven van opdracht ${progress.jobId} zijn niet af: ${formatDurationNl(idle)} lang is er geen deel klaargekomen.`,
    'NL: De opdracht blijft bewaard. Start workers en geef hetzelfde commando opnieuw; dan worden alleen de delen gemaakt die nog niet klaar zijn.',
  ].join('\n');
}

function failedMessage(
  progress: LetterJobProgress,
  failed: readonly FailedShardMessage[],
  rows: (shardIndex: number) => [number, number] | undefined,
): string {
  const lines = failed.map((f) => {
    const range = rows(f.shardIndex);
    const where = range ? ` (rows ${range[0]}–${range[1]})` : '';
    const tries = `${f.retryLimit + 1} tr${f.retryLimit === 0 ? 'y' : 'ies'}`;
    return `  - shard ${f.shardIndex + 1} of ${progress.shardsTotal}${where}, failed after ${tries}: ${f.reason}`;
  });
  const n = failed.length;
  return [
    `Letters job ${progress.jobId} stopped: ${n} shard${n === 1 ? '' : 's'} failed for good (retry limit used up):`,
    ...lines,
    `${progress.shardsDone} of ${progress.shardsTotal} shards are done; workers go on with the other queued shards.`,
    'Fix the cause, then run the same command again: it queues only the shards that are not done, and no letter is made twice.',
    `NL: De brieven van opdracht ${progress.jobId} zijn niet af: ${n} ${n === 1 ? 'deel (shard) is' : 'delen (shards) zijn'} mislukt, ook na alle nieuwe pogingen (zie de regels hierboven).`,
    'NL: Los de oorzaak op en geef hetzelfde commando opnieuw. Dan worden alleen de delen gemaakt die nog niet klaar zijn.',
  ].join('\n');
}
