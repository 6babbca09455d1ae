import type { Kysely } from 'kysely';
import type { CountRevision } from '../../../core/breaches/breach.ts';
import type { Database } from '../../schema.ts';

// The history of the number of people affected: every revision is kept, none is overwritten.

export async function insertCountRevision(
  db: Kysely<Database>,
  breachId: string,
  revision: CountRevision,
): Promise<void> {
  await db
    .insertInto('breach_count_revisions')
    .values({
      id: revision.id,
      breach_id: breachId,
      people_affected: revision.peopleAffected,
      effective_on: revision.effectiveOn,
      reason_nl: revision.reason.nl,
      reason_en: revision.reason.en,
      recorded_at: revision.recordedAt,
    })
    .execute();
}

/** Count history, oldest first. */
export async function listCountRevisions(db: Kysely<Database>, breachId: string): Promise<CountRevision[]> {
  const rows = await db
    .selectFrom('breach_count_revisions')
    .selectAll()
    .where('breach_id', '=', breachId)
    .orderBy('effective_on')
    .orderBy('recorded_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    peopleAffected: r.people_affected,
    effectiveOn: r.effective_on,
    reason: { nl: r.reason_nl, en: r.reason_en },
    recordedAt: r.recorded_at,
  }));
}
