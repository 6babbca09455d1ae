import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { publicActor } from '../../core/access/actor.ts';
import { AppError } from '../../errors/catalogue.ts';
import {
  breachIdsOfKamervragenSet,
  getKamervragenSet,
  listKamervragenSets,
  searchKamervragen,
} from '../../storage/repositories/kamervragen-repository.ts';
import { getBreach, type BreachDetail } from '../../use-cases/get-breach.ts';
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
  const db = deps.storage.db;
  getPage(app, deps.site, '/kamervragen', async (request, page) => {
    const query = firstString((request.query as Record<string, unknown> | undefined)?.q);
    const [hits, sets] = await Promise.all([
      query ? searchKamervragen(db, query, { limit: 50 }) : Promise.resolve([]),
      listKamervragenSets(db),
    ]);
    return kamervragenSearchPage(page, { query, hits, sets });
  });
  getPage(app, deps.site, '/kamervragen/:id', async (request, page) => {
    const { id } = setParams.parse(request.params);
    const set = await getKamervragenSet(db, id);
    if (!set) throw new AppError('not_found');
    // Only breaches a visitor may see: a link to a draft stays hidden.
    const breaches: BreachDetail[] = [];
    for (const breachId of await breachIdsOfKamervragenSet(db, id)) {
      try {
        breaches.push(await getBreach(useCaseDeps, { actor: publicActor, breachId }));
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'not_found')) throw error;
      }
    }
    return kamervragenSetPage(page, set, breaches);
  });
}
