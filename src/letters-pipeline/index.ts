/**
 * The letter pipeline: turns a recipients file into personal letters (PDF batches, .eml files
 * or SMTP deliveries) in shards that are resumable, parallel and, with PostgreSQL, spread over
 * machines. Jobs are started through the `generate-letters` use case, which stores the job and
 * its audit entry; this module plans, renders, finishes and reports. See
 * docs/flows/letter-generation.md.
 */
export {
  defaultShardSize,
  planLetterJob,
  type LetterJobDeps,
  type PlannedLetterJob,
  type PrepareLetterJobOptions,
} from './prepare-job.ts';
export { runLetterJobInProcess, shardTask, type RunLetterJobOptions } from './run-job.ts';
export { finishLetterJob, tryFinishLetterJob } from './finish-job.ts';
export { getLetterJobProgress, type LetterJobProgress } from './job-progress.ts';
export { readLetterSetup, readWhatChanged, type LetterFormat, type LetterSetup } from './letter-settings.ts';
export { codeForRow, jobSeed } from './job-codes.ts';
export { discardPartialOutputs, outputPaths } from './output-paths.ts';
export { resendRetrying, type ResendRetryingOptions, type ResendTotals } from './resend-retrying.ts';
