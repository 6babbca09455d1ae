import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../deps.ts';
import { homePage, type WayIn } from '../pages/home-page.ts';
import { route } from '../route-kernel/route.ts';

/**
 * The ways in for a victim. A way links only when its page exists in this app, so the
 * home page never points at a missing page while the pages are being built.
 */
export const waysIn: WayIn[] = [
  { id: 'code', path: '/code' },
  { id: 'breach', path: '/zonder-code' },
  { id: 'data', path: '/plan' },
  { id: 'genuine', path: '/echt' },
];

export function homeRoutes(app: FastifyInstance, deps: RouteDeps): void {
  route(app, deps, {
    method: 'GET',
    path: '/',
    auth: 'public',
    handler: ({ page }) =>
      homePage(
        page,
        waysIn.map((way) => ({ ...way, available: app.hasRoute({ method: 'GET', url: way.path }) })),
      ),
  });
}
