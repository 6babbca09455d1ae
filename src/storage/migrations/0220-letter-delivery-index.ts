import type { Kysely } from 'kysely';

/**
 * Counting a job's messages by delivery status (progress, `letters resend`) must not scan every
 * code's history: an index on (job_id, delivery_status) keeps it a range look-up.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('personal_code_rounds_job_delivery')
    .on('personal_code_rounds')
    .columns(['job_id', 'delivery_status'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('personal_code_rounds_job_delivery').ifExists().execute();
}
