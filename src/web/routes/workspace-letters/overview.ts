import type { FastifyInstance } from 'fastify';
import { checkLetterReadiness } from '../../../use-cases/check-letter-readiness.ts';
import { listLetterRounds } from '../../../use-cases/get-letter-round.ts';
import type { RouteDeps } from '../../deps.ts';
import { lettersOverviewPage } from '../../pages/workspace-letters/overview-page.ts';
import { memberBreach } from '../workspace/member-breach.ts';
import { sessionRoute } from '../../route-kernel/route.ts';
import type { LettersWeb } from './letters-deps.ts';

/** The letters of a breach (`…/brieven`): readiness, sender, variants and rounds, for members. */
export function overviewRoutes(app: FastifyInstance, deps: RouteDeps, letters: LettersWeb): void {
  sessionRoute(app, deps, 'GET', '/werkruimte/datalekken/:breachId/brieven', async (context) => {
    const { breach, role } = await memberBreach(context);
    const options = { actor: context.session.actor, breachId: breach.id };
    const [readiness, rounds] = await Promise.all([
      checkLetterReadiness(context.useCases, { ...options, jargon: letters.jargon }),
      listLetterRounds(context.useCases, options),
    ]);
    return lettersOverviewPage(context.page, { readiness, rounds, canEdit: role !== 'viewer' });
  });
}
