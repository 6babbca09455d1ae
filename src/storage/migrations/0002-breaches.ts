import type { Kysely } from 'kysely';

/**
 * Breaches and their parts. Dates of events are text that may be partial (`2025`, `2025-07`,
 * `2025-07-06`) or null when unknown; `reference_day` is the earliest day they can mean, for
 * sorting and date filters. Localised texts have one column per language.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('breaches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('restrict'),
    )
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title_nl', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('description_nl', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text')
    .addColumn('discovered_on', 'text')
    .addColumn('processor_notified_controller_on', 'text')
    .addColumn('authority_notified_on', 'text')
    .addColumn('victims_notified_on', 'text')
    .addColumn('reference_day', 'text')
    .addColumn('people_affected', 'integer')
    .addColumn('measures_json', 'text', (c) => c.notNull())
    .addColumn('questions_json', 'text', (c) => c.notNull())
    .addColumn('helpline_phone', 'text')
    .addColumn('helpline_hours_nl', 'text')
    .addColumn('helpline_hours_en', 'text')
    .addColumn('helpline_url', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('first_published_at', 'text')
    .execute();
  await db.schema.createIndex('breaches_organisation').on('breaches').column('organisation_id').execute();
  await db.schema
    .createIndex('breaches_status_day')
    .on('breaches')
    .columns(['status', 'reference_day'])
    .execute();
  await db.schema.createIndex('breaches_sector').on('breaches').column('sector').execute();

  await db.schema
    .createTable('breach_parties')
    .addColumn('breach_id', 'text', (c) => c.notNull().references('breaches.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('restrict'),
    )
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('breach_parties_pk', ['breach_id', 'organisation_id', 'role'])
    .execute();
  await db.schema
    .createIndex('breach_parties_organisation')
    .on('breach_parties')
    .column('organisation_id')
    .execute();

  await db.schema
    .createTable('breach_count_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('breach_id', 'text', (c) => c.notNull().references('breaches.id').onDelete('cascade'))
    .addColumn('people_affected', 'integer', (c) => c.notNull())
    .addColumn('effective_on', 'text', (c) => c.notNull())
    .addColumn('reason_nl', 'text', (c) => c.notNull())
    .addColumn('reason_en', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('breach_count_revisions_breach')
    .on('breach_count_revisions')
    .columns(['breach_id', 'effective_on'])
    .execute();

  await db.schema
    .createTable('breach_data_categories')
    .addColumn('breach_id', 'text', (c) => c.notNull().references('breaches.id').onDelete('cascade'))
    .addColumn('category_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('breach_data_categories_pk', ['breach_id', 'category_id'])
    .execute();
  await db.schema
    .createIndex('breach_data_categories_category')
    .on('breach_data_categories')
    .column('category_id')
    .execute();

  await db.schema
    .createTable('breach_recipient_groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('breach_id', 'text', (c) => c.notNull().references('breaches.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('certainty', 'text', (c) => c.notNull())
    .addColumn('people_count', 'integer')
    .addUniqueConstraint('breach_recipient_groups_position', ['breach_id', 'position'])
    .execute();

  await db.schema
    .createTable('breach_updates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('breach_id', 'text', (c) => c.notNull().references('breaches.id').onDelete('cascade'))
    .addColumn('published_on', 'text', (c) => c.notNull())
    .addColumn('text_nl', 'text', (c) => c.notNull())
    .addColumn('text_en', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('breach_updates_breach')
    .on('breach_updates')
    .columns(['breach_id', 'published_on'])
    .execute();

  await db.schema
    .createTable('breach_sources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('breach_id', 'text', (c) => c.notNull().references('breaches.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addUniqueConstraint('breach_sources_position', ['breach_id', 'position'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'breach_sources',
    'breach_updates',
    'breach_recipient_groups',
    'breach_data_categories',
    'breach_count_revisions',
    'breach_parties',
    'breaches',
  ])
    await db.schema.dropTable(table).ifExists().execute();
}
