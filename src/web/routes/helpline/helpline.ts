import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../errors/catalogue.ts';
import { lookUpCallerPlan } from '../../../use-cases/look-up-caller-plan.ts';
import type { RouteDeps } from '../../deps.ts';
import { helplinePage } from '../../pages/guide/helpline-page.ts';
import { firstText } from '../../route-kernel/input.ts';
import { guideRouteDeps } from '../guide/index.ts';
import { route } from '../../route-kernel/route.ts';

/**
 * The helpline (`/werkruimte/hulplijn`): a signed-in member of an organisation types the code a
 * caller reads out and sees the caller's plan, with the most asked questions at the top. Only
 * codes of the member's own organisation's breaches open; others answer as unknown (404).
 * Each look-up is audited without the code. The plan is rendered in the POST's answer, so the
 * code is never in an address and no cookie is set.
 */
export function helplineRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const guideDeps = guideRouteDeps(app, deps);
  const { knowledge } = deps;
  route(app, deps, {
    method: 'GET',
    path: '/werkruimte/hulplijn',
    auth: 'session',
    handler: ({ page, csrfToken }) => helplinePage(page, csrfToken, { knowledge }),
  });
  route(app, deps, {
    method: 'POST',
    path: '/werkruimte/hulplijn',
    auth: 'session',
    options: guideDeps.lookupLimit,
    input: { body: z.object({ code: firstText() }) },
    handler: async ({ page, csrfToken, session, input }) => {
      const code = input.body.code ?? '';
      if (code.trim() === '')
        return helplinePage(page, csrfToken, { knowledge, error: page.t('guide.code.empty') });
      try {
        const lookup = await lookUpCallerPlan(guideDeps.useCases, { actor: session.actor, code });
        if (lookup.outcome === 'typo')
          return helplinePage(page, csrfToken, {
            knowledge,
            error: `${page.t('guide.code.typo')} ${lookup.detail[page.lang]}`,
          });
        const view = await guideDeps.guide.forCode(lookup.codeHash, page.lang, 'helpline');
        if (!view) throw new AppError('not_found');
        return helplinePage(page, csrfToken, {
          knowledge,
          view,
          letter: {
            group: lookup.record.group,
            variant: lookup.record.variantId,
            round: lookup.record.lastRound,
          },
        });
      } catch (error) {
        if (error instanceof AppError && error.code === 'not_found')
          return helplinePage(page, csrfToken, { knowledge, notFound: true });
        throw error;
      }
    },
  });
}
