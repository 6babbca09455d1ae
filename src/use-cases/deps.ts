import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.ts';

/** What every use case needs, passed in (never imported) so that tests control time and ids. */
export interface Deps {
  db: Kysely<Database>;
  /** The current time; tests pass a fixed clock. */
  clock: () => Date;
  /** New row ids; defaults to random UUIDs. */
  newId?: () => string;
}

/** Use cases that hash session ids or throttle keys need the server's secret. */
export interface SecretDeps extends Deps {
  /** SESSION_SECRET from the configuration (at least 32 bytes). */
  sessionSecret: string;
}

/** Use cases that check kinds of data accept the knowledge base's (possibly extended) list. */
export interface BreachDeps extends Deps {
  categoryIds?: ReadonlySet<string>;
}
