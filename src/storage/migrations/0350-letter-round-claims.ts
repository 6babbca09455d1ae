import type { Kysely } from 'kysely';

/**
 * Lets a claim name a letter round before its job exists. `letters generate` claims the round
 * (`job_id` = `round:<breach>:<round>`, kind `run`) before it reads and plans the recipients
 * file, so a second run of the same round stops at once instead of after minutes of planning;
 * the job row does not exist yet at that moment, so the key cannot reference `letter_jobs`.
 * Claims are leases that their holders delete, and no letter job is ever deleted, so the
 * cascade the foreign key gave was never used. The table is rebuilt (SQLite cannot drop a
 * foreign key) with its rows, on both engines.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('letter_job_claims_next')
    .addColumn('job_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('letter_job_claims_next')
    .columns(['job_id', 'kind', 'holder', 'claimed_at'])
    .expression(db.selectFrom('letter_job_claims').select(['job_id', 'kind', 'holder', 'claimed_at']))
    .execute();
  await db.schema.dropTable('letter_job_claims').execute();
  await db.schema.alterTable('letter_job_claims_next').renameTo('letter_job_claims').execute();
  await db.schema
    .createIndex('letter_job_claims_key')
    .on('letter_job_claims')
    .columns(['job_id', 'kind'])
    .unique()
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export async function down(db: Kysely<any>): Promise<void> {
  // Back to the table of 0230, keyed on jobs: claims on rounds have no job to point to.
  await db.schema
    .createTable('letter_job_claims_prev')
    .addColumn('job_id', 'text', (c) => c.notNull().references('letter_jobs.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('letter_job_claims_pk', ['job_id', 'kind'])
    .execute();
  await db
    .insertInto('letter_job_claims_prev')
    .columns(['job_id', 'kind', 'holder', 'claimed_at'])
    .expression(
      db
        .selectFrom('letter_job_claims')
        .select(['job_id', 'kind', 'holder', 'claimed_at'])
        .where('job_id', 'not like', 'round:%'),
    )
    .execute();
  await db.schema.dropTable('letter_job_claims').execute();
  await db.schema.alterTable('letter_job_claims_prev').renameTo('letter_job_claims').execute();
}
