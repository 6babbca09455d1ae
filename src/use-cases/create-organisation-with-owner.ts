import { AppError } from '../errors/catalogue.ts';
import type { Organisation } from '../core/accounts/records.ts';
import { findUserByEmail } from '../storage/repositories/users.ts';
import { addMember } from './add-member.ts';
import { createOrganisation, type CreateOrganisationOptions } from './create-organisation.ts';
import type { Deps } from './deps.ts';
import { authorize } from './support/authorize.ts';

const noSuchUser = {
  nl: 'Er is geen account met dit e-mailadres.',
  en: 'There is no account with this e-mail address.',
};

/**
 * Adds an organisation and, when `ownerEmail` is given, makes that existing account its first
 * owner. Only a platform administrator may; the owner's account is checked before anything
 * is written, so a wrong address adds nothing.
 */
export async function createOrganisationWithOwner(
  deps: Deps,
  options: CreateOrganisationOptions & { ownerEmail?: string | undefined },
): Promise<Organisation> {
  const { ownerEmail, ...organisation } = options;
  authorize(options.actor, 'organisation.create', { type: 'platform' });
  if (ownerEmail && !(await findUserByEmail(deps.db, ownerEmail)))
    throw new AppError('validation_failed', { fieldErrors: [{ path: 'ownerEmail', message: noSuchUser }] });
  const created = await createOrganisation(deps, organisation);
  if (ownerEmail)
    await addMember(deps, {
      actor: options.actor,
      organisationId: created.id,
      email: ownerEmail,
      role: 'owner',
    });
  return created;
}
