import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import { languages } from '../../../core/i18n/lang.ts';
import type { BreachDeps } from '../../../use-cases/deps.ts';
import { assertCsrf, createCsrfToken, type CsrfOptions } from '../../csrf.ts';
import type { RouteDeps } from '../../deps.ts';
import { localPath } from '../../lang-path.ts';
import { pageContext, sendPage, type PageContext, type PageView } from '../../page.ts';
import { workspaceShell } from '../../pages/workspace/shell.ts';
import { currentSession, type WorkspaceSession } from './session.ts';

/** A page answer that is not HTML: go elsewhere (after a POST), or a file to download. */
export type Redirect = { kind: 'redirect'; to: string };
export type Download = { kind: 'download'; contentType: string; fileName: string; body: string | Buffer };
export type Outcome = PageView | Redirect | Download;

/** What every workspace handler receives. */
export interface WorkspaceContext {
  page: PageContext;
  session: WorkspaceSession;
  /** A fresh CSRF token for the forms on the page. */
  csrfToken: string;
  /** Use-case dependencies. */
  useCases: BreachDeps;
  request: FastifyRequest;
  reply: FastifyReply;
}

export function redirect(to: string): Redirect {
  return { kind: 'redirect', to };
}

/** The CSRF settings of the app: the session secret and the app's clock. */
export function csrfOptions(deps: RouteDeps): CsrfOptions {
  return { secret: deps.config.sessionSecret, clock: deps.clock };
}

function isOutcome(value: Outcome): value is Redirect | Download {
  return 'kind' in value;
}

/**
 * Registers a workspace route at its Dutch and English path. The chain is fixed: a visitor
 * without a session is sent to sign in (nothing runs); a POST must carry a valid CSRF token
 * bound to the session (else 403, nothing runs); then the handler validates, calls the use
 * case (which checks the role) and returns a page, a redirect or a download.
 */
export function workspaceRoute(
  app: FastifyInstance,
  deps: RouteDeps,
  method: 'GET' | 'POST',
  dutchPath: string,
  handler: (context: WorkspaceContext) => Promise<Outcome> | Outcome,
  options: RouteShorthandOptions = {},
): void {
  const categoryIds = new Set(deps.knowledge.categories.map((category) => category.id));
  const useCases: BreachDeps = { db: deps.storage.db, clock: deps.clock, categoryIds };
  for (const lang of languages) {
    app.route({
      ...options,
      method,
      url: localPath(lang, dutchPath),
      handler: async (request, reply) => {
        const page = pageContext(request, deps.site);
        reply.header('cache-control', 'no-store');
        const session = await currentSession(deps, request);
        if (!session) {
          const back =
            method === 'GET' ? `?terug=${encodeURIComponent(request.url.split('?')[0] ?? '')}` : '';
          return reply.redirect(`${page.href('/werkruimte/inloggen')}${back}`, 303);
        }
        if (method === 'POST') assertCsrf(csrfOptions(deps), session.sessionId, request);
        const csrfToken = createCsrfToken(csrfOptions(deps), session.sessionId);
        const outcome = await handler({ page, session, csrfToken, useCases, request, reply });
        if (!isOutcome(outcome))
          return sendPage(reply, page, workspaceShell(page, session, csrfToken, outcome));
        if (outcome.kind === 'redirect') return reply.redirect(outcome.to, 303);
        return reply
          .type(outcome.contentType)
          .header('content-disposition', `attachment; filename="${outcome.fileName}"`)
          .send(outcome.body);
      },
    });
  }
}
