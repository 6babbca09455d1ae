import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { publicActor } from '../../core/access/actor.ts';
import { getBreach } from '../../use-cases/get-breach.ts';
import { listPublicBreaches } from '../../use-cases/list-public-breaches.ts';
import { kamervragenOfBreach } from '../../use-cases/read-kamervragen.ts';
import type { RouteDeps } from '../deps.ts';
import { breachDeps, publicPage, route } from '../route-kernel/route.ts';
import { breachPage } from '../pages/register/breach-page.ts';
import { registerListPage } from '../pages/register/register-list.ts';
import { parseRegisterQuery } from '../register/register-query.ts';

const slugParams = z.object({ slug: z.string().min(1).max(100) });

/** `/register` and `/register/<slug>` (and `/en/…`): the public register, read-only, no login. */
export function registerRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const useCaseDeps = breachDeps(deps);
  const categories = deps.knowledge.categories;
  route(app, deps, {
    method: 'GET',
    path: '/register',
    auth: 'public',
    handler: async ({ request, page }) => {
      const parsed = parseRegisterQuery(
        (request.query ?? {}) as Record<string, unknown>,
        useCaseDeps.categoryIds ?? new Set(),
      );
      const result = await listPublicBreaches(useCaseDeps, parsed.options);
      const view = registerListPage(page, categories, parsed, result);
      return {
        ...view,
        feeds: [
          {
            title: page.t('register.openData.feed'),
            href: page.href('/register/feed.atom'),
            type: 'application/atom+xml',
          },
        ],
      };
    },
  });
  publicPage(app, deps, '/register/:slug', { params: slugParams }, async ({ input, page }) => {
    const breach = await getBreach(useCaseDeps, { actor: publicActor, slug: input.params.slug });
    const kamervragen = await kamervragenOfBreach(useCaseDeps, { breachId: breach.id, actor: publicActor });
    return breachPage(page, { breach, categories, kamervragen });
  });
}
