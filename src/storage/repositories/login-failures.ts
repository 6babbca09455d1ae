import { sql, type Kysely } from 'kysely';
import type { FailureRecord } from '../../core/access/login-throttle.ts';
import { dialectOf } from '../dialect.ts';
import type { Database } from '../schema.ts';

/**
 * Failed sign-ins are kept in the database so that throttling holds across processes. An
 * attempt is counted *before* its password is checked (and taken back when it was right), so
 * parallel attempts cannot all slip through while the count is still low.
 */

/**
 * The count of `keyHash` as it was before this attempt, with the row locked until `trx` ends
 * (PostgreSQL `FOR UPDATE`; SQLite runs one write transaction at a time anyway). Creates the
 * row when missing so that there is something to lock.
 */
export async function lockFailures(
  trx: Kysely<Database>,
  keyHash: string,
): Promise<FailureRecord | undefined> {
  await trx
    .insertInto('login_failures')
    .values({ key_hash: keyHash, failures: 0, last_failed_at: '' })
    .onConflict((oc) => oc.column('key_hash').doNothing())
    .execute();
  let query = trx.selectFrom('login_failures').selectAll().where('key_hash', '=', keyHash);
  if (dialectOf(trx) === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row && row.failures > 0 ? { failures: row.failures, lastFailedAt: row.last_failed_at } : undefined;
}

/**
 * Adds one failure atomically (two processes failing at once both count). A count whose last
 * failure is older than `resetBefore` starts again at 1.
 */
export async function recordFailure(
  db: Kysely<Database>,
  keyHash: string,
  at: string,
  resetBefore: string,
): Promise<void> {
  await db
    .insertInto('login_failures')
    .values({ key_hash: keyHash, failures: 1, last_failed_at: at })
    .onConflict((oc) =>
      oc.column('key_hash').doUpdateSet({
        failures: sql<number>`case when login_failures.last_failed_at < ${resetBefore} then 1 else login_failures.failures + 1 end`,
        last_failed_at: at,
      }),
    )
    .execute();
}

/** Takes back one counted attempt that turned out to be a correct password. */
export async function uncountAttempt(db: Kysely<Database>, keyHash: string): Promise<void> {
  await db
    .updateTable('login_failures')
    .set({ failures: sql<number>`case when failures > 0 then failures - 1 else 0 end` })
    .where('key_hash', '=', keyHash)
    .execute();
}

/** The current count of a key (no lock), for deciding how to answer a wrong password. */
export async function findFailures(
  db: Kysely<Database>,
  keyHash: string,
): Promise<FailureRecord | undefined> {
  const row = await db
    .selectFrom('login_failures')
    .selectAll()
    .where('key_hash', '=', keyHash)
    .executeTakeFirst();
  return row && row.failures > 0 ? { failures: row.failures, lastFailedAt: row.last_failed_at } : undefined;
}

/** Removes counts whose last failure is older than `before`: they no longer count anyway. */
export async function deleteStaleFailures(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom('login_failures').where('last_failed_at', '<', before).execute();
}

export async function clearFailures(db: Kysely<Database>, keyHash: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key_hash', '=', keyHash).execute();
}
