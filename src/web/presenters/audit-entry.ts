import type { z } from 'zod';
import type { auditEntrySchema } from '../openapi/schemas.ts';
import type { AuditEntry } from '../../core/audit/audit-entry.ts';

/** One audit entry: who (user or token id, never a name or e-mail), when, what, before/after. */
export function presentAuditEntry(e: AuditEntry): z.output<typeof auditEntrySchema> {
  return {
    id: e.id,
    occurredAt: e.occurredAt,
    actor: { kind: e.actorKind, userId: e.actorUserId, tokenId: e.actorTokenId },
    entityType: e.entityType,
    entityId: e.entityId,
    action: e.action,
    before: e.before ?? null,
    after: e.after ?? null,
  };
}
