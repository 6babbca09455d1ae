import type { RouteShorthandOptions } from 'fastify';
import type { CodeDeps } from '../../../use-cases/look-up-personal-code.ts';
import type { Deps } from '../../../use-cases/deps.ts';
import type { RouteDeps } from '../../deps.ts';
import type { GuideService } from '../../guide/guide-service.ts';

/** What the guide's route files share: the app's dependencies, the use-case deps and the service. */
export interface GuideRouteDeps extends RouteDeps {
  useCases: Deps & CodeDeps;
  guide: GuideService;
  /** Route options that rate-limit code look-ups per client (empty when CODE_LOOKUP_LIMIT is 0). */
  lookupLimit: RouteShorthandOptions;
  /** Cookies get `Secure` when the site runs on https. */
  secureCookies: boolean;
}
