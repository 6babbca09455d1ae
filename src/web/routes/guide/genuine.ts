import type { FastifyInstance } from 'fastify';
import { checkMessageGenuine } from '../../../use-cases/check-message-genuine.ts';
import { assertSameSiteForm } from '../../guide/same-site.ts';
import { genuinePage } from '../../pages/guide/genuine-page.ts';
import { field, guideRoute, type GuideRouteDeps } from './context.ts';

/**
 * "Is this message genuine?" at `/echt` (and `/en/echt`; `/en/genuine` leads there). The code
 * is posted; the answer names only the breach, the organisation and the message dates. No
 * cookie is set: checking a code does not open anyone's plan.
 */
export function genuineRoutes(app: FastifyInstance, deps: GuideRouteDeps): void {
  guideRoute(app, deps, 'GET', '/echt', (_request, page) => genuinePage(page));
  app.get('/en/genuine', (_request, reply) => reply.redirect('/en/echt', 301));
  guideRoute(
    app,
    deps,
    'POST',
    '/echt',
    async (request, page) => {
      assertSameSiteForm(request, deps.config.baseUrl);
      const code = field(request.body, 'code') ?? '';
      if (code.trim() === '') return genuinePage(page, undefined, true);
      const breachContext = (breachId: string) => deps.guide.breachContext({ breachId }, 'code_holder');
      return genuinePage(page, await checkMessageGenuine({ ...deps.useCases, breachContext }, { code }));
    },
    deps.lookupLimit,
  );
}
