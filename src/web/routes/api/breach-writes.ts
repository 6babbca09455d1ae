import { z } from 'zod';
import type { Actor } from '../../../core/access/actor.ts';
import type { Knowledge } from '../../../core/knowledge/index.ts';
import { addBreachUpdate, addBreachUpdateSchema } from '../../../use-cases/add-breach-update.ts';
import { breachContentFields } from '../../../use-cases/breach-fields.ts';
import type { BreachDeps } from '../../../use-cases/deps.ts';
import { getBreach } from '../../../use-cases/get-breach.ts';
import { registerBreach, registerBreachSchema } from '../../../use-cases/register-breach.ts';
import { reviseAffectedCount, reviseAffectedCountSchema } from '../../../use-cases/revise-affected-count.ts';
import { updateBreach } from '../../../use-cases/update-breach.ts';
import { defineOperation } from '../../openapi/operation.ts';
import {
  breachDetailSchema,
  breachUpdateResultSchema,
  countRevisionResultSchema,
} from '../../openapi/schemas.ts';
import {
  breachHref,
  presentBreachDetail,
  presentBreachUpdate,
  presentCountRevision,
} from '../../presenters/breach.ts';
import { endpoint, withApiFieldNames, type ApiEndpoint } from '../../route-kernel/api-endpoint.ts';
import { breachIdParams, dataCategoriesField, versionField } from './fields.ts';

/** Use-case field paths → API field names. */
export function apiFieldName(path: string): string {
  if (path === 'expectedVersion') return 'version';
  return path.replace(/^changes\./, '');
}

const etagHeader = { ETag: 'The new version, for the next If-Match.' };
const writeProblems = [400, 401, 403, 404, 409, 412, 415, 429];

/** The breach as the caller may now see it, presented. */
export async function presentedBreach(deps: BreachDeps, actor: Actor, breachId: string, apiUrl: string) {
  return presentBreachDetail(await getBreach(deps, { actor, breachId }), apiUrl);
}

/** Create, update, revise the count and add an update: the writes of an organisation's token. */
export function breachWriteEndpoints(knowledge: Knowledge): ApiEndpoint[] {
  const categoryIds = new Set(knowledge.categories.map((c) => c.id));
  const create = defineOperation({
    method: 'POST',
    path: '/breaches',
    operationId: 'createBreach',
    summary: 'Register a breach as a draft of your organisation',
    description: 'Needs a token with the editor role. Only title, sector and description are required.',
    tag: 'Organisation',
    auth: 'token',
    body: z.strictObject({
      ...registerBreachSchema(categoryIds).omit({ organisationId: true }).shape,
      dataCategories: dataCategoriesField(knowledge).default([]),
    }),
    responses: {
      201: {
        description: 'The new draft.',
        schema: breachDetailSchema,
        headers: { Location: 'The address of the new breach.', ...etagHeader },
      },
    },
    problems: writeProblems,
  });
  const update = defineOperation({
    method: 'PATCH',
    path: '/breaches/{breachId}',
    operationId: 'updateBreach',
    summary: 'Change a breach (JSON merge patch)',
    description:
      'Fields left out stay as they are; a list given replaces the stored list; null clears a field. Send the version you edited as If-Match (412 when stale) or as `version` (409 when stale).',
    tag: 'Organisation',
    auth: 'token',
    params: breachIdParams,
    body: z
      .strictObject({
        ...breachContentFields(categoryIds),
        dataCategories: dataCategoriesField(knowledge),
        version: versionField,
      })
      .partial(),
    mergePatch: true,
    ifMatch: true,
    responses: {
      200: { description: 'The changed breach.', schema: breachDetailSchema, headers: etagHeader },
    },
    problems: writeProblems,
  });
  const revise = defineOperation({
    method: 'POST',
    path: '/breaches/{breachId}/count-revisions',
    operationId: 'reviseAffectedCount',
    summary: 'Record a new number of people affected, with reason and date',
    tag: 'Organisation',
    auth: 'token',
    params: breachIdParams,
    body: z.strictObject({
      ...reviseAffectedCountSchema.omit({ breachId: true, expectedVersion: true }).shape,
      version: versionField,
    }),
    ifMatch: true,
    responses: {
      201: {
        description: 'The revision and the whole history.',
        schema: countRevisionResultSchema,
        headers: etagHeader,
      },
    },
    problems: writeProblems,
  });
  const addUpdate = defineOperation({
    method: 'POST',
    path: '/breaches/{breachId}/updates',
    operationId: 'addBreachUpdate',
    summary: 'Add a dated public update to the timeline',
    tag: 'Organisation',
    auth: 'token',
    params: breachIdParams,
    body: z.strictObject({
      ...addBreachUpdateSchema.omit({ breachId: true, expectedVersion: true }).shape,
      version: versionField,
    }),
    ifMatch: true,
    responses: { 201: { description: 'The update.', schema: breachUpdateResultSchema, headers: etagHeader } },
    problems: writeProblems,
  });

  return [
    endpoint(create, async ({ actor, body, reply }, { deps, apiUrl }) => {
      // The organisation is the token's own; a token never writes for another.
      const organisationId = actor.kind === 'api_token' ? actor.organisationId : '';
      const breach = await withApiFieldNames(
        () => registerBreach(deps, { actor, organisationId, ...body }),
        apiFieldName,
      );
      reply
        .status(201)
        .header('location', breachHref(apiUrl, breach.id))
        .header('etag', `"${breach.version}"`);
      return presentedBreach(deps, actor, breach.id, apiUrl);
    }),
    endpoint(update, async ({ actor, params, body, expectedVersion, reply }, { deps, apiUrl }) => {
      const { version: _version, ...changes } = body;
      const breach = await withApiFieldNames(
        () => updateBreach(deps, { actor, breachId: params.breachId, expectedVersion, changes }),
        apiFieldName,
      );
      reply.header('etag', `"${breach.version}"`);
      return presentedBreach(deps, actor, breach.id, apiUrl);
    }),
    endpoint(revise, async ({ actor, params, body, expectedVersion, reply }, { deps }) => {
      const { version: _version, ...count } = body;
      const result = await withApiFieldNames(
        () => reviseAffectedCount(deps, { actor, breachId: params.breachId, expectedVersion, ...count }),
        apiFieldName,
      );
      reply.status(201).header('etag', `"${result.breach.version}"`);
      return {
        revision: presentCountRevision(result.revision),
        countRevisions: result.history.map(presentCountRevision),
        peopleAffected: result.breach.peopleAffected,
        version: result.breach.version,
      };
    }),
    endpoint(addUpdate, async ({ actor, params, body, expectedVersion, reply }, { deps }) => {
      const { version: _version, ...update } = body;
      const result = await withApiFieldNames(
        () => addBreachUpdate(deps, { actor, breachId: params.breachId, expectedVersion, ...update }),
        apiFieldName,
      );
      reply.status(201).header('etag', `"${result.version}"`);
      return { update: presentBreachUpdate(result.update), version: result.version };
    }),
  ];
}
