import type { Kysely } from 'kysely';
import type { Actor } from '../../core/access/actor.ts';
import { appendAudit } from '../../storage/repositories/audit-log.ts';
import type { Database } from '../../storage/schema.ts';
import type { Deps } from '../deps.ts';
import { sortableId } from './ids.ts';

/** Writes the audit entry for a change; `trx` must be the change's own transaction. */
export async function audit(
  deps: Deps,
  trx: Kysely<Database>,
  entry: {
    actor: Actor;
    organisationId: string | null;
    entityType: string;
    entityId: string;
    action: string;
    before?: unknown;
    after?: unknown;
  },
): Promise<void> {
  const { actor } = entry;
  const now = deps.clock();
  await appendAudit(trx, {
    id: sortableId(now),
    occurredAt: now.toISOString(),
    actorKind: actor.kind,
    actorUserId: actor.kind === 'user' ? actor.userId : null,
    actorTokenId: actor.kind === 'api_token' ? actor.tokenId : null,
    organisationId: entry.organisationId,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
