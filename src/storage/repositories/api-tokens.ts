import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { ApiTokensTable } from '../tables/accounts.ts';

/** A token as shown to its organisation: never the hash. */
export type ApiTokenInfo = Omit<ApiTokensTable, 'token_hash'>;

export async function insertApiToken(db: Kysely<Database>, row: ApiTokensTable): Promise<void> {
  await db.insertInto('api_tokens').values(row).execute();
}

export async function findApiTokenByHash(
  db: Kysely<Database>,
  hash: string,
): Promise<ApiTokensTable | undefined> {
  return db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hash).executeTakeFirst();
}

/** Every column of a token but its hash: what leaves storage. */
export const apiTokenInfoColumns = [
  'id',
  'organisation_id',
  'name',
  'prefix',
  'role',
  'created_by',
  'created_at',
  'expires_at',
  'last_used_at',
  'revoked_at',
] as const satisfies readonly (keyof ApiTokenInfo)[];

export async function findApiToken(db: Kysely<Database>, id: string): Promise<ApiTokenInfo | undefined> {
  return db.selectFrom('api_tokens').select(apiTokenInfoColumns).where('id', '=', id).executeTakeFirst();
}

export async function markApiTokenUsed(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

export async function revokeApiTokenRow(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}
