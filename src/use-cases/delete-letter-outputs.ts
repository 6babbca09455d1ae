import { systemActor, type Actor } from '../core/access/actor.ts';
import { AppError } from '../errors/catalogue.ts';
import {
  findLetterWebJob,
  listExpiredLetterWebJobs,
  markLetterWebJob,
} from '../storage/repositories/letter-variants.ts';
import type { Deps } from './deps.ts';
import { audit } from './support/audit.ts';
import { deleteFolder } from './support/letter-folders.ts';
import { letterBreach } from './support/letter-access.ts';

/**
 * Deletes everything a workspace round left on disk (letters, manifest with codes, report and
 * any input still there), editor or owner of the breach's organisation. The codes' keyed hashes
 * stay in the database: personal pages keep working. Audit-logged.
 */
export async function deleteLetterOutputs(
  deps: Deps & { lettersDir: string },
  options: { actor: Actor; breachId: string; jobId: string; reason?: 'asked' | 'expired' },
): Promise<void> {
  const breach = await letterBreach(deps.db, options.actor, options.breachId, 'editor');
  const job = await findLetterWebJob(deps.db, options.jobId);
  if (!job || job.breach_id !== breach.id) throw new AppError('not_found');
  if (job.outputs_deleted_at) return;
  const progress = await deps.db
    .selectFrom('letter_jobs')
    .select('status')
    .where('id', '=', job.job_id)
    .executeTakeFirst();
  if (progress && progress.status !== 'done')
    throw new AppError('conflict', { detail: 'The letters are still being made.' });
  await deleteFolder(deps.lettersDir, job.folder);
  const now = deps.clock().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await markLetterWebJob(trx, job.job_id, {
      outputs_deleted_at: now,
      ...(job.input_deleted_at ? {} : { input_deleted_at: now }),
    });
    await audit(deps, trx, {
      actor: options.actor,
      organisationId: breach.organisationId,
      entityType: 'letter_job',
      entityId: job.job_id,
      action: 'letter_job.outputs_deleted',
      after: { reason: options.reason ?? 'asked' },
    });
  });
}

/**
 * Deletes the outputs of every workspace round whose time is up (LETTERS_OUTPUT_DAYS). Rounds
 * still running are left alone until they finish. Returns how many were deleted.
 */
export async function purgeExpiredLetterOutputs(deps: Deps & { lettersDir: string }): Promise<number> {
  let deleted = 0;
  for (const job of await listExpiredLetterWebJobs(deps.db, deps.clock().toISOString())) {
    try {
      await deleteLetterOutputs(deps, {
        actor: systemActor,
        breachId: job.breach_id,
        jobId: job.job_id,
        reason: 'expired',
      });
      deleted++;
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'conflict') throw error;
    }
  }
  return deleted;
}
