import type { Kysely } from 'kysely';
import type { OrganisationRole } from '../../core/access/actor.ts';
import type { Membership, User } from '../../core/accounts/records.ts';
import type { Database } from '../schema.ts';
import type { UsersTable } from '../tables/accounts.ts';

function toUser(row: UsersTable): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    platformAdmin: row.platform_admin === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** E-mail addresses are compared lower-cased and trimmed. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function insertUser(db: Kysely<Database>, user: User & { passwordHash: string }): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: user.id,
      email: normaliseEmail(user.email),
      display_name: user.displayName,
      password_hash: user.passwordHash,
      platform_admin: user.platformAdmin ? 1 : 0,
      created_at: user.createdAt,
      updated_at: user.updatedAt,
    })
    .execute();
}

/** Replaces a user's password hash; every open session of that user should end with it. */
export async function updatePasswordHash(
  db: Kysely<Database>,
  userId: string,
  passwordHash: string,
  updatedAt: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: updatedAt })
    .where('id', '=', userId)
    .execute();
}

export async function findUser(db: Kysely<Database>, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

/** The user with this e-mail and the password hash, for signing in only. */
export async function findUserForLogin(
  db: Kysely<Database>,
  email: string,
): Promise<(User & { passwordHash: string }) | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', normaliseEmail(email))
    .executeTakeFirst();
  return row && { ...toUser(row), passwordHash: row.password_hash };
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', normaliseEmail(email))
    .executeTakeFirst();
  return row && toUser(row);
}

export async function membershipsOf(db: Kysely<Database>, userId: string): Promise<Membership[]> {
  const rows = await db.selectFrom('memberships').selectAll().where('user_id', '=', userId).execute();
  return rows.map((row) => ({
    userId: row.user_id,
    organisationId: row.organisation_id,
    role: row.role as OrganisationRole,
  }));
}

export async function findMembership(
  db: Kysely<Database>,
  userId: string,
  organisationId: string,
): Promise<Membership | undefined> {
  const row = await db
    .selectFrom('memberships')
    .selectAll()
    .where('user_id', '=', userId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return (
    row && { userId: row.user_id, organisationId: row.organisation_id, role: row.role as OrganisationRole }
  );
}

export async function insertMembership(
  db: Kysely<Database>,
  membership: Membership,
  at: string,
): Promise<void> {
  await db
    .insertInto('memberships')
    .values({
      user_id: membership.userId,
      organisation_id: membership.organisationId,
      role: membership.role,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export async function updateMembershipRole(
  db: Kysely<Database>,
  membership: Membership,
  at: string,
): Promise<void> {
  await db
    .updateTable('memberships')
    .set({ role: membership.role, updated_at: at })
    .where('user_id', '=', membership.userId)
    .where('organisation_id', '=', membership.organisationId)
    .execute();
}

export async function countOwners(db: Kysely<Database>, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
