import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.ts';

/** The next mailing round of a breach: 1 when no letters went out yet. */
export async function nextLetterRound(db: Kysely<Database>, breachId: string): Promise<number> {
  const row = await db
    .selectFrom('letter_jobs')
    .select((eb) => eb.fn.max<number | null>('round').as('last'))
    .where('breach_id', '=', breachId)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}
