import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { RouteDeps } from '../deps.ts';
import { messageSources, type MessageKey } from '../i18n/translator.ts';
import { firstText, textList } from '../route-kernel/input.ts';
import { route } from '../route-kernel/route.ts';
import { planFormPage, unknownData, type PlanField, type PlanFormState } from '../pages/plan-form.ts';
import { planResultPage } from '../pages/plan-result.ts';

const asList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

/** The plan form's query. Messages are message ids, translated when the form is shown again. */
export function planQuerySchema(categoryIds: ReadonlySet<string>) {
  return z.object({
    data: asList.pipe(
      z
        .array(z.string().max(64, 'plan.error.dataUnknownCategory'))
        .max(100, 'plan.error.dataUnknownCategory')
        .refine((list) => list.length > 0, 'plan.error.data')
        .refine(
          (list) => list.every((id) => id === unknownData || categoryIds.has(id)),
          'plan.error.dataUnknownCategory',
        ),
    ),
    certainty: z.enum(['confirmed', 'possibly'], { error: 'plan.error.certainty' }),
    published: z.enum(['yes', 'no', 'unknown'], { error: 'plan.error.published' }),
  });
}
export type PlanQuery = z.output<ReturnType<typeof planQuerySchema>>;

/** What the form shows again when the query is wrong: the answers as sent. */
const sentAnswers = z.object({
  data: textList(Number.POSITIVE_INFINITY),
  certainty: firstText(),
  published: firstText(),
});

/**
 * `/plan` and `/en/plan`: without a query, the form; with one, the personal plan, or the form
 * again with every error listed. GET, so it works without JavaScript and can be bookmarked.
 */
export function planRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const categories = deps.knowledge.categories;
  const schema = planQuerySchema(new Set(categories.map((category) => category.id)));
  route(app, deps, {
    method: 'GET',
    path: '/plan',
    auth: 'public',
    handler: ({ request, page }) => {
      const query = (request.query ?? {}) as Record<string, unknown>;
      if (Object.keys(query).length === 0) {
        return planFormPage(page, categories, {
          data: [],
          certainty: undefined,
          published: undefined,
          errors: [],
        });
      }
      const parsed = schema.safeParse(query);
      if (!parsed.success || query.change !== undefined) {
        const state: PlanFormState = { ...sentAnswers.parse(query), errors: [] };
        for (const issue of parsed.error?.issues ?? []) {
          const field = String(issue.path[0]) as PlanField;
          if (state.errors.some((error) => error.field === field)) continue;
          const known = issue.message in messageSources.nl;
          state.errors.push({ field, message: known ? (issue.message as MessageKey) : 'plan.error.data' });
        }
        return planFormPage(page, categories, state);
      }
      return planResultPage(page, deps.knowledge, parsed.data, deps.assets.checklistScript);
    },
  });
}
