import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../../errors/catalogue.ts';
import type { GuideView } from '../../guide/guide-service.ts';
import { remindersCalendar } from '../../guide/reminders.ts';
import { answerStep, parseStepAnswer, parseStepState, stepQuery } from '../../guide/step-state.ts';
import type { PageContext } from '../../page.ts';
import { stepsPage } from '../../pages/guide/steps-page.ts';
import { route } from '../../route-kernel/route.ts';
import type { GuideRouteDeps } from './context.ts';

/** Finds the plan a request is about, and the query pairs that say so (none with a code cookie). */
export type PlanResolver = (
  request: FastifyRequest,
  page: PageContext,
) => Promise<{ view: GuideView; base: [string, string][] } | undefined>;

const withQuery = (path: string, pairs: [string, string][]) =>
  pairs.length > 0 ? `${path}?${new URLSearchParams(pairs).toString()}` : path;

/** The links to the extras of a plan page at `basePath` (`/mijn-plan` or `/zonder-code`). */
export function planExtraLinks(
  page: PageContext,
  view: GuideView,
  basePath: string,
  base: [string, string][],
) {
  const hasMonths = view.plan.actionGroups.some(
    (group) => group.when === 'months' && group.actions.length > 0,
  );
  return {
    steps: withQuery(page.href(`${basePath}/stappen`), base),
    full: withQuery(page.href(basePath), [...base, ['alles', '1']]),
    start: withQuery(page.href(basePath), base),
    ...(hasMonths ? { reminders: withQuery(page.href(`${basePath}/herinneringen.ics`), base) } : {}),
  };
}

/**
 * The one-step-at-a-time mode (`<base>/stappen`) and the calendar file with reminders for the
 * months ahead (`<base>/herinneringen.ics`) of a plan page. Both read the same plan as the page
 * and keep nothing: the step state is in the address, the calendar is made on the fly.
 */
export function planExtraRoutes(
  app: FastifyInstance,
  deps: GuideRouteDeps,
  basePath: string,
  resolve: PlanResolver,
): void {
  const get = { method: 'GET', auth: 'public' } as const;
  route(app, deps, {
    ...get,
    path: `${basePath}/stappen`,
    handler: async ({ request, page }) => {
      const found = await resolve(request, page);
      if (!found) return { kind: 'redirect', to: page.href(basePath) };
      const ids = found.view.plan.actionGroups.flatMap((group) => group.actions.map((action) => action.id));
      const state = parseStepState(request.query, ids);
      const answer = parseStepAnswer(request.query);
      const action = page.href(`${basePath}/stappen`);
      // An answer moves on to a clean address that holds the new state (back and reload stay safe).
      if (answer)
        return {
          kind: 'redirect',
          to: withQuery(action, stepQuery(answerStep(state, ids, answer), found.base)),
        };
      return stepsPage(page, found.view, state, {
        action,
        base: found.base,
        planHref: withQuery(page.href(basePath), found.base),
      });
    },
  });

  route(app, deps, {
    ...get,
    path: `${basePath}/herinneringen.ics`,
    handler: async ({ request, page }) => {
      const found = await resolve(request, page);
      if (!found) throw new AppError('not_found');
      const { view } = found;
      const months = view.plan.actionGroups.find((group) => group.when === 'months')?.actions ?? [];
      if (months.length === 0) throw new AppError('not_found');
      const { t, lang } = page;
      const organisation = view.context.breach.organisationName;
      const body = remindersCalendar(months, {
        now: deps.clock(),
        uidPrefix: view.context.breach.slug,
        texts: {
          calendarName: t('guide.reminders.calendarName'),
          title: (item) => t('guide.reminders.eventTitle', { organisation, action: item.title }),
          footer: t('guide.reminders.planAt', {
            url: `${deps.config.baseUrl}${withQuery(page.href(basePath), found.base)}`,
          }),
        },
      });
      return {
        kind: 'download',
        contentType: 'text/calendar; charset=utf-8',
        fileName: `${lang === 'nl' ? 'herinneringen' : 'reminders'}-${view.context.breach.slug}.ics`,
        body,
      };
    },
  });
}
