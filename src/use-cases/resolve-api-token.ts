import { isTokenRole, type Actor } from '../core/access/actor.ts';
import { findApiTokenByHash, markApiTokenUsed } from '../storage/repositories/api-tokens.ts';
import { tokenPattern } from './create-api-token.ts';
import type { Deps } from './deps.ts';
import { tokenHash } from './security/hashing.ts';

/**
 * The actor for a bearer token, or undefined when the token is malformed, unknown, revoked,
 * expired, or its stored role is not one a token may carry (a row altered by hand or by an old
 * version never grants more than the policy knows). The caller answers all of these with 401.
 */
export async function resolveApiToken(deps: Deps, options: { token: string }): Promise<Actor | undefined> {
  if (typeof options.token !== 'string' || !tokenPattern.test(options.token)) return undefined;
  const row = await findApiTokenByHash(deps.db, tokenHash(options.token));
  const now = deps.clock().toISOString();
  if (!row || row.revoked_at !== null || (row.expires_at !== null && row.expires_at <= now)) return undefined;
  const role = row.role;
  if (!isTokenRole(role)) return undefined;
  await markApiTokenUsed(deps.db, row.id, now);
  return {
    kind: 'api_token',
    tokenId: row.id,
    organisationId: row.organisation_id,
    role,
  };
}
