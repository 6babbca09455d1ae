import type { Kysely } from 'kysely';
import { systemActor, type Actor, type OrganisationRole } from '../../src/core/access/actor.ts';
import type { Database } from '../../src/storage/schema.ts';
import { addMember } from '../../src/use-cases/add-member.ts';
import {
  createOrganisation,
  type CreateOrganisationOptions,
} from '../../src/use-cases/create-organisation.ts';
import { createUser, type CreateUserOptions } from '../../src/use-cases/create-user.ts';
import type { SecretDeps } from '../../src/use-cases/deps.ts';
import type { RegisterBreachOptions } from '../../src/use-cases/register-breach.ts';
import { userActor } from '../../src/use-cases/resolve-session.ts';

let counter = 0;
function next(): number {
  counter += 1;
  return counter;
}

/** A clock that tests can move forward. */
export function testClock(start = '2026-03-01T10:00:00.000Z'): {
  now: () => Date;
  advance(seconds: number): void;
} {
  let time = Date.parse(start);
  return {
    now: () => new Date(time),
    advance(seconds: number) {
      time += seconds * 1000;
    },
  };
}

/** Dependencies for use cases over a test database, with a movable clock. */
export function testDeps(db: Kysely<Database>) {
  const clock = testClock();
  const deps: SecretDeps = {
    db,
    clock: clock.now,
    sessionSecret: 'test-secret-test-secret-test-secret-0123',
  };
  return { deps, clock };
}

/** Options for `createOrganisation` (without actor). */
export function buildOrganisation(
  overrides: Partial<Omit<CreateOrganisationOptions, 'actor'>> = {},
): Omit<CreateOrganisationOptions, 'actor'> {
  const n = next();
  return {
    name: `Organisatie ${n}`,
    kind: 'company',
    sector: 'retail',
    website: `https://org${n}.example`,
    ...overrides,
  };
}

/** Options for `createUser` (without actor); each call a new e-mail address. */
export function buildUser(
  overrides: Partial<Omit<CreateUserOptions, 'actor'>> = {},
): Omit<CreateUserOptions, 'actor'> {
  const n = next();
  return {
    email: `person${n}@example.test`,
    displayName: `Persoon ${n}`,
    password: `a long password ${n}!`,
    ...overrides,
  };
}

/** Options for `registerBreach` (without actor) for `organisationId`: a small, complete breach. */
export function buildBreach(
  organisationId: string,
  overrides: Partial<Omit<RegisterBreachOptions, 'actor' | 'organisationId'>> = {},
): Omit<RegisterBreachOptions, 'actor'> {
  const n = next();
  return {
    organisationId,
    title: { nl: `Datalek nummer ${n}`, en: `Data breach number ${n}` },
    sector: 'retail',
    description: { nl: 'Iemand kon klantgegevens inzien.', en: 'Someone could see customer data.' },
    discoveredOn: '2026-02-01',
    authorityNotifiedOn: '2026-02-03',
    victimsNotifiedOn: '2026-02-20',
    dataCategories: ['name', 'email'],
    recipientGroups: [{ name: { nl: 'Klanten', en: 'Customers' }, certainty: 'confirmed', count: 1200 }],
    measures: [{ nl: 'Wachtwoorden gewijzigd.', en: 'Passwords changed.' }],
    helpline: { phone: '0800-0000', hours: { nl: 'Werkdagen 9-17 uur', en: 'Working days 9-17' }, url: null },
    sources: [{ title: 'Nieuwsbericht', url: `https://news.example/item-${n}`, kind: 'organisation' }],
    peopleAffected: {
      count: 1200,
      effectiveOn: '2026-02-01',
      reason: { nl: 'Eerste telling.', en: 'First count.' },
    },
    ...overrides,
  };
}

/** A user with `role` in `organisationId`, and their actor. */
export async function memberOf(
  deps: SecretDeps,
  organisationId: string,
  role: OrganisationRole,
): Promise<{ userId: string; email: string; password: string; actor: Actor }> {
  const input = buildUser();
  const user = await createUser(deps, { actor: systemActor, ...input });
  await addMember(deps, { actor: systemActor, organisationId, email: input.email, role });
  return {
    userId: user.id,
    email: input.email,
    password: input.password,
    actor: await userActor(deps, user),
  };
}

/**
 * Two organisations, A and B, each with an owner, editor and viewer, and a platform
 * administrator who is a member of neither: the cast of the access tests.
 */
export async function buildWorld(deps: SecretDeps) {
  const orgA = await createOrganisation(deps, { actor: systemActor, ...buildOrganisation() });
  const orgB = await createOrganisation(deps, { actor: systemActor, ...buildOrganisation() });
  const adminInput = buildUser({ platformAdmin: true });
  const admin = await createUser(deps, { actor: systemActor, ...adminInput });
  return {
    orgA,
    orgB,
    ownerA: await memberOf(deps, orgA.id, 'owner'),
    editorA: await memberOf(deps, orgA.id, 'editor'),
    viewerA: await memberOf(deps, orgA.id, 'viewer'),
    ownerB: await memberOf(deps, orgB.id, 'owner'),
    editorB: await memberOf(deps, orgB.id, 'editor'),
    admin: { userId: admin.id, actor: await userActor(deps, admin) },
  };
}
