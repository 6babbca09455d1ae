import type { Kysely } from 'kysely';
import type { BreachUpdate } from '../../../core/breaches/breach.ts';
import type { Database } from '../../schema.ts';

// The public updates on a breach, in the order they were published.

export async function insertBreachUpdate(
  db: Kysely<Database>,
  breachId: string,
  update: BreachUpdate,
): Promise<void> {
  await db
    .insertInto('breach_updates')
    .values({
      id: update.id,
      breach_id: breachId,
      published_on: update.publishedOn,
      text_nl: update.text.nl,
      text_en: update.text.en,
      created_at: update.createdAt,
    })
    .execute();
}

/** Public updates, oldest first. */
export async function listBreachUpdates(db: Kysely<Database>, breachId: string): Promise<BreachUpdate[]> {
  const rows = await db
    .selectFrom('breach_updates')
    .selectAll()
    .where('breach_id', '=', breachId)
    .orderBy('published_on')
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    publishedOn: r.published_on,
    text: { nl: r.text_nl, en: r.text_en },
    createdAt: r.created_at,
  }));
}
