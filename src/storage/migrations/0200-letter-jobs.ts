import type { Kysely } from 'kysely';

/**
 * Letter jobs (one per breach and round), their shards, and the personal codes they issued.
 * No table here holds a name, address or e-mail: those live only in the organisation's input
 * file and in the output files. A code is stored only as its keyed hash.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('letter_jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('breach_id', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('recipients_path', 'text', (c) => c.notNull())
    .addColumn('recipients_sha256', 'text', (c) => c.notNull())
    .addColumn('out_dir', 'text', (c) => c.notNull())
    .addColumn('shard_size', 'integer', (c) => c.notNull())
    .addColumn('shards_total', 'integer', (c) => c.notNull())
    .addColumn('rows_total', 'integer', (c) => c.notNull())
    .addColumn('settings_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addUniqueConstraint('letter_jobs_breach_round', ['breach_id', 'round'])
    .execute();

  await db.schema
    .createTable('letter_job_shards')
    .addColumn('job_id', 'text', (c) => c.notNull().references('letter_jobs.id').onDelete('cascade'))
    .addColumn('shard_index', 'integer', (c) => c.notNull())
    .addColumn('first_row', 'integer', (c) => c.notNull())
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('first_line', 'integer', (c) => c.notNull())
    .addColumn('byte_start', 'bigint', (c) => c.notNull())
    .addColumn('byte_end', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('generated', 'integer', (c) => c.notNull())
    .addColumn('rejected', 'integer', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('file_sha256', 'text')
    .addColumn('worker', 'text')
    .addColumn('done_at', 'text')
    .addPrimaryKeyConstraint('letter_job_shards_pk', ['job_id', 'shard_index'])
    .execute();

  await db.schema
    .createTable('personal_codes')
    .addColumn('code_hash', 'text', (c) => c.primaryKey())
    .addColumn('breach_id', 'text', (c) => c.notNull())
    .addColumn('variant_id', 'text', (c) => c.notNull())
    .addColumn('recipient_group', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('certainty', 'text', (c) => c.notNull())
    .addColumn('categories_json', 'text', (c) => c.notNull())
    .addColumn('first_round', 'integer', (c) => c.notNull())
    .addColumn('last_round', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('personal_codes_breach').on('personal_codes').column('breach_id').execute();

  await db.schema
    .createTable('personal_code_rounds')
    .addColumn('code_hash', 'text', (c) =>
      c.notNull().references('personal_codes.code_hash').onDelete('cascade'),
    )
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('job_id', 'text', (c) => c.notNull())
    .addColumn('sent_on', 'text', (c) => c.notNull())
    .addColumn('variant_id', 'text', (c) => c.notNull())
    .addColumn('certainty', 'text', (c) => c.notNull())
    .addColumn('categories_json', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('delivery_status', 'text', (c) => c.notNull())
    .addColumn('what_changed_nl', 'text')
    .addColumn('what_changed_en', 'text')
    .addPrimaryKeyConstraint('personal_code_rounds_pk', ['code_hash', 'round'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('personal_code_rounds').execute();
  await db.schema.dropTable('personal_codes').execute();
  await db.schema.dropTable('letter_job_shards').execute();
  await db.schema.dropTable('letter_jobs').execute();
}
