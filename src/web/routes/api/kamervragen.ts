import { z } from 'zod';
import { pagination } from '../../../use-cases/breach-fields.ts';
import {
  kamervragenOfBreach,
  pageKamervragen,
  readKamervragenSet,
} from '../../../use-cases/read-kamervragen.ts';
import {
  kamervragenListSchema,
  kamervragenPageSchema,
  kamervragenSetSchema,
} from '../../openapi/kamervragen-schemas.ts';
import { defineOperation } from '../../openapi/operation.ts';
import {
  presentKamervragenMatch,
  presentKamervragenSet,
  presentKamervragenSummary,
} from '../../presenters/kamervragen.ts';
import { presentPage } from '../../presenters/page.ts';
import { endpoint, type ApiEndpoint } from '../../route-kernel/api-endpoint.ts';
import { breachIdParams } from './fields.ts';

const setIdParams = z.strictObject({
  setId: z
    .string()
    .regex(/^kv-[0-9a-f]{24}$/)
    .meta({ description: 'The id of a set, such as kv-0123456789abcdef01234567.' }),
});

const listQuery = z.strictObject({
  query: z.string().trim().max(200).optional().meta({
    description:
      'Words to find in the sets (title, questions and answers), Dutch stems and compounds included. Without it: every set, newest import first.',
  }),
  ...pagination,
});

/** Parliamentary questions (Kamervragen): public material, no token needed. */
export function kamervragenEndpoints(): ApiEndpoint[] {
  const list = defineOperation({
    method: 'GET',
    path: '/kamervragen',
    operationId: 'listKamervragen',
    summary: 'List or search the sets of parliamentary questions',
    description:
      'With `query`: the same search and ranking as the /kamervragen page. Sets holding every word come first and alone (`search.mode: all`); when no set holds them all, sets holding any word are shown, most words first (`search.mode: any`).',
    tag: 'Parliamentary questions',
    auth: 'public',
    query: listQuery,
    responses: { 200: { description: 'A page of sets.', schema: kamervragenPageSchema } },
    problems: [400, 401, 429],
  });
  const one = defineOperation({
    method: 'GET',
    path: '/kamervragen/{setId}',
    operationId: 'getKamervragenSet',
    summary: 'One set with its questions, answers and the breaches it is about',
    tag: 'Parliamentary questions',
    auth: 'public',
    params: setIdParams,
    responses: { 200: { description: 'The set.', schema: kamervragenSetSchema } },
    problems: [400, 401, 404, 429],
  });
  const ofBreach = defineOperation({
    method: 'GET',
    path: '/breaches/{breachId}/kamervragen',
    operationId: 'listKamervragenOfBreach',
    summary: 'The sets of parliamentary questions about a breach',
    description: 'Same access as reading the breach: a draft of another organisation is 404.',
    tag: 'Parliamentary questions',
    auth: 'public',
    params: breachIdParams,
    responses: { 200: { description: 'The linked sets, oldest link first.', schema: kamervragenListSchema } },
    problems: [400, 401, 404, 429],
  });
  return [
    endpoint(list, async ({ query }, { deps, apiUrl }) => {
      const page = await pageKamervragen(deps, query);
      const presented = presentPage(
        page,
        (item) => ({
          ...presentKamervragenSummary(item.set, apiUrl),
          match: item.match ? presentKamervragenMatch(item.match) : null,
        }),
        `${apiUrl}/kamervragen`,
        query,
      );
      return {
        ...presented,
        search: page.search && query.query ? { query: query.query, ...page.search } : null,
      };
    }),
    endpoint(one, async ({ actor, params }, { deps, apiUrl }) => {
      const { set, breaches } = await readKamervragenSet(deps, { setId: params.setId, actor });
      return presentKamervragenSet(set, breaches, apiUrl);
    }),
    endpoint(ofBreach, async ({ actor, params }, { deps, apiUrl }) => {
      const sets = await kamervragenOfBreach(deps, { actor, breachId: params.breachId });
      return { items: sets.map((s) => presentKamervragenSummary(s, apiUrl)) };
    }),
  ];
}
