import type { Actor } from '../core/access/actor.ts';
import { AppError } from '../errors/catalogue.ts';
import { listAllOrganisations, organisationsByIds } from '../storage/repositories/workspace-directory.ts';
import type { Deps } from './deps.ts';
import type { Organisation } from '../core/accounts/records.ts';

/**
 * The organisations an actor works in: a user's own (by membership), or every organisation for
 * a platform administrator who asks for `all`.
 */
export async function listOrganisations(
  deps: Deps,
  options: { actor: Actor; all?: boolean },
): Promise<Organisation[]> {
  const { actor } = options;
  if (actor.kind !== 'user') throw new AppError(actor.kind === 'public' ? 'unauthenticated' : 'forbidden');
  if (options.all) {
    if (!actor.platformAdmin) throw new AppError('forbidden');
    return listAllOrganisations(deps.db);
  }
  return organisationsByIds(deps.db, Object.keys(actor.roles));
}
