import type { FastifyInstance, FastifyRequest, RouteShorthandOptions } from 'fastify';
import { AppError } from '../../errors/catalogue.ts';

/**
 * One budget of code look-ups per client, shared by every route that looks a code up (the
 * code form, the QR address, the genuineness check and the helpline) in both languages.
 * `@fastify/rate-limit` gives each route its own counter store, even with a `groupId`, so the
 * routes share one limiter made with the plugin's `createRateLimit` and call it before the
 * handler. The key is the client address (`request.ip`, which honours TRUST_PROXY).
 */
export function lookupBudget(app: FastifyInstance, perMinute: number): RouteShorthandOptions {
  if (perMinute <= 0) return {};
  const limiter = app.createRateLimit({ max: perMinute, timeWindow: '1 minute' });
  return {
    preHandler: async (request: FastifyRequest, reply) => {
      const result = await limiter(request);
      if (result.isAllowed || !result.isExceeded) return;
      reply.header('retry-after', String(result.ttlInSeconds));
      throw new AppError('rate_limited', { detail: `Retry after ${result.ttlInSeconds} seconds.` });
    },
  };
}
