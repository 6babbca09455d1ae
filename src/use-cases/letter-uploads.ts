import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { systemActor, type Actor } from '../core/access/actor.ts';
import { AppError } from '../errors/catalogue.ts';
import type { Deps } from './deps.ts';
import { audit } from './support/audit.ts';
import { deleteFolder, readUploadMeta, type UploadMeta } from './support/letter-folders.ts';
import { letterBreach } from './support/letter-access.ts';

/**
 * Retention of uploaded recipients files (names, addresses, e-mail addresses) from which no round
 * was started: they are deleted LETTERS_UPLOAD_HOURS after the upload, or earlier by an editor.
 * Once a round starts, the round's own rule takes over (the file goes when the letters are made).
 */
export interface UploadRetentionDeps extends Deps {
  lettersDir: string;
  /** LETTERS_UPLOAD_HOURS. */
  uploadHours: number;
}

/** How often the server looks for expired uploads; a file outlives its hours by at most this. */
export const uploadSweepMs = 5 * 60 * 1000;

async function roundStartedFrom(deps: Deps, uploadId: string): Promise<boolean> {
  const row = await deps.db
    .selectFrom('letter_web_jobs')
    .select('job_id')
    .where('folder', '=', uploadId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Deletes an upload from which no round was started (editor or owner of the breach's
 * organisation). A folder a round uses is `conflict`: its files follow the round's retention.
 * Audit-logged as `letter_upload.deleted`.
 */
export async function deleteLetterUpload(
  deps: Deps & { lettersDir: string },
  options: { actor: Actor; breachId: string; uploadId: string },
): Promise<void> {
  const breach = await letterBreach(deps.db, options.actor, options.breachId, 'editor');
  const meta = await readUploadMeta(deps.lettersDir, options.uploadId);
  if (meta.breachId !== breach.id) throw new AppError('not_found');
  if (await roundStartedFrom(deps, options.uploadId))
    throw new AppError('conflict', { detail: 'A round was started from this file.' });
  await deleteFolder(deps.lettersDir, options.uploadId);
  await audit(deps, deps.db, {
    actor: options.actor,
    organisationId: breach.organisationId,
    entityType: 'letter_upload',
    entityId: options.uploadId,
    action: 'letter_upload.deleted',
    after: { reason: 'asked' },
  });
}

async function metaOrUndefined(root: string, uploadId: string): Promise<UploadMeta | undefined> {
  try {
    return await readUploadMeta(root, uploadId);
  } catch {
    return undefined;
  }
}

/**
 * Deletes every upload older than LETTERS_UPLOAD_HOURS from which no round was started,
 * including folders left half-made (no metadata) by an interrupted upload, judged by their
 * modification time. Returns how many were deleted. Run at start-up and every `uploadSweepMs`.
 */
export async function purgeExpiredLetterUploads(deps: UploadRetentionDeps): Promise<number> {
  const root = resolve(deps.lettersDir);
  const cutoff = deps.clock().getTime() - deps.uploadHours * 3600 * 1000;
  const names = await readdir(root).catch(() => [] as string[]);
  let deleted = 0;
  for (const uploadId of names.filter((name) => /^[a-f0-9]{32}$/.test(name))) {
    const meta = await metaOrUndefined(root, uploadId);
    const since = meta ? Date.parse(meta.uploadedAt) : (await stat(join(root, uploadId))).mtimeMs;
    if (since > cutoff || (await roundStartedFrom(deps, uploadId))) continue;
    await deleteFolder(root, uploadId);
    deleted++;
    await audit(deps, deps.db, {
      actor: systemActor,
      organisationId: meta?.organisationId ?? null,
      entityType: 'letter_upload',
      entityId: uploadId,
      action: 'letter_upload.expired',
      after: { uploadHours: deps.uploadHours },
    });
  }
  return deleted;
}
