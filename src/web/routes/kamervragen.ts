import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  listKamervragen,
  readKamervragenSet,
  searchKamervragenSets,
} from '../../use-cases/read-kamervragen.ts';
import type { RouteDeps } from '../deps.ts';
import { getPage } from '../page.ts';
import { kamervragenSearchPage, kamervragenSetPage } from '../pages/register/kamervragen-pages.ts';
import { publicBreachDeps } from './register.ts';

function firstString(value: unknown): string {
  const one = Array.isArray(value) ? value[0] : value;
  return typeof one === 'string' ? one.trim().slice(0, 200) : '';
}

const setParams = z.object({ id: z.string().min(1).max(100) });

/** `/kamervragen` (search across every imported set) and `/kamervragen/<id>` (one set). */
export function kamervragenRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const useCaseDeps = publicBreachDeps(deps);
  getPage(app, deps.site, '/kamervragen', async (request, page) => {
    const query = firstString((request.query as Record<string, unknown> | undefined)?.q);
    const [result, sets] = await Promise.all([
      query ? searchKamervragenSets(useCaseDeps, { query, limit: 50 }) : Promise.resolve(undefined),
      listKamervragen(useCaseDeps),
    ]);
    return kamervragenSearchPage(page, { query, result, sets });
  });
  getPage(app, deps.site, '/kamervragen/:id', async (request, page) => {
    const { id } = setParams.parse(request.params);
    const { set, breaches } = await readKamervragenSet(useCaseDeps, { setId: id });
    return kamervragenSetPage(page, set, breaches);
  });
}
