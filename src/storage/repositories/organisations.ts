import type { Kysely } from 'kysely';
import type { Organisation } from '../../core/accounts/records.ts';
import type { Database } from '../schema.ts';
import type { OrganisationsTable } from '../tables/accounts.ts';

/** The one mapping from an organisations row to the read model. */
export function toOrganisation(row: OrganisationsTable): Organisation {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    sector: row.sector,
    website: row.website,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function insertOrganisation(db: Kysely<Database>, org: Organisation): Promise<void> {
  await db
    .insertInto('organisations')
    .values({
      id: org.id,
      slug: org.slug,
      name: org.name,
      kind: org.kind,
      sector: org.sector,
      website: org.website,
      created_at: org.createdAt,
      updated_at: org.updatedAt,
    })
    .execute();
}

export async function findOrganisation(db: Kysely<Database>, id: string): Promise<Organisation | undefined> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toOrganisation(row);
}

export async function findOrganisationBySlug(
  db: Kysely<Database>,
  slug: string,
): Promise<Organisation | undefined> {
  const row = await db.selectFrom('organisations').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row && toOrganisation(row);
}

/** Names of the organisations with these ids. */
export async function organisationNames(db: Kysely<Database>, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}
