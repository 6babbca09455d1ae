import type { FastifyInstance } from 'fastify';
import { createReadStream } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../../errors/catalogue.ts';
import { deleteLetterOutputs } from '../../../use-cases/delete-letter-outputs.ts';
import { getLetterRound, letterRoundFilePath } from '../../../use-cases/get-letter-round.ts';
import type { RouteDeps } from '../../deps.ts';
import { letterPaths } from '../../pages/workspace-letters/parts.ts';
import { roundPage } from '../../pages/workspace-letters/round-page.ts';
import { breachParams, breachRoute } from '../workspace/member-breach.ts';
import { redirect } from '../../route-kernel/outcome.ts';
import { route } from '../../route-kernel/route.ts';
import type { LettersWeb } from './letters-deps.ts';

const roundParams = breachParams.extend({ jobId: z.string().trim().min(1).max(100) });
const fileParams = roundParams.extend({ name: z.string().regex(/^[a-z0-9-]+\.(csv|json|pdf)$/) });

const contentTypes: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  pdf: 'application/pdf',
};

/**
 * A round's page with progress and files (`…/brieven/rondes/:jobId`), the downloads and the
 * "delete outputs" action. Editors and owners of the breach's organisation only: outputs hold
 * names, addresses and personal codes. Others get 404, viewers 403.
 */
export function roundRoutes(app: FastifyInstance, deps: RouteDeps, letters: LettersWeb): void {
  const path = '/werkruimte/datalekken/:breachId/brieven/rondes/:jobId';
  const roundDeps = { db: deps.storage.db, clock: deps.clock, lettersDir: letters.round.lettersDir };

  breachRoute(app, deps, 'GET', path, async (context, breach) => {
    const { jobId } = roundParams.parse(context.request.params);
    const round = await getLetterRound(roundDeps, {
      actor: context.session.actor,
      breachId: breach.id,
      jobId,
    });
    return roundPage(context.page, context.csrfToken, {
      breachId: breach.id,
      breachTitle: breach.title[context.page.lang],
      round,
      ...(context.page.search.includes('bericht=verwijderd')
        ? { notice: context.page.t('letters.round.deletedNotice') }
        : {}),
    });
  });

  breachRoute(app, deps, 'POST', `${path}/verwijderen`, async (context, breach) => {
    const { jobId } = roundParams.parse(context.request.params);
    await deleteLetterOutputs(letters.round, { actor: context.session.actor, breachId: breach.id, jobId });
    return redirect(`${context.page.href(letterPaths.round(breach.id, jobId))}?bericht=verwijderd`);
  });

  // Downloads stream from disk; a name that is not one of a round's files is simply not there.
  route(app, deps, {
    method: 'GET',
    path: `${path}/bestanden/:name`,
    auth: 'session',
    input: { params: fileParams },
    invalid: () => ({ kind: 'problem', error: new AppError('not_found') }),
    handler: async ({ input, session }) => {
      const { breachId, jobId, name } = input.params;
      const { path: file } = await letterRoundFilePath(roundDeps, {
        actor: session.actor,
        breachId,
        jobId,
        name,
      });
      const extension = name.split('.').pop() ?? '';
      return {
        kind: 'download',
        contentType: contentTypes[extension] ?? 'application/octet-stream',
        fileName: name,
        body: createReadStream(file),
      };
    },
  });
}
