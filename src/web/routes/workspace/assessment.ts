import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { criteria } from '../../../core/assessment/overrides.ts';
import { AppError, type FieldError } from '../../../errors/catalogue.ts';
import { assessBreach } from '../../../use-cases/assess-breach.ts';
import type { BreachDetail } from '../../../use-cases/get-breach.ts';
import { getLatestAssessment } from '../../../use-cases/get-latest-assessment.ts';
import type { RouteDeps } from '../../deps.ts';
import { localizedMessage, type MessageKey } from '../../i18n/translator.ts';
import { assessmentFormPage, assessmentResultPage } from '../../pages/workspace/assessment-pages.ts';
import { contextQuestions } from '../../pages/workspace/assessment-context-fields.ts';
import { contextCheckPage, contextStepPage } from '../../pages/workspace/assessment-steps-page.ts';
import { paths } from '../../pages/workspace/common.ts';
import { errorsById, type FormValues } from '../../pages/workspace/fields.ts';
import { factsFromForm, formFromFacts } from './assessment-facts.ts';
import { flatIssues, formError, formValues, optionalCount, valueOf, valuesOf } from './form-schemas.ts';

import { memberBreach, breachRoute } from './member-breach.ts';
import { redirect } from '../../route-kernel/outcome.ts';
import { type WorkspaceContext, sessionRoute } from '../../route-kernel/route.ts';

const yesNo = z.enum(['yes', 'no'], { error: 'workspace.error.choose' });
const maybeYesNo = z.enum(['yes', 'no', '']);

/** The facts form as flat fields; the core's schema then checks the facts themselves. */
export const assessmentFormSchema = z.object({
  incidentKind: z.string().min(1, 'workspace.error.choose'),
  childrenOrVulnerable: yesNo,
  peopleCount: z
    .string()
    .trim()
    .regex(/^\d{1,10}$/, 'workspace.error.count'),
  recordCount: optionalCount,
  awareDate: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'workspace.assess.error.awareDate'),
  awareTime: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'workspace.assess.error.awareTime'),
  encrypted: yesNo,
  keySafe: maybeYesNo,
  copiedOut: yesNo,
  publishedOrOffered: yesNo,
  integrity: z.string().min(1, 'workspace.error.choose'),
  'availability.lost': yesNo,
  'availability.restoredFromBackup': maybeYesNo,
  'availability.hoursUnavailable': z
    .string()
    .trim()
    .refine((v) => v === '' || /^\d{1,6}(\.\d{1,2})?$/.test(v), 'workspace.error.count'),
  recipientTrusted: yesNo,
  maliciousIntent: yesNo,
  measuresMakeHighRiskUnlikely: yesNo,
  disproportionateEffort: yesNo,
  publicCommunicationPlanned: yesNo,
  identification: z.string(),
  disclosedTo: z.string(),
  'availability.recovery': z.string(),
  'context.healthDetail': z.string(),
  'context.paymentCard': z.string(),
  'context.credentialsAccessTo': z.string(),
  'context.volume': z.string(),
  'context.inferredFinancialStatus': maybeYesNo,
  'context.publiclyAvailable': maybeYesNo,
  'context.safetyAtStake': maybeYesNo,
  ...Object.fromEntries(
    criteria.flatMap((c) => [
      [`overrides.${c}.value`, z.string()],
      [`overrides.${c}.reason`, z.string()],
    ]),
  ),
});

const single = Object.keys(assessmentFormSchema.shape);
/** Every field of the facts form, for carrying answers from one question screen to the next. */
const allFields = [...single, 'categories', 'specialCategories', 'context.inferredSpecialCategories'];
const stepSchema = z.object({
  stap: z.union([
    z.literal('overzicht'),
    z.coerce
      .number()
      .int()
      .min(0)
      .max(contextQuestions.length - 1),
  ]),
  richting: z
    .union([z.enum(['verder', 'terug', 'beoordelen']), z.string().regex(/^naar-\d{1,2}$/)])
    .default('verder'),
});

/** Translated messages for the core's cross-field rules, by field. */
const coreMessages: Record<string, MessageKey> = {
  keySafe: 'workspace.assess.error.keySafe',
  'availability.restoredFromBackup': 'workspace.assess.error.restoredFromBackup',
  'availability.hoursUnavailable': 'workspace.assess.error.hoursUnavailable',
  recipientTrusted: 'workspace.assess.error.recipientTrusted',
  categories: 'workspace.assess.error.categories',
  awareAt: 'workspace.assess.error.awareDate',
};

