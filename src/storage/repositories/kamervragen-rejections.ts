import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** Records that an editor turned down the suggestion to link `setId` to `breachId`. Twice is not an error. */
export async function rejectKamervragenSuggestion(
  db: Kysely<Database>,
  rejection: { setId: string; breachId: string; now: string; rejectedBy?: string | null },
): Promise<void> {
  await db
    .insertInto('kamervragen_link_rejections')
    .values({
      set_id: rejection.setId,
      breach_id: rejection.breachId,
      rejected_at: rejection.now,
      rejected_by: rejection.rejectedBy ?? null,
    })
    .onConflict((oc) => oc.columns(['set_id', 'breach_id']).doNothing())
    .execute();
}

/** Forgets a rejection (the set is linked after all); true when there was one. */
export async function clearKamervragenRejection(
  db: Kysely<Database>,
  rejection: { setId: string; breachId: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom('kamervragen_link_rejections')
    .where('set_id', '=', rejection.setId)
    .where('breach_id', '=', rejection.breachId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The ids of the sets whose suggestion for `breachId` was turned down. */
export async function rejectedKamervragenSetIds(
  db: Kysely<Database>,
  breachId: string,
): Promise<Set<string>> {
  const rows = await db
    .selectFrom('kamervragen_link_rejections')
    .select('set_id')
    .where('breach_id', '=', breachId)
    .execute();
  return new Set(rows.map((r) => r.set_id));
}
