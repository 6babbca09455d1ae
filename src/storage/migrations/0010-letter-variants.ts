import type { Kysely } from 'kysely';

/**
 * What the workspace keeps to send letters: the sender's details per breach, one letter variant
 * per recipient group with the organisation's own texts, and the web jobs with their private
 * folder and expiry. No table holds a recipient's name, address or e-mail: uploaded files live
 * only in the job's private folder (see docs/flows/letter-generation.md).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('letter_senders')
    .addColumn('breach_id', 'text', (c) => c.primaryKey().references('breaches.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('sender_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema
    .createTable('letter_variants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('breach_id', 'text', (c) => c.notNull().references('breaches.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('recipient_group', 'text', (c) => c.notNull())
    .addColumn('certainty', 'text', (c) => c.notNull())
    .addColumn('categories_json', 'text', (c) => c.notNull())
    .addColumn('texts_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema
    .createIndex('letter_variants_by_group')
    .on('letter_variants')
    .columns(['breach_id', 'recipient_group'])
    .unique()
    .execute();
  await db.schema
    .createTable('letter_web_jobs')
    .addColumn('job_id', 'text', (c) => c.primaryKey())
    .addColumn('breach_id', 'text', (c) => c.notNull().references('breaches.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('folder', 'text', (c) => c.notNull())
    .addColumn('groups_json', 'text', (c) => c.notNull())
    .addColumn('left_out', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('input_deleted_at', 'text')
    .addColumn('outputs_deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('letter_web_jobs_by_breach')
    .on('letter_web_jobs')
    .columns(['breach_id', 'created_at'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('letter_web_jobs').execute();
  await db.schema.dropTable('letter_variants').execute();
  await db.schema.dropTable('letter_senders').execute();
}
