// Read model of the audit log. Storage appends and lists these; the web layer imports the type
// from here, never from storage.

/** One entry of the append-only audit log, as use cases write and read it. */
export interface AuditEntry {
  id: string;
  occurredAt: string;
  actorKind: string;
  actorUserId: string | null;
  actorTokenId: string | null;
  organisationId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}
