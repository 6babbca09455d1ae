import type { Actor } from '../core/access/actor.ts';
import { can } from '../core/access/policy.ts';
import { AppError } from '../errors/catalogue.ts';
import { findOrganisation, type Organisation } from '../storage/repositories/organisations.ts';
import type { Deps } from './deps.ts';

/**
 * One organisation, for someone who may see it (`organisation.read`: its members and the
 * platform administrator). Everyone else gets `not_found`, so the page does not reveal that the
 * organisation exists; the use cases behind its pages check the exact role.
 */
export async function getOrganisation(
  deps: Deps,
  options: { actor: Actor; organisationId: string },
): Promise<Organisation> {
  const { actor, organisationId } = options;
  const visible = can(actor, 'organisation.read', { type: 'organisation', organisationId });
  const organisation = visible ? await findOrganisation(deps.db, organisationId) : undefined;
  if (!organisation) throw new AppError('not_found');
  return organisation;
}
