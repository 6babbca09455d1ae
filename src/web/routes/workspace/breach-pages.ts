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

/** What every change to a breach carries: who, which breach, and the version the form was read at. */
type BreachChange = {
  actor: WorkspaceContext['session']['actor'];
  breachId: string;
  expectedVersion: z.output<typeof versionSchema>['expectedVersion'];
};

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

/** Checks the form with `schema`, then runs the use case on what it read; either way gives its field errors. */
export async function ifValid<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  run: (data: z.output<S>) => Promise<T>,
): Promise<T | { fieldErrors: AppError['fieldErrors'] }> {
  const parsed = schema.safeParse(input);
  return parsed.success ? orFormErrors(() => run(parsed.data)) : { fieldErrors: flatIssues(parsed.error) };
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

  /** A change from one of the breach's small forms: checked, run, then back to the breach page. */
  function changeRoute<S extends z.ZodType>(
    path: string,
    form: { schema: S; fields: string[]; page: typeof updateFormPage; done: string },
    run: (context: WorkspaceContext, change: BreachChange, data: z.output<S>) => Promise<unknown>,
  ): void {
    breachRoute(app, deps, 'POST', path, async (context, breach) => {
      const values = formValues(context.request.body);
      const { expectedVersion } = versionSchema.parse(context.request.body);
      const change = { actor: context.session.actor, breachId: breach.id, expectedVersion };
      const result = await ifValid(form.schema, pick(values, form.fields), (data) =>
        run(context, change, data),
      );
      if (isFormError(result))
        return form.page(context.page, breach, context.csrfToken, {
          values,
          errors: errorsById(result.fieldErrors, context.page.lang),
        });
      return redirect(`${context.page.href(paths.breach(breach.id))}?bericht=${form.done}`);
    });
  }

  breachRoute(app, deps, 'GET', `${base}/update`, async (context, breach) => {
    const today = deps.clock().toISOString().slice(0, 10);
    return updateFormPage(context.page, breach, context.csrfToken, {
      values: { publishedOn: today },
      errors: new Map(),
    });
  });

  changeRoute(
    `${base}/update`,
    {
      schema: updateSchema,
      fields: ['publishedOn', 'text.nl', 'text.en'],
      page: updateFormPage,
      done: 'update#updates',
    },
    (context, change, data) =>
      addBreachUpdate(context.useCases, {
        ...change,
        publishedOn: data.publishedOn,
        text: { nl: data['text.nl'], en: data['text.en'] },
      }),
  );

  breachRoute(app, deps, 'GET', `${base}/aantal`, async (context, breach) => {
    return countFormPage(context.page, breach, context.csrfToken, { values: {}, errors: new Map() });
  });

  changeRoute(
    `${base}/aantal`,
    {
      schema: countSchema,
      fields: ['count', 'effectiveOn', 'reason.nl', 'reason.en'],
      page: countFormPage,
      done: 'aantal#count-history',
    },
    (context, change, data) =>
      reviseAffectedCount(context.useCases, {
        ...change,
        count: Number(data.count),
        effectiveOn: data.effectiveOn,
        reason: { nl: data['reason.nl'], en: data['reason.en'] },
      }),
  );

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
