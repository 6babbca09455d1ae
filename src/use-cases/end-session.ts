import { deleteSession } from '../storage/repositories/sessions.ts';
import type { SecretDeps } from './deps.ts';
import { keyedHash } from './security/hashing.ts';

/** Signs out: deletes the session so that the cookie no longer works anywhere. Returns whether one existed. */
export async function endSession(deps: SecretDeps, options: { sessionId: string }): Promise<boolean> {
  if (typeof options.sessionId !== 'string' || options.sessionId.length === 0) return false;
  return (await deleteSession(deps.db, keyedHash(deps.sessionSecret, options.sessionId))) > 0;
}
