import { z } from 'zod';
import { organisationRoles, type Actor } from '../core/access/actor.ts';
import { AppError } from '../errors/catalogue.ts';
import { countOwners, findMembership, updateMembershipRole } from '../storage/repositories/users.ts';
import { entityId } from './breach-fields.ts';
import type { Deps } from './deps.ts';
import { audit } from './support/audit.ts';
import { authorize } from './support/authorize.ts';
import { nowIso } from './support/ids.ts';
import { parseOptions } from './support/validate.ts';
import type { Membership } from '../core/accounts/records.ts';
import { invalidField } from '../errors/field-messages.ts';

export const changeRoleSchema = z.object({
  organisationId: entityId,
  userId: entityId,
  role: z.enum(organisationRoles),
});

export type ChangeRoleOptions = { actor: Actor } & z.input<typeof changeRoleSchema>;

/** Changes a member's role. An organisation always keeps at least one owner. */
export async function changeRole(deps: Deps, options: ChangeRoleOptions): Promise<Membership> {
  const input = parseOptions(changeRoleSchema, options);
  authorize(options.actor, 'member.manage', { type: 'organisation', organisationId: input.organisationId });
  return deps.db.transaction().execute(async (trx) => {
    const before = await findMembership(trx, input.userId, input.organisationId);
    if (!before) throw new AppError('not_found');
    if (
      before.role === 'owner' &&
      input.role !== 'owner' &&
      (await countOwners(trx, input.organisationId)) <= 1
    )
      throw invalidField('role', {
        nl: 'De organisatie heeft dan geen eigenaar meer. Maak eerst iemand anders eigenaar.',
        en: 'The organisation needs at least one other owner first.',
      });
    const after: Membership = { ...before, role: input.role };
    await updateMembershipRole(trx, after, nowIso(deps));
    await audit(deps, trx, {
      actor: options.actor,
      organisationId: input.organisationId,
      entityType: 'membership',
      entityId: `${input.userId}/${input.organisationId}`,
      action: 'member.role_changed',
      before,
      after,
    });
    return after;
  });
}
