import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../errors/catalogue.ts';
import { lookUpPersonalCode } from '../../../use-cases/look-up-personal-code.ts';
import { setCodeCookie } from '../../guide/code-cookie.ts';
import { assertSameSiteForm } from '../../guide/same-site.ts';
import { localPath } from '../../lang-path.ts';
import { firstText } from '../../route-kernel/input.ts';
import { route } from '../../route-kernel/route.ts';
import { codeFormPage, type CodeFormProblem } from '../../pages/guide/code-form.ts';
import type { GuideRouteDeps } from './context.ts';

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
  route(app, deps, {
    method: 'GET',
    path: '/code',
    auth: 'public',
    input: { query: z.object({ fout: firstText() }) },
    handler: ({ input, page }) => codeFormPage(page, problemsByName[input.query.fout ?? '']),
  });

  route(app, deps, {
    method: 'POST',
    path: '/code',
    auth: 'public',
    input: { body: z.object({ code: firstText() }) },
    options: deps.lookupLimit,
    handler: async ({ input, request, page, reply }) => {
      assertSameSiteForm(request, deps.config.baseUrl);
      const code = input.body.code ?? '';
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
  });

  // The printed address without a code (`<site>/c`) leads to the form.
  app.get('/c', (_request, reply) => reply.redirect('/code', 303));

  route(app, deps, {
    method: 'GET',
    path: '/c/*',
    auth: 'public',
    input: { params: z.object({ '*': z.string() }) },
    options: { ...deps.lookupLimit, logLevel: 'silent' },
    handler: async ({ input, page, reply }) => {
      const pathLang = page.lang;
      const code = input.params['*'];
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
        return { kind: 'redirect', to: localPath(lang, '/mijn-plan') };
      }
      // A wrong code in a QR address is a scanning or link problem, not a typing mistake.
      const problem = lookup.outcome === 'typo' ? 'qr' : 'onbekend';
      return { kind: 'redirect', to: `${localPath(pathLang, '/code')}?fout=${problem}` };
    },
  });
}
