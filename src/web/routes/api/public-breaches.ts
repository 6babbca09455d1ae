import { fieldTexts, zodMessage } from '../../../errors/field-messages.ts';
import { z } from 'zod';
import { sectors } from '../../../core/breaches/vocabulary.ts';
import type { Knowledge } from '../../../core/knowledge/index.ts';
import { pagination } from '../../../use-cases/breach-fields.ts';
import { getBreach } from '../../../use-cases/get-breach.ts';
import { listPublicBreaches } from '../../../use-cases/list-public-breaches.ts';
import { defineOperation } from '../../openapi/operation.ts';
import { breachDetailSchema, breachPageSchema } from '../../openapi/schemas.ts';
import { presentBreachDetail, presentBreachSummary } from '../../presenters/breach.ts';
import { presentPage } from '../../presenters/page.ts';
import { endpoint, type ApiEndpoint } from '../../route-kernel/api-endpoint.ts';
import { breachIdParams, dataCategoriesField } from './fields.ts';

const day = z.iso.date({ error: zodMessage(fieldTexts.day) });

function publicListQuery(knowledge: Knowledge) {
  return z.object({
    query: z
      .string()
      .trim()
      .max(200)
      .optional()
      .meta({ description: 'Words to find in title, description or organisation.' }),
    sector: z.enum(sectors).optional(),
    from: day.optional().meta({ description: 'Discovered (or happened) on or after this day.' }),
    to: day.optional().meta({ description: 'Discovered (or happened) on or before this day.' }),
    minPeople: z.coerce
      .number()
      .int()
      .min(0)
      .optional()
      .meta({ description: 'At least this many people affected.' }),
    maxPeople: z.coerce
      .number()
      .int()
      .min(0)
      .optional()
      .meta({ description: 'At most this many people affected.' }),
    categories: dataCategoriesField(knowledge)
      .optional()
      .meta({ description: 'Kinds of data that must ALL be involved; comma-separated or repeated.' }),
    sort: z.enum(['newest', 'oldest', 'largest', 'updated']).default('newest'),
    ...pagination,
  });
}

/** `GET /breaches` and `GET /breaches/{breachId}`: the public register, and own drafts with a token. */
export function publicBreachEndpoints(knowledge: Knowledge): ApiEndpoint[] {
  const list = defineOperation({
    method: 'GET',
    path: '/breaches',
    operationId: 'listPublishedBreaches',
    summary: 'Search the public register',
    description: 'Published and closed breaches only, with filters and pagination. No token needed.',
    tag: 'Public register',
    auth: 'public',
    query: publicListQuery(knowledge),
    responses: { 200: { description: 'A page of breaches.', schema: breachPageSchema } },
    problems: [400, 401, 429],
  });
  const one = defineOperation({
    method: 'GET',
    path: '/breaches/{breachId}',
    operationId: 'getBreach',
    summary: 'One breach with its timeline, counts, data, helpline, updates, sources and speed',
    description:
      'Anyone may read a published or closed breach. A draft is visible only with a token of its own organisation; to anyone else it does not exist (404).',
    tag: 'Public register',
    auth: 'public',
    params: breachIdParams,
    responses: {
      200: {
        description: 'The breach.',
        schema: breachDetailSchema,
        headers: { ETag: 'The version, for If-Match.' },
      },
    },
    problems: [400, 401, 404, 429],
  });
  return [
    endpoint(list, async ({ query }, { deps, apiUrl }) => {
      const page = await listPublicBreaches(deps, query);
      return presentPage(page, (b) => presentBreachSummary(b, apiUrl), `${apiUrl}/breaches`, query);
    }),
    endpoint(one, async ({ actor, params, reply }, { deps, apiUrl }) => {
      const breach = await getBreach(deps, { actor, breachId: params.breachId });
      reply.header('etag', `"${breach.version}"`);
      return presentBreachDetail(breach, apiUrl);
    }),
  ];
}
