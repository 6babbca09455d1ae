import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../../errors/catalogue.ts';
import { getLatestAssessment } from '../../../use-cases/get-latest-assessment.ts';
import { listAuthorityNotifications } from '../../../use-cases/list-authority-notifications.ts';
import { prepareAuthorityNotification } from '../../../use-cases/record-authority-notification.ts';
import type { RouteDeps } from '../../deps.ts';
import { paths } from '../../pages/workspace/common.ts';
import { errorsById } from '../../pages/workspace/fields.ts';
import { notificationGroups } from '../../pages/workspace/notification-form-fields.ts';
import {
  notificationCheckPage,
  notificationStepPage,
} from '../../pages/workspace/notification-steps-page.ts';
import { flatIssues, formValues, pick } from './form-schemas.ts';
import { breachRoute } from './member-breach.ts';
import { detailsFromForm, notificationFormSchema, startValues } from './notification.ts';
import { redirect } from '../../route-kernel/outcome.ts';

const last = notificationGroups.length - 1;
const postSchema = z.object({
  stap: z.union([z.literal('overzicht'), z.coerce.number().int().min(0).max(last)]),
  richting: z.union([z.enum(['verder', 'terug']), z.string().regex(/^naar-\d{1,2}$/)]).default('verder'),
});

/**
 * The notification step by step (`…/melding/stappen`): one group of the AP form per screen,
 * back and next without JavaScript, then a check page that records the phase through the
 * notification's own form (`…/melding`).
 */
export function notificationStepRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const base = '/werkruimte/datalekken/:breachId/melding/stappen';

  breachRoute(app, deps, 'GET', base, async (context, breach) => {
    const actor = context.session.actor;
    const [assessment, recorded] = await Promise.all([
      getLatestAssessment(context.useCases, breach.id, actor),
      listAuthorityNotifications(context.useCases, { actor, breachId: breach.id }),
    ]);
    // Without an assessment the notification page says what to do first.
    if (!assessment) return redirect(context.page.href(`${paths.breach(breach.id)}/melding`));
    return notificationStepPage(context.page, breach, context.csrfToken, {
      step: 0,
      values: startValues(breach, recorded, context.page.lang),
      errors: new Map(),
    });
  });

  breachRoute(app, deps, 'POST', base, async (context, breach) => {
    const { stap, richting } = postSchema.parse(context.request.body);
    const values = formValues(context.request.body);
    const show = (step: number, errors = new Map<string, string>()) =>
      notificationStepPage(context.page, breach, context.csrfToken, { step, values, errors });
    if (richting.startsWith('naar-')) return show(Math.min(Number(richting.slice(5)), last));
    if (stap === 'overzicht') return show(last);
    if (richting === 'terug') return show(stap - 1);
    // Check this screen's answers only; the others are checked on their own screens.
    const own = new Set(notificationGroups[stap]?.fields.map((f) => f.name));
    const parsed = notificationFormSchema.safeParse(pick(values, Object.keys(notificationFormSchema.shape)));
    const errors = parsed.success ? [] : flatIssues(parsed.error).filter((e) => own.has(e.path));
    if (errors.length > 0) return show(stap, errorsById(errors, context.page.lang));
    if (stap < last) return show(stap + 1);
    if (!parsed.success) {
      // An answer on another screen is wrong (hidden fields can be changed): go there.
      const wrong = flatIssues(parsed.error)[0]?.path ?? '';
      const at = notificationGroups.findIndex((g) => g.fields.some((f) => f.name === wrong));
      return show(Math.max(at, 0), errorsById(flatIssues(parsed.error), context.page.lang));
    }
    try {
      const prepared = await prepareAuthorityNotification(
        context.useCases,
        detailsFromForm(context, breach.id, parsed.data, values),
      );
      return notificationCheckPage(context.page, breach, context.csrfToken, {
        values,
        preview: prepared.notification,
      });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'validation_failed') throw error;
      return show(last, errorsById(error.fieldErrors, context.page.lang));
    }
  });
}
