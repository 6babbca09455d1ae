import type { LetterJobDeps, LetterJobProgress } from '../../../letters-pipeline/index.ts';
import { CliUsageError, type CliIo } from '../../io.ts';
import type { progressReporter } from './progress.ts';

/** Exit status when a distributed job stopped unfinished (a shard failed for good, or a stall). */
export const unfinishedExitCode = 3;

/**
 * Queues the pending shards and follows the job until it is done. A shard that failed for
 * good, or a stall longer than the timeout, stops the command with exit status 3; the job is
 * kept, and running the same command again goes on where it stopped.
 */
export async function runDistributed(
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
  const { enqueueShards } = await import('../../../letters-pipeline/shard-queue.ts');
  const { DistributedJobError, watchDistributedJob } =
    await import('../../../letters-pipeline/watch-distributed-job.ts');
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
