import type { Actor } from '../core/access/actor.ts';
import { actorUserId } from '../core/access/actor.ts';
import type { Localized } from '../core/i18n/lang.ts';
import type { JargonEntry } from '../core/readability/types.ts';
import { AppError } from '../errors/catalogue.ts';
import { fieldError } from '../errors/field-messages.ts';
import {
  readRecipientFileHead,
  resolveMapping,
  type RecipientMapping,
} from '../importers/recipients-csv/index.ts';
import type { LetterFormat, LetterJobProgress } from '../letters-pipeline/index.ts';
import {
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
 */
export async function startLetterRound(
  deps: LetterRoundDeps,
  options: StartLetterRoundOptions,
): Promise<StartedLetterRound> {
  const breach = await letterBreach(deps.db, options.actor, options.breachId, 'editor');
  const meta = await readUploadMeta(deps.lettersDir, options.uploadId);
  if (meta.breachId !== breach.id) throw new AppError('not_found');
  const paths = letterFolder(deps.lettersDir, options.uploadId);
  const round = await nextLetterRound(deps.db, breach.id);
  const errors = [];
  if (round > 1 && !(options.whatChanged?.nl.trim() && options.whatChanged.en.trim()))
    errors.push(fieldError('whatChanged', messages.whatChanged));
  if (options.groups && options.groups.length === 0) errors.push(fieldError('groups', messages.groups));
  const head = await readRecipientFileHead(paths.input);
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
    const groupColumn = head.headers.indexOf(options.mapping.group ?? '');
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
