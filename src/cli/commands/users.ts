import type { Command } from 'commander';
import { systemActor, organisationRoles, type OrganisationRole } from '../../core/access/actor.ts';
import { AppError } from '../../errors/catalogue.ts';
import { findOrganisation, findOrganisationBySlug } from '../../storage/repositories/organisations.ts';
import { findUserByEmail } from '../../storage/repositories/users.ts';
import { addMember } from '../../use-cases/add-member.ts';
import { createUser } from '../../use-cases/create-user.ts';
import { generatePassword } from '../../use-cases/security/passwords.ts';
import { CliUsageError, type CliIo } from '../io.ts';
import { openConfiguredStorage } from './db.ts';
import type { CliCommand } from './index.ts';

interface CreateFlags {
  email: string;
  name?: string;
  org?: string;
  role?: string;
  platformAdmin?: boolean;
}

function isRole(value: string): value is OrganisationRole {
  return (organisationRoles as readonly string[]).includes(value);
}

/**
 * `datalekwijzer users create --email … [--org <slug or id> --role owner|editor|viewer] [--platform-admin]`:
 * creates an account with a random password (printed once) or gives an existing account a role.
 */
export const usersCommand: CliCommand = {
  register(program: Command, io: CliIo) {
    const users = program.command('users').description('Manage user accounts.');
    users
      .command('create')
      .description(
        'Create an account with a random password (printed once), and give it a role in an organisation.',
      )
      .requiredOption('--email <email>', 'the e-mail address to sign in with')
      .option('--name <name>', 'display name (default: the part before @)')
      .option('--org <organisation>', 'slug or id of the organisation')
      .option('--role <role>', 'owner, editor or viewer (with --org)', 'viewer')
      .option('--platform-admin', 'may manage organisations and people')
      .action(async (flags: CreateFlags) => {
        const role = flags.role ?? 'viewer';
        if (!isRole(role)) throw new CliUsageError(`--role expects owner, editor or viewer, not "${role}".`);
        const storage = await openConfiguredStorage(io, true);
        try {
          const deps = { db: storage.db, clock: () => new Date() };
          let orgId: string | undefined;
          if (flags.org) {
            const org =
              (await findOrganisationBySlug(storage.db, flags.org)) ??
              (await findOrganisation(storage.db, flags.org));
            if (!org) throw new CliUsageError(`No organisation "${flags.org}".`);
            orgId = org.id;
          }
          let password: string | undefined;
          const existing = await findUserByEmail(storage.db, flags.email);
          // Granting platform rights to an existing account is not what this command does; saying
          // "unchanged" with exit 0 would let the operator believe it had.
          if (existing && flags.platformAdmin && !existing.platformAdmin)
            throw new CliUsageError(
              `${flags.email} already has an account; --platform-admin only applies when an account is created. Nothing was changed.`,
            );
          if (!existing) {
            password = generatePassword();
            await createUser(deps, {
              actor: systemActor,
              email: flags.email,
              displayName: flags.name ?? flags.email.split('@')[0] ?? flags.email,
              password,
              platformAdmin: flags.platformAdmin ?? false,
            });
          }
          if (orgId)
            await addMember(deps, { actor: systemActor, organisationId: orgId, email: flags.email, role });
          io.stdout.write(
            password
              ? `Created ${flags.email}. Password (shown once): ${password}\n`
              : `${flags.email} already had an account; its password is unchanged.\n`,
          );
          if (orgId) io.stdout.write(`Role in ${flags.org}: ${role}\n`);
        } catch (error) {
          if (error instanceof AppError && error.code === 'validation_failed')
            throw new CliUsageError(error.fieldErrors.map((e) => `${e.path}: ${e.message.en}`).join('\n'));
          throw error;
        } finally {
          await storage.close();
        }
      });
  },
};
