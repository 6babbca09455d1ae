import { z } from 'zod';
import { getMemberBreach } from '../../../use-cases/get-member-breach.ts';
import type { WorkspaceContext } from '../../route-kernel/route.ts';

export const breachParams = z.object({ breachId: z.string().trim().min(1).max(100) });

/** The breach of the route's `:breachId`, for a member of its organisation (`getMemberBreach` decides). */
export async function memberBreach(context: WorkspaceContext, action?: 'breach.update' | 'breach.publish') {
  const { breachId } = breachParams.parse(context.request.params);
  return getMemberBreach(context.useCases, {
    actor: context.session.actor,
    breachId,
    ...(action ? { action } : {}),
  });
}

/** As `memberBreach`, and refuses viewers (403) before any form is shown or handled. */
export async function editableBreach(context: WorkspaceContext) {
  return memberBreach(context, 'breach.update');
}

/** As `memberBreach`, for owners only. */
export async function ownedBreach(context: WorkspaceContext) {
  return memberBreach(context, 'breach.publish');
}
