import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type pg from 'pg';
import type { DialectName } from './dialect.ts';
import { migrateToLatest } from './migrate.ts';
import { createPostgresPool, defaultPostgresLimits, type PostgresLimits } from './postgres-pool.ts';
import type { Database } from './schema.ts';

export interface Storage {
  db: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
  /** The raw SQLite handle (SQLite only), for hot read paths that keep prepared statements. */
  sqlite?: SqliteDatabase.Database;
  /**
   * A named prepared statement on PostgreSQL (PostgreSQL only), for hot read paths: each pooled
   * connection parses and plans it once. Goes through the same fault-handling pool as Kysely.
   */
  namedQuery?: <R>(query: { name: string; text: string; values: unknown[] }) => Promise<R[]>;
}

/**
 * Opens the database named by `url` and brings it to the latest migration.
 * `sqlite:<path>` (or `sqlite::memory:`) uses the embedded engine; `postgres://…` uses a pool.
 * @example const storage = await openStorage({ url: 'sqlite:data/datalekwijzer.sqlite' });
 */
export async function openStorage(options: {
  url: string;
  migrate?: boolean;
  poolSize?: number;
  /** PostgreSQL connection, statement and idle timeouts (DATABASE_*_TIMEOUT_MS). */
  limits?: Partial<PostgresLimits>;
  /**
   * Told when the database closes a connection the pool holds idle (restart, failover): the
   * pool drops it and opens a new one when needed. Default: one line on standard error.
   */
  onConnectionError?: (error: Error) => void;
}): Promise<Storage> {
  const { url } = options;
  let storage: Storage;
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const { pool } = createPostgresPool({
      url,
      max: options.poolSize ?? 10,
      limits: { ...defaultPostgresLimits, ...options.limits },
      onIdleError:
        options.onConnectionError ??
        ((error) =>
          process.stderr.write(`database connection lost (the pool reconnects): ${error.message}\n`)),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const namedQuery = async <R>(query: { name: string; text: string; values: unknown[] }): Promise<R[]> => {
      // The pool's clients are pg clients, whose query also takes a named statement.
      const client = (await pool.connect()) as unknown as pg.PoolClient;
      try {
        return (await client.query(query)).rows as R[];
      } finally {
        client.release();
      }
    };
    storage = { db, dialect: 'postgres', close: () => db.destroy(), namedQuery };
  } else if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const sqlite = new SqliteDatabase(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    storage = { db, dialect: 'sqlite', close: () => db.destroy(), sqlite };
  } else {
    throw new Error(`DATABASE_URL must start with sqlite: or postgres://, got "${url.split(':')[0]}:…"`);
  }
  if (options.migrate !== false) await migrateToLatest(storage.db);
  return storage;
}
