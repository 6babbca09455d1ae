import { getLetterJobProgress, runLetterJobInProcess } from '../letters-pipeline/index.ts';
import { markLetterWebJob } from '../storage/repositories/letter-variants.ts';
import type { LetterRoundDeps } from './start-letter-round.ts';
import { deleteInputFiles } from './support/letter-folders.ts';

/**
 * Picks up workspace rounds that a stopped server left behind: a round still being made is
 * resumed from its first unfinished shard (the pipeline is resumable), a finished one whose
 * uploaded file is still on disk has that file deleted. Run once when the server starts;
 * `done` settles when every resumed round has finished and its upload is gone.
 */
export async function resumeLetterRounds(
  deps: LetterRoundDeps,
): Promise<{ resumed: number; done: Promise<void> }> {
  const open = await deps.db
    .selectFrom('letter_web_jobs')
    .selectAll()
    .where('input_deleted_at', 'is', null)
    .where('outputs_deleted_at', 'is', null)
    .execute();
  const jobDeps = {
    db: deps.db,
    codeSecret: deps.codeSecret,
    knowledge: deps.knowledge,
    baseUrl: deps.baseUrl,
    now: deps.clock,
  };
  const removeInput = async (jobId: string, folder: string) => {
    await deleteInputFiles(deps.lettersDir, folder);
    await markLetterWebJob(deps.db, jobId, { input_deleted_at: deps.clock().toISOString() });
  };
  let resumed = 0;
  const work: Promise<void>[] = [];
  for (const job of open) {
    const progress = await getLetterJobProgress(deps.db, job.job_id);
    if (progress.status === 'done') {
      work.push(removeInput(job.job_id, job.folder));
      continue;
    }
    resumed++;
    work.push(
      runLetterJobInProcess(jobDeps, job.job_id, deps.threads ? { threads: deps.threads } : {}).then(
        () => removeInput(job.job_id, job.folder),
        async (error: unknown) => {
          await removeInput(job.job_id, job.folder);
          throw error;
        },
      ),
    );
  }
  return { resumed, done: Promise.all(work).then(() => undefined) };
}
