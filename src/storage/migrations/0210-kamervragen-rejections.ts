import type { Kysely } from 'kysely';

/**
 * Suggestions an editor turned down: a Kamervragen set that is not about a breach although the
 * suggester thinks so. Kept so the suggestion does not come back on every visit. Like the links,
 * no foreign key to `breaches`: the use case checks the breach.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('kamervragen_link_rejections')
    .addColumn('set_id', 'text', (c) => c.notNull().references('kamervragen_sets.id').onDelete('cascade'))
    .addColumn('breach_id', 'text', (c) => c.notNull())
    .addColumn('rejected_at', 'text', (c) => c.notNull())
    .addColumn('rejected_by', 'text')
    .addPrimaryKeyConstraint('kamervragen_link_rejections_pk', ['set_id', 'breach_id'])
    .execute();
  await db.schema
    .createIndex('kamervragen_link_rejections_breach')
    .on('kamervragen_link_rejections')
    .column('breach_id')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('kamervragen_link_rejections').ifExists().execute();
}
