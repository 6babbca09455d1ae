import { z } from 'zod';
import type { Actor } from '../core/access/actor.ts';
import type { ApiTokenInfo } from '../storage/repositories/api-tokens.ts';
import { listApiTokensOf } from '../storage/repositories/listings.ts';
import { entityId } from './breach-fields.ts';
import type { Deps } from './deps.ts';
import { authorize } from './support/authorize.ts';
import { parseOptions } from './support/validate.ts';

export const listApiTokensSchema = z.object({ organisationId: entityId });

export type ListApiTokensOptions = { actor: Actor } & z.input<typeof listApiTokensSchema>;

/** An organisation's API tokens by name and prefix, never the token or its hash (owners only). */
export async function listApiTokens(deps: Deps, options: ListApiTokensOptions): Promise<ApiTokenInfo[]> {
  const input = parseOptions(listApiTokensSchema, options);
  authorize(options.actor, 'token.manage', { type: 'organisation', organisationId: input.organisationId });
  return listApiTokensOf(deps.db, input.organisationId);
}
