import type { Kysely } from 'kysely';

/**
 * The day a breach was first made public. For some breaches (Odido, 2026) it is the only date
 * the sources give, so it also serves as the reference day when discovery and occurrence are unknown.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('breaches').addColumn('announced_on', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('breaches').dropColumn('announced_on').execute();
}
