import { z } from 'zod';
import { getMemberBreach } from '../../../use-cases/get-member-breach.ts';
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../deps.ts';
import type { Outcome } from '../../route-kernel/outcome.ts';
import { sessionRoute, type WorkspaceContext } from '../../route-kernel/route.ts';

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

type EditableBreach = Awaited<ReturnType<typeof editableBreach>>['breach'];

/** A workspace route on one breach of the route's `:breachId` that its editors and owners may change. */
export function breachRoute(
  app: FastifyInstance,
  deps: RouteDeps,
  method: 'GET' | 'POST',
  path: string,
  handler: (context: WorkspaceContext, breach: EditableBreach) => Outcome | Promise<Outcome>,
): void {
  sessionRoute(app, deps, method, path, async (context) => {
    const { breach } = await editableBreach(context);
    return handler(context, breach);
  });
}
