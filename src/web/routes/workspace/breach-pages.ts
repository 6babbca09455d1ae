import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../../errors/catalogue.ts';
import { addBreachUpdate } from '../../../use-cases/add-breach-update.ts';
import { getLatestAssessment } from '../../../use-cases/get-latest-assessment.ts';
import { listAuthorityNotifications } from '../../../use-cases/list-authority-notifications.ts';
import { publishBreach } from '../../../use-cases/publish-breach.ts';
import { reviseAffectedCount } from '../../../use-cases/revise-affected-count.ts';
import { unpublishBreach } from '../../../use-cases/unpublish-breach.ts';
import type { RouteDeps } from '../../deps.ts';
import {
  countFormPage,
  publicationPaths,
  publishConfirmPage,
  updateFormPage,
} from '../../pages/workspace/breach-actions.ts';
import { breachPage, noticeKeys } from '../../pages/workspace/breach-page.ts';
import { paths } from '../../pages/workspace/common.ts';
import { errorsById } from '../../pages/workspace/fields.ts';
import { memberBreach, ownedBreach, breachRoute } from './member-breach.ts';
import { flatIssues, formValues, pick, requiredDate, requiredText } from './form-schemas.ts';
import { redirect } from '../../route-kernel/outcome.ts';
import { type WorkspaceContext, sessionRoute } from '../../route-kernel/route.ts';
import { isSensitiveHibpBreach } from '../../../use-cases/export-hibp-breach.ts';

export const versionSchema = z.object({ expectedVersion: z.coerce.number().int().min(1) });

export const updateSchema = z.object({
  publishedOn: requiredDate,
  'text.nl': requiredText(5000),
  'text.en': requiredText(5000),
});

export const countSchema = z.object({
  count: z
    .string()
    .trim()
    .regex(/^\d{1,10}$/, 'workspace.error.count'),
  effectiveOn: requiredDate,
  'reason.nl': requiredText(500),
  'reason.en': requiredText(500),
});

/** Runs a use case and turns its field errors into the form again; other errors go up. */
export async function orFormErrors<T>(
  run: () => Promise<T>,
): Promise<T | { fieldErrors: AppError['fieldErrors'] }> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError && error.code === 'validation_failed')
      return { fieldErrors: error.fieldErrors };
    throw error;
  }
}

export function isFormError(value: unknown): value is { fieldErrors: AppError['fieldErrors'] } {
  return typeof value === 'object' && value !== null && 'fieldErrors' in value && !('id' in value);
}

function noticeOf(context: WorkspaceContext): string | undefined {
  const key = (context.request.query as Record<string, unknown> | undefined)?.bericht;
  const messageKey = typeof key === 'string' ? noticeKeys[key] : undefined;
  return messageKey && context.page.t(messageKey);
}

/** The breach's workspace page, and adding updates, revising the count, publishing and taking back. */
export function breachPageRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const base = '/werkruimte/datalekken/:breachId';

  sessionRoute(app, deps, 'GET', base, async (context) => {
    const { breach, role } = await memberBreach(context);
    const actor = context.session.actor;
    const [assessment, notifications] = await Promise.all([
      getLatestAssessment(context.useCases, breach.id, actor),
      listAuthorityNotifications(context.useCases, { actor, breachId: breach.id }),
    ]);
    return breachPage(context.page, {
      breach,
      role,
      assessment,
      notifications,
      categories: deps.knowledge.categories,
      notice: noticeOf(context),
    });
  });

  breachRoute(app, deps, 'GET', `${base}/update`, async (context, breach) => {
    const today = deps.clock().toISOString().slice(0, 10);
    return updateFormPage(context.page, breach, context.csrfToken, {
      values: { publishedOn: today },
      errors: new Map(),
    });
  });

  breachRoute(app, deps, 'POST', `${base}/update`, async (context, breach) => {
    const values = formValues(context.request.body);
    const { expectedVersion } = versionSchema.parse(context.request.body);
    const parsed = updateSchema.safeParse(pick(values, ['publishedOn', 'text.nl', 'text.en']));
    const result = parsed.success
      ? await orFormErrors(() =>
          addBreachUpdate(context.useCases, {
            actor: context.session.actor,
            breachId: breach.id,
            expectedVersion,
            publishedOn: parsed.data.publishedOn,
            text: { nl: parsed.data['text.nl'], en: parsed.data['text.en'] },
          }),
        )
      : { fieldErrors: flatIssues(parsed.error) };
    if (isFormError(result))
      return updateFormPage(context.page, breach, context.csrfToken, {
        values,
        errors: errorsById(result.fieldErrors, context.page.lang),
      });
    return redirect(`${context.page.href(paths.breach(breach.id))}?bericht=update#updates`);
  });

  breachRoute(app, deps, 'GET', `${base}/aantal`, async (context, breach) => {
    return countFormPage(context.page, breach, context.csrfToken, { values: {}, errors: new Map() });
  });

  breachRoute(app, deps, 'POST', `${base}/aantal`, async (context, breach) => {
    const values = formValues(context.request.body);
    const { expectedVersion } = versionSchema.parse(context.request.body);
    const parsed = countSchema.safeParse(pick(values, ['count', 'effectiveOn', 'reason.nl', 'reason.en']));
    const result = parsed.success
      ? await orFormErrors(() =>
          reviseAffectedCount(context.useCases, {
            actor: context.session.actor,
            breachId: breach.id,
            expectedVersion,
            count: Number(parsed.data.count),
            effectiveOn: parsed.data.effectiveOn,
            reason: { nl: parsed.data['reason.nl'], en: parsed.data['reason.en'] },
          }),
        )
      : { fieldErrors: flatIssues(parsed.error) };
    if (isFormError(result))
      return countFormPage(context.page, breach, context.csrfToken, {
        values,
        errors: errorsById(result.fieldErrors, context.page.lang),
      });
    return redirect(`${context.page.href(paths.breach(breach.id))}?bericht=aantal#count-history`);
  });

  const notices = { publish: 'gepubliceerd', close: 'afgesloten', unpublish: 'teruggetrokken' } as const;
  for (const mode of ['publish', 'close', 'unpublish'] as const) {
    const path = `${base}/${publicationPaths[mode]}`;
    sessionRoute(app, deps, 'GET', path, async (context) => {
      const { breach } = await ownedBreach(context);
      const sensitive = await isSensitiveHibpBreach(context.useCases, breach.id);
      return publishConfirmPage(context.page, breach, context.csrfToken, mode, new Map(), sensitive);
    });
    sessionRoute(app, deps, 'POST', path, async (context) => {
      const { breach } = await ownedBreach(context);
      const { expectedVersion } = versionSchema.parse(context.request.body);
      z.object({ confirm: z.literal('yes') }).parse(context.request.body);
      const options = { actor: context.session.actor, breachId: breach.id, expectedVersion };
      const result = await orFormErrors(() =>
        mode === 'unpublish'
          ? unpublishBreach(context.useCases, options)
          : publishBreach(context.useCases, {
              ...options,
              close: mode === 'close',
              confirmSensitive: (context.request.body as Record<string, unknown>).confirmSensitive === 'yes',
            }),
      );
      if (isFormError(result))
        return publishConfirmPage(
          context.page,
          breach,
          context.csrfToken,
          mode,
          errorsById(result.fieldErrors, context.page.lang),
          await isSensitiveHibpBreach(context.useCases, breach.id),
        );
      return redirect(`${context.page.href(paths.breach(breach.id))}?bericht=${notices[mode]}`);
    });
  }
}
