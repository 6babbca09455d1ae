import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors/catalogue.ts';

/**
 * The guide's forms change nothing on the server (they look up or render), so they need no
 * CSRF token and no cookie. This still refuses a form posted from another site, which could
 * otherwise plant someone else's code in a visitor's browser: browsers say where a request
 * comes from in `Sec-Fetch-Site`, and older ones in `Origin`.
 */
export function assertSameSiteForm(request: FastifyRequest, baseUrl: string): void {
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') throw new AppError('csrf_invalid');
  const origin = request.headers.origin;
  if (site === undefined && origin !== undefined && origin !== 'null') {
    const host = request.headers.host;
    const sameHost = host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
    if (!sameHost && origin !== new URL(baseUrl).origin) throw new AppError('csrf_invalid');
  }
}
