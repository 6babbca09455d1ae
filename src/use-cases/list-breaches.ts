import { z } from 'zod';
import type { Actor } from '../core/access/actor.ts';
import { breachStatuses } from '../core/breaches/vocabulary.ts';
import { listOrganisationBreaches } from '../storage/repositories/breach-lists.ts';
import { entityId, pagination } from './breach-fields.ts';
import type { Deps } from './deps.ts';
import { authorize } from './support/authorize.ts';
import { parseOptions } from './support/validate.ts';
import type { BreachSummary } from '../core/breaches/breach-summary.ts';

export const listBreachesSchema = z.object({
  organisationId: entityId,
  status: z.enum(breachStatuses).optional(),
  ...pagination,
});

export type ListBreachesOptions = { actor: Actor } & z.input<typeof listBreachesSchema>;

/** A page of items with the numbers a pager needs. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

/** The rows a page asks storage for. */
export function pageWindow(input: { page: number; pageSize: number }): { limit: number; offset: number } {
  return { limit: input.pageSize, offset: (input.page - 1) * input.pageSize };
}

/** One page of `total` items, with the numbers a pager needs. */
export function pageOf<T>(items: T[], total: number, input: { page: number; pageSize: number }): Page<T> {
  return {
    items,
    total,
    page: input.page,
    pageSize: input.pageSize,
    pageCount: Math.ceil(total / input.pageSize),
  };
}

/** An organisation's own breaches, drafts included (any member of that organisation). */
export async function listBreaches(deps: Deps, options: ListBreachesOptions): Promise<Page<BreachSummary>> {
  const input = parseOptions(listBreachesSchema, options);
  // Only members see the list: it holds drafts. A platform administrator is no member.
  authorize(options.actor, 'breach.read', {
    type: 'breach',
    organisationId: input.organisationId,
    status: 'draft',
  });
  const { items, total } = await listOrganisationBreaches(deps.db, input.organisationId, {
    status: input.status,
    ...pageWindow(input),
  });
  return pageOf(items, total, input);
}
