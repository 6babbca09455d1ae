import type { FastifyInstance } from 'fastify';
import { languages } from '../../../core/i18n/lang.ts';
import { AppError } from '../../../errors/catalogue.ts';
import { lookUpPersonalCode } from '../../../use-cases/look-up-personal-code.ts';
import { setCodeCookie } from '../../guide/code-cookie.ts';
import { assertSameSiteForm } from '../../guide/same-site.ts';
import { localPath } from '../../lang-path.ts';
import { codeFormPage, type CodeFormProblem } from '../../pages/guide/code-form.ts';
import { field, guideRoute, type GuideRouteDeps } from './context.ts';

/** Problems that a redirect from `/c/<CODE>` passes on to the form, by name only (never the code). */
const problemsByName: Record<string, CodeFormProblem> = {
  typfout: { kind: 'typo', detail: '' },
  qr: { kind: 'qr' },
  onbekend: { kind: 'unknown' },
};

/**
 * Ways in with a code: the form (`/code`, posted, so the code never enters an address) and the
 * QR address `/c/<CODE>`. A found code is swapped for a cookie holding its hash, and the browser
 * is sent (303) to `/mijn-plan`, an address without the code. `/c/…` is not logged at all:
 * its path is the secret.
 */
export function codeRoutes(app: FastifyInstance, deps: GuideRouteDeps): void {
  guideRoute(app, deps, 'GET', '/code', (request, page) => {
    const problem = problemsByName[field(request.query, 'fout') ?? ''];
    return codeFormPage(page, problem);
  });

  guideRoute(
    app,
    deps,
    'POST',
    '/code',
    async (request, page, reply) => {
      assertSameSiteForm(request, deps.config.baseUrl);
      const code = field(request.body, 'code') ?? '';
      if (code.trim() === '') return codeFormPage(page, { kind: 'empty' });
      const lookup = await lookUpPersonalCode(deps.useCases, { code });
      if (lookup.outcome === 'typo')
        return codeFormPage(page, {
          kind: 'typo',
          detail: lookup.detail[page.lang],
          position: lookup.position,
        });
      if (lookup.outcome === 'unknown') return codeFormPage(page, { kind: 'unknown' });
      setCodeCookie(reply, {
        secret: deps.config.sessionSecret,
        codeHash: lookup.codeHash,
        now: deps.clock(),
        secure: deps.secureCookies,
      });
      return { kind: 'redirect', to: page.href('/mijn-plan') };
    },
    deps.lookupLimit,
  );

  // The printed address without a code (`<site>/c`) leads to the form.
  app.get('/c', (_request, reply) => reply.redirect('/code', 303));

  for (const pathLang of languages) {
    app.get<{ Params: { '*': string } }>(
      localPath(pathLang, '/c/*'),
      { ...deps.lookupLimit, logLevel: 'silent' },
      async (request, reply) => {
        reply.header('cache-control', 'no-store');
        const code = request.params['*'];
        if (code.length > 60) throw new AppError('not_found');
        const lookup = await lookUpPersonalCode(deps.useCases, { code });
        if (lookup.outcome === 'found') {
          setCodeCookie(reply, {
            secret: deps.config.sessionSecret,
            codeHash: lookup.codeHash,
            now: deps.clock(),
            secure: deps.secureCookies,
          });
          const lang = pathLang === 'en' || lookup.record.lang === 'en' ? 'en' : 'nl';
          return reply.redirect(localPath(lang, '/mijn-plan'), 303);
        }
        // A wrong code in a QR address is a scanning or link problem, not a typing mistake.
        const problem = lookup.outcome === 'typo' ? 'qr' : 'onbekend';
        return reply.redirect(`${localPath(pathLang, '/code')}?fout=${problem}`, 303);
      },
    );
  }
}
