import type { Actor } from '../core/access/actor.ts';
import { actorUserId } from '../core/access/actor.ts';
import type { Localized } from '../core/i18n/lang.ts';
import type { JargonEntry } from '../core/readability/types.ts';
import { AppError } from '../errors/catalogue.ts';
import { fieldError } from '../errors/field-messages.ts';
import {
  mappedColumns,
  readRecipientFileHead,
  resolveMapping,
  type RecipientEncoding,
  type RecipientMapping,
} from '../importers/recipients-csv/index.ts';
import type { LetterFormat, LetterJobProgress } from '../letters-pipeline/index.ts';
import { claimJob } from '../storage/repositories/letter-job-claims.ts';
import {
  findLetterWebJobByFolder,
  insertLetterWebJob,
  listLetterVariantRows,
  markLetterWebJob,
} from '../storage/repositories/letter-variants.ts';
import { checkLetterReadiness } from './check-letter-readiness.ts';
import { generateLetters, type GenerateLettersDeps } from './generate-letters.ts';
import {
  copyRowsOfGroups,
  deleteInputFiles,
  letterFolder,
  readUploadMeta,
} from './support/letter-folders.ts';
import { letterBreach } from './support/letter-access.ts';
import { nextLetterRound } from './support/letter-rounds.ts';

/** What starting letters from the workspace needs besides the database. */
export interface LetterRoundDeps extends GenerateLettersDeps {
  /** LETTERS_DIR: the private folders of uploads and outputs. */
  lettersDir: string;
  /** LETTERS_OUTPUT_DAYS: outputs are deleted this many days after the start. */
  outputDays: number;
  /** Worker threads per job; default one per core. */
  threads?: number;
  /** Why no codes may be printed with this installation's BASE_URL (see `letterBaseUrlProblem`). */
  baseUrlProblem?: Localized;
}

export interface StartLetterRoundOptions {
  actor: Actor;
  breachId: string;
  uploadId: string;
  mapping: RecipientMapping;
  format: Exclude<LetterFormat, 'smtp'>;
  /** For a follow-up round: the groups to write to (default all) and what changed. */
  groups?: readonly string[];
  whatChanged?: Localized;
  jargon: readonly JargonEntry[];
  /** The encoding chosen on the mapping page; detected over the whole file when absent. */
  encoding?: RecipientEncoding;
}

export interface StartedLetterRound {
  jobId: string;
  round: number;
  /** Settles when the letters are made and the uploaded file is deleted. */
  done: Promise<LetterJobProgress>;
}

const messages = {
  whatChanged: {
    nl: 'Schrijf wat er is veranderd sinds de vorige brief, in het Nederlands en in het Engels.',
    en: 'Write what changed since the last letter, in Dutch and in English.',
  },
  groups: { nl: 'Kies minstens één groep.', en: 'Choose at least one group.' },
  alreadyStarted: {
    nl: 'De brieven van dit bestand zijn al gestart. Bekijk de ronde in het overzicht van de brieven.',
    en: 'The letters of this file have already been started. See the round in the letters overview.',
  },
  notReady: {
    nl: 'De brieven zijn nog niet compleet. Er wordt niets gemaakt tot alles is ingevuld.',
    en: 'The letters are not complete yet. Nothing is made until everything is filled in.',
  },
};

/**
 * Starts a round of letters from an uploaded recipients file (editor or owner of the breach's
 * organisation). Blocks unless `checkLetterReadiness` is ready for the chosen groups; a round
 * after the first needs a "what changed" text and reuses each person's code from the file's
 * code column. For some groups only, the rows of the other groups are left out before the job
 * sees the file. The uploaded file is deleted as soon as the job has finished (or failed); the
 * outputs stay until deleted or until they expire. Audit-logged.
 *
 * One upload makes one round: a second start of the same file (a double click, the back
 * button, two editors at once) is refused as a conflict instead of sending everyone a second
 * letter with a second code. The upload's `run` claim is held until the round's job is
 * written, so of two starts at the same moment exactly one gets through.
 */
export async function startLetterRound(
  deps: LetterRoundDeps,
  options: StartLetterRoundOptions,
): Promise<StartedLetterRound> {
  const breach = await letterBreach(deps.db, options.actor, options.breachId, 'editor');
  const meta = await readUploadMeta(deps.lettersDir, options.uploadId);
  if (meta.breachId !== breach.id) throw new AppError('not_found');
  const claimed = await claimJob(deps.db, `upload:${options.uploadId}`, 'run', { now: deps.clock });
  if (!claimed.ok) throw alreadyStarted();
  try {
    if (await findLetterWebJobByFolder(deps.db, options.uploadId)) throw alreadyStarted();
    return await startRound(deps, options, breach);
  } finally {
    await claimed.claim.release();
  }
}

