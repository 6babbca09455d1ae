import { systemActor } from '../core/access/actor.ts';
import { findBreachIdBySlug } from '../storage/repositories/breaches.ts';
import { findOrganisationBySlug } from '../storage/repositories/organisations.ts';
import { findUserByEmail } from '../storage/repositories/users.ts';
import { addBreachUpdate } from '../use-cases/add-breach-update.ts';
import { addMember } from '../use-cases/add-member.ts';
import { createOrganisation } from '../use-cases/create-organisation.ts';
import { createUser } from '../use-cases/create-user.ts';
import type { BreachDeps } from '../use-cases/deps.ts';
import { publishBreach } from '../use-cases/publish-breach.ts';
import { registerBreach } from '../use-cases/register-breach.ts';
import { resetPassword } from '../use-cases/reset-password.ts';
import { reviseAffectedCount } from '../use-cases/revise-affected-count.ts';
import { generatePassword } from '../use-cases/security/passwords.ts';
import { demoCases, demoLoginEmail, demoOrganisations, type DemoCase } from './demo-cases.ts';
import { seedDemoKamervragen } from './demo-kamervragen.ts';

export interface SeedDemoResult {
  /** Slugs of organisations and breaches created in this run (empty on a second run). */
  created: string[];
  /** The demo owner's login; `password` is null when the account already existed. */
  demoLogin: { email: string; password: string | null; organisation: string };
}

async function organisationId(
  deps: BreachDeps,
  key: keyof typeof demoOrganisations,
  created: string[],
): Promise<string> {
  const spec = demoOrganisations[key];
  const existing = await findOrganisationBySlug(deps.db, spec.slug);
  if (existing) return existing.id;
  created.push(spec.slug);
  return (await createOrganisation(deps, { actor: systemActor, ...spec })).id;
}

async function seedCase(deps: BreachDeps, demoCase: DemoCase, created: string[]): Promise<void> {
  const orgId = await organisationId(deps, demoCase.organisation, created);
  const otherParties = [];
  for (const party of demoCase.otherParties)
    otherParties.push({
      organisationId: await organisationId(deps, party.organisation, created),
      role: party.role,
    });
  if (await findBreachIdBySlug(deps.db, demoCase.content.slug)) return;
  const actor = systemActor;
  const breach = await registerBreach(deps, {
    actor,
    organisationId: orgId,
    ...demoCase.content,
    otherParties,
  });
  let version = breach.version;
  for (const count of demoCase.counts)
    version = (
      await reviseAffectedCount(deps, { actor, breachId: breach.id, expectedVersion: version, ...count })
    ).breach.version;
  for (const update of demoCase.updates)
    version = (
      await addBreachUpdate(deps, { actor, breachId: breach.id, expectedVersion: version, ...update })
    ).version;
  if (demoCase.publish) await publishBreach(deps, { actor, breachId: breach.id, expectedVersion: version });
  created.push(demoCase.content.slug);
}

/**
 * Fills the register with the real cases from the sources, a demo organisation with one draft,
 * and a demo owner login with a random password. Seeding again changes nothing, unless
 * `rotateDemoPassword` asks for a new demo password (the start command prints it each time).
 * @example const { demoLogin } = await seedDemo({ db, clock: () => new Date() });
 */
export async function seedDemo(
  deps: BreachDeps,
  options: { rotateDemoPassword?: boolean } = {},
): Promise<SeedDemoResult> {
  const created: string[] = [];
  for (const demoCase of demoCases) await seedCase(deps, demoCase, created);
  // Idempotent on its own: unchanged sets are left alone and links are not made twice.
  await seedDemoKamervragen(deps);
  const demoOrg = await organisationId(deps, 'demo', created);
  let password: string | null = null;
  if (!(await findUserByEmail(deps.db, demoLoginEmail))) {
    password = generatePassword();
    await createUser(deps, {
      actor: systemActor,
      email: demoLoginEmail,
      displayName: 'Demo-eigenaar',
      password,
    });
    await addMember(deps, {
      actor: systemActor,
      organisationId: demoOrg,
      email: demoLoginEmail,
      role: 'owner',
    });
    created.push(demoLoginEmail);
  } else if (options.rotateDemoPassword) {
    // Only a hash is stored, so a demo start that wants to print a login sets a fresh password.
    password = generatePassword();
    await resetPassword(deps, { actor: systemActor, email: demoLoginEmail, password });
  }
  return {
    created,
    demoLogin: { email: demoLoginEmail, password, organisation: demoOrganisations.demo.name },
  };
}
