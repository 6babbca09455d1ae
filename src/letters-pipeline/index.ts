/**
 * The letter pipeline: turns a recipients file into personal letters (PDF batches, .eml files
 * or SMTP deliveries) in shards that are resumable, parallel and, with PostgreSQL, spread over
 * machines. See docs/flows/letter-generation.md.
 */
export {
  defaultShardSize,
  finishLetterJob,
  getLetterJobProgress,
  prepareLetterJob,
  runLetterJobInProcess,
  shardTask,
  startLetterJob,
  type LetterJobDeps,
  type LetterJobProgress,
  type PrepareLetterJobOptions,
} from './letter-job.ts';
export { readLetterSetup, readWhatChanged, type LetterFormat, type LetterSetup } from './letter-settings.ts';
export { codeForRow, jobSeed } from './job-codes.ts';
export { outputPaths } from './output-paths.ts';
export { JobAlreadyRunningError } from './run-claim.ts';
export type { RecipientsInputOptions } from './recipients-input.ts';
export { resendRetrying, type ResendRetryingOptions, type ResendTotals } from './resend-retrying.ts';
export {
  findPersonalCode,
  listMessageHistory,
  type MessageHistoryEntry,
  type PersonalCodeRecord,
} from './message-history.ts';
