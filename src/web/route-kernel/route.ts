import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import type { Actor } from '../../core/access/actor.ts';
import { languages } from '../../core/i18n/lang.ts';
import { AppError, type FieldError } from '../../errors/catalogue.ts';
import type { BreachDeps } from '../../use-cases/deps.ts';
import { assertCsrf, createCsrfToken, type CsrfOptions } from '../csrf.ts';
import type { RouteDeps } from '../deps.ts';
import { localPath } from '../lang-path.ts';
import { pageContext, type PageContext, type PageView } from '../page.ts';
import { workspaceShell } from '../pages/workspace/shell.ts';
import { currentSession, type WorkspaceSession } from '../routes/workspace/session.ts';
import { authenticateApi } from './authenticate-token.ts';
import { parseInput, type InputOf, type InputSchemas } from './input.ts';
import type { Outcome } from './outcome.ts';
import { render } from './render.ts';

/**
 * How a route knows who is asking. `public`: a page anyone may see. `session`: a workspace page
 * (signed in, CSRF on POST). `token-optional` and `token`: an API call with a Bearer token that
 * may be left out, or must be sent. Token routes are the API face: one path, no language.
 */
export type AuthKind = 'public' | 'session' | 'token-optional' | 'token';

/** What every handler receives. */
export interface RouteContext<I> {
  request: FastifyRequest;
  reply: FastifyReply;
  page: PageContext;
  input: I;
}

/** A workspace handler also gets the session, a fresh CSRF token for its forms and use-case deps. */
export interface SessionContext<I> extends RouteContext<I> {
  session: WorkspaceSession;
  csrfToken: string;
  useCases: BreachDeps;
}

/** A workspace handler's context whatever its input; helpers that read the session take this. */
export type WorkspaceContext = SessionContext<unknown>;

/** An API handler also gets the actor of its token (the public without one). */
export interface TokenContext<I> extends RouteContext<I> {
  actor: Actor;
}

export type ContextOf<A extends AuthKind, I> = A extends 'session'
  ? SessionContext<I>
  : A extends 'public'
    ? RouteContext<I>
    : TokenContext<I>;

/** One route: who may ask, what it reads, what it does. Registered by `route`. */
export interface RouteDefinition<A extends AuthKind, S extends InputSchemas = InputSchemas> {
  method: 'GET' | 'POST' | 'PATCH';
  /** Pages: the Dutch path (also registered at `/en…`). API: the path inside its plugin. */
  path: string;
  auth: A;
  /** Zod schemas for params, query and body; every wrong field is gathered at once. */
  input?: S;
  /**
   * Where a workspace POST carries its CSRF token: the parsed form (default), or the first
   * field of a multipart stream, which the handler checks before it stores a byte.
   */
  csrf?: 'form' | 'in-stream';
  /** More checks of the raw request after the input (the API's `If-Match`); may throw. */
  check?: (request: FastifyRequest) => FieldError[];
  /**
   * What a page shows when the input is wrong (a form with its field errors). Without it, a
   * wrong input is `validation_failed`: an error page, or problem+json on the API.
   */
  invalid?: (context: ContextOf<A, undefined>, errors: FieldError[]) => Outcome | Promise<Outcome>;
  handler: (context: ContextOf<A, InputOf<S>>) => Outcome | Promise<Outcome>;
  /** Fastify route options: rate limits, log level, body limits. */
  options?: RouteShorthandOptions;
}

/** The CSRF settings of the app: the session secret and the app's clock. */
export function csrfOptions(deps: RouteDeps): CsrfOptions {
  return { secret: deps.config.sessionSecret, clock: deps.clock };
}

/** The use-case dependencies that routes pass on. */
export function breachDeps(deps: RouteDeps): BreachDeps {
  const categoryIds = new Set(deps.knowledge.categories.map((category) => category.id));
  return { db: deps.storage.db, clock: deps.clock, categoryIds };
}

/**
 * Registers a route through the one fixed chain: authenticate → validate (zod) → handler →
 * render. Pages (`public`, `session`) answer at the Dutch and the English path and are never
 * stored by caches unless the handler says so; everything that goes wrong, thrown anywhere in
 * the chain, is rendered as a problem by `render`.
 */
