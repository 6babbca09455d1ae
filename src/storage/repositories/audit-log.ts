import type { Kysely } from 'kysely';
import type { AuditEntry } from '../../core/audit/audit-entry.ts';
import type { Database } from '../schema.ts';
import type { AuditLogTable } from '../tables/accounts.ts';

/** Appends one entry; call it inside the transaction of the change it records. */
export async function appendAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: entry.id,
      occurred_at: entry.occurredAt,
      actor_kind: entry.actorKind,
      actor_user_id: entry.actorUserId,
      actor_token_id: entry.actorTokenId,
      organisation_id: entry.organisationId,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      action: entry.action,
      before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
      after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}

function toEntry(row: AuditLogTable): AuditEntry {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    actorKind: row.actor_kind,
    actorUserId: row.actor_user_id,
    actorTokenId: row.actor_token_id,
    organisationId: row.organisation_id,
    entityType: row.entity_type,
    entityId: row.entity_id,
    action: row.action,
    before: row.before_json === null ? null : JSON.parse(row.before_json),
    after: row.after_json === null ? null : JSON.parse(row.after_json),
  };
}

/** An organisation's entries, newest first; `limit` undefined reads them all (export). */
export async function listAudit(
  db: Kysely<Database>,
  organisationId: string,
  page: { limit?: number; offset?: number } = {},
): Promise<{ entries: AuditEntry[]; total: number }> {
  let query = db
    .selectFrom('audit_log')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc');
  if (page.limit !== undefined) query = query.limit(page.limit).offset(page.offset ?? 0);
  const [rows, count] = await Promise.all([
    query.execute(),
    db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('organisation_id', '=', organisationId)
      .executeTakeFirstOrThrow(),
  ]);
  return { entries: rows.map(toEntry), total: Number(count.n) };
}
