import type { Kysely } from 'kysely';
import type { ShardOutcome, ShardPlan } from '../../core/letters/index.ts';
import type { Database } from '../schema.ts';
import type { LetterJobShardsTable, LetterJobsTable } from '../tables/letter-jobs.ts';
import { issuedCodeRows } from './personal-code-rows.ts';

/**
 * The letter job tables (migration 0200): jobs, their shard plans, and what a committed shard
 * writes to the personal-code tables. Used by the letter pipeline and the letters use cases.
 */

export type LetterJobRow = LetterJobsTable;

export function shardFromRow(row: LetterJobShardsTable): ShardPlan {
  return {
    index: row.shard_index,
    firstRow: row.first_row,
    rowCount: row.row_count,
    firstLine: row.first_line,
    byteStart: Number(row.byte_start),
    byteEnd: Number(row.byte_end),
  };
}

export async function findJob(db: Kysely<Database>, breachId: string, round: number) {
  return db
    .selectFrom('letter_jobs')
    .selectAll()
    .where('breach_id', '=', breachId)
    .where('round', '=', round)
    .executeTakeFirst();
}

export async function getJob(db: Kysely<Database>, jobId: string) {
  return db.selectFrom('letter_jobs').selectAll().where('id', '=', jobId).executeTakeFirst();
}

/**
 * Stores a new job and its whole shard plan. Pass the caller's transaction: a job is planned or
 * absent, and its audit entry is written with it.
 */
export async function insertJob(
  trx: Kysely<Database>,
  job: LetterJobsTable,
  shards: readonly ShardPlan[],
): Promise<void> {
  await trx.insertInto('letter_jobs').values(job).execute();
  for (let i = 0; i < shards.length; i += 500) {
    const batch = shards.slice(i, i + 500).map((s) => ({
      job_id: job.id,
      shard_index: s.index,
      first_row: s.firstRow,
      row_count: s.rowCount,
      first_line: s.firstLine,
      byte_start: s.byteStart,
      byte_end: s.byteEnd,
      status: 'pending',
      generated: 0,
      rejected: 0,
      file_name: null,
      file_sha256: null,
      worker: null,
      done_at: null,
    }));
    if (batch.length) await trx.insertInto('letter_job_shards').values(batch).execute();
  }
}

export async function pendingShards(db: Kysely<Database>, jobId: string): Promise<ShardPlan[]> {
  const rows = await db
    .selectFrom('letter_job_shards')
    .selectAll()
    .where('job_id', '=', jobId)
    .where('status', '=', 'pending')
    .orderBy('shard_index')
    .execute();
  return rows.map(shardFromRow);
}

export async function getShard(db: Kysely<Database>, jobId: string, index: number) {
  return db
    .selectFrom('letter_job_shards')
    .selectAll()
    .where('job_id', '=', jobId)
    .where('shard_index', '=', index)
    .executeTakeFirst();
}

export async function listShards(db: Kysely<Database>, jobId: string) {
  return db
    .selectFrom('letter_job_shards')
    .selectAll()
    .where('job_id', '=', jobId)
    .orderBy('shard_index')
    .execute();
}

/**
 * Records a finished shard in one transaction: its codes, one history entry per code for this
 * round, and the shard's status. Writing the same shard twice (a rerun after a crash between
 * the file rename and this commit) changes nothing: every write is keyed and idempotent.
 */
