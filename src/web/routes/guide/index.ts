import type { FastifyInstance } from 'fastify';
import { codeLookupStore } from '../../../storage/repositories/personal-codes-lookup.ts';
import type { RouteDeps } from '../../deps.ts';
import { createGuideService } from '../../guide/guide-service.ts';
import { codeRoutes } from './code.ts';
import type { GuideRouteDeps } from './context.ts';
import { genuineRoutes } from './genuine.ts';
import { letterRoutes } from './letters.ts';
import { personalRoutes } from './personal.ts';
import { withoutCodeRoutes } from './without-code.ts';

/** The shared parts of the guide's routes, made once per app. */
export function guideRouteDeps(deps: RouteDeps): GuideRouteDeps {
  const useCases = {
    db: deps.storage.db,
    clock: deps.clock,
    codeSecret: deps.config.codeSecret,
    codes: codeLookupStore(deps.storage),
  };
  const limit = deps.config.codeLookupLimit;
  return {
    ...deps,
    useCases,
    guide: createGuideService({ ...useCases, knowledge: deps.knowledge }),
    lookupLimit: limit > 0 ? { config: { rateLimit: { max: limit, timeWindow: '1 minute' } } } : {},
    secureCookies: deps.config.baseUrl.startsWith('https://'),
  };
}

/** The victims' guide: code, personal page, without a code, genuineness check and letters. */
export function guideRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const guideDeps = guideRouteDeps(deps);
  codeRoutes(app, guideDeps);
  personalRoutes(app, guideDeps);
  withoutCodeRoutes(app, guideDeps);
  genuineRoutes(app, guideDeps);
  letterRoutes(app, guideDeps);
}
