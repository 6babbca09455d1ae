import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.ts';

/**
 * Runs `work` in a transaction: a new one, or the caller's when `db` already is one, so a use
 * case that joins several (such as the HIBP import: register or update, revise the count, keep
 * the source) writes all of it or nothing.
 */
export function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
