import { z } from 'zod';
import { breachStatuses } from '../../../core/breaches/vocabulary.ts';
import { pagination } from '../../../use-cases/breach-fields.ts';
import { listAuditLog } from '../../../use-cases/list-audit-log.ts';
import { listBreaches } from '../../../use-cases/list-breaches.ts';
import { defineOperation } from '../../openapi/operation.ts';
import { auditPageSchema, breachPageSchema } from '../../openapi/schemas.ts';
import { presentAuditEntry } from '../../presenters/audit-entry.ts';
import { presentBreachSummary } from '../../presenters/breach.ts';
import { presentPage } from '../../presenters/page.ts';
import { endpoint, type ApiEndpoint } from '../../route-kernel/api-endpoint.ts';
import { organisationIdParams } from './fields.ts';

/** An organisation's own breaches (drafts included) and its audit log. */
export function organisationEndpoints(): ApiEndpoint[] {
  const breaches = defineOperation({
    method: 'GET',
    path: '/organisations/{organisationId}/breaches',
    operationId: 'listOrganisationBreaches',
    summary: "Your organisation's breaches, drafts included",
    description: 'Any token of the organisation (viewer, editor or owner). Most recently changed first.',
    tag: 'Organisation',
    auth: 'token',
    params: organisationIdParams,
    query: z.object({ status: z.enum(breachStatuses).optional(), ...pagination }),
    responses: { 200: { description: 'A page of breaches.', schema: breachPageSchema } },
    problems: [400, 401, 403, 429],
  });
  const audit = defineOperation({
    method: 'GET',
    path: '/organisations/{organisationId}/audit-entries',
    operationId: 'listAuditEntries',
    summary: "Your organisation's audit log, newest first",
    description:
      'Reading the audit log is reserved for owners (access policy): an owner token of the organisation may read it; editor and viewer tokens, and tokens of other organisations, are answered with 403.',
    tag: 'Organisation',
    auth: 'token',
    params: organisationIdParams,
    query: z.object({ ...pagination }),
    responses: { 200: { description: 'A page of audit entries.', schema: auditPageSchema } },
    problems: [400, 401, 403, 429],
  });
  return [
    endpoint(breaches, async ({ actor, params, query }, { deps, apiUrl }) => {
      const page = await listBreaches(deps, { actor, organisationId: params.organisationId, ...query });
      const path = `${apiUrl}/organisations/${encodeURIComponent(params.organisationId)}/breaches`;
      return presentPage(page, (b) => presentBreachSummary(b, apiUrl), path, query);
    }),
    endpoint(audit, async ({ actor, params, query }, { deps, apiUrl }) => {
      const page = await listAuditLog(deps, { actor, organisationId: params.organisationId, ...query });
      const path = `${apiUrl}/organisations/${encodeURIComponent(params.organisationId)}/audit-entries`;
      return presentPage(page, presentAuditEntry, path, query);
    }),
  ];
}
