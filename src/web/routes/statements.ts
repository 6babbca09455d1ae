import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../deps.ts';
import { accessibilityStatement, privacyStatement } from '../pages/statements.ts';
import { getPage } from '../page.ts';

/** The accessibility statement and the privacy statement. */
export function statementRoutes(app: FastifyInstance, deps: RouteDeps): void {
  getPage(app, deps.site, '/toegankelijkheid', (_request, page) => accessibilityStatement(page));
  getPage(app, deps.site, '/privacy', (_request, page) => privacyStatement(page));
}
