import { z } from 'zod';
import type { Actor } from '../core/access/actor.ts';
import { listAudit } from '../storage/repositories/audit-log.ts';
import { entityId } from './breach-fields.ts';
import type { Deps } from './deps.ts';
import { audit } from './support/audit.ts';
import { authorize } from './support/authorize.ts';
import { parseOptions } from './support/validate.ts';
import type { AuditEntry } from '../core/audit/audit-entry.ts';

export const exportAuditLogSchema = z.object({ organisationId: entityId, format: z.enum(['csv', 'json']) });

export type ExportAuditLogOptions = { actor: Actor } & z.input<typeof exportAuditLogSchema>;

const columns = [
  'id',
  'occurredAt',
  'actorKind',
  'actorUserId',
  'actorTokenId',
  'organisationId',
  'entityType',
  'entityId',
  'action',
  'before',
  'after',
] as const;

/** One CSV cell: quoted, and with a leading quote mark before =, +, - or @ so spreadsheets do not run it. */
function cell(value: unknown): string {
  let text =
    value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** The audit log as CSV (RFC 4180, header row) or JSON, oldest entry first. */
export function formatAuditLog(entries: AuditEntry[], format: 'csv' | 'json'): string {
  const ordered = [...entries].reverse();
  if (format === 'json') return `${JSON.stringify(ordered, null, 2)}\n`;
  const lines = [columns.join(','), ...ordered.map((e) => columns.map((c) => cell(e[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** An organisation's whole audit log for download (owners only); the export itself is audited first. */
export async function exportAuditLog(
  deps: Deps,
  options: ExportAuditLogOptions,
): Promise<{ contentType: string; fileName: string; body: string }> {
  const input = parseOptions(exportAuditLogSchema, options);
  authorize(options.actor, 'audit.read', { type: 'organisation', organisationId: input.organisationId });
  await audit(deps, deps.db, {
    actor: options.actor,
    organisationId: input.organisationId,
    entityType: 'organisation',
    entityId: input.organisationId,
    action: 'audit_log.exported',
    after: { format: input.format },
  });
  const { entries } = await listAudit(deps.db, input.organisationId);
  const body = formatAuditLog(entries, input.format);
  const day = deps.clock().toISOString().slice(0, 10);
  return {
    contentType: input.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
    fileName: `audit-log-${day}.${input.format}`,
    body,
  };
}
