import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../errors/catalogue.ts';
import { renderSimplePdf } from '../../../pdf/guide/simple-pdf.ts';
import { clearCodeCookie, codeCookieName, codeHashOf } from '../../guide/code-cookie.ts';
import { createGuidePageCache } from '../../guide/page-cache.ts';
import { layout } from '../../layout.ts';
import { guideDocument } from '../../guide/guide-documents.ts';
import { codeFormPage } from '../../pages/guide/code-form.ts';
import { guidePage } from '../../pages/guide/personal-page.ts';
import { z } from 'zod';
import { firstText } from '../../route-kernel/input.ts';
import { route } from '../../route-kernel/route.ts';
import type { GuideRouteDeps } from './context.ts';
import { planExtraLinks, planExtraRoutes } from './plan-extras.ts';

/**
 * The personal page at `/mijn-plan`: the code hash comes from the cookie set by the look-up,
 * so neither the address nor any link on the page holds the code. Without a valid cookie the
 * code form is shown. `/mijn-plan/pdf` downloads the plan, `/mijn-plan/sluiten` forgets it.
 */
export function personalRoutes(app: FastifyInstance, deps: GuideRouteDeps): void {
  const pages = createGuidePageCache();
  const hashOf = (request: Parameters<typeof codeHashOf>[0]) =>
    codeHashOf(request, deps.config.sessionSecret, deps.clock());

  const get = { method: 'GET', auth: 'public' } as const;
  route(app, deps, {
    ...get,
    path: '/mijn-plan',
    input: { query: z.object({ vraag: firstText(), alles: firstText() }) },
    handler: async ({ input, request, page }) => {
      const hash = hashOf(request);
      const view = hash && (await deps.guide.forCode(hash, page.lang));
      if (!view) return codeFormPage(page, request.cookies[codeCookieName] ? { kind: 'expired' } : undefined);
      const query = input.query.vraag;
      const full = input.query.alles === '1';
      const render = () =>
        guidePage(page, view, deps.knowledge, {
          full,
          links: {
            ...planExtraLinks(page, view, '/mijn-plan', []),
            pdf: page.href('/mijn-plan/pdf'),
            letters: `${page.href('/brieven')}?datalek=${encodeURIComponent(view.context.breach.slug)}`,
            close: page.href('/mijn-plan/sluiten'),
          },
          query,
          search: { action: page.href('/mijn-plan'), hidden: [] },
          checklistScript: deps.assets.checklistScript,
        });
      // Searching changes the page (and its language links); only the plain page is shared.
      if (query !== undefined || page.search !== '') return render();
      return { kind: 'html', body: pages.page(view, page.lang, () => layout(page, render()).value) };
    },
  });

  planExtraRoutes(app, deps, '/mijn-plan', async (request, page) => {
    const hash = hashOf(request);
    const view = hash && (await deps.guide.forCode(hash, page.lang));
    return view ? { view, base: [] } : undefined;
  });

  route(app, deps, {
    ...get,
    path: '/mijn-plan/pdf',
    handler: async ({ request, page }) => {
      const hash = hashOf(request);
      const view = hash && (await deps.guide.forCode(hash, page.lang));
      if (!view) throw new AppError('not_found');
      const now = deps.clock();
      return {
        kind: 'download',
        contentType: 'application/pdf',
        fileName: `${page.lang === 'nl' ? 'mijn-plan' : 'my-plan'}-${view.context.breach.slug}.pdf`,
        body: await renderSimplePdf(guideDocument(page, view, deps.knowledge, now)),
      };
    },
  });

  route(app, deps, {
    ...get,
    path: '/mijn-plan/sluiten',
    handler: ({ page, reply }) => {
      clearCodeCookie(reply, { secure: deps.secureCookies });
      return { kind: 'redirect', to: page.href('/code') };
    },
  });
}
