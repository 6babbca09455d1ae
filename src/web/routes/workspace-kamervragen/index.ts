import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  confirmKamervragenLink,
  type KamervragenLinkOptions,
} from '../../../use-cases/confirm-kamervragen-link.ts';
import type { Deps } from '../../../use-cases/deps.ts';
import { rejectKamervragenSuggestion } from '../../../use-cases/reject-kamervragen-suggestion.ts';
import { removeKamervragenLink } from '../../../use-cases/remove-kamervragen-link.ts';
import { suggestKamervragenLinks } from '../../../use-cases/suggest-kamervragen-links.ts';
import { kamervragenSetIdPattern } from '../../../use-cases/support/kamervragen-link-access.ts';
import type { RouteDeps } from '../../deps.ts';
import {
  kamervragenLinkPaths,
  kamervragenLinksPage,
  kamervragenNoticeKeys,
  type KamervragenLinkAction,
} from '../../pages/workspace-kamervragen/links-page.ts';
import { breachParams } from '../workspace/member-breach.ts';
import { redirect } from '../../route-kernel/outcome.ts';
import { type WorkspaceContext, sessionRoute } from '../../route-kernel/route.ts';

const setBody = z.object({ setId: z.string().regex(kamervragenSetIdPattern) });

/** Each change: its use case and the notice shown after it. */
const changes: Record<
  KamervragenLinkAction,
  { run: (deps: Deps, options: KamervragenLinkOptions) => Promise<unknown>; notice: string }
> = {
  koppelen: { run: confirmKamervragenLink, notice: 'gekoppeld' },
  afwijzen: { run: rejectKamervragenSuggestion, notice: 'afgewezen' },
  ontkoppelen: { run: removeKamervragenLink, notice: 'ontkoppeld' },
};

function noticeOf(context: WorkspaceContext): string | undefined {
  const key = (context.request.query as Record<string, unknown> | undefined)?.bericht;
  const messageKey = typeof key === 'string' ? kamervragenNoticeKeys[key] : undefined;
  return messageKey && context.page.t(messageKey);
}

/**
 * Kamervragen of a breach in the workspace (`/werkruimte/datalekken/:breachId/kamervragen`):
 * suggested and linked sets for every member; confirming, turning down and removing links for
 * editors and owners. The use cases check the role and the breach's organisation (others: 404,
 * viewers: 403) and write the audit entry. See docs/kamervragen.md.
 */
export function workspaceKamervragenRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const page = '/werkruimte/datalekken/:breachId/kamervragen';

  sessionRoute(app, deps, 'GET', page, async (context) => {
    const { breachId } = breachParams.parse(context.request.params);
    const view = await suggestKamervragenLinks(context.useCases, {
      actor: context.session.actor,
      breachId,
    });
    return kamervragenLinksPage(context.page, view, context.csrfToken, noticeOf(context));
  });

  for (const [action, change] of Object.entries(changes) as [
    KamervragenLinkAction,
    (typeof changes)[KamervragenLinkAction],
  ][])
    sessionRoute(app, deps, 'POST', `${page}/${action}`, async (context) => {
      const { breachId } = breachParams.parse(context.request.params);
      const { setId } = setBody.parse(context.request.body);
      await change.run(context.useCases, { actor: context.session.actor, breachId, setId });
      return redirect(`${context.page.href(kamervragenLinkPaths.page(breachId))}?bericht=${change.notice}`);
    });
}
