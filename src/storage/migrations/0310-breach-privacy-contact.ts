import type { Kysely } from 'kysely';

/**
 * Where victims send privacy requests (access request, complaint, claim): the organisation's
 * privacy e-mail address and postal address, kept with the breach so the victims' letters are
 * addressed to a place that answers. Both optional; public, like the helpline.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('breaches').addColumn('privacy_email', 'text').execute();
  await db.schema.alterTable('breaches').addColumn('privacy_postal_address', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('breaches').dropColumn('privacy_postal_address').execute();
  await db.schema.alterTable('breaches').dropColumn('privacy_email').execute();
}
