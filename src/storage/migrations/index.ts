import type { Migration } from 'kysely';

/**
 * Every migration, in order. Names sort by their number prefix; add new ones at the end
 * and never edit one that has shipped. One set serves SQLite and PostgreSQL.
 */
export const migrations: Record<string, Migration> = {};
