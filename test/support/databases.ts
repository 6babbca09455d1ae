import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStorage, type Storage } from '../../src/storage/open-storage.ts';

/** The engines a storage test runs against. PostgreSQL is skipped (with its reason) when unreachable. */
export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  /** Why this engine is skipped on this machine, or undefined when it runs. */
  skip: string | undefined;
  /** A fresh, migrated, empty database; closed and dropped by `dispose`. */
  open(): Promise<Storage & { dispose(): Promise<void> }>;
}

const adminUrl = process.env.DLW_TEST_POSTGRES_URL;

function postgresSkipReason(): string | undefined {
  if (adminUrl) return undefined;
  return (
    process.env.DLW_TEST_POSTGRES_SKIP ?? 'DLW_TEST_POSTGRES_URL is not set (run the tests with `npm test`)'
  );
}

/**
 * Creates an empty database for one test. Two CREATE DATABASE statements at once fail
 * ("template1 is being accessed by other users") when test files run in parallel, so creation
 * is serialised with an advisory lock.
 */
export async function createTestDatabase(): Promise<{ name: string; url: string }> {
  if (!adminUrl) throw new Error('PostgreSQL is not configured for tests');
  const name = `dlw_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(724310)');
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock(724310)').catch(() => undefined);
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

/**
 * Drops a test database once its connections are gone. A closed pg pool says it has ended
 * before the server has seen every connection close; dropping WITH (FORCE) at that moment
 * kills a connection whose client then raises an error nobody listens to. So wait for the
 * server to see them go, and force only connections that linger past the wait.
 */
export async function dropTestDatabase(name: string): Promise<void> {
  if (!adminUrl) return;
  const cleanup = new pg.Client({ connectionString: adminUrl });
  await cleanup.connect();
  try {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const { rows } = await cleanup.query<{ n: string }>(
        'SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1',
        [name],
      );
      if (Number(rows[0]?.n ?? 0) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await cleanup.end();
  }
}

async function openPostgres(): Promise<Storage & { dispose(): Promise<void> }> {
  const { name, url } = await createTestDatabase();
  const storage = await openStorage({ url, poolSize: 4 });
  return {
    ...storage,
    async dispose() {
      await storage.close();
      await dropTestDatabase(name);
    },
  };
}

async function openSqlite(): Promise<Storage & { dispose(): Promise<void> }> {
  const storage = await openStorage({ url: 'sqlite::memory:' });
  return { ...storage, dispose: () => storage.close() };
}

export const testDatabases: TestDatabase[] = [
  { name: 'sqlite', skip: undefined, open: openSqlite },
  { name: 'postgres', skip: postgresSkipReason(), open: openPostgres },
];
