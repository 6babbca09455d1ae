import { z } from 'zod';
import { publishBreach } from '../../../use-cases/publish-breach.ts';
import { unpublishBreach } from '../../../use-cases/unpublish-breach.ts';
import { defineOperation } from '../../openapi/operation.ts';
import { breachDetailSchema } from '../../openapi/schemas.ts';
import { apiFieldName, presentedBreach } from './breach-writes.ts';
import { endpoint, withApiFieldNames, type ApiEndpoint } from '../../route-kernel/api-endpoint.ts';
import { breachIdParams, versionField } from './fields.ts';

const problems = [400, 401, 403, 404, 409, 412, 415, 429];
const ownerNote =
  'Publishing is reserved for owners of the organisation (access policy): an owner token (made with `tokens create --role owner`) may publish; editor and viewer tokens are answered with 403.';

/** `POST /breaches/{id}/publish` and `/unpublish`: operations on the breach's status (ADR: sub-resources). */
export function breachPublicationEndpoints(): ApiEndpoint[] {
  const publish = defineOperation({
    method: 'POST',
    path: '/breaches/{breachId}/publish',
    operationId: 'publishBreach',
    summary: 'Make a breach public, or mark a public one as closed',
    description: `A public record needs a date (happened or discovered) and a source or helpline. ${ownerNote}`,
    tag: 'Organisation',
    auth: 'token',
    params: breachIdParams,
    body: z.strictObject({
      close: z.boolean().default(false).meta({ description: 'Publish as closed: handling is finished.' }),
      confirmSensitive: z.boolean().default(false).meta({
        description:
          'Needed to publish a breach imported from an HIBP record marked IsSensitive: HIBP hides such breaches from public searches because being known to be in one can harm people. Without it the answer is 400 explaining this.',
      }),
      version: versionField,
    }),
    ifMatch: true,
    responses: {
      200: {
        description: 'The public breach.',
        schema: breachDetailSchema,
        headers: { ETag: 'The new version.' },
      },
    },
    problems,
  });
  const unpublish = defineOperation({
    method: 'POST',
    path: '/breaches/{breachId}/unpublish',
    operationId: 'unpublishBreach',
    summary: 'Take a breach out of the public register (back to draft)',
    description: ownerNote,
    tag: 'Organisation',
    auth: 'token',
    params: breachIdParams,
    body: z.strictObject({ version: versionField }),
    ifMatch: true,
    responses: {
      200: { description: 'The draft.', schema: breachDetailSchema, headers: { ETag: 'The new version.' } },
    },
    problems,
  });
  return [
    endpoint(publish, async ({ actor, params, body, expectedVersion, reply }, { deps, apiUrl }) => {
      const breach = await withApiFieldNames(
        () =>
          publishBreach(deps, {
            actor,
            breachId: params.breachId,
            expectedVersion,
            close: body.close,
            confirmSensitive: body.confirmSensitive,
          }),
        apiFieldName,
      );
      reply.header('etag', `"${breach.version}"`);
      return presentedBreach(deps, actor, breach.id, apiUrl);
    }),
    endpoint(unpublish, async ({ actor, params, expectedVersion, reply }, { deps, apiUrl }) => {
      const breach = await withApiFieldNames(
        () => unpublishBreach(deps, { actor, breachId: params.breachId, expectedVersion }),
        apiFieldName,
      );
      reply.header('etag', `"${breach.version}"`);
      return presentedBreach(deps, actor, breach.id, apiUrl);
    }),
  ];
}
