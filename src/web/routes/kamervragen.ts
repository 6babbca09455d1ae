import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  listKamervragen,
  readKamervragenSet,
  searchKamervragenSets,
} from '../../use-cases/read-kamervragen.ts';
import type { RouteDeps } from '../deps.ts';
import { breachDeps, publicPage } from '../route-kernel/route.ts';
import { firstText } from '../route-kernel/input.ts';
import { kamervragenSearchPage, kamervragenSetPage } from '../pages/register/kamervragen-pages.ts';

const searchQuery = z.object({ q: firstText().transform((q) => (q ?? '').trim().slice(0, 200)) });
const setParams = z.object({ id: z.string().min(1).max(100) });

/** `/kamervragen` (search across every imported set) and `/kamervragen/<id>` (one set). */
export function kamervragenRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const useCaseDeps = breachDeps(deps);
  publicPage(app, deps, '/kamervragen', { query: searchQuery }, async ({ input, page }) => {
    const query = input.query.q;
    const [result, sets] = await Promise.all([
      query ? searchKamervragenSets(useCaseDeps, { query, limit: 50 }) : Promise.resolve(undefined),
      listKamervragen(useCaseDeps),
    ]);
    return kamervragenSearchPage(page, { query, result, sets });
  });
  publicPage(app, deps, '/kamervragen/:id', { params: setParams }, async ({ input, page }) => {
    const { set, breaches } = await readKamervragenSet(useCaseDeps, { setId: input.params.id });
    return kamervragenSetPage(page, set, breaches);
  });
}
