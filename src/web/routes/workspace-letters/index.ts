import type { FastifyInstance } from 'fastify';
import { loadJargon } from '../../../content-files/load-jargon.ts';
import { purgeExpiredLetterOutputs } from '../../../use-cases/delete-letter-outputs.ts';
import { purgeExpiredLetterUploads, uploadSweepMs } from '../../../use-cases/letter-uploads.ts';
import { resumeLetterRounds } from '../../../use-cases/resume-letter-rounds.ts';
import type { RouteDeps } from '../../deps.ts';
import { lettersWeb } from './letters-deps.ts';
import { mappingRoutes } from './mapping.ts';
import { overviewRoutes } from './overview.ts';
import { roundRoutes } from './rounds.ts';
import { senderRoutes } from './sender.ts';
import { uploadRoutes } from './upload.ts';
import { variantRoutes } from './variants.ts';

/** How often expired outputs are looked for, besides once at start. */
const purgeEveryMs = 60 * 60 * 1000;

/**
 * Letters from the workspace under `/werkruimte/datalekken/:id/brieven`: variants per group,
 * the sender, the recipients upload with mapping and validation report, rounds with progress,
 * downloads and deletion. Expired outputs (LETTERS_OUTPUT_DAYS) are deleted at start and hourly;
 * rounds a stopped server left unfinished are resumed at start.
 * See docs/flows/letter-generation.md ("From the workspace").
 */
export async function workspaceLetterRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const letters = lettersWeb(deps, await loadJargon());
  overviewRoutes(app, deps, letters);
  senderRoutes(app, deps);
  variantRoutes(app, deps, letters);
  await uploadRoutes(app, deps, letters);
  mappingRoutes(app, deps, letters);
  roundRoutes(app, deps, letters);

  const failed = (what: string) => (error: unknown) =>
    deps.logger?.error({ err: error instanceof Error ? error.message : 'unknown' }, what);
  const purge = () => purgeExpiredLetterOutputs(letters.round).catch(failed('purging letter outputs failed'));
  const timer = setInterval(() => void purge(), purgeEveryMs);
  timer.unref();
  // Uploads from which no round was started: deleted LETTERS_UPLOAD_HOURS after upload.
  const uploadDeps = { ...letters.round, uploadHours: letters.uploadHours };
  const sweep = () => purgeExpiredLetterUploads(uploadDeps).catch(failed('purging letter uploads failed'));
  const sweeper = setInterval(() => void sweep(), uploadSweepMs);
  sweeper.unref();
  app.addHook('onReady', async () => {
    await purge();
    await sweep();
    // Rounds a stopped server left behind are finished, and their uploads deleted.
    const { done } = await resumeLetterRounds(letters.round);
    done.catch(failed('resuming letter rounds failed'));
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    clearInterval(sweeper);
  });
}
