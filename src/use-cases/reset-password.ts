import { z } from 'zod';
import type { Actor } from '../core/access/actor.ts';
import { AppError } from '../errors/catalogue.ts';
import { deleteSessionsOfUser } from '../storage/repositories/sessions.ts';
import { findUserByEmail, updatePasswordHash } from '../storage/repositories/users.ts';
import { emailField, passwordField } from './create-user.ts';
import type { Deps } from './deps.ts';
import { hashPassword } from './security/passwords.ts';
import { audit } from './support/audit.ts';
import { authorize } from './support/authorize.ts';
import { nowIso } from './support/ids.ts';
import { parseOptions } from './support/validate.ts';

export const resetPasswordSchema = z.object({ email: emailField, password: passwordField });

export type ResetPasswordOptions = { actor: Actor } & z.input<typeof resetPasswordSchema>;

/**
 * Gives an account a new password (platform administrators, or the system) and ends all of
 * its sessions, so that whoever held the old password is signed out everywhere.
 */
export async function resetPassword(deps: Deps, options: ResetPasswordOptions): Promise<void> {
  const input = parseOptions(resetPasswordSchema, options);
  authorize(options.actor, 'user.reset_password', { type: 'platform' });
  const passwordHash = await hashPassword(input.password);
  await deps.db.transaction().execute(async (trx) => {
    const user = await findUserByEmail(trx, input.email);
    if (!user) throw new AppError('not_found', { detail: 'No account has this e-mail address.' });
    await updatePasswordHash(trx, user.id, passwordHash, nowIso(deps));
    await deleteSessionsOfUser(trx, user.id);
    await audit(deps, trx, {
      actor: options.actor,
      organisationId: null,
      entityType: 'user',
      entityId: user.id,
      action: 'user.password_reset',
      // Neither the password nor its hash goes into the audit log.
      after: { id: user.id },
    });
  });
}
