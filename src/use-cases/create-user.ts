import { z } from 'zod';
import type { Actor } from '../core/access/actor.ts';
import { fieldTexts, zodMessage } from '../errors/field-messages.ts';
import { findUserByEmail, insertUser, normaliseEmail } from '../storage/repositories/users.ts';
import type { Deps } from './deps.ts';
import { hashPassword } from './security/passwords.ts';
import { audit } from './support/audit.ts';
import { authorize } from './support/authorize.ts';
import { newId, nowIso } from './support/ids.ts';
import { parseOptions } from './support/validate.ts';
import type { User } from '../core/accounts/records.ts';
import { invalidField } from '../errors/field-messages.ts';

export const emailField = z.email({ error: zodMessage(fieldTexts.email) }).max(254);
export const passwordField = z
  .string()
  .min(12, zodMessage({ nl: 'Gebruik minstens 12 tekens.', en: 'Use at least 12 characters.' }))
  .max(200, zodMessage({ nl: 'Gebruik hoogstens 200 tekens.', en: 'Use at most 200 characters.' }));

export const createUserSchema = z.object({
  email: emailField,
  displayName: z.string().trim().min(1).max(120),
  password: passwordField,
  platformAdmin: z.boolean().default(false),
});

export type CreateUserOptions = { actor: Actor } & z.input<typeof createUserSchema>;

/** Creates a user account (platform administrators, or the system). The password is hashed with scrypt. */
export async function createUser(deps: Deps, options: CreateUserOptions): Promise<User> {
  const input = parseOptions(createUserSchema, options);
  authorize(options.actor, 'user.create', { type: 'platform' });
  const passwordHash = await hashPassword(input.password);
  return deps.db.transaction().execute(async (trx) => {
    if (await findUserByEmail(trx, input.email))
      throw invalidField('email', {
        nl: 'Dit e-mailadres heeft al een account.',
        en: 'This e-mail address already has an account.',
      });
    const now = nowIso(deps);
    const user: User = {
      id: newId(deps),
      email: normaliseEmail(input.email),
      displayName: input.displayName,
      platformAdmin: input.platformAdmin,
      createdAt: now,
      updatedAt: now,
    };
    await insertUser(trx, { ...user, passwordHash });
    await audit(deps, trx, {
      actor: options.actor,
      organisationId: null,
      entityType: 'user',
      entityId: user.id,
      action: 'user.created',
      // The audit log holds no e-mail address: the user id is enough to trace the change.
      after: { id: user.id, platformAdmin: user.platformAdmin },
    });
    return user;
  });
}
