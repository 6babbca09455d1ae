import type { Kysely } from 'kysely';
import type { Actor } from '../core/access/actor.ts';
import type { Knowledge } from '../core/knowledge/index.ts';
import { AppError } from '../errors/catalogue.ts';
import {
  discardPartialOutputs,
  planLetterJob,
  runLetterJobInProcess,
  type LetterJobDeps,
  type LetterJobProgress,
  type PrepareLetterJobOptions,
  type RunLetterJobOptions,
} from '../letters-pipeline/index.ts';
import { loadBreach } from '../storage/repositories/breaches.ts';
import { insertJob, type LetterJobRow } from '../storage/repositories/letter-jobs.ts';
import type { Database } from '../storage/schema.ts';
import type { Deps } from './deps.ts';
import { audit } from './support/audit.ts';
import { letterBreach } from './support/letter-access.ts';

/** What making letters needs besides the database and the clock. */
export interface GenerateLettersDeps extends Deps {
  /** CODE_SECRET: keys code hashes and derives each job's code seed. */
  codeSecret: string;
  knowledge: Knowledge;
  /** Where personal pages live; codes on letters open `<baseUrl>/c/<CODE>`. */
  baseUrl: string;
}

export interface GenerateLettersOptions extends PrepareLetterJobOptions {
  actor: Actor;
  /** The groups this round writes to, for the audit entry; default every variant's group. */
  groups?: readonly string[];
  /** Rows of other groups the caller left out of the file before the job saw it. */
  leftOut?: number;
  /** Rows the caller keeps with a new job, written in the job's own transaction. */
  recordWithJob?: (trx: Kysely<Database>, job: LetterJobRow) => Promise<void>;
}

export interface GeneratedLetters {
  job: LetterJobRow;
  /** True when the round was started before and is picked up where it stopped. */
  resumed: boolean;
  /** Renders the job's pending shards in this process and finishes it. */
  render(options?: RunLetterJobOptions): Promise<LetterJobProgress>;
}

/**
 * Starts (or resumes) a round of letters for a breach: the one way in for the command line and
 * the workspace. Everything is checked first (mapping, sender, groups, every variant's
 * completeness), then the job row, its shard plan and the audit entry are written in one
 * transaction, and only then may letters be rendered: in this process with `render`, or by
 * queued workers (`letters generate --distributed`). A breach registered here is reached through
 * the access policy (editor or owner of its organisation); one that is not (letters made before
 * its page exists) only from the command line.
 */
export async function generateLetters(
  deps: GenerateLettersDeps,
  options: GenerateLettersOptions,
): Promise<GeneratedLetters> {
  const organisationId = await organisationOf(deps, options.actor, options.breachId);
  const jobDeps: LetterJobDeps = {
    db: deps.db,
    codeSecret: deps.codeSecret,
    knowledge: deps.knowledge,
    baseUrl: deps.baseUrl,
    now: deps.clock,
  };
  const planned = await planLetterJob(jobDeps, options);
  const { job } = planned;
  await deps.db.transaction().execute(async (trx) => {
    if (!planned.resumed) {
      await insertJob(trx, job, planned.shards);
      await options.recordWithJob?.(trx, job);
    }
    await audit(deps, trx, {
      actor: options.actor,
      organisationId,
      entityType: 'letter_job',
      entityId: job.id,
      action: planned.resumed ? 'letter_job.resumed' : 'letter_job.started',
      after: {
        breachId: job.breach_id,
        round: job.round,
        format: job.format,
        groups: options.groups ?? options.setup.variants.map((v) => v.group),
        leftOut: options.leftOut ?? 0,
        received: job.rows_total,
        shards: job.shards_total,
      },
    });
  });
  // Half-rendered shards of an earlier start of this round hold personal data and are never reused.
  if (!planned.resumed) await discardPartialOutputs(job.out_dir);
  return {
    job,
    resumed: planned.resumed,
    render: (runOptions = {}) => runLetterJobInProcess(jobDeps, job.id, runOptions),
  };
}

/** The organisation the round is recorded under; null for a breach not registered here. */
async function organisationOf(deps: Deps, actor: Actor, breachId: string): Promise<string | null> {
  if (actor.kind === 'system' && !(await loadBreach(deps.db, breachId))) return null;
  if (actor.kind === 'public') throw new AppError('not_found');
  return (await letterBreach(deps.db, actor, breachId, 'editor')).organisationId;
}
