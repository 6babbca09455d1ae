import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError, type FieldError } from '../../../errors/catalogue.ts';
import { renderAuthorityNotificationPdf } from '../../../pdf/authority-notification-pdf.ts';
import { getLatestAssessment } from '../../../use-cases/get-latest-assessment.ts';
import { listAuthorityNotifications } from '../../../use-cases/list-authority-notifications.ts';
import {
  prepareAuthorityNotification,
  recordAuthorityNotification,
  type AuthorityNotificationDetails,
} from '../../../use-cases/record-authority-notification.ts';
import type { AuthorityNotification } from '../../../core/authority-notification/index.ts';
import type { BreachDetail } from '../../../use-cases/get-breach.ts';
import type { RouteDeps } from '../../deps.ts';
import { paths } from '../../pages/workspace/common.ts';
import { errorsById, type FormValues } from '../../pages/workspace/fields.ts';
import { notificationPage } from '../../pages/workspace/notification-pages.ts';
import { flatIssues, formValues, optionalText, pick, valuesOf } from './form-schemas.ts';
import { memberBreach, breachRoute } from './member-breach.ts';
import { apFormFields, apFormFromValues, valuesFromApForm } from './notification-form.ts';
import { redirect } from '../../route-kernel/outcome.ts';
import { type WorkspaceContext, sessionRoute } from '../../route-kernel/route.ts';
import type { StoredAuthorityNotification } from '../../../core/breaches/assessment-records.ts';

/** The notification form as flat fields; lists are one item per line. */
export const notificationFormSchema = z.object({
  'contact.role': z.enum(['dpo', 'other'], { error: 'workspace.error.choose' }),
  'contact.name': optionalText(200),
  'contact.email': optionalText(254).refine(
    (v) => v === '' || z.email().safeParse(v).success,
    'workspace.notification.error.email',
  ),
  'contact.phone': optionalText(40),
  authorityReference: optionalText(100),
  likelyConsequences: optionalText(10_000),
  'measures.taken': optionalText(10_000),
  'measures.proposed': optionalText(10_000),
  'measures.mitigation': optionalText(10_000),
  delayReasons: optionalText(5000),
  lang: z.enum(['nl', 'en'], { error: 'workspace.error.choose' }),
  ...apFormFields,
});

const actionSchema = z.object({ action: z.enum(['preview', 'record']).default('preview') });

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** The use case's details from the checked form. */
export function detailsFromForm(
  context: WorkspaceContext,
  breachId: string,
  data: z.output<typeof notificationFormSchema>,
  values: FormValues,
): AuthorityNotificationDetails {
  const opt = (value: string) => (value === '' ? undefined : value);
  return {
    actor: context.session.actor,
    breachId,
    lang: data.lang,
    contact: {
      role: data['contact.role'],
      ...(opt(data['contact.name']) ? { name: data['contact.name'] } : {}),
      ...(opt(data['contact.email']) ? { email: data['contact.email'] } : {}),
      ...(opt(data['contact.phone']) ? { phone: data['contact.phone'] } : {}),
    },
    ...(opt(data.authorityReference) ? { authorityReference: data.authorityReference } : {}),
    likelyConsequences: lines(data.likelyConsequences),
    measures: {
      taken: lines(data['measures.taken']),
      proposed: lines(data['measures.proposed']),
      mitigation: lines(data['measures.mitigation']),
    },
    ...(opt(data.delayReasons) ? { delayReasons: data.delayReasons } : {}),
    form: apFormFromValues(values),
    ...(opt(data.withdrawReason) ? { withdrawReason: data.withdrawReason } : {}),
    addPublicUpdate: valuesOf(values, 'addPublicUpdate').includes('yes'),
  };
}

