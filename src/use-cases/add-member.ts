import { z } from 'zod';
import { organisationRoles, type Actor } from '../core/access/actor.ts';
import { AppError } from '../errors/catalogue.ts';
import { findOrganisation } from '../storage/repositories/organisations.ts';
import { findMembership, findUserByEmail, insertMembership } from '../storage/repositories/users.ts';
import { entityId } from './breach-fields.ts';
import { emailField } from './create-user.ts';
import type { Deps } from './deps.ts';
import { audit } from './support/audit.ts';
import { authorize } from './support/authorize.ts';
import { nowIso } from './support/ids.ts';
import { parseOptions } from './support/validate.ts';
import type { Membership } from '../core/accounts/records.ts';
import { invalidField } from '../errors/field-messages.ts';

export const addMemberSchema = z.object({
  organisationId: entityId,
  email: emailField,
  role: z.enum(organisationRoles),
});

export type AddMemberOptions = { actor: Actor } & z.input<typeof addMemberSchema>;

/** Gives an existing user a role in an organisation (its owners, or a platform administrator). */
export async function addMember(deps: Deps, options: AddMemberOptions): Promise<Membership> {
  const input = parseOptions(addMemberSchema, options);
  authorize(options.actor, 'member.manage', { type: 'organisation', organisationId: input.organisationId });
  return deps.db.transaction().execute(async (trx) => {
    if (!(await findOrganisation(trx, input.organisationId))) throw new AppError('not_found');
    const user = await findUserByEmail(trx, input.email);
    if (!user)
      throw invalidField('email', {
        nl: 'Er is geen account met dit e-mailadres.',
        en: 'No account with this e-mail address.',
      });
    if (await findMembership(trx, user.id, input.organisationId))
      throw invalidField('email', { nl: 'Deze persoon is al lid.', en: 'This person is already a member.' });
    const membership: Membership = {
      userId: user.id,
      organisationId: input.organisationId,
      role: input.role,
    };
    await insertMembership(trx, membership, nowIso(deps));
    await audit(deps, trx, {
      actor: options.actor,
      organisationId: input.organisationId,
      entityType: 'membership',
      entityId: `${user.id}/${input.organisationId}`,
      action: 'member.added',
      after: membership,
    });
    return membership;
  });
}
