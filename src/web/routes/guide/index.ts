import type { FastifyInstance } from 'fastify';
import { lookupBudget } from '../../guide/lookup-budget.ts';
import { codeLookupStore } from '../../../storage/repositories/personal-codes-lookup.ts';
import type { RouteDeps } from '../../deps.ts';
import { createGuideService } from '../../guide/guide-service.ts';
import { codeRoutes } from './code.ts';
import type { GuideRouteDeps } from './context.ts';
import { genuineRoutes } from './genuine.ts';
import { letterRoutes } from './letters.ts';
import { personalRoutes } from './personal.ts';
import { withoutCodeRoutes } from './without-code.ts';

const made = new WeakMap<FastifyInstance, GuideRouteDeps>();

/**
 * The shared parts of the guide's routes, made once per app: the guide routes and the helpline
 * get the same object, so they share one look-up budget per client.
 */
export function guideRouteDeps(app: FastifyInstance, deps: RouteDeps): GuideRouteDeps {
  const existing = made.get(app);
  if (existing) return existing;
  const useCases = {
    db: deps.storage.db,
    clock: deps.clock,
    codeSecret: deps.config.codeSecret,
    codes: codeLookupStore(deps.storage),
  };
  const guideDeps: GuideRouteDeps = {
    ...deps,
    useCases,
    guide: createGuideService({ ...useCases, knowledge: deps.knowledge }),
    lookupLimit: lookupBudget(app, deps.config.codeLookupLimit),
    secureCookies: deps.config.baseUrl.startsWith('https://'),
  };
  made.set(app, guideDeps);
  return guideDeps;
}

/** The victims' guide: code, personal page, without a code, genuineness check and letters. */
export function guideRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const guideDeps = guideRouteDeps(app, deps);
  codeRoutes(app, guideDeps);
  personalRoutes(app, guideDeps);
  withoutCodeRoutes(app, guideDeps);
  genuineRoutes(app, guideDeps);
  letterRoutes(app, guideDeps);
}
