import type { Kysely } from 'kysely';

/**
 * A recipient who is in the file twice gets one letter. The job planner reads the whole file
 * once and finds every later row of a person it already saw; each shard keeps its own rows
 * that are duplicates, with the line of the first one, as JSON `[[row, firstLine], …]`, so a
 * shard rendered on any thread or machine rejects them without reading the rows before it.
 * Only row and line numbers: no name, address or e-mail.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('letter_job_shards').addColumn('duplicates_json', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('letter_job_shards').dropColumn('duplicates_json').execute();
}
