import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Actor } from '../core/access/actor.ts';
import { AppError } from '../errors/catalogue.ts';
import { getLetterJobProgress, outputPaths, type LetterJobProgress } from '../letters-pipeline/index.ts';
import {
  findLetterWebJob,
  listLetterWebJobs,
  type LetterWebJob,
} from '../storage/repositories/letter-variants.ts';
import type { Deps } from './deps.ts';
import { audit } from './support/audit.ts';
import { letterFolder } from './support/letter-folders.ts';
import { letterBreach } from './support/letter-access.ts';

/** A round as the workspace lists it: its row, as storage keeps it (column names included). */
export type { LetterWebJob };

/** One file a finished round gives back to the organisation. */
export interface RoundFile {
  /** Name as offered for download: `manifest.csv`, `letters-00001.pdf`, … */
  name: string;
  bytes: number;
  kind: 'letters' | 'manifest' | 'report' | 'summary';
}

export interface LetterRound {
  job: LetterWebJob;
  progress: LetterJobProgress;
  groups: string[];
  /** Present while the outputs are kept; empty until the job is done. */
  files: RoundFile[];
}

async function sizeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size;
  } catch {
    return undefined;
  }
}

/** The files of a finished round that are still on disk. */
async function roundFiles(
  lettersDir: string,
  job: LetterWebJob,
  progress: LetterJobProgress,
): Promise<RoundFile[]> {
  if (job.outputs_deleted_at || progress.status !== 'done') return [];
  const paths = outputPaths(letterFolder(lettersDir, job.folder).out);
  const files: RoundFile[] = [];
  const fixed: [string, string, RoundFile['kind']][] = [
    ['manifest.csv', paths.manifest, 'manifest'],
    ['validation-report.csv', paths.report, 'report'],
    ['summary.json', paths.summary, 'summary'],
  ];
  for (const [name, path, kind] of fixed) {
    const bytes = await sizeOf(path);
    if (bytes !== undefined) files.push({ name, bytes, kind });
  }
  const letters = await readdir(paths.letters).catch(() => [] as string[]);
  for (const name of letters.filter((n) => /^letters-\d{5}\.pdf$/.test(n)).sort()) {
    const bytes = await sizeOf(join(paths.letters, name));
    if (bytes !== undefined) files.push({ name, bytes, kind: 'letters' });
  }
  return files;
}

/**
 * A letter round started from the workspace, with progress and its files, for editors and
 * owners of the breach's organisation only (outputs hold names, addresses and codes): others
 * get `not_found`, viewers `forbidden`.
 */
export async function getLetterRound(
  deps: Pick<Deps, 'db'> & { lettersDir: string },
  options: { actor: Actor; breachId: string; jobId: string },
): Promise<LetterRound> {
  const breach = await letterBreach(deps.db, options.actor, options.breachId, 'editor');
  const job = await findLetterWebJob(deps.db, options.jobId);
  if (!job || job.breach_id !== breach.id) throw new AppError('not_found');
  const progress = await getLetterJobProgress(deps.db, job.job_id);
  return {
    job,
    progress,
    groups: JSON.parse(job.groups_json) as string[],
    files: await roundFiles(deps.lettersDir, job, progress),
  };
}

/**
 * Where a downloadable file of a round is on disk, or `not_found` for any other name. The
 * download is audit-logged (`letter_job.file_downloaded`): manifests and letters hold names,
 * addresses and personal codes.
 */
export async function letterRoundFilePath(
  deps: Pick<Deps, 'db' | 'clock'> & { lettersDir: string },
  options: { actor: Actor; breachId: string; jobId: string; name: string },
): Promise<{ path: string; file: RoundFile }> {
  const round = await getLetterRound(deps, options);
  const file = round.files.find((f) => f.name === options.name);
  if (!file) throw new AppError('not_found');
  const paths = outputPaths(letterFolder(deps.lettersDir, round.job.folder).out);
  const path =
    file.kind === 'manifest'
      ? paths.manifest
      : file.kind === 'report'
        ? paths.report
        : file.kind === 'summary'
          ? paths.summary
          : join(paths.letters, file.name);
  await audit(deps, deps.db, {
    actor: options.actor,
    organisationId: round.job.organisation_id,
    entityType: 'letter_job',
    entityId: round.job.job_id,
    action: 'letter_job.file_downloaded',
    after: { name: file.name, kind: file.kind },
  });
  return { path, file };
}

/** The rounds of a breach, newest first, with their progress (members of the organisation). */
export async function listLetterRounds(
  deps: Pick<Deps, 'db'>,
  options: { actor: Actor; breachId: string },
): Promise<{ job: LetterWebJob; progress: LetterJobProgress }[]> {
  const breach = await letterBreach(deps.db, options.actor, options.breachId, 'viewer');
  const jobs = await listLetterWebJobs(deps.db, breach.id);
  return Promise.all(
    jobs.map(async (job) => ({ job, progress: await getLetterJobProgress(deps.db, job.job_id) })),
  );
}
