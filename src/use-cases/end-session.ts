import { deleteSession, findSession } from '../storage/repositories/sessions.ts';
import type { SecretDeps } from './deps.ts';
import { keyedHash } from './security/hashing.ts';
import { audit } from './support/audit.ts';

/**
 * Signs out: deletes the session so that the cookie no longer works anywhere, and audits it
 * (`session.signed_out`). Returns whether one existed.
 */
export async function endSession(deps: SecretDeps, options: { sessionId: string }): Promise<boolean> {
  if (typeof options.sessionId !== 'string' || options.sessionId.length === 0) return false;
  const idHash = keyedHash(deps.sessionSecret, options.sessionId);
  return deps.db.transaction().execute(async (trx) => {
    const session = await findSession(trx, idHash);
    if (!session) return false;
    await deleteSession(trx, idHash);
    await audit(deps, trx, {
      actor: { kind: 'user', userId: session.user_id, platformAdmin: false, roles: {} },
      organisationId: null,
      entityType: 'user',
      entityId: session.user_id,
      action: 'session.signed_out',
    });
    return true;
  });
}
