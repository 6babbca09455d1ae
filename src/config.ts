import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

/**
 * Configuration, read once at start-up from the environment and validated as a whole, so a
 * wrong value stops the process with a message naming the variable and what is expected.
 * Every variable is documented in docs/configuration.md. Other adapters add their own small
 * section below (a schema entry and a field of `Config`).
 */

// ---- Web server ---------------------------------------------------------------------------

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

/** TRUST_PROXY: `false` (default), `true`, a hop count, or a comma-separated list of addresses. */
export type TrustProxy = boolean | number | string[];

const webSchema = {
  PORT: z.coerce
    .number({ error: 'expected a whole number from 0 to 65535' })
    .int('expected a whole number from 0 to 65535')
    .min(0, 'expected a whole number from 0 to 65535')
    .max(65535, 'expected a whole number from 0 to 65535')
    .default(3000),
  HOST: z
    .string()
    .min(1, 'expected a host name or IP address, such as 127.0.0.1 or 0.0.0.0')
    .default('127.0.0.1'),
  BASE_URL: z
    .url({
      protocol: /^https?$/,
      error: 'expected an absolute http(s) URL, such as https://datalekwijzer.nl',
    })
    .optional(),
  THEME: z.string().min(1, 'expected the path of a tokens CSS file').optional(),
  SOURCE_URL: z
    .url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL of the source code repository' })
    .optional(),
  API_CONTACT_EMAIL: z
    .email({ error: 'expected the e-mail address of the team that answers questions about the API' })
    .optional(),
  LOG_LEVEL: z.enum(logLevels, { error: `expected one of ${logLevels.join(', ')}` }).default('info'),
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, context): TrustProxy => {
      const text = (value ?? '').trim();
      if (text === '' || text === 'false') return false;
      if (text === 'true') return true;
      if (/^\d+$/.test(text)) return Number(text);
      const list = text.split(',').map((part) => part.trim());
      if (list.every((part) => /^[0-9a-fA-F.:/]+$/.test(part))) return list;
      context.addIssue({
        code: 'custom',
        message: 'expected true, false, a number of proxy hops, or a comma-separated list of IP addresses',
      });
      return z.NEVER;
    }),
};

// ---- Storage ------------------------------------------------------------------------------

const storageSchema = {
  DATABASE_URL: z
    .string()
    .regex(
      /^(sqlite:|postgres:\/\/|postgresql:\/\/)/,
      'expected sqlite:<path>, sqlite::memory: or postgres://…',
    )
    .default('sqlite:data/datalekwijzer.sqlite'),
};

// ---- Secrets ------------------------------------------------------------------------------

const secretMessage = 'expected a random secret of at least 32 bytes (e.g. `openssl rand -base64 48`)';
const secretSchema = z.string().refine((value) => Buffer.byteLength(value, 'utf8') >= 32, secretMessage);
const secretsSchema = {
  SESSION_SECRET: secretSchema.optional(),
  CODE_SECRET: secretSchema.optional(),
  NODE_ENV: z.string().optional(),
};

// ---- Victims' guide ----------------------------------------------------------------------

const guideSchema = {
  /** Code look-ups (personal page, genuineness check, helpline) per client per minute; 0 turns the limit off. */
  CODE_LOOKUP_LIMIT: z.coerce
    .number({ error: 'expected a whole number of look-ups per minute (0 turns the limit off)' })
    .int('expected a whole number of look-ups per minute (0 turns the limit off)')
    .min(0, 'expected a whole number of look-ups per minute (0 turns the limit off)')
    .default(30),
};

// ---- Letters from the workspace ------------------------------------------------------------

const lettersSchema = {
  /** Private folder for uploaded recipients files and letter outputs. */
  LETTERS_DIR: z.string().min(1, 'expected a folder path').default('data/letters'),
  LETTERS_UPLOAD_LIMIT_MB: z.coerce
    .number({ error: 'expected a whole number of megabytes, at least 1' })
    .int('expected a whole number of megabytes, at least 1')
    .min(1, 'expected a whole number of megabytes, at least 1')
    .default(1024),
  LETTERS_OUTPUT_DAYS: z.coerce
    .number({ error: 'expected a whole number of days from 1 to 90' })
    .int('expected a whole number of days from 1 to 90')
    .min(1, 'expected a whole number of days from 1 to 90')
    .max(90, 'expected a whole number of days from 1 to 90')
    .default(7),
};

// ---- Result -------------------------------------------------------------------------------

export interface Config {
  /** `production` requires real secrets; `demo` and `development` generate them once. */
  mode: 'production' | 'development' | 'demo';
  port: number;
  host: string;
  /** The public address of the site, without a trailing slash. */
  baseUrl: string;
  databaseUrl: string;
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
}

/** The configuration is wrong; `problems` holds one line per variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The configuration is not valid:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
  }
}

const envSchema = z.object({
  ...webSchema,
  ...storageSchema,
  ...secretsSchema,
  ...guideSchema,
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
  };
}

function describeValue(value: string | undefined): string {
  if (value === undefined) return '';
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return ` (got "${short}")`;
}

const keptSecretsSchema = z.object({ session: secretSchema, code: secretSchema });

/**
 * Secrets for development and demo: generated on first use and kept in a file only the
 * owner can read, so sessions and printed codes survive a restart. Never used in production.
 */
function developmentSecrets(file: string): { session: string; code: string } {
  if (existsSync(file)) {
    const kept = keptSecretsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (kept.success) return kept.data;
    throw new ConfigError([`${file}: not a valid secrets file; delete it to generate new secrets`]);
  }
  const fresh = { session: randomBytes(48).toString('base64'), code: randomBytes(48).toString('base64') };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(fresh, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return fresh;
}
