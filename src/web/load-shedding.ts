import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/catalogue.ts';

/** Searches: the register and parliamentary questions with a search text, and the API's list. */
const searchPath = /^(\/en)?\/(register|kamervragen)(\.json|\.csv)?\/?$|^\/api\/v1\/breaches\/?$/;
const searchParam = /(^|&)(q|query)=[^&]/;

/** Seconds a shed search is asked to wait: searches are short, so the queue empties quickly. */
export const searchRetryAfterSeconds = 2;

/**
 * Load shedding for search: at most `max` searches run at once in this process; one more is
 * answered 503 with Retry-After at once (the translated page, or problem+json under /api)
 * instead of queueing until every visitor waits seconds. Pages without a search text are not
 * counted. The slot is freed when the response is finished or the client goes away.
 */
export function registerSearchShedding(app: FastifyInstance, options: { max: number }): void {
  let running = 0;
  app.addHook('onRequest', (request, reply, done) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return done();
    const [path = '', query = ''] = request.url.split('?', 2);
    if (!searchPath.test(path) || !searchParam.test(query)) return done();
    if (running >= options.max) {
      reply.header('retry-after', String(searchRetryAfterSeconds));
      return done(new AppError('service_unavailable', { detail: 'Too many searches at once.' }));
    }
    running++;
    reply.raw.once('close', () => running--);
    done();
  });
}
