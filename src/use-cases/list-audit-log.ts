import { z } from 'zod';
import type { Actor } from '../core/access/actor.ts';
import { listAudit } from '../storage/repositories/audit-log.ts';
import { entityId, pagination } from './breach-fields.ts';
import type { Deps } from './deps.ts';
import { pageOf, pageWindow, type Page } from './list-breaches.ts';
import { authorize } from './support/authorize.ts';
import { parseOptions } from './support/validate.ts';
import type { AuditEntry } from '../core/audit/audit-entry.ts';

export const listAuditLogSchema = z.object({ organisationId: entityId, ...pagination });

export type ListAuditLogOptions = { actor: Actor } & z.input<typeof listAuditLogSchema>;

/** A page of an organisation's audit log, newest first (owners only). */
export async function listAuditLog(deps: Deps, options: ListAuditLogOptions): Promise<Page<AuditEntry>> {
  const input = parseOptions(listAuditLogSchema, options);
  authorize(options.actor, 'audit.read', { type: 'organisation', organisationId: input.organisationId });
  const { entries, total } = await listAudit(deps.db, input.organisationId, pageWindow(input));
  return pageOf(entries, total, input);
}