/** Starting values: the contact and reference of the last phase, the breach's own measures. */
export function startValues(
  breach: BreachDetail,
  recorded: StoredAuthorityNotification[],
  lang: 'nl' | 'en',
): FormValues {
  const last = recorded.at(-1)?.notification;
  return {
    'contact.role': last?.contact.role ?? 'dpo',
    'contact.name': last?.contact.name ?? '',
    'contact.email': last?.contact.email ?? '',
    'contact.phone': last?.contact.phone ?? '',
    authorityReference: last?.authorityReference ?? '',
    likelyConsequences: last?.consequences.stated.join('\n') ?? '',
    'measures.taken': last ? last.measures.taken.join('\n') : breach.measures.map((m) => m[lang]).join('\n'),
    'measures.proposed': last?.measures.proposed.join('\n') ?? '',
    'measures.mitigation': last?.measures.mitigation.join('\n') ?? '',
    delayReasons: last?.timing.delayReasons ?? '',
    lang,
    // Stored phases from before the AP form was asked have no answers; they start empty.
    ...valuesFromApForm((last as { form?: AuthorityNotification['form'] } | undefined)?.form),
  };
}

/**
 * The notification to the authority in phases (`…/melding`): preview with the completeness
 * list, record a phase into the breach's internal timeline, and download each phase as PDF or JSON.
 */
export function notificationRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const base = '/werkruimte/datalekken/:breachId/melding';

  async function load(context: WorkspaceContext, breachId: string) {
    const actor = context.session.actor;
    return Promise.all([
      getLatestAssessment(context.useCases, breachId, actor),
      listAuthorityNotifications(context.useCases, { actor, breachId }),
    ]);
  }

  breachRoute(app, deps, 'GET', base, async (context, breach) => {
    const [assessment, recorded] = await load(context, breach.id);
    const values = startValues(breach, recorded, context.page.lang);
    let preview;
    if (assessment) {
      const data = notificationFormSchema.parse(pick(values, Object.keys(notificationFormSchema.shape)));
      preview = (
        await prepareAuthorityNotification(
          context.useCases,
          detailsFromForm(context, breach.id, data, values),
        )
      ).notification;
    }
    return notificationPage(context.page, breach, assessment, recorded, context.csrfToken, {
      values,
      errors: new Map(),
      preview,
    });
  });

  breachRoute(app, deps, 'POST', base, async (context, breach) => {
    const { action } = actionSchema.parse(context.request.body);
    const values = formValues(context.request.body);
    const [assessment, recorded] = await load(context, breach.id);
    const show = (
      errors: FieldError[],
      preview?: Awaited<ReturnType<typeof prepareAuthorityNotification>>['notification'],
    ) =>
      notificationPage(context.page, breach, assessment, recorded, context.csrfToken, {
        values,
        errors: errorsById(errors, context.page.lang),
        preview,
      });
    const parsed = notificationFormSchema.safeParse(pick(values, Object.keys(notificationFormSchema.shape)));
    if (!parsed.success) return show(flatIssues(parsed.error));
    const details = detailsFromForm(context, breach.id, parsed.data, values);
    try {
      if (action === 'preview') {
        const prepared = await prepareAuthorityNotification(context.useCases, details);
        return show([], prepared.notification);
      }
      await recordAuthorityNotification(context.useCases, details);
    } catch (error) {
      if (error instanceof AppError && error.code === 'validation_failed') return show(error.fieldErrors);
      throw error;
    }
    return redirect(`${context.page.href(paths.breach(breach.id))}?bericht=gemeld#notifications`);
  });

  for (const format of ['pdf', 'json'] as const) {
    sessionRoute(app, deps, 'GET', `${base}/:notificationId/${format}`, async (context) => {
      const { breach } = await memberBreach(context);
      const { notificationId } = z
        .object({ notificationId: z.string().min(1).max(100) })
        .parse(context.request.params);
      const recorded = await listAuthorityNotifications(context.useCases, {
        actor: context.session.actor,
        breachId: breach.id,
      });
      const found = recorded.find((n) => n.id === notificationId);
      if (!found) throw new AppError('not_found');
      const fileName = `${breach.slug}-melding-${found.phaseNumber}.${format}`;
      if (format === 'json')
        return {
          kind: 'download',
          contentType: 'application/json; charset=utf-8',
          fileName,
          body: `${JSON.stringify(found.notification, null, 2)}\n`,
        };
      return {
        kind: 'download',
        contentType: 'application/pdf',
        fileName,
        body: await renderAuthorityNotificationPdf(found.notification, { lang: found.lang }),
      };
    });
  }
}
