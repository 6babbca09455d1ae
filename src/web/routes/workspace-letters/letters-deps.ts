import { letterBaseUrlProblem } from '../../../base-url-check.ts';
import type { JargonEntry } from '../../../core/readability/types.ts';
import type { LetterRoundDeps } from '../../../use-cases/start-letter-round.ts';
import type { RouteDeps } from '../../deps.ts';

/** What the letters routes need beyond the workspace: private folders, limits and the word list. */
export interface LettersWeb {
  round: LetterRoundDeps;
  jargon: readonly JargonEntry[];
  limitBytes: number;
  /** LETTERS_UPLOAD_HOURS: an upload without a round is deleted after this many hours. */
  uploadHours: number;
}

/** The letters dependencies from the app's configuration. */
export function lettersWeb(deps: RouteDeps, jargon: readonly JargonEntry[], threads?: number): LettersWeb {
  return {
    round: {
      db: deps.storage.db,
      clock: deps.clock,
      codeSecret: deps.config.codeSecret,
      knowledge: deps.knowledge,
      baseUrl: deps.config.baseUrl,
      lettersDir: deps.config.lettersDir,
      outputDays: deps.config.lettersOutputDays,
      ...(threads ? { threads } : {}),
      ...baseUrlCheck(deps),
    },
    jargon,
    limitBytes: deps.config.lettersUploadLimitBytes,
    uploadHours: deps.config.lettersUploadHours,
  };
}

/** The web refuses to start letters on a BASE_URL no reader can open; on a developer's own server localhost is fine. */
function baseUrlCheck(deps: RouteDeps) {
  const problem = letterBaseUrlProblem(
    deps.config,
    deps.config.mode === 'production' ? 'production' : 'test',
  );
  return problem ? { baseUrlProblem: problem } : {};
}
