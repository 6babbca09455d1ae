import { z } from 'zod';
import type { Actor } from '../core/access/actor.ts';
import { can } from '../core/access/policy.ts';
import { AppError } from '../errors/catalogue.ts';
import { findApiToken, revokeApiTokenRow, type ApiTokenInfo } from '../storage/repositories/api-tokens.ts';
import { entityId } from './breach-fields.ts';
import type { Deps } from './deps.ts';
import { audit } from './support/audit.ts';
import { nowIso } from './support/ids.ts';
import { parseOptions } from './support/validate.ts';

export const revokeApiTokenSchema = z.object({ tokenId: entityId });

export type RevokeApiTokenOptions = { actor: Actor } & z.input<typeof revokeApiTokenSchema>;

/** Revokes a token at once (owners of its organisation). Revoking twice changes nothing. */
export async function revokeApiToken(deps: Deps, options: RevokeApiTokenOptions): Promise<ApiTokenInfo> {
  const input = parseOptions(revokeApiTokenSchema, options);
  return deps.db.transaction().execute(async (trx) => {
    const before = await findApiToken(trx, input.tokenId);
    if (
      !before ||
      !can(options.actor, 'token.manage', { type: 'organisation', organisationId: before.organisation_id })
    )
      throw new AppError('not_found');
    if (before.revoked_at !== null) return before;
    const at = nowIso(deps);
    await revokeApiTokenRow(trx, before.id, at);
    const after = { ...before, revoked_at: at };
    await audit(deps, trx, {
      actor: options.actor,
      organisationId: before.organisation_id,
      entityType: 'api_token',
      entityId: before.id,
      action: 'api_token.revoked',
      before,
      after,
    });
    return after;
  });
}
