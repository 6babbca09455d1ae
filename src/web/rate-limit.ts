import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/catalogue.ts';

/**
 * Per-client rate limits that routes opt in to with `config: { rateLimit: rateLimits.codeLookup }`.
 * Nothing is limited unless a route asks. Over the limit the client gets the translated 429
 * page (or problem+json under /api) with a Retry-After header.
 */
export const rateLimits = {
  /** Looking up a personal code: guessing must stay hopeless, typing mistakes must not lock people out. */
  codeLookup: { max: 30, timeWindow: '1 minute' },
  /** Signing in: login throttling per account lives in the use case; this limits per client. */
  login: { max: 20, timeWindow: '1 minute' },
  /** Ordinary API calls with a token. */
  api: { max: 600, timeWindow: '1 minute' },
} as const;

export async function registerRateLimit(app: FastifyInstance): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    // The plugin throws what this returns; the app's error handler renders it.
    errorResponseBuilder: (_request, context) =>
      new AppError('rate_limited', { detail: `Retry after ${Math.ceil(context.ttl / 1000)} seconds.` }),
  });
}
