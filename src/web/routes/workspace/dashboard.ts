import type { FastifyInstance } from 'fastify';
import { roleIn } from '../../../core/access/actor.ts';
import { listBreaches } from '../../../use-cases/list-breaches.ts';
import { listOrganisations } from '../../../use-cases/list-organisations.ts';
import type { RouteDeps } from '../../deps.ts';
import { dashboardPage, type DashboardOrganisation } from '../../pages/workspace/dashboard.ts';
import { route } from '../../route-kernel/route.ts';

/** `/werkruimte`: the signed-in person's organisations and their breaches. */
export function dashboardRoutes(app: FastifyInstance, deps: RouteDeps): void {
  route(app, deps, {
    method: 'GET',
    path: '/werkruimte',
    auth: 'session',
    handler: async ({ page, session, useCases }) => {
      const organisations = await listOrganisations(useCases, { actor: session.actor });
      const entries: DashboardOrganisation[] = [];
      for (const organisation of organisations) {
        const role = roleIn(session.actor, organisation.id);
        if (!role) continue;
        const { items } = await listBreaches(useCases, {
          actor: session.actor,
          organisationId: organisation.id,
          pageSize: 100,
        });
        entries.push({ organisation, role, breaches: items });
      }
      return dashboardPage(page, entries, session.user.platformAdmin);
    },
  });
}
