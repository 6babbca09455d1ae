import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { apiTokenInfoColumns, type ApiTokenInfo } from './api-tokens.ts';

/** An organisation's API tokens, newest first, without their hashes. */
export async function listApiTokensOf(db: Kysely<Database>, organisationId: string): Promise<ApiTokenInfo[]> {
  return db
    .selectFrom('api_tokens')
    .select(apiTokenInfoColumns)
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}
