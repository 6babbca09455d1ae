import type { Operator } from './operator.ts';
import type { LogLevel, TrustProxy } from './web.ts';

/** The validated configuration every adapter receives; `loadConfig` builds it. */
export interface Config {
  /** `production` requires real secrets; `demo` and `development` generate them once. */
  mode: 'production' | 'development' | 'demo';
  port: number;
  host: string;
  /** The public address of the site, without a trailing slash. */
  baseUrl: string;
  databaseUrl: string;
  /** PostgreSQL connection limits in milliseconds (DATABASE_*_TIMEOUT_MS). */
  databaseLimits: { connectTimeoutMs: number; statementTimeoutMs: number; idleTimeoutMs: number };
  /** How long `/health` waits for the database before answering 503 (HEALTH_TIMEOUT_MS). */
  healthTimeoutMs: number;
  /** Searches (register, kamervragen) served at once; more are shed with 503 (SEARCH_CONCURRENCY). */
  searchConcurrency: number;
  /** Path of the design tokens file; undefined means the built-in brand-neutral theme. */
  theme: string | undefined;
  /** Where the source code of this installation is published (linked from every page when set). */
  sourceUrl: string | undefined;
  /** Where API clients write with questions (API_CONTACT_EMAIL); `info.contact.email` of the OpenAPI document. */
  apiContactEmail: string | undefined;
  logLevel: LogLevel;
  trustProxy: TrustProxy;
  /** Signs session cookies and CSRF tokens. */
  sessionSecret: string;
  /** Keys the personal codes printed on letters. */
  codeSecret: string;
  /** Code look-ups allowed per client per minute; 0 means no limit (benchmarks only). */
  codeLookupLimit: number;
  /** Where workspace letter jobs keep their private files (LETTERS_DIR). */
  lettersDir: string;
  /** Largest recipients upload, in bytes (LETTERS_UPLOAD_LIMIT_MB). */
  lettersUploadLimitBytes: number;
  /** Days before a workspace job's outputs are deleted automatically (LETTERS_OUTPUT_DAYS). */
  lettersOutputDays: number;
  /** Who runs this installation (OPERATOR_*); the demo operator in demo and development runs. */
  operator: Operator | undefined;
  /** Hours an uploaded recipients file is kept when no round is started from it (LETTERS_UPLOAD_HOURS). */
  lettersUploadHours: number;
}
