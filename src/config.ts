import { z } from 'zod';
import { ConfigError } from './config/config-error.ts';
import type { Config } from './config/config-shape.ts';
import { guideSchema } from './config/guide.ts';
import { lettersSchema } from './config/letters.ts';
import { operatorOf, operatorSchema } from './config/operator.ts';
import { developmentSecrets, secretMessage, secretsSchema } from './config/secrets.ts';
import { storageSchema } from './config/storage.ts';
import { webSchema } from './config/web.ts';

/**
 * Configuration, read once at start-up from the environment and validated as a whole, so a
 * wrong value stops the process with a message naming the variable and what is expected.
 * Every variable is documented in docs/configuration.md. Each concern keeps its variables in
 * its own file under src/config/ (a schema section, and a field of `Config`); this module puts
 * them together and is the one place the rest of the code imports configuration from.
 */

export { ConfigError } from './config/config-error.ts';
export type { Config } from './config/config-shape.ts';
export { assertOperatorConfigured, demoOperator, type Operator } from './config/operator.ts';
export type { LogLevel, TrustProxy } from './config/web.ts';

const envSchema = z.object({
  ...webSchema,
  ...storageSchema,
  ...secretsSchema,
  ...guideSchema,
  ...operatorSchema,
  ...lettersSchema,
});

export interface LoadConfigOptions {
  /** `serve --demo`: development secrets and demo data, even when NODE_ENV is production. */
  demo?: boolean;
  /** Where generated development secrets are kept (default `data/secrets.json`). */
  secretsFile?: string;
}

/**
 * Validates the environment once and returns the typed configuration, or throws
 * `ConfigError` naming every wrong variable. Secret values never appear in the message.
 * @example const config = loadConfig(process.env, { demo: true });
 */
export function loadConfig(env: NodeJS.ProcessEnv, options: LoadConfigOptions = {}): Config {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(blankless);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        const shown = name.endsWith('_SECRET') ? '' : describeValue(env[name]);
        return `${name}: ${issue.message}${shown}`;
      }),
    );
  }
  const values = parsed.data;
  const mode = options.demo ? 'demo' : values.NODE_ENV === 'production' ? 'production' : 'development';
  let secrets = { session: values.SESSION_SECRET, code: values.CODE_SECRET };
  if (mode === 'production') {
    const missing = (['SESSION_SECRET', 'CODE_SECRET'] as const).filter((name) => !values[name]);
    if (missing.length > 0)
      throw new ConfigError(missing.map((name) => `${name}: required in production; ${secretMessage}`));
  } else if (!secrets.session || !secrets.code) {
    const kept = developmentSecrets(options.secretsFile ?? 'data/secrets.json');
    secrets = { session: secrets.session ?? kept.session, code: secrets.code ?? kept.code };
  }
  const displayHost = values.HOST === '0.0.0.0' || values.HOST === '::' ? 'localhost' : values.HOST;
  return {
    mode,
    port: values.PORT,
    host: values.HOST,
    baseUrl: (values.BASE_URL ?? `http://${displayHost}:${values.PORT}`).replace(/\/+$/, ''),
    databaseUrl: values.DATABASE_URL,
    databaseLimits: {
      connectTimeoutMs: values.DATABASE_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: values.DATABASE_STATEMENT_TIMEOUT_MS,
      idleTimeoutMs: values.DATABASE_IDLE_TIMEOUT_MS,
    },
    healthTimeoutMs: values.HEALTH_TIMEOUT_MS,
    searchConcurrency: values.SEARCH_CONCURRENCY,
    theme: values.THEME,
    sourceUrl: values.SOURCE_URL,
    apiContactEmail: values.API_CONTACT_EMAIL,
    logLevel: values.LOG_LEVEL,
    trustProxy: values.TRUST_PROXY,
    sessionSecret: secrets.session ?? '',
    codeSecret: secrets.code ?? '',
    codeLookupLimit: values.CODE_LOOKUP_LIMIT,
    lettersDir: values.LETTERS_DIR,
    lettersUploadLimitBytes: values.LETTERS_UPLOAD_LIMIT_MB * 1024 * 1024,
    lettersOutputDays: values.LETTERS_OUTPUT_DAYS,
    lettersUploadHours: values.LETTERS_UPLOAD_HOURS,
    operator: operatorOf(values, mode),
  };
}

/** Echoes a wrong value back, shortened, so the message shows what was given. */
function describeValue(value: string | undefined): string {
  if (value === undefined) return '';
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return ` (got "${short}")`;
}
