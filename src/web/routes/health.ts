import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { RouteDeps } from '../deps.ts';

/** `/health`: 200 when the database answers, 503 when it does not (for load balancers). */
export function healthRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/health', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    try {
      await sql`select 1`.execute(deps.storage.db);
      return reply.send({ status: 'ok', database: 'ok' });
    } catch (error) {
      request.log.error({ err: error }, 'health check: database does not answer');
      return reply.status(503).send({ status: 'unavailable', database: 'unavailable' });
    }
  });
}