export async function commitShard(
  db: Kysely<Database>,
  job: Pick<LetterJobsTable, 'id' | 'breach_id' | 'round' | 'format'>,
  outcome: ShardOutcome,
  context: { now: string; sentOn: string; worker: string; whatChanged?: { nl: string; en: string } },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < outcome.codes.length; i += 200) {
      const batch = outcome.codes.slice(i, i + 200);
      const rows = issuedCodeRows(job, batch, context);
      await trx
        .insertInto('personal_codes')
        .values(rows.codes)
        .onConflict((oc) =>
          oc.column('code_hash').doUpdateSet((eb) => ({
            variant_id: eb.ref('excluded.variant_id'),
            recipient_group: eb.ref('excluded.recipient_group'),
            lang: eb.ref('excluded.lang'),
            certainty: eb.ref('excluded.certainty'),
            categories_json: eb.ref('excluded.categories_json'),
            last_round: eb.ref('excluded.last_round'),
          })),
        )
        .execute();
      await trx
        .insertInto('personal_code_rounds')
        .values(rows.rounds)
        .onConflict((oc) =>
          oc.columns(['code_hash', 'round']).doUpdateSet((eb) => ({
            delivery_status: eb.ref('excluded.delivery_status'),
          })),
        )
        .execute();
    }
    await trx
      .updateTable('letter_job_shards')
      .set({
        status: 'done',
        generated: outcome.generated,
        rejected: outcome.rejected,
        file_name: outcome.fileName,
        file_sha256: outcome.fileSha256,
        worker: context.worker,
        done_at: context.now,
      })
      .where('job_id', '=', job.id)
      .where('shard_index', '=', outcome.index)
      .execute();
    await trx.updateTable('letter_jobs').set({ updated_at: context.now }).where('id', '=', job.id).execute();
  });
}

/** How many of a job's shards are not done yet. */
export async function countPendingShards(db: Kysely<Database>, jobId: string): Promise<number> {
  const pending = await db
    .selectFrom('letter_job_shards')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('job_id', '=', jobId)
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return Number(pending.n);
}

export async function markJob(db: Kysely<Database>, jobId: string, status: string, now: string) {
  await db
    .updateTable('letter_jobs')
    .set({ status, updated_at: now, finished_at: status === 'done' ? now : null })
    .where('id', '=', jobId)
    .execute();
}

/** How many of a job's messages have each delivery status (`sent`, `failed`, `retrying`, `rendered`). */
export async function deliveryCounts(db: Kysely<Database>, jobId: string): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('personal_code_rounds')
    .select((eb) => ['delivery_status', eb.fn.countAll<number>().as('n')])
    .where('job_id', '=', jobId)
    .groupBy('delivery_status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.delivery_status, Number(r.n)]));
}

/** The delivery status of each of these codes (keyed hashes) in one job. */
export async function deliveryStatuses(
  db: Kysely<Database>,
  jobId: string,
  codeHashes: readonly string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < codeHashes.length; i += 500) {
    const rows = await db
      .selectFrom('personal_code_rounds')
      .select(['code_hash', 'delivery_status'])
      .where('job_id', '=', jobId)
      .where('code_hash', 'in', codeHashes.slice(i, i + 500))
      .execute();
    for (const r of rows) found.set(r.code_hash, r.delivery_status);
  }
  return found;
}

/** Records the outcome of sending one message again. */
export async function setDeliveryStatus(
  db: Kysely<Database>,
  job: Pick<LetterJobsTable, 'id' | 'round'>,
  codeHash: string,
  status: string,
  now: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('personal_code_rounds')
      .set({ delivery_status: status })
      .where('code_hash', '=', codeHash)
      .where('round', '=', job.round)
      .where('job_id', '=', job.id)
      .execute();
    await trx.updateTable('letter_jobs').set({ updated_at: now }).where('id', '=', job.id).execute();
  });
}

/** Shards done, and letters and rejections in them, of one job. */
export async function doneShardTotals(
  db: Kysely<Database>,
  jobId: string,
): Promise<{ done: number; generated: number; rejected: number }> {
  const totals = await db
    .selectFrom('letter_job_shards')
    .select((eb) => [
      eb.fn.countAll<number>().as('done'),
      eb.fn.coalesce(eb.fn.sum<number>('generated'), eb.val(0)).as('generated'),
      eb.fn.coalesce(eb.fn.sum<number>('rejected'), eb.val(0)).as('rejected'),
    ])
    .where('job_id', '=', jobId)
    .where('status', '=', 'done')
    .executeTakeFirstOrThrow();
  return {
    done: Number(totals.done),
    generated: Number(totals.generated),
    rejected: Number(totals.rejected),
  };
}

/** The recipient groups of a registered breach (empty for a breach not registered here). */
export async function recipientGroupsOfBreach(db: Kysely<Database>, breachId: string) {
  return db
    .selectFrom('breach_recipient_groups')
    .select(['id', 'name_nl', 'name_en', 'certainty'])
    .where('breach_id', '=', breachId)
    .execute();
}
