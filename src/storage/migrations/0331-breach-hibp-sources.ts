import type { Kysely } from 'kysely';

/** The HIBP record each imported breach came from (see src/storage/tables/hibp-sources.ts). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('breach_hibp_sources')
    .addColumn('breach_id', 'text', (c) => c.primaryKey().references('breaches.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('record_json', 'text', (c) => c.notNull())
    .addColumn('description_language', 'text', (c) => c.notNull())
    .addColumn('imported_json', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();
  // One breach per HIBP Name within an organisation: importing the record again updates it.
  await db.schema
    .createIndex('breach_hibp_sources_name')
    .on('breach_hibp_sources')
    .columns(['organisation_id', 'name'])
    .unique()
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('breach_hibp_sources').ifExists().execute();
}
