import { roleIn, type Actor } from '../core/access/actor.ts';
import { can, type Action } from '../core/access/policy.ts';
import { AppError } from '../errors/catalogue.ts';
import type { Organisation } from '../core/accounts/records.ts';
import { findOrganisation } from '../storage/repositories/organisations.ts';
import type { Deps } from './deps.ts';
import { authorize } from './support/authorize.ts';

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

/**
 * The organisation for one of its members who may do `action` in it (`breach.create`: editors
 * and owners). Not a member, the platform administrator included: `not_found`, the
 * organisation's workspace does not exist for this person. A member whose role is too low:
 * `forbidden`.
 */
export async function getMemberOrganisation(
  deps: Deps,
  options: { actor: Actor; organisationId: string; action: Action },
): Promise<Organisation> {
  const { actor, organisationId } = options;
  const member = roleIn(actor, organisationId) !== undefined;
  const organisation = member ? await findOrganisation(deps.db, organisationId) : undefined;
  if (!organisation) throw new AppError('not_found');
  authorize(actor, options.action, { type: 'organisation', organisationId });
  return organisation;
}
