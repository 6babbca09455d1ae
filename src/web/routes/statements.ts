import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../deps.ts';
import { accessibilityStatement, privacyStatement } from '../pages/statements.ts';
import { route } from '../route-kernel/route.ts';

/** The accessibility statement and the privacy statement. */
export function statementRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const get = { method: 'GET', auth: 'public' } as const;
  route(app, deps, {
    ...get,
    path: '/toegankelijkheid',
    handler: ({ page }) => accessibilityStatement(page),
  });
  route(app, deps, { ...get, path: '/privacy', handler: ({ page }) => privacyStatement(page) });
}
