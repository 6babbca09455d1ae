import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors/catalogue.ts';
import type { RouteDeps } from '../deps.ts';

/**
 * Static assets at content-hashed URLs: cached for a year (`immutable`), with a strong ETag
 * for revalidation and a gzipped body for clients that accept it.
 */
export function assetRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/assets/:file', async (request, reply) => {
    const asset = deps.assets.byUrl.get(request.url.split('?')[0] ?? '');
    if (!asset) throw new AppError('not_found');
    reply
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('etag', asset.etag)
      .header('vary', 'accept-encoding')
      .type(asset.contentType);
    const match = request.headers['if-none-match'];
    if (match && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === asset.etag)) {
      return reply.status(304).send();
    }
    if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      return reply.header('content-encoding', 'gzip').send(asset.gzip);
    }
    return reply.send(asset.body);
  });
}
