import type { Command } from 'commander';
import { seedDemo } from '../../demo/seed-demo.ts';
import { migrateToLatest } from '../../storage/migrate.ts';
import { openStorage, type Storage } from '../../storage/open-storage.ts';
import { CliUsageError, type CliIo } from '../io.ts';
import type { CliCommand } from './index.ts';

/**
 * Opens the database named by DATABASE_URL. Only that variable is read: migrating or seeding
 * needs no secrets, so it works before the server is configured.
 */
export async function openConfiguredStorage(io: CliIo, migrate: boolean): Promise<Storage> {
  const url = io.env.DATABASE_URL || 'sqlite:data/datalekwijzer.sqlite';
  if (!/^(sqlite:|postgres:\/\/|postgresql:\/\/)/.test(url))
    throw new CliUsageError('DATABASE_URL: expected sqlite:<path>, sqlite::memory: or postgres://…');
  return openStorage({ url, migrate });
}

/** `datalekwijzer db migrate` and `datalekwijzer db seed-demo`. */
export const dbCommand: CliCommand = {
  register(program: Command, io: CliIo) {
    const db = program
      .command('db')
      .description('Manage the database named by DATABASE_URL (default: sqlite:data/datalekwijzer.sqlite).');
    db.command('migrate')
      .description('Bring the database to the newest schema.')
      .action(async () => {
        const storage = await openConfiguredStorage(io, false);
        try {
          const applied = await migrateToLatest(storage.db);
          io.stdout.write(
            applied.length === 0
              ? 'The database is up to date.\n'
              : `Applied ${applied.length} migration(s): ${applied.join(', ')}\n`,
          );
        } finally {
          await storage.close();
        }
      });
    db.command('seed-demo')
      .description(
        'Fill the register with the real demo cases and create a demo login. Running it again changes nothing.',
      )
      .action(async () => {
        const storage = await openConfiguredStorage(io, true);
        try {
          const result = await seedDemo({ db: storage.db, clock: () => new Date() });
          io.stdout.write(
            result.created.length === 0
              ? 'The demo data was already there; nothing changed.\n'
              : `Added: ${result.created.join(', ')}\n`,
          );
          const { email, password, organisation } = result.demoLogin;
          io.stdout.write(
            password === null
              ? `Demo login: ${email} (the password was printed when it was first created).\n`
              : `Demo login for ${organisation}: ${email}  password: ${password}\n`,
          );
        } finally {
          await storage.close();
        }
      });
  },
};
