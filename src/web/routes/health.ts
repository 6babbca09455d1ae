import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { withTimeout } from '../../storage/storage-faults.ts';
import type { RouteDeps } from '../deps.ts';
import { unavailableRetryAfterSeconds } from '../errors.ts';

/**
 * `/health`: 200 when the database answers `select 1` within HEALTH_TIMEOUT_MS, otherwise 503
 * with Retry-After (for load balancers). It never waits longer than its own limit, even when
 * the database accepts connections and then says nothing.
 */
export function healthRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/health', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    try {
      await withTimeout(sql`select 1`.execute(deps.storage.db), deps.config.healthTimeoutMs);
      return reply.send({ status: 'ok', database: 'ok' });
    } catch (error) {
      request.log.warn(
        { reason: error instanceof Error ? error.message : String(error) },
        'health check: database does not answer',
      );
      return reply
        .status(503)
        .header('retry-after', String(unavailableRetryAfterSeconds))
        .send({ status: 'unavailable', database: 'unavailable' });
    }
  });
}