/** The core's field paths (`categories[0]`, `awareAt`) as this form's fields. */
function formPath(path: string): string {
  const base = path.replace(/\[\d+\]$/, '');
  return base === 'awareAt' ? 'awareDate' : base;
}

/**
 * Assessing a breach in the workspace (`…/beoordeling`): the facts form, then the stored result
 * (`…/beoordeling/laatste`). Each assessment is kept with the breach; the newest counts.
 */
export function assessmentRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const base = '/werkruimte/datalekken/:breachId/beoordeling';

  breachRoute(app, deps, 'GET', base, async (context, breach) => {
    const latest = await getLatestAssessment(context.useCases, breach.id, context.session.actor);
    return assessmentFormPage(context.page, breach, context.csrfToken, {
      values: formFromFacts(latest?.facts, breach),
      errors: new Map(),
    });
  });

  /** Checks and stores the facts; on wrong facts shows the whole form with a message at each field. */
  async function submit(context: WorkspaceContext, breach: BreachDetail, values: FormValues) {
    const show = (errors: FieldError[]) =>
      assessmentFormPage(context.page, breach, context.csrfToken, {
        values,
        errors: errorsById(errors, context.page.lang),
      });
    const flat = assessmentFormSchema.safeParse(
      Object.fromEntries(single.map((name) => [name, valueOf(values, name)])),
    );
    const errors = flat.success ? [] : flatIssues(flat.error);
    if (valuesOf(values, 'categories').length === 0)
      errors.push(formError('categories', 'workspace.assess.error.categories'));
    if (errors.length > 0) return show(errors);
    try {
      await assessBreach(context.useCases, {
        actor: context.session.actor,
        breachId: breach.id,
        facts: factsFromForm(values),
      });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'validation_failed') throw error;
      return show(
        error.fieldErrors.map((fieldError) => {
          const path = formPath(fieldError.path);
          const key = coreMessages[path];
          return { path, message: key ? localizedMessage(key) : fieldError.message };
        }),
      );
    }
    return redirect(`${context.page.href(`${paths.breach(breach.id)}/beoordeling/laatste`)}`);
  }

  breachRoute(app, deps, 'POST', base, async (context, breach) => {
    return submit(context, breach, formValues(context.request.body));
  });

  // ENISA's context questions one per screen, starting from the latest facts.
  breachRoute(app, deps, 'GET', `${base}/vragen`, async (context, breach) => {
    const latest = await getLatestAssessment(context.useCases, breach.id, context.session.actor);
    if (!latest) return redirect(context.page.href(`${paths.breach(breach.id)}/beoordeling`));
    return contextStepPage(context.page, breach, context.csrfToken, {
      step: 0,
      values: formFromFacts(latest.facts, breach),
      carried: allFields,
    });
  });

  breachRoute(app, deps, 'POST', `${base}/vragen`, async (context, breach) => {
    const values = formValues(context.request.body);
    const { stap, richting } = stepSchema.parse(context.request.body);
    const last = contextQuestions.length - 1;
    const show = (step: number) =>
      contextStepPage(context.page, breach, context.csrfToken, { step, values, carried: allFields });
    if (richting === 'beoordelen') return submit(context, breach, values);
    if (richting.startsWith('naar-')) return show(Math.min(Number(richting.slice(5)), last));
    if (stap === 'overzicht') return show(last);
    if (richting === 'verder' && stap === last)
      return contextCheckPage(context.page, breach, context.csrfToken, { values, carried: allFields });
    return show(richting === 'terug' ? stap - 1 : stap + 1);
  });

  sessionRoute(app, deps, 'GET', `${base}/laatste`, async (context) => {
    const { breach, role } = await memberBreach(context);
    const latest = await getLatestAssessment(context.useCases, breach.id, context.session.actor);
    // Nothing assessed yet: editors go to the form, viewers to the breach page that says so.
    if (!latest)
      return redirect(
        context.page.href(
          role === 'viewer' ? paths.breach(breach.id) : `${paths.breach(breach.id)}/beoordeling`,
        ),
      );
    return assessmentResultPage(context.page, breach, latest);
  });
}
