import type { FastifyInstance } from 'fastify';
import type { FieldError } from '../../../errors/catalogue.ts';
import { partyBySlug, partySlugs } from '../../../use-cases/breach-parties.ts';
import { updateBreach } from '../../../use-cases/update-breach.ts';
import type { RouteDeps } from '../../deps.ts';
import { breachFormPage, breachFormValues } from '../../pages/workspace/breach-form.ts';
import { paths } from '../../pages/workspace/common.ts';
import { errorsById } from '../../pages/workspace/fields.ts';
import { isFormError, orFormErrors, versionSchema } from './breach-pages.ts';
import {
  coreOptions,
  coreSchema,
  dataCategoriesOf,
  datesSchema,
  readBreachLists,
} from './breach-form-data.ts';
import { flatIssues, formError, formValues, pick } from './form-schemas.ts';
import { breachRoute } from './member-breach.ts';
import { redirect } from '../../route-kernel/outcome.ts';

const coreFields = ['title.nl', 'title.en', 'sector', 'description.nl', 'description.en', 'ownRole'];

/**
 * Editing every field of a breach in one form (`…/bewerken`). The form is checked as a whole,
 * then `updateBreach` changes everything in one transaction, or nothing.
 */
export function editBreachRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const path = '/werkruimte/datalekken/:breachId/bewerken';

  breachRoute(app, deps, 'GET', path, async (context, breach) => {
    const slugs = await partySlugs(context.useCases, breach);
    return breachFormPage(context.page, breach, context.csrfToken, deps.knowledge.categories, {
      values: breachFormValues(breach, slugs),
      errors: new Map(),
    });
  });

  breachRoute(app, deps, 'POST', path, async (context, breach) => {
    const { expectedVersion } = versionSchema.parse(context.request.body);
    const values = formValues(context.request.body);
    const errors: FieldError[] = [];
    const core = coreSchema.safeParse(pick(values, coreFields));
    if (!core.success) errors.push(...flatIssues(core.error));
    const dates = datesSchema.safeParse(pick(values, Object.keys(datesSchema.shape)));
    if (!dates.success) errors.push(...flatIssues(dates.error));
    const lists = readBreachLists(values, errors);
    const otherParties: { organisationId: string; role: 'controller' | 'processor' }[] = [];
    for (const [index, party] of lists.otherParties.entries()) {
      const organisation = await partyBySlug(context.useCases, party.slug);
      if (!organisation)
        errors.push(formError(`otherParties.${index}.slug`, 'workspace.error.unknownOrganisation'));
      else otherParties.push({ organisationId: organisation.id, role: party.role });
    }
    const show = (fieldErrors: FieldError[]) =>
      breachFormPage(context.page, breach, context.csrfToken, deps.knowledge.categories, {
        values,
        errors: errorsById(fieldErrors, context.page.lang, 'changes.'),
      });
    if (errors.length > 0) return show(errors);
    const { ownRole, ...core2 } = coreOptions(values);
    const result = await orFormErrors(() =>
      updateBreach(context.useCases, {
        actor: context.session.actor,
        breachId: breach.id,
        expectedVersion,
        changes: {
          ...core2,
          ownRole,
          otherParties,
          dataCategories: dataCategoriesOf(values),
          recipientGroups: lists.recipientGroups,
          measures: lists.measures,
          helpline: lists.helpline,
          privacyContact: lists.privacyContact,
          questions: lists.questions,
          sources: lists.sources,
        },
      }),
    );
    if (isFormError(result)) return show(result.fieldErrors);
    return redirect(`${context.page.href(paths.breach(breach.id))}?bericht=opgeslagen`);
  });
}
