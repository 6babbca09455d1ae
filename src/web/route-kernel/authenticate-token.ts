import type { FastifyReply, FastifyRequest } from 'fastify';
import { publicActor, type Actor } from '../../core/access/actor.ts';
import { AppError } from '../../errors/catalogue.ts';
import type { Deps } from '../../use-cases/deps.ts';
import { resolveApiToken } from '../../use-cases/resolve-api-token.ts';
import type { ApiAuth } from '../openapi/operation.ts';

const bearer = /^Bearer[ ]+([^ ]+)[ ]*$/i;

function refuse(reply: FastifyReply, error: 'invalid_token' | undefined, detail: string): never {
  reply.header(
    'www-authenticate',
    error ? `Bearer realm="datalekwijzer", error="${error}"` : 'Bearer realm="datalekwijzer"',
  );
  throw new AppError('unauthenticated', { detail });
}

/**
 * The actor of an API call. Tokens travel only in the `Authorization: Bearer` header, never in
 * a URL. A token that is sent but not valid is refused (401) even on public operations, so a
 * client never mistakes a revoked token for a working one. Without a token the caller is the
 * public, which `token` operations refuse with 401.
 */
export async function authenticateApi(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  auth: ApiAuth,
): Promise<Actor> {
  const header = request.headers.authorization;
  if (header === undefined || header === '') {
    if (auth === 'token') refuse(reply, undefined, 'Send an API token: Authorization: Bearer <token>.');
    return publicActor;
  }
  const token = bearer.exec(header)?.[1];
  if (token === undefined)
    refuse(reply, 'invalid_token', 'Use the Bearer scheme: Authorization: Bearer <token>.');
  const actor = await resolveApiToken(deps, { token });
  if (!actor) refuse(reply, 'invalid_token', 'The token is unknown, revoked or expired.');
  return actor;
}
