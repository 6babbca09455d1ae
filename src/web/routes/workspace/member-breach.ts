import { z } from 'zod';
import { roleIn, type OrganisationRole } from '../../../core/access/actor.ts';
import { AppError } from '../../../errors/catalogue.ts';
import { getBreach, type BreachDetail } from '../../../use-cases/get-breach.ts';
import type { WorkspaceContext } from '../../route-kernel/route.ts';

export const breachParams = z.object({ breachId: z.string().trim().min(1).max(100) });

/**
 * The breach of the route's `:breachId`, for a member of its organisation. Someone who is not
 * a member gets `not_found` even when the breach is published: the workspace page of a breach
 * (with its internal assessment and notifications) belongs to its organisation only.
 */
export async function memberBreach(
  context: WorkspaceContext,
): Promise<{ breach: BreachDetail; role: OrganisationRole }> {
  const { breachId } = breachParams.parse(context.request.params);
  const breach = await getBreach(context.useCases, { actor: context.session.actor, breachId });
  const role = roleIn(context.session.actor, breach.organisationId);
  if (!role) throw new AppError('not_found');
  return { breach, role };
}

/** As `memberBreach`, and refuses viewers (403) before any form is shown or handled. */
export async function editableBreach(context: WorkspaceContext) {
  const found = await memberBreach(context);
  if (found.role === 'viewer') throw new AppError('forbidden');
  return found;
}

/** As `memberBreach`, for owners only. */
export async function ownedBreach(context: WorkspaceContext) {
  const found = await memberBreach(context);
  if (found.role !== 'owner') throw new AppError('forbidden');
  return found;
}
