import type { Kysely, Updateable } from 'kysely';
import type { BreachRecord } from '../../core/breaches/breach.ts';
import type { Database } from '../schema.ts';
import type { BreachesTable } from '../tables/breaches.ts';
import { replaceBreachParts, type Ids } from './breaches/breach-parts.ts';
import { contentColumns } from './breaches/content-columns.ts';

// The breaches repository. Each part of a breach is written and read in its own file under
// breaches/; this module writes and finds the breach row itself and is what callers import.

export { replaceBreachParts } from './breaches/breach-parts.ts';
export { insertBreachUpdate, listBreachUpdates } from './breaches/breach-updates.ts';
export { contentColumns } from './breaches/content-columns.ts';
export { insertCountRevision, listCountRevisions } from './breaches/count-revisions.ts';
export { loadBreach } from './breaches/load-breach.ts';

/** Inserts a new breach with all its parts. */
export async function insertBreach(db: Kysely<Database>, breach: BreachRecord, ids: Ids): Promise<void> {
  await db
    .insertInto('breaches')
    .values({
      id: breach.id,
      organisation_id: breach.organisationId,
      slug: breach.slug,
      status: breach.status,
      people_affected: breach.peopleAffected,
      version: breach.version,
      created_at: breach.createdAt,
      updated_at: breach.updatedAt,
      first_published_at: breach.firstPublishedAt,
      ...contentColumns(breach),
    })
    .execute();
  await replaceBreachParts(db, breach.id, breach, ids);
}

/**
 * Updates the breach row only when its version is still `expectedVersion`, and raises the
 * version by one. Returns false when someone else changed it first (or it does not exist).
 */
export async function updateBreachRow(
  db: Kysely<Database>,
  breachId: string,
  expectedVersion: number,
  values: Updateable<BreachesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('breaches')
    .set({ ...values, version: expectedVersion + 1 })
    .where('id', '=', breachId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findBreachIdBySlug(db: Kysely<Database>, slug: string): Promise<string | undefined> {
  const row = await db.selectFrom('breaches').select('id').where('slug', '=', slug).executeTakeFirst();
  return row?.id;
}

export async function slugTaken(db: Kysely<Database>, slug: string): Promise<boolean> {
  return (await findBreachIdBySlug(db, slug)) !== undefined;
}
