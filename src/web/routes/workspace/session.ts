import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../../core/access/actor.ts';
import { resolveSession } from '../../../use-cases/resolve-session.ts';
import type { RouteDeps } from '../../deps.ts';
import type { User } from '../../../core/accounts/records.ts';

/** The cookie that carries the raw session id; the database holds only its keyed hash. */
export const sessionCookieName = 'dlw_session';

/** A signed-in person on a workspace page. */
export interface WorkspaceSession {
  sessionId: string;
  user: User;
  actor: Actor;
}

/** Cookies are Secure whenever the site is served over https (BASE_URL), as the headers are. */
export function secureCookies(deps: RouteDeps): boolean {
  return deps.config.baseUrl.startsWith('https://');
}

/** The session of the request's cookie, or undefined when there is none or it has ended. */
export async function currentSession(
  deps: RouteDeps,
  request: FastifyRequest,
): Promise<WorkspaceSession | undefined> {
  const sessionId = request.cookies[sessionCookieName];
  if (!sessionId) return undefined;
  const found = await resolveSession(
    { db: deps.storage.db, clock: deps.clock, sessionSecret: deps.config.sessionSecret },
    { sessionId },
  );
  return found && { sessionId, user: found.user, actor: found.actor };
}

/** Sets the session cookie: HttpOnly, SameSite=Lax (links from e-mail still work), Secure on https. */
export function setSessionCookie(
  deps: RouteDeps,
  reply: FastifyReply,
  sessionId: string,
  expiresAt: string,
): void {
  reply.setCookie(sessionCookieName, sessionId, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies(deps),
    path: '/',
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(deps: RouteDeps, reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies(deps),
    path: '/',
  });
}

/**
 * Where to go back to after signing in: only a workspace path of this site, so the parameter
 * cannot send anyone to another website.
 */
export function safeReturnPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 300) return undefined;
  return /^\/(en\/)?werkruimte(\/[A-Za-z0-9._~\-/]*)?$/.test(value) && !value.includes('//')
    ? value
    : undefined;
}
