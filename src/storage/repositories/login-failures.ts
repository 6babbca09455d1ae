import { sql, type Kysely } from 'kysely';
import type { FailureRecord } from '../../core/access/login-throttle.ts';
import type { Database } from '../schema.ts';

/** Failed sign-ins are kept in the database so that throttling holds across processes. */
export async function findFailures(
  db: Kysely<Database>,
  keyHash: string,
): Promise<FailureRecord | undefined> {
  const row = await db
    .selectFrom('login_failures')
    .selectAll()
    .where('key_hash', '=', keyHash)
    .executeTakeFirst();
  return row && { failures: row.failures, lastFailedAt: row.last_failed_at };
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

/** Removes counts whose last failure is older than `before`: they no longer count anyway. */
export async function deleteStaleFailures(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom('login_failures').where('last_failed_at', '<', before).execute();
}

export async function clearFailures(db: Kysely<Database>, keyHash: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key_hash', '=', keyHash).execute();
}
