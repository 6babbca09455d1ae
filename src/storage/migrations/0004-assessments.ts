import type { Kysely } from 'kysely';

/**
 * Assessments of a breach (the facts weighed and the ENISA / Art. 33 / Art. 34 outcome) and the
 * phases of the notification to the authority. Both are internal: the public register never
 * reads these tables. Rows are only added, never changed, so the history stays as it was.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('breach_assessments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('breach_id', 'text', (c) => c.notNull().references('breaches.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('facts_json', 'text', (c) => c.notNull())
    .addColumn('assessment_json', 'text', (c) => c.notNull())
    .addColumn('risk_level', 'text', (c) => c.notNull())
    .addColumn('notify_authority', 'integer', (c) => c.notNull())
    .addColumn('inform_people', 'integer', (c) => c.notNull())
    .addColumn('assessed_at', 'text', (c) => c.notNull())
    .addColumn('assessed_by', 'text')
    .execute();
  await db.schema
    .createIndex('breach_assessments_by_breach')
    .on('breach_assessments')
    .columns(['breach_id', 'assessed_at'])
    .execute();
  await db.schema
    .createTable('breach_authority_notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('breach_id', 'text', (c) => c.notNull().references('breaches.id').onDelete('cascade'))
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('breach_assessments.id'))
    .addColumn('phase_kind', 'text', (c) => c.notNull())
    .addColumn('phase_number', 'integer', (c) => c.notNull())
    .addColumn('prepared_at', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('complete', 'integer', (c) => c.notNull())
    .addColumn('notification_json', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .execute();
  await db.schema
    .createIndex('breach_authority_notifications_by_breach')
    .on('breach_authority_notifications')
    .columns(['breach_id', 'phase_number'])
    .unique()
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('breach_authority_notifications').execute();
  await db.schema.dropTable('breach_assessments').execute();
}
