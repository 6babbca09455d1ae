import type { AssessmentTables } from './tables/assessments.ts';
import type {
  ApiTokensTable,
  AuditLogTable,
  LoginFailuresTable,
  MembershipsTable,
  OrganisationsTable,
  SessionsTable,
  UsersTable,
} from './tables/accounts.ts';
import type {
  BreachCountRevisionsTable,
  BreachDataCategoriesTable,
  BreachesTable,
  BreachPartiesTable,
  BreachRecipientGroupsTable,
  BreachSourcesTable,
  BreachUpdatesTable,
} from './tables/breaches.ts';
import type { HibpSourceTables } from './tables/hibp-sources.ts';
import type { KamervragenTables } from './tables/kamervragen.ts';
import type { KamervragenRejectionTables } from './tables/kamervragen-rejections.ts';
import type { LetterJobTables } from './tables/letter-jobs.ts';
import type { LetterVariantTables } from './tables/letter-variants.ts';

interface AccountTables {
  organisations: OrganisationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_failures: LoginFailuresTable;
  audit_log: AuditLogTable;
}

interface BreachTables {
  breaches: BreachesTable;
  breach_parties: BreachPartiesTable;
  breach_count_revisions: BreachCountRevisionsTable;
  breach_data_categories: BreachDataCategoriesTable;
  breach_recipient_groups: BreachRecipientGroupsTable;
  breach_updates: BreachUpdatesTable;
  breach_sources: BreachSourcesTable;
}

/**
 * The database schema as Kysely sees it. Each table's row type lives in `tables/` next to
 * its repository; this interface joins them. Columns are portable between SQLite and
 * PostgreSQL: ids and timestamps are text (ISO 8601, UTC), booleans are integers 0/1,
 * structured values are JSON text.
 */
export interface Database
  extends
    AccountTables,
    BreachTables,
    KamervragenTables,
    KamervragenRejectionTables,
    LetterJobTables,
    AssessmentTables,
    LetterVariantTables,
    HibpSourceTables {}
