import { fieldTexts, zodMessage } from '../errors/field-messages.ts';
import { z } from 'zod';
import { sectors } from '../core/breaches/vocabulary.ts';
import { searchPublicBreaches } from '../storage/repositories/breach-lists.ts';
import { defaultCategoryIds, pagination } from './breach-fields.ts';
import type { BreachDeps } from './deps.ts';
import { pageOf, pageWindow, type Page } from './list-breaches.ts';
import { parseOptions } from './support/validate.ts';
import type { BreachSummary } from '../core/breaches/breach-summary.ts';

const day = z.iso.date({ error: zodMessage(fieldTexts.day) });

/** Filters of the public register; every one optional. */
export function listPublicBreachesSchema(categoryIds: ReadonlySet<string> = defaultCategoryIds) {
  return z
    .object({
      query: z.string().trim().max(200).optional(),
      sector: z.enum(sectors).optional(),
      from: day.optional(),
      to: day.optional(),
      minPeople: z.coerce.number().int().min(0).optional(),
      maxPeople: z.coerce.number().int().min(0).optional(),
      categories: z
        .array(z.string().refine((id) => categoryIds.has(id), zodMessage(fieldTexts.unknownKind)))
        .max(30)
        .optional(),
      sort: z.enum(['newest', 'oldest', 'largest', 'updated']).default('newest'),
      ...pagination,
    })
    .superRefine((o, ctx) => {
      if (o.from && o.to && o.from > o.to)
        ctx.addIssue({
          code: 'custom',
          path: ['to'],
          message: zodMessage({ nl: 'Het einde ligt voor het begin.', en: 'The end is before the start.' }),
        });
      if (o.minPeople !== undefined && o.maxPeople !== undefined && o.minPeople > o.maxPeople)
        ctx.addIssue({
          code: 'custom',
          path: ['maxPeople'],
          message: zodMessage({
            nl: 'Het maximum is lager dan het minimum.',
            en: 'The maximum is below the minimum.',
          }),
        });
    });
}

export type ListPublicBreachesOptions = z.input<ReturnType<typeof listPublicBreachesSchema>>;

/**
 * The public register: published and closed breaches only, searched and filtered. Anyone may
 * call it; no actor is needed.
 * @example listPublicBreaches(deps, { categories: ['bsn'], sort: 'largest' })
 */
export async function listPublicBreaches(
  deps: BreachDeps,
  options: ListPublicBreachesOptions = {},
): Promise<Page<BreachSummary>> {
  const input = parseOptions(listPublicBreachesSchema(deps.categoryIds), options);
  const { items, total } = await searchPublicBreaches(deps.db, {
    query: input.query || undefined,
    sector: input.sector,
    from: input.from,
    to: input.to,
    minPeople: input.minPeople,
    maxPeople: input.maxPeople,
    categories: input.categories,
    sort: input.sort,
    ...pageWindow(input),
  });
  return pageOf(items, total, input);
}
