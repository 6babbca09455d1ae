import { z } from 'zod';
import {
  accountThrottle,
  clientThrottle,
  retryAfterSeconds,
  type ThrottlePolicy,
} from '../core/access/login-throttle.ts';
import { AppError } from '../errors/catalogue.ts';
import { zodMessage } from '../errors/field-messages.ts';
import {
  clearFailures,
  deleteStaleFailures,
  findFailures,
  recordFailure,
} from '../storage/repositories/login-failures.ts';
import { findUserForLogin, normaliseEmail, type User } from '../storage/repositories/users.ts';
import type { SecretDeps } from './deps.ts';
import { keyedHash } from './security/hashing.ts';
import { decoyHash, verifyPassword } from './security/passwords.ts';
import { nowIso } from './support/ids.ts';
import { parseOptions } from './support/validate.ts';

export const authenticateUserSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, zodMessage({ nl: 'Vul uw e-mailadres in.', en: 'Fill in your e-mail address.' }))
    .max(254),
  password: z
    .string()
    .min(1, zodMessage({ nl: 'Vul uw wachtwoord in.', en: 'Fill in your password.' }))
    .max(200),
  /** Who is trying, e.g. the client's IP address; only a keyed hash of it is stored. */
  clientKey: z.string().min(1).max(200),
});

export type AuthenticateUserOptions = z.input<typeof authenticateUserSchema>;

/**
 * Checks an e-mail address and password. Throws `rate_limited` (detail: seconds to wait)
 * while the account or the client is throttled, and `unauthenticated` for a wrong e-mail or
 * password alike, so that nobody learns which addresses have an account.
 */
export async function authenticateUser(deps: SecretDeps, options: AuthenticateUserOptions): Promise<User> {
  const input = parseOptions(authenticateUserSchema, options);
  const now = deps.clock();
  const keys: [string, ThrottlePolicy][] = [
    [keyedHash(deps.sessionSecret, `account:${normaliseEmail(input.email)}`), accountThrottle],
    [keyedHash(deps.sessionSecret, `client:${input.clientKey}`), clientThrottle],
  ];
  const records = await Promise.all(keys.map(([key]) => findFailures(deps.db, key)));
  const wait = Math.max(...keys.map(([, policy], i) => retryAfterSeconds(records[i], policy, now)));
  if (wait > 0) throw new AppError('rate_limited', { detail: String(wait) });

  const user = await findUserForLogin(deps.db, input.email);
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !ok) {
    const at = nowIso(deps);
    await deps.db.transaction().execute(async (trx) => {
      for (const [key, policy] of keys)
        await recordFailure(
          trx,
          key,
          at,
          new Date(now.getTime() - policy.resetAfterSeconds * 1000).toISOString(),
        );
      // Retention: a count past every policy's window no longer counts, so it is not kept.
      const longest = Math.max(accountThrottle.resetAfterSeconds, clientThrottle.resetAfterSeconds);
      await deleteStaleFailures(trx, new Date(now.getTime() - longest * 1000).toISOString());
    });
    throw new AppError('unauthenticated', { detail: 'Wrong e-mail address or password.' });
  }
  // A success clears the account's count; the client's count stays, so one good login does
  // not reset a client that is trying many accounts.
  const accountKey = keys[0]?.[0];
  if (accountKey) await clearFailures(deps.db, accountKey);
  const { passwordHash: _hash, ...safe } = user;
  return safe;
}
