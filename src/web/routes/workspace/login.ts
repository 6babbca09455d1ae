import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../../errors/catalogue.ts';
import { flatIssues } from './form-schemas.ts';
import { authenticateUser } from '../../../use-cases/authenticate-user.ts';
import { createSession } from '../../../use-cases/create-session.ts';
import { endSession } from '../../../use-cases/end-session.ts';
import { anonymousCsrfBinding, assertCsrf, createCsrfToken } from '../../csrf.ts';
import type { RouteDeps } from '../../deps.ts';
import type { PageContext, PageView } from '../../page.ts';
import { rateLimits } from '../../rate-limit.ts';
import { errorsById, type FormValues } from '../../pages/workspace/fields.ts';
import { loginPage, type LoginState } from '../../pages/workspace/login-page.ts';
import {
  clearSessionCookie,
  currentSession,
  safeReturnPath,
  secureCookies,
  setSessionCookie,
} from './session.ts';
import { redirect } from '../../route-kernel/outcome.ts';
import { csrfOptions, route } from '../../route-kernel/route.ts';

/** The sign-in form. Messages are message keys, translated when the form is shown again. */
export const loginSchema = z.object({
  email: z.string().trim().min(1, 'workspace.login.error.email').max(254, 'workspace.login.error.email'),
  password: z.string().min(1, 'workspace.login.error.password').max(200, 'workspace.login.error.password'),
});

function show(
  deps: RouteDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  page: PageContext,
  state: LoginState,
): PageView {
  const binding = anonymousCsrfBinding(request, reply, { secure: secureCookies(deps) });
  const returnTo = safeReturnPath((request.query as Record<string, unknown> | undefined)?.terug);
  return loginPage(page, createCsrfToken(csrfOptions(deps), binding), returnTo, state);
}

/**
 * Signing in and out. The password is checked by `authenticateUser` (throttled per account and
 * per client); a new session id goes into an HttpOnly cookie and only its hash is stored.
 */
export function loginRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const secretDeps = { db: deps.storage.db, clock: deps.clock, sessionSecret: deps.config.sessionSecret };
  const path = '/werkruimte/inloggen';
  route(app, deps, {
    method: 'GET',
    path,
    auth: 'public',
    handler: async ({ request, reply, page }) => {
      if (await currentSession(deps, request)) return redirect(page.href('/werkruimte'));
      const signedOut = (request.query as Record<string, unknown> | undefined)?.uitgelogd !== undefined;
      return show(deps, request, reply, page, {
        values: {},
        errors: new Map(),
        notice: signedOut ? { kind: 'info', text: page.t('workspace.login.signedOut') } : undefined,
      });
    },
  });
  route(app, deps, {
    method: 'POST',
    path,
    auth: 'public',
    options: { config: { rateLimit: rateLimits.login } },
    handler: async ({ request, reply, page }) => {
      const binding = anonymousCsrfBinding(request, reply, { secure: secureCookies(deps) });
      assertCsrf(csrfOptions(deps), binding, request);
      const body = (request.body ?? {}) as FormValues;
      const values: FormValues = { email: body.email };
      const parsed = loginSchema.safeParse({ email: body.email ?? '', password: body.password ?? '' });
      if (!parsed.success) {
        const errors = errorsById(flatIssues(parsed.error), page.lang);
        return show(deps, request, reply, page, { values, errors });
      }
      try {
        const user = await authenticateUser(secretDeps, {
          ...parsed.data,
          clientKey: request.ip || 'unknown',
        });
        const session = await createSession(secretDeps, { userId: user.id });
        setSessionCookie(deps, reply, session.sessionId, session.expiresAt);
        const back = safeReturnPath((request.query as Record<string, unknown> | undefined)?.terug);
        return redirect(back ?? page.href('/werkruimte'));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        if (error.code === 'rate_limited') {
          reply.header('retry-after', error.detail ?? '60');
          const minutes = Math.max(1, Math.ceil(Number(error.detail ?? '60') / 60));
          return show(deps, request, reply, page, {
            values,
            errors: new Map(),
            notice: { kind: 'error', text: page.t('workspace.login.throttled', { minutes }) },
            status: 429,
          });
        }
        if (error.code === 'unauthenticated')
          return show(deps, request, reply, page, {
            values,
            errors: new Map(),
            notice: { kind: 'error', text: page.t('workspace.login.wrong') },
            status: 401,
          });
        throw error;
      }
    },
  });
  route(app, deps, {
    method: 'POST',
    path: '/werkruimte/uitloggen',
    auth: 'session',
    handler: async ({ session, reply, page }) => {
      await endSession(secretDeps, { sessionId: session.sessionId });
      clearSessionCookie(deps, reply);
      return redirect(`${page.href('/werkruimte/inloggen')}?uitgelogd=1`);
    },
  });
}
