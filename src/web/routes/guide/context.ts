import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import { languages } from '../../../core/i18n/lang.ts';
import type { CodeDeps } from '../../../use-cases/look-up-personal-code.ts';
import type { Deps } from '../../../use-cases/deps.ts';
import type { RouteDeps } from '../../deps.ts';
import type { GuideService } from '../../guide/guide-service.ts';
import { localPath } from '../../lang-path.ts';
import { pageContext, sendPage, type PageContext, type PageView } from '../../page.ts';

/** What the guide's route files share: the app's dependencies, the use-case deps and the service. */
export interface GuideRouteDeps extends RouteDeps {
  useCases: Deps & CodeDeps;
  guide: GuideService;
  /** Route options that rate-limit code look-ups per client (empty when CODE_LOOKUP_LIMIT is 0). */
  lookupLimit: RouteShorthandOptions;
  /** Cookies get `Secure` when the site runs on https. */
  secureCookies: boolean;
}

/** A page answer that is not HTML: a redirect or a download. */
export type GuideOutcome =
  | PageView
  | { kind: 'redirect'; to: string }
  /** A whole page already rendered (with its layout), e.g. from the page cache. */
  | { kind: 'html'; body: string | Buffer }
  | { kind: 'download'; contentType: string; fileName: string; body: string | Buffer };

/**
 * Registers a guide page at its Dutch and English path. Every guide answer is personal or
 * may be, so none is stored by a cache (`no-store`); the static assets are what caches keep.
 */
export function guideRoute(
  app: FastifyInstance,
  deps: GuideRouteDeps,
  method: 'GET' | 'POST',
  dutchPath: string,
  handler: (
    request: FastifyRequest,
    page: PageContext,
    reply: FastifyReply,
  ) => GuideOutcome | Promise<GuideOutcome>,
  options: RouteShorthandOptions = {},
): void {
  for (const lang of languages) {
    app.route({
      ...options,
      method,
      url: localPath(lang, dutchPath),
      handler: async (request, reply) => {
        const page = pageContext(request, deps.site);
        reply.header('cache-control', 'no-store');
        const outcome = await handler(request, page, reply);
        if (!('kind' in outcome)) return sendPage(reply, page, outcome);
        if (outcome.kind === 'redirect') return reply.redirect(outcome.to, 303);
        if (outcome.kind === 'html') return reply.type('text/html; charset=utf-8').send(outcome.body);
        return reply
          .type(outcome.contentType)
          .header('content-disposition', `attachment; filename="${outcome.fileName}"`)
          .send(outcome.body);
      },
    });
  }
}

/** The first value of a form or query field as a string (forms may repeat a field). */
export function field(source: unknown, name: string): string | undefined {
  if (source === null || typeof source !== 'object') return undefined;
  const value = (source as Record<string, unknown>)[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}

/** Every value of a repeated field. */
export function fieldList(source: unknown, name: string): string[] {
  if (source === null || typeof source !== 'object') return [];
  const value = (source as Record<string, unknown>)[name];
  const all = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return all.filter((item): item is string => typeof item === 'string').slice(0, 100);
}
