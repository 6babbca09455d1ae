import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/storage/schema.ts';

/** Makes every insert into the audit log fail, to prove that a change never lands without its record. */
export async function breakAuditInserts(db: Kysely<Database>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  if (dialect === 'postgres') {
    await sql`create function test_fail_audit() returns trigger language plpgsql as $$
      begin raise exception 'audit insert refused by test'; end; $$`.execute(db);
    await sql`create trigger test_fail_audit before insert on audit_log for each row execute function test_fail_audit()`.execute(
      db,
    );
  } else {
    await sql`create trigger test_fail_audit before insert on audit_log begin select raise(abort, 'audit insert refused by test'); end`.execute(
      db,
    );
  }
}
