import { z } from 'zod';
import type { Knowledge } from '../../../core/knowledge/index.ts';
import { hibpBreachInputSchema } from '../../../importers/hibp/hibp-breach.ts';
import { exportHibpBreach } from '../../../use-cases/export-hibp-breach.ts';
import { importHibpBreach } from '../../../use-cases/import-hibp-breach.ts';
import { defineOperation } from '../../openapi/operation.ts';
import { hibpBreachSchema, hibpImportResultSchema } from '../../openapi/schemas.ts';
import { breachHref } from '../../presenters/breach.ts';
import { apiFieldName, presentedBreach } from './breach-writes.ts';
import { endpoint, withApiFieldNames, type ApiEndpoint } from '../../route-kernel/api-endpoint.ts';
import { breachIdParams } from './fields.ts';

/** Export to and import from Have I Been Pwned's breach format. */
export function hibpEndpoints(knowledge: Knowledge): ApiEndpoint[] {
  const exportOperation = defineOperation({
    method: 'GET',
    path: '/breaches/{breachId}/hibp',
    operationId: 'exportBreachAsHibp',
    summary: "A breach in Have I Been Pwned's breach format",
    description:
      'Same access as reading the breach. DataClasses are mapped from the kinds of data; kinds without an HIBP class (such as a GP name) are left out, see docs/api.md.',
    tag: 'Have I Been Pwned',
    auth: 'public',
    params: breachIdParams,
    responses: { 200: { description: 'The HIBP record.', schema: hibpBreachSchema } },
    problems: [400, 401, 404, 429],
  });
  const importOperation = defineOperation({
    method: 'POST',
    path: '/breaches/import/hibp',
    operationId: 'importHibpBreach',
    summary: 'Create a draft breach from a Have I Been Pwned record',
    description:
      'Needs a token with the editor role. Every field is kept for the export. Data classes become kinds of data; unknown ones are listed in `unknownDataClasses`, recorded as `other` and exported again verbatim. The description is stored in its language (detected, or `descriptionLanguage`). Importing a record with a Name this organisation imported before updates that breach (200). `changes` lists every field a round trip changes. The sector is set to `other`; edit the draft afterwards.',
    tag: 'Have I Been Pwned',
    auth: 'token',
    query: z.strictObject({
      descriptionLanguage: z
        .enum(['nl', 'en'])
        .optional()
        .meta({ description: 'The language of Description; needed only when it cannot be detected.' }),
    }),
    body: hibpBreachInputSchema,
    responses: {
      200: {
        description: 'The earlier import of this record, updated.',
        schema: hibpImportResultSchema,
        headers: { Location: 'The address of the breach.', ETag: 'The version.' },
      },
      201: {
        description: 'The draft and how each data class was mapped.',
        schema: hibpImportResultSchema,
        headers: { Location: 'The address of the new breach.', ETag: 'The version.' },
      },
    },
    problems: [400, 401, 403, 415, 429],
  });
  return [
    endpoint(exportOperation, async ({ actor, params }, { deps }) =>
      exportHibpBreach(deps, { actor, breachId: params.breachId }),
    ),
    endpoint(importOperation, async ({ actor, body, query, request, reply }, { deps, apiUrl }) => {
      const organisationId = actor.kind === 'api_token' ? actor.organisationId : '';
      const result = await withApiFieldNames(
        () =>
          importHibpBreach(deps, {
            actor,
            organisationId,
            record: body,
            sent: request.body as Record<string, unknown>,
            dataClassTable: knowledge.hibpDataClasses,
            descriptionLanguage: query.descriptionLanguage,
          }),
        apiFieldName,
      );
      reply
        .status(result.updated ? 200 : 201)
        .header('location', breachHref(apiUrl, result.breach.id))
        .header('etag', `"${result.breach.version}"`);
      return {
        breach: await presentedBreach(deps, actor, result.breach.id, apiUrl),
        updated: result.updated,
        descriptionLanguage: result.descriptionLanguage,
        dataClasses: result.dataClasses.map((c) => ({ name: c.name, categoryId: c.categoryId })),
        unknownDataClasses: [...result.unknownDataClasses],
        changes: result.changes.map((c) => ({ field: c.field, imported: c.imported, exported: c.exported })),
        notCarriedOver: [],
      };
    }),
  ];
}
