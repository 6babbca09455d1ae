import type { Kysely } from 'kysely';
import type { OrganisationRole } from '../../core/access/actor.ts';
import type { MemberListing, Organisation } from '../../core/accounts/records.ts';
import type { Database } from '../schema.ts';
import { toOrganisation } from './organisations.ts';

/** The members of an organisation, by name. */
export async function listMembers(db: Kysely<Database>, organisationId: string): Promise<MemberListing[]> {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.display_name', 'u.email', 'm.role'])
    .where('m.organisation_id', '=', organisationId)
    .orderBy('u.display_name')
    .orderBy('u.id')
    .execute();
  return rows.map((row) => ({
    userId: row.id,
    displayName: row.display_name,
    email: row.email,
    role: row.role as OrganisationRole,
  }));
}

/** Every organisation, by name. */
export async function listAllOrganisations(db: Kysely<Database>): Promise<Organisation[]> {
  const rows = await db.selectFrom('organisations').selectAll().orderBy('name').orderBy('id').execute();
  return rows.map(toOrganisation);
}

/** The organisations with these ids, by name. */
export async function organisationsByIds(db: Kysely<Database>, ids: string[]): Promise<Organisation[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('organisations')
    .selectAll()
    .where('id', 'in', ids)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(toOrganisation);
}
