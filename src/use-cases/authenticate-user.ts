import { z } from 'zod';
import { publicActor, type Actor } from '../core/access/actor.ts';
import {
  accountThrottle,
  clientThrottle,
  pairThrottle,
  retryAfterSeconds,
  type ThrottlePolicy,
} from '../core/access/login-throttle.ts';
import { AppError } from '../errors/catalogue.ts';
import { zodMessage } from '../errors/field-messages.ts';
import {
  clearFailures,
  deleteStaleFailures,
  findFailures,
  lockFailures,
  recordFailure,
  uncountAttempt,
} from '../storage/repositories/login-failures.ts';
import { findUserForLogin, normaliseEmail, updatePasswordHash } from '../storage/repositories/users.ts';
import type { SecretDeps } from './deps.ts';
import { keyedHash } from './security/hashing.ts';
import { decoyHash, hashPassword, needsRehash, verifyPassword } from './security/passwords.ts';
import { audit } from './support/audit.ts';
import { nowIso } from './support/ids.ts';
import { parseOptions } from './support/validate.ts';
import type { User } from '../core/accounts/records.ts';

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

const longestWindow = Math.max(
  pairThrottle.resetAfterSeconds,
  accountThrottle.resetAfterSeconds,
  clientThrottle.resetAfterSeconds,
);

/**
 * Checks an e-mail address and password. Throws `unauthenticated` for a wrong e-mail or password
 * alike (nobody learns which addresses have an account) and `rate_limited` (detail: seconds to
 * wait) when the attempt is throttled. Every sign-in, failure and throttling is audited.
 *
 * Three counts, each a keyed hash (see SECURITY.md, "Signing in"):
 * - account + client: the attempt is counted *before* the password is checked, under a row
 *   lock, so 18 parallel guesses give 5 checks and 13 refusals, not 18 checks. Past its free
 *   attempts this count refuses without checking: it throttles the guesser's own pair only.
 * - account (all clients) and client (all accounts): counted the same way, but they never refuse
 *   a correct password. Past their limits a *wrong* password is answered "wait" (429) instead
 *   of "wrong". So a stranger, or everyone behind one proxy address, cannot lock the owner of an
 *   account out; guessing stays bounded by the pair count and the per-client request limit.
 * A correct password clears the account's counts and takes its own attempt back from the
 * client's count. A hash made with older scrypt settings is replaced by today's.
 */
export async function authenticateUser(deps: SecretDeps, options: AuthenticateUserOptions): Promise<User> {
  const input = parseOptions(authenticateUserSchema, options);
  const now = deps.clock();
  const at = nowIso(deps);
  const email = normaliseEmail(input.email);
  const keys = {
    pair: keyedHash(deps.sessionSecret, `pair:${email}\n${input.clientKey}`),
    account: keyedHash(deps.sessionSecret, `account:${email}`),
    client: keyedHash(deps.sessionSecret, `client:${input.clientKey}`),
  };
  const trail = {
    subject: keys.account.slice(0, 16),
    client: keys.client.slice(0, 16),
  };
  const resetBefore = (policy: ThrottlePolicy) =>
    new Date(now.getTime() - policy.resetAfterSeconds * 1000).toISOString();

  const user = await findUserForLogin(deps.db, input.email);
  const refusedFor = await deps.db.transaction().execute(async (trx) => {
    const pair = await lockFailures(trx, keys.pair);
    const wait = retryAfterSeconds(pair, pairThrottle, now);
    if (wait > 0) {
      await auditAttempt(deps, trx, user, 'session.sign_in_throttled', { ...trail, waitSeconds: wait });
      return wait;
    }
    await recordFailure(trx, keys.pair, at, resetBefore(pairThrottle));
    await recordFailure(trx, keys.account, at, resetBefore(accountThrottle));
    await recordFailure(trx, keys.client, at, resetBefore(clientThrottle));
    // Retention: a count past every policy's window no longer counts, so it is not kept.
    await deleteStaleFailures(trx, new Date(now.getTime() - longestWindow * 1000).toISOString());
    return 0;
  });
  if (refusedFor > 0) throw new AppError('rate_limited', { detail: String(refusedFor) });

  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !ok) {
    const [account, client] = await Promise.all([
      findFailures(deps.db, keys.account),
      findFailures(deps.db, keys.client),
    ]);
    // Over the account's or the client's limit (counting the failures before this one), a
    // wrong password is told to wait.
    const before = (record: typeof account) => record && { ...record, failures: record.failures - 1 };
    const wait = Math.max(
      retryAfterSeconds(before(account), accountThrottle, now),
      retryAfterSeconds(before(client), clientThrottle, now),
    );
    const action = wait > 0 ? 'session.sign_in_throttled' : 'session.sign_in_failed';
    await auditAttempt(deps, deps.db, user, action, wait > 0 ? { ...trail, waitSeconds: wait } : trail);
    if (wait > 0) throw new AppError('rate_limited', { detail: String(wait) });
    throw new AppError('unauthenticated', { detail: 'Wrong e-mail address or password.' });
  }
  const { passwordHash, ...safe } = user;
  const rehashed = needsRehash(passwordHash) ? await hashPassword(input.password) : undefined;
  await deps.db.transaction().execute(async (trx) => {
    await clearFailures(trx, keys.pair);
    await clearFailures(trx, keys.account);
    await uncountAttempt(trx, keys.client);
    if (rehashed) await updatePasswordHash(trx, user.id, rehashed, at);
    await auditAttempt(deps, trx, user, 'session.signed_in', { client: trail.client });
  });
  return safe;
}

/** One audit entry about a sign-in attempt; the e-mail and client appear only as keyed hashes. */
async function auditAttempt(
  deps: SecretDeps,
  trx: SecretDeps['db'],
  user: User | undefined,
  action: string,
  after: Record<string, unknown>,
): Promise<void> {
  const actor: Actor =
    action === 'session.signed_in' && user
      ? { kind: 'user', userId: user.id, platformAdmin: user.platformAdmin, roles: {} }
      : publicActor;
  await audit(deps, trx, {
    actor,
    organisationId: null,
    entityType: 'user',
    entityId: user?.id ?? `unknown:${String(after.subject ?? '')}`,
    action,
    after,
  });
}
