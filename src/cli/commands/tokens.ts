import type { Command } from 'commander';
import { defaultTokenRole, isTokenRole, systemActor } from '../../core/access/actor.ts';
import { AppError } from '../../errors/catalogue.ts';
import { findOrganisation, findOrganisationBySlug } from '../../storage/repositories/organisations.ts';
import { createApiToken } from '../../use-cases/create-api-token.ts';
import { revokeApiToken } from '../../use-cases/revoke-api-token.ts';
import { CliUsageError, type CliIo } from '../io.ts';
import { openConfiguredStorage } from './db.ts';
import type { CliCommand } from './index.ts';

interface CreateFlags {
  org: string;
  name: string;
  role?: string;
  expires?: string;
}

function explain(error: unknown): never {
  if (error instanceof AppError && error.code === 'validation_failed')
    throw new CliUsageError(error.fieldErrors.map((e) => `${e.path}: ${e.message.en}`).join('\n'));
  throw error;
}

/**
 * `datalekwijzer tokens create --org <slug or id> --name <label> [--role owner|editor|viewer]
 * [--expires <ISO time>]` prints a new API token once (only its hash is stored), and
 * `datalekwijzer tokens revoke <id>` stops one at once. Run by the operator (system actor).
 */
export const tokensCommand: CliCommand = {
  register(program: Command, io: CliIo) {
    const tokens = program.command('tokens').description('Manage API tokens of organisations.');
    tokens
      .command('create')
      .description('Create an API token for one organisation; the token is printed once.')
      .requiredOption('--org <organisation>', 'slug or id of the organisation')
      .requiredOption('--name <label>', 'what the token is for, such as "website sync"')
      .option(
        '--role <role>',
        'editor (changes breaches), viewer (reads own drafts) or owner (also publishes and reads the audit log; ask for it only when needed)',
        defaultTokenRole,
      )
      .option('--expires <time>', 'when the token stops working, such as 2027-12-31T23:59:59Z')
      .action(async (flags: CreateFlags) => {
        const role = flags.role ?? defaultTokenRole;
        if (!isTokenRole(role))
          throw new CliUsageError(`--role expects owner, editor or viewer, not "${role}".`);
        const storage = await openConfiguredStorage(io, true);
        try {
          const org =
            (await findOrganisationBySlug(storage.db, flags.org)) ??
            (await findOrganisation(storage.db, flags.org));
          if (!org) throw new CliUsageError(`No organisation "${flags.org}".`);
          const { token, info } = await createApiToken(
            { db: storage.db, clock: () => new Date() },
            {
              actor: systemActor,
              organisationId: org.id,
              name: flags.name,
              role,
              expiresAt: flags.expires ?? null,
            },
          ).catch(explain);
          io.stdout.write(
            `Created API token "${info.name}" (${info.role}) for ${org.name}.\n` +
              `Organisation id: ${org.id}\n` +
              `Token id: ${info.id}\n` +
              `Token (shown once, keep it secret): ${token}\n` +
              'Use it as: Authorization: Bearer <token>  (never in a URL)\n',
          );
        } finally {
          await storage.close();
        }
      });
    tokens
      .command('revoke')
      .description('Revoke an API token at once.')
      .argument('<tokenId>', 'the token id printed when it was created')
      .action(async (tokenId: string) => {
        const storage = await openConfiguredStorage(io, true);
        try {
          const info = await revokeApiToken(
            { db: storage.db, clock: () => new Date() },
            { actor: systemActor, tokenId },
          ).catch((error: unknown) => {
            if (error instanceof AppError && error.code === 'not_found')
              throw new CliUsageError(`No API token with id "${tokenId}".`);
            return explain(error);
          });
          io.stdout.write(`Revoked API token "${info.name}" (${info.id}).\n`);
        } finally {
          await storage.close();
        }
      });
  },
};
