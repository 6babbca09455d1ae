import type { Kysely } from 'kysely';

/**
 * Exclusive claims on a letter job, one per kind of work (`finish`: joining the outputs;
 * `resend`: sending refused e-mails again). A claim is a lease: its holder renews
 * `claimed_at` while it works, and a claim not renewed for the lease period belongs to a
 * process that died, so another may take it over. Timestamps are ISO text, like every other
 * time in the schema, so comparing them as text orders them on both engines.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('letter_job_claims')
    .addColumn('job_id', 'text', (c) => c.notNull().references('letter_jobs.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('letter_job_claims_pk', ['job_id', 'kind'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('letter_job_claims').ifExists().execute();
}
