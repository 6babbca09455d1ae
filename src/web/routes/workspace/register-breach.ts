import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError, type FieldError } from '../../../errors/catalogue.ts';
import { getMemberOrganisation } from '../../../use-cases/get-organisation.ts';
import { registerBreach } from '../../../use-cases/register-breach.ts';
import type { RouteDeps } from '../../deps.ts';
import { paths } from '../../pages/workspace/common.ts';
import { errorsById, type FormValues } from '../../pages/workspace/fields.ts';
import { registerCheckPage } from '../../pages/workspace/register-wizard-check.ts';
import {
  allWizardFields,
  registerWizardPage,
  wizardSteps,
  type WizardState,
} from '../../pages/workspace/register-wizard.ts';
import {
  coreOptions,
  coreSchema,
  dataCategoriesOf,
  datesSchema,
  privacyContactSchema,
  readPrivacyContact,
} from './breach-form-data.ts';
import {
  flatIssues,
  formValues,
  optionalCount,
  optionalDate,
  optionalText,
  pick,
  textOrNull,
  valueOf,
} from './form-schemas.ts';
import { redirect } from '../../route-kernel/outcome.ts';
import { type WorkspaceContext, sessionRoute } from '../../route-kernel/route.ts';

const peopleSchema = z
  .object({
    'peopleAffected.count': optionalCount,
    'peopleAffected.effectiveOn': optionalDate,
    'peopleAffected.reason.nl': optionalText(500),
    'peopleAffected.reason.en': optionalText(500),
  })
  .superRefine((row, ctx) => {
    if (row['peopleAffected.count'] === '') return;
    for (const key of [
      'peopleAffected.effectiveOn',
      'peopleAffected.reason.nl',
      'peopleAffected.reason.en',
    ] as const)
      if (row[key] === '')
        ctx.addIssue({ code: 'custom', path: [key], message: 'workspace.error.requiredWithCount' });
  });

const dataSchema = z.object({ dataCategories: z.array(z.string().max(64)).max(60) });

/** Each step's schema, by step number. */
export const wizardStepSchemas: z.ZodType[] = [
  coreSchema.pick({ 'title.nl': true, 'title.en': true, sector: true }),
  coreSchema.pick({ 'description.nl': true, 'description.en': true, ownRole: true }),
  datesSchema,
  dataSchema,
  peopleSchema,
  privacyContactSchema,
];

const stepPostSchema = z.object({
  step: z.union([z.literal('check'), z.coerce.number().int().min(1).max(wizardSteps.length)]),
  action: z
    .union([
      z.enum(['next', 'back', 'save']),
      z.string().regex(new RegExp(`^goto-[1-${wizardSteps.length}]$`)),
    ])
    .default('next'),
});

function stepErrors(step: number, values: FormValues): FieldError[] {
  const schema = wizardStepSchemas[step - 1];
  const fields = wizardSteps[step - 1]?.fields ?? [];
  if (!schema) return [];
  const input = step === 4 ? { dataCategories: dataCategoriesOf(values) } : pick(values, fields);
  const result = schema.safeParse(input);
  return result.success ? [] : flatIssues(result.error);
}

function stepOfPath(path: string): number {
  const index = wizardSteps.findIndex((step) =>
    (step.fields as readonly string[]).some(
      (field) => path === field || path.startsWith(`${field}.`) || field.startsWith(`${path}.`),
    ),
  );
  return index === -1 ? 1 : index + 1;
}

/**
 * Registering a breach step by step (`…/datalekken/nieuw`). The answers travel in hidden fields
 * from step to step; `registerBreach` runs once, after the check page, in one transaction.
 */
export function registerBreachRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const path = '/werkruimte/organisaties/:organisationId/datalekken/nieuw';

  async function organisationFor(context: WorkspaceContext) {
    const { organisationId } = z
      .object({ organisationId: z.string().min(1).max(100) })
      .parse(context.request.params);
    return getMemberOrganisation(context.useCases, {
      actor: context.session.actor,
      organisationId,
      action: 'breach.create',
    });
  }

  function render(context: WorkspaceContext, organisationName: string, state: WizardState) {
    const { organisationId } = context.request.params as { organisationId: string };
    const action = context.page.href(`${paths.organisation(organisationId)}/datalekken/nieuw`);
    const { categories } = deps.knowledge;
    const { step } = state;
    return step === 'check'
      ? registerCheckPage(context.page, action, context.csrfToken, organisationName, categories, state)
      : registerWizardPage(context.page, action, context.csrfToken, organisationName, categories, {
          ...state,
          step,
        });
  }

  sessionRoute(app, deps, 'GET', path, async (context) => {
    const organisation = await organisationFor(context);
    return render(context, organisation.name, {
      step: 1,
      values: { ownRole: 'controller' },
      errors: new Map(),
      returnToCheck: false,
    });
  });

  sessionRoute(app, deps, 'POST', path, async (context) => {
    const organisation = await organisationFor(context);
    const { page } = context;
    const post = stepPostSchema.parse(context.request.body);
    const all = formValues(context.request.body);
    const values: FormValues = Object.fromEntries(allWizardFields.map((name) => [name, all[name]]));
    const returnToCheck = valueOf(all, 'returnToCheck') === '1';
    const show = (step: number | 'check', errors: FieldError[] = [], back = returnToCheck) =>
      render(context, organisation.name, {
        step,
        values,
        errors: errorsById(errors, page.lang),
        returnToCheck: back,
      });

    if (post.action.startsWith('goto-')) return show(Number(post.action.slice(5)), [], true);
    if (post.step !== 'check' && post.action === 'back') return show(Math.max(1, post.step - 1));
    if (post.step !== 'check' && post.action === 'next') {
      const errors = stepErrors(post.step, values);
      if (errors.length > 0) return show(post.step, errors);
      return show(returnToCheck || post.step === wizardSteps.length ? 'check' : post.step + 1);
    }
    // Save: check every step again (hidden fields can be changed), then register in one go.
    for (let step = 1; step <= wizardSteps.length; step += 1) {
      const errors = stepErrors(step, values);
      if (errors.length > 0) return show(step, errors, true);
    }
    const count = textOrNull(values, 'peopleAffected.count');
    // Checked with the other steps above; here only read.
    const privacyContact = readPrivacyContact(values, []);
    try {
      const breach = await registerBreach(context.useCases, {
        actor: context.session.actor,
        organisationId: organisation.id,
        ...coreOptions(values),
        dataCategories: dataCategoriesOf(values),
        privacyContact,
        ...(count === null
          ? {}
          : {
              peopleAffected: {
                count: Number(count),
                effectiveOn: valueOf(values, 'peopleAffected.effectiveOn').trim(),
                reason: {
                  nl: valueOf(values, 'peopleAffected.reason.nl').trim(),
                  en: valueOf(values, 'peopleAffected.reason.en').trim(),
                },
              },
            }),
      });
      return redirect(`${page.href(paths.breach(breach.id))}?bericht=geregistreerd`);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'validation_failed') throw error;
      const step = stepOfPath(error.fieldErrors[0]?.path ?? '');
      const onStep = error.fieldErrors.filter((fieldError) => stepOfPath(fieldError.path) === step);
      return show(step, onStep.length > 0 ? onStep : error.fieldErrors, true);
    }
  });
}
