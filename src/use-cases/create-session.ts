import { z } from 'zod';
import { deleteExpiredSessions, insertSession } from '../storage/repositories/sessions.ts';
import { entityId } from './breach-fields.ts';
import type { SecretDeps } from './deps.ts';
import { keyedHash, randomSecret } from './security/hashing.ts';
import { parseOptions } from './support/validate.ts';

/** Sessions end after eight hours at most: a working day, then sign in again. */
export const sessionLifetimeSeconds = 8 * 60 * 60;

export const createSessionSchema = z.object({
  userId: entityId,
  lifetimeSeconds: z
    .number()
    .int()
    .min(60)
    .max(30 * 24 * 3600)
    .default(sessionLifetimeSeconds),
});

export type CreateSessionOptions = z.input<typeof createSessionSchema>;

/**
 * Starts a session after a successful sign-in. Returns the raw session id for the cookie;
 * only its keyed hash is stored, so a copy of the table cannot be used to sign in.
 */
export async function createSession(
  deps: SecretDeps,
  options: CreateSessionOptions,
): Promise<{ sessionId: string; expiresAt: string }> {
  const input = parseOptions(createSessionSchema, options);
  const now = deps.clock();
  const sessionId = randomSecret(32);
  const expiresAt = new Date(now.getTime() + input.lifetimeSeconds * 1000).toISOString();
  await deleteExpiredSessions(deps.db, now.toISOString());
  await insertSession(deps.db, {
    id_hash: keyedHash(deps.sessionSecret, sessionId),
    user_id: input.userId,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: expiresAt,
  });
  return { sessionId, expiresAt };
}
