import type { PostgresPool, PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { isStorageUnavailable } from './storage-faults.ts';

/** Limits on every PostgreSQL connection, in milliseconds (docs/configuration.md, Storage). */
export interface PostgresLimits {
  /** Waiting for a new connection (or a free one from the pool) gives up after this long. */
  connectTimeoutMs: number;
  /** The server cancels a statement that runs longer; the client stops waiting a moment later. */
  statementTimeoutMs: number;
  /** An unused connection is closed after this long. */
  idleTimeoutMs: number;
}

export const defaultPostgresLimits: PostgresLimits = {
  connectTimeoutMs: 5_000,
  statementTimeoutMs: 15_000,
  idleTimeoutMs: 30_000,
};

/** Extra time the client waits beyond the server's statement timeout before giving up itself. */
const clientGraceMs = 2_000;

/**
 * A pg pool that survives the database's faults:
 * - an `'error'` listener, so a connection the server closes while idle (restart, failover,
 *   `pg_terminate_backend`, a firewall) is reported instead of killing the process;
 * - connection, statement and idle timeouts, and a client-side read timeout for a server that
 *   accepts connections but stops answering;
 * - a connection on which a query failed because the database went away is destroyed on
 *   release instead of going back to the pool, so the next request gets a fresh one.
 */
export function createPostgresPool(options: {
  url: string;
  max: number;
  limits: PostgresLimits;
  onIdleError: (error: Error) => void;
}): { pool: PostgresPool; raw: pg.Pool } {
  const { limits } = options;
  const raw = new pg.Pool({
    connectionString: options.url,
    max: options.max,
    connectionTimeoutMillis: limits.connectTimeoutMs,
    idleTimeoutMillis: limits.idleTimeoutMs,
    statement_timeout: limits.statementTimeoutMs,
    idle_in_transaction_session_timeout: limits.statementTimeoutMs * 2,
    query_timeout: limits.statementTimeoutMs + clientGraceMs,
    keepAlive: true,
  });
  raw.on('error', options.onIdleError);
  const pool: PostgresPool = {
    async connect(): Promise<PostgresPoolClient> {
      const client = await raw.connect();
      let broken: Error | undefined;
      // A client with no listener of its own would also bring the process down on a late error.
      const onClientError = (error: Error) => {
        broken = error;
      };
      client.on('error', onClientError);
      const wrapped = {
        query(...args: unknown[]) {
          const result: unknown = (client.query as (...a: unknown[]) => unknown).apply(client, args);
          if (result instanceof Promise) {
            result.catch((error: unknown) => {
              if (isStorageUnavailable(error))
                broken = error instanceof Error ? error : new Error(String(error));
            });
          }
          return result;
        },
        release() {
          client.off('error', onClientError);
          client.release(broken ?? false);
        },
      };
      // pg's query is overloaded (text or cursor); the wrapper passes either through unchanged.
      return wrapped as unknown as PostgresPoolClient;
    },
    end: () => raw.end(),
  };
  return { pool, raw };
}
