import type { Actor, OrganisationRole } from '../core/access/actor.ts';
import { deleteSession, findSession, touchSession } from '../storage/repositories/sessions.ts';
import { findUser, membershipsOf } from '../storage/repositories/users.ts';
import type { SecretDeps } from './deps.ts';
import { keyedHash } from './security/hashing.ts';
import type { User } from '../core/accounts/records.ts';

/** Builds the actor for a signed-in user from their memberships. */
export async function userActor(deps: Pick<SecretDeps, 'db'>, user: User): Promise<Actor> {
  const memberships = await membershipsOf(deps.db, user.id);
  const roles: Record<string, OrganisationRole> = {};
  for (const m of memberships) roles[m.organisationId] = m.role;
  return { kind: 'user', userId: user.id, platformAdmin: user.platformAdmin, roles };
}

/**
 * Finds the session for a cookie value. Returns undefined for an unknown or expired session
 * (and removes an expired one); otherwise the user and the actor for the access policy.
 */
export async function resolveSession(
  deps: SecretDeps,
  options: { sessionId: string },
): Promise<{ user: User; actor: Actor; expiresAt: string } | undefined> {
  if (
    typeof options.sessionId !== 'string' ||
    options.sessionId.length === 0 ||
    options.sessionId.length > 200
  )
    return undefined;
  const idHash = keyedHash(deps.sessionSecret, options.sessionId);
  const session = await findSession(deps.db, idHash);
  if (!session) return undefined;
  const now = deps.clock().toISOString();
  if (session.expires_at <= now) {
    await deleteSession(deps.db, idHash);
    return undefined;
  }
  const user = await findUser(deps.db, session.user_id);
  if (!user) return undefined;
  await touchSession(deps.db, idHash, now);
  return { user, actor: await userActor(deps, user), expiresAt: session.expires_at };
}