/**
 * The job of the round already started from an upload, if any (editors and owners of the
 * breach's organisation): the workspace then shows that round instead of the file's form.
 */
export async function findStartedLetterRound(
  deps: Pick<LetterRoundDeps, 'db'>,
  options: { actor: Actor; breachId: string; uploadId: string },
): Promise<string | undefined> {
  const breach = await letterBreach(deps.db, options.actor, options.breachId, 'editor');
  const job = await findLetterWebJobByFolder(deps.db, options.uploadId);
  return job && job.breach_id === breach.id ? job.job_id : undefined;
}

function alreadyStarted(): AppError {
  return new AppError('conflict', {
    detail: messages.alreadyStarted.en,
    fieldErrors: [fieldError('letters', messages.alreadyStarted)],
  });
}

async function startRound(
  deps: LetterRoundDeps,
  options: StartLetterRoundOptions,
  breach: Awaited<ReturnType<typeof letterBreach>>,
): Promise<StartedLetterRound> {
  const paths = letterFolder(deps.lettersDir, options.uploadId);
  const round = await nextLetterRound(deps.db, breach.id);
  const errors = [];
  if (round > 1 && !(options.whatChanged?.nl.trim() && options.whatChanged.en.trim()))
    errors.push(fieldError('whatChanged', messages.whatChanged));
  if (options.groups && options.groups.length === 0) errors.push(fieldError('groups', messages.groups));
  if (deps.baseUrlProblem) errors.push(fieldError('letters', deps.baseUrlProblem));
  const head = await readRecipientFileHead(
    paths.input,
    options.encoding ? { encoding: options.encoding } : {},
  );
  try {
    resolveMapping(options.mapping, head.headers, options.format === 'pdf' ? 'postal' : 'email');
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    errors.push(...error.fieldErrors);
  }
  if (errors.length > 0) throw new AppError('validation_failed', { fieldErrors: errors });
  const readiness = await checkLetterReadiness(deps, {
    actor: options.actor,
    breachId: breach.id,
    jargon: options.jargon,
    ...(options.groups ? { groups: options.groups } : {}),
  });
  if (!readiness.ready || !readiness.setup) {
    throw new AppError('validation_failed', {
      detail: messages.notReady.en,
      fieldErrors: [fieldError('letters', messages.notReady)],
    });
  }
  const allGroups = (await listLetterVariantRows(deps.db, breach.id)).map((v) => v.group);
  const someGroups = options.groups && options.groups.length < allGroups.length;
  let recipientsPath = paths.input;
  let leftOut = 0;
  if (someGroups && options.groups) {
    const groupColumn = head.headers.indexOf(mappedColumns(options.mapping, 'group')[0] ?? '');
    leftOut = (await copyRowsOfGroups(paths.input, paths.roundInput, head, groupColumn, options.groups))
      .leftOut;
    recipientsPath = paths.roundInput;
  }
  const now = deps.clock();
  const expires = new Date(now.getTime() + deps.outputDays * 24 * 60 * 60 * 1000);
  const groups = options.groups ?? allGroups;
  const generated = await generateLetters(deps, {
    actor: options.actor,
    breachId: breach.id,
    round,
    recipientsPath,
    outDir: paths.out,
    format: options.format,
    setup: readiness.setup,
    ...(options.encoding ? { input: { encoding: options.encoding } } : {}),
    mapping: options.mapping,
    groups,
    leftOut,
    ...(round > 1 && options.whatChanged ? { whatChanged: options.whatChanged } : {}),
    // The workspace's record of the round (its folder and expiry) is stored with the job.
    recordWithJob: (trx, job) =>
      insertLetterWebJob(trx, {
        job_id: job.id,
        breach_id: breach.id,
        organisation_id: breach.organisationId,
        folder: options.uploadId,
        groups_json: JSON.stringify(groups),
        left_out: leftOut,
        created_by: actorUserId(options.actor),
        created_at: now.toISOString(),
        expires_at: expires.toISOString(),
        input_deleted_at: null,
        outputs_deleted_at: null,
      }),
  });
  const started = {
    jobId: generated.job.id,
    done: generated.render(deps.threads ? { threads: deps.threads } : {}),
  };
  const removeInput = async () => {
    await deleteInputFiles(deps.lettersDir, options.uploadId);
    await markLetterWebJob(deps.db, started.jobId, { input_deleted_at: deps.clock().toISOString() });
  };
  const done = started.done.then(
    async (progress) => {
      await removeInput();
      return progress;
    },
    async (error: unknown) => {
      await removeInput();
      throw error;
    },
  );
  return { jobId: started.jobId, round, done };
}