export function route<A extends AuthKind, S extends InputSchemas = InputSchemas>(
  app: FastifyInstance,
  deps: RouteDeps,
  definition: RouteDefinition<A, S>,
): void {
  const useCases = breachDeps(deps);
  const isPage = definition.auth === 'public' || definition.auth === 'session';
  const paths = isPage ? languages.map((lang) => localPath(lang, definition.path)) : [definition.path];
  for (const url of paths) {
    app.route({
      ...definition.options,
      method: definition.method,
      url,
      handler: async (request, reply) => {
        const page = pageContext(request, deps.site);
        const target = { request, reply, site: deps.site, page, shell: undefined as ShellOf };
        if (isPage) reply.header('cache-control', 'no-store');
        try {
          const context = await authenticate(deps, useCases, definition, request, reply, page);
          if (!context) return render(target, signInRedirect(definition, request, page));
          if ('session' in context) {
            const { session, csrfToken } = context as SessionContext<unknown>;
            target.shell = (view) => workspaceShell(page, session, csrfToken, view);
          }
          const { input, errors } = parseInput(definition.input ?? {}, request);
          errors.push(...(definition.check?.(request) ?? []));
          if (errors.length > 0) {
            if (!definition.invalid) throw new AppError('validation_failed', { fieldErrors: errors });
            return render(target, await definition.invalid(context as never, errors));
          }
          const outcome = await definition.handler({ ...context, input } as ContextOf<A, InputOf<S>>);
          return render(target, outcome);
        } catch (error) {
          return render(target, { kind: 'problem', error });
        }
      },
    });
  }
}

type ShellOf = ((view: PageView) => PageView) | undefined;

type Asker =
  | Omit<RouteContext<undefined>, 'input'>
  | Omit<SessionContext<undefined>, 'input'>
  | Omit<TokenContext<undefined>, 'input'>;

/** The context of the asker, or undefined for a workspace visitor without a session. */
async function authenticate(
  deps: RouteDeps,
  useCases: BreachDeps,
  definition: RouteDefinition<AuthKind, InputSchemas>,
  request: FastifyRequest,
  reply: FastifyReply,
  page: PageContext,
): Promise<Asker | undefined> {
  const base = { request, reply, page };
  switch (definition.auth) {
    case 'public':
      return base;
    case 'session': {
      const session = await currentSession(deps, request);
      if (!session) return undefined;
      if (definition.method === 'POST' && definition.csrf !== 'in-stream')
        assertCsrf(csrfOptions(deps), session.sessionId, request);
      const csrfToken = createCsrfToken(csrfOptions(deps), session.sessionId);
      return { ...base, session, csrfToken, useCases };
    }
    case 'token-optional':
    case 'token': {
      const auth = definition.auth === 'token' ? 'token' : 'public';
      return { ...base, actor: await authenticateApi(useCases, request, reply, auth) };
    }
  }
}

/** A workspace visitor without a session signs in first; a GET comes back here afterwards. */
function signInRedirect(
  definition: RouteDefinition<AuthKind, InputSchemas>,
  request: FastifyRequest,
  page: PageContext,
): Outcome {
  const back =
    definition.method === 'GET' ? `?terug=${encodeURIComponent(request.url.split('?')[0] ?? '')}` : '';
  return { kind: 'redirect', to: `${page.href('/werkruimte/inloggen')}${back}` };
}

/** A workspace route with no input schema and no extra options: only method, path and handler. */
export function sessionRoute(
  app: FastifyInstance,
  deps: RouteDeps,
  method: 'GET' | 'POST',
  path: string,
  handler: (context: WorkspaceContext) => Outcome | Promise<Outcome>,
): void {
  route(app, deps, { method, path, auth: 'session', handler });
}

/** A public page read with GET: its path, its zod input and the handler. */
export function publicPage<S extends InputSchemas>(
  app: FastifyInstance,
  deps: RouteDeps,
  path: string,
  input: S,
  handler: (context: RouteContext<InputOf<S>>) => Outcome | Promise<Outcome>,
): void {
  route(app, deps, { method: 'GET', path, auth: 'public', input, handler });
}
