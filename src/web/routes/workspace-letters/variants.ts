import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { roleIn } from '../../../core/access/actor.ts';
import { languages } from '../../../core/i18n/lang.ts';
import { lintVariantTexts, type VariantTexts } from '../../../core/letters/index.ts';
import { AppError } from '../../../errors/catalogue.ts';
import { checkLetterReadiness } from '../../../use-cases/check-letter-readiness.ts';
import { saveLetterVariant } from '../../../use-cases/save-letter-variant.ts';
import type { RouteDeps } from '../../deps.ts';
import { letterPaths, textFields } from '../../pages/workspace-letters/parts.ts';
import { variantFormPage } from '../../pages/workspace-letters/variant-form.ts';
import type { FormValues } from '../../pages/workspace/fields.ts';
import { formValues, valueOf, valuesOf } from '../workspace/form-schemas.ts';
import { breachParams } from '../workspace/member-breach.ts';
import { redirect } from '../../route-kernel/outcome.ts';
import { route, type WorkspaceContext } from '../../route-kernel/route.ts';
import { errorsFrom } from './form-errors.ts';
import type { LettersWeb } from './letters-deps.ts';
import type { StoredLetterVariant } from '../../../core/letters/records.ts';

const variantParams = breachParams.extend({ variantId: z.string().trim().min(1).max(100) });

/** Form values from a stored variant. */
function valuesOfVariant(variant: StoredLetterVariant): FormValues {
  const values: FormValues = {
    group: variant.group,
    certainty: variant.certainty,
    categories: [...variant.categories],
  };
  for (const lang of languages)
    for (const field of textFields) values[`texts.${lang}.${field}`] = variant.texts[lang]?.[field] ?? '';
  return values;
}

/** The use case's options from the flat form. */
function textsOf(values: FormValues): Partial<Record<'nl' | 'en', VariantTexts>> {
  return Object.fromEntries(
    languages.map((lang) => [
      lang,
      Object.fromEntries(textFields.map((field) => [field, valueOf(values, `texts.${lang}.${field}`)])),
    ]),
  );
}

/**
 * Letter variants per recipient group (`…/brieven/varianten/nieuw` and `…/varianten/:id`):
 * editors and owners only. After saving, the page shows what still blocks sending and the
 * plain-language advice next to each field.
 */
export function variantRoutes(app: FastifyInstance, deps: RouteDeps, letters: LettersWeb): void {
  const base = '/werkruimte/datalekken/:breachId/brieven/varianten';

  const readiness = (context: WorkspaceContext, breachId: string) =>
    checkLetterReadiness(context.useCases, {
      actor: context.session.actor,
      breachId,
      jargon: letters.jargon,
    });

  const categories = deps.knowledge.categories;

  async function show(
    context: WorkspaceContext,
    variantId: string | undefined,
    values?: FormValues,
    errors = new Map<string, string>(),
  ) {
    const { breachId } = breachParams.parse(context.request.params);
    const ready = await readiness(context, breachId);
    const role = roleIn(context.session.actor, ready.breach.organisationId);
    if (role === 'viewer') throw new AppError('forbidden');
    const current = variantId ? ready.variants.find((v) => v.variant.id === variantId) : undefined;
    if (variantId && !current) throw new AppError('not_found');
    return variantFormPage(context.page, context.csrfToken, {
      breachId,
      breachTitle: ready.breach.title[context.page.lang],
      ...(variantId ? { variantId } : {}),
      values: values ?? (current ? valuesOfVariant(current.variant) : { certainty: 'confirmed' }),
      errors,
      categories,
      readiness: ready,
      ...(current && errors.size === 0 ? { current } : {}),
      // Texts sent with errors are not saved, but their advice is shown already.
      ...(values && errors.size > 0
        ? {
            findings: lintVariantTexts(
              { id: '', group: '', certainty: 'confirmed', categories: [], texts: textsOf(values) },
              letters.jargon,
            ),
          }
        : {}),
      saved: context.page.search.includes('bericht=opgeslagen'),
    });
  }

  async function save(context: WorkspaceContext, variantId: string | undefined) {
    const { breachId } = breachParams.parse(context.request.params);
    const values = formValues(context.request.body);
    try {
      const saved = await saveLetterVariant(context.useCases, {
        actor: context.session.actor,
        breachId,
        ...(variantId ? { variantId } : {}),
        group: valueOf(values, 'group'),
        certainty: valueOf(values, 'certainty') as 'confirmed',
        categories: valuesOf(values, 'categories'),
        texts: textsOf(values),
      });
      return redirect(`${context.page.href(letterPaths.variant(breachId, saved.id))}?bericht=opgeslagen`);
    } catch (error) {
      return show(context, variantId, values, errorsFrom(context.page, error));
    }
  }

  route(app, deps, {
    method: 'GET',
    path: `${base}/nieuw`,
    auth: 'session',
    handler: (context) => show(context, undefined),
  });
  route(app, deps, {
    method: 'POST',
    path: `${base}/nieuw`,
    auth: 'session',
    handler: (context) => save(context, undefined),
  });
  route(app, deps, {
    method: 'GET',
    path: `${base}/:variantId`,
    auth: 'session',
    handler: (context) => show(context, variantParams.parse(context.request.params).variantId),
  });
  route(app, deps, {
    method: 'POST',
    path: `${base}/:variantId`,
    auth: 'session',
    handler: (context) => save(context, variantParams.parse(context.request.params).variantId),
  });
}
