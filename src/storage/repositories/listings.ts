import type { Kysely } from 'kysely';
import type { OrganisationRole } from '../../core/access/actor.ts';
import type { Database } from '../schema.ts';
import { apiTokenInfoColumns, type ApiTokenInfo } from './api-tokens.ts';

export interface MemberRow {
  userId: string;
  email: string;
  displayName: string;
  role: OrganisationRole;
  since: string;
}

/** The members of an organisation with their roles, by name. */
export async function listMembersOf(db: Kysely<Database>, organisationId: string): Promise<MemberRow[]> {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.email', 'u.display_name', 'm.role', 'm.created_at'])
    .where('m.organisation_id', '=', organisationId)
    .orderBy('u.display_name')
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({
    userId: r.id,
    email: r.email,
    displayName: r.display_name,
    role: r.role as OrganisationRole,
    since: r.created_at,
  }));
}

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
