/**
 * The database schema as Kysely sees it. Each table's row type lives in `tables/` next to
 * its repository; this interface joins them. Columns are portable between SQLite and
 * PostgreSQL: ids and timestamps are text (ISO 8601, UTC), booleans are integers 0/1,
 * structured values are JSON text.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Database {}
