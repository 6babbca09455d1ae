import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.ts';

/**
 * The audit log refused UPDATE and DELETE but not TRUNCATE on PostgreSQL (row triggers do not
 * fire for it). A statement trigger closes that gap. SQLite has no TRUNCATE: its "DELETE
 * without WHERE" already meets the delete trigger.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against any schema
export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await sql`create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only()`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await sql`drop trigger if exists audit_log_no_truncate on audit_log`.execute(db);
}
