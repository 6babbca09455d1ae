import { z } from 'zod';

// Storage: which database, and how long to wait for it before giving up.

export const storageSchema = {
  DATABASE_URL: z
    .string()
    .regex(
      /^(sqlite:|postgres:\/\/|postgresql:\/\/)/,
      'expected sqlite:<path>, sqlite::memory: or postgres://…',
    )
    .default('sqlite:data/datalekwijzer.sqlite'),
  DATABASE_CONNECT_TIMEOUT_MS: milliseconds(5_000),
  DATABASE_STATEMENT_TIMEOUT_MS: milliseconds(15_000),
  DATABASE_IDLE_TIMEOUT_MS: milliseconds(30_000),
  /** `/health` answers 503 when the database has not answered `select 1` within this time. */
  HEALTH_TIMEOUT_MS: milliseconds(2_000),
};

/** A duration in milliseconds, from 100 ms to 10 minutes. */
function milliseconds(fallback: number) {
  const message = 'expected a whole number of milliseconds from 100 to 600000';
  return z.coerce
    .number({ error: message })
    .int(message)
    .min(100, message)
    .max(600_000, message)
    .default(fallback);
}
