import { z } from 'zod';
import { tokenRoles, type Actor } from '../core/access/actor.ts';
import { AppError } from '../errors/catalogue.ts';
import { fieldTexts, zodMessage } from '../errors/field-messages.ts';
import { insertApiToken, type ApiTokenInfo } from '../storage/repositories/api-tokens.ts';
import { findOrganisation } from '../storage/repositories/organisations.ts';
import { entityId } from './breach-fields.ts';
import type { Deps } from './deps.ts';
import { randomSecret, tokenHash } from './security/hashing.ts';
import { audit } from './support/audit.ts';
import { authorize } from './support/authorize.ts';
import { newId, nowIso } from './support/ids.ts';
import { parseOptions } from './support/validate.ts';
import { invalidField } from '../errors/field-messages.ts';

export const createApiTokenSchema = z.object({
  organisationId: entityId,
  name: z.string().trim().min(1).max(100),
  role: z.enum(tokenRoles),
  expiresAt: z.iso
    .datetime({ error: zodMessage(fieldTexts.dateTime) })
    .nullable()
    .default(null),
});

export type CreateApiTokenOptions = { actor: Actor } & z.input<typeof createApiTokenSchema>;

/** Tokens look like `dlw_<8 characters>_<secret>`; the first part is the prefix shown in lists. */
export const tokenPattern = /^dlw_([A-Za-z0-9_-]{8})_[A-Za-z0-9_-]{43}$/;

/**
 * Creates an API token for one organisation (owners only). The token is returned once and
 * never again: only its SHA-256 hash is stored.
 */
export async function createApiToken(
  deps: Deps,
  options: CreateApiTokenOptions,
): Promise<{ token: string; info: ApiTokenInfo }> {
  const input = parseOptions(createApiTokenSchema, options);
  authorize(options.actor, 'token.manage', { type: 'organisation', organisationId: input.organisationId });
  // A token that is dead on arrival looks like a working one to whoever made it.
  if (input.expiresAt !== null && Date.parse(input.expiresAt) <= deps.clock().getTime())
    throw invalidField('expiresAt', {
      nl: 'Kies een moment in de toekomst.',
      en: 'Choose a moment in the future.',
    });
  return deps.db.transaction().execute(async (trx) => {
    if (!(await findOrganisation(trx, input.organisationId))) throw new AppError('not_found');
    const prefix = randomSecret(6).slice(0, 8);
    const token = `dlw_${prefix}_${randomSecret(32)}`;
    const info: ApiTokenInfo = {
      id: newId(deps),
      organisation_id: input.organisationId,
      name: input.name,
      prefix,
      role: input.role,
      created_by: options.actor.kind === 'user' ? options.actor.userId : null,
      created_at: nowIso(deps),
      expires_at: input.expiresAt,
      last_used_at: null,
      revoked_at: null,
    };
    await insertApiToken(trx, { ...info, token_hash: tokenHash(token) });
    await audit(deps, trx, {
      actor: options.actor,
      organisationId: input.organisationId,
      entityType: 'api_token',
      entityId: info.id,
      action: 'api_token.created',
      after: info,
    });
    return { token, info };
  });
}
