import type { Actor, TokenRole } from '../core/access/actor.ts';
import { findApiTokenByHash, markApiTokenUsed } from '../storage/repositories/api-tokens.ts';
import { tokenPattern } from './create-api-token.ts';
import type { Deps } from './deps.ts';
import { tokenHash } from './security/hashing.ts';

/**
 * The actor for a bearer token, or undefined when the token is malformed, unknown, revoked or
 * expired. The caller answers all of these the same way (401).
 */
export async function resolveApiToken(deps: Deps, options: { token: string }): Promise<Actor | undefined> {
  if (typeof options.token !== 'string' || !tokenPattern.test(options.token)) return undefined;
  const row = await findApiTokenByHash(deps.db, tokenHash(options.token));
  const now = deps.clock().toISOString();
  if (!row || row.revoked_at !== null || (row.expires_at !== null && row.expires_at <= now)) return undefined;
  await markApiTokenUsed(deps.db, row.id, now);
  return {
    kind: 'api_token',
    tokenId: row.id,
    organisationId: row.organisation_id,
    role: row.role as TokenRole,
  };
}
