import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { ConfigError } from './config-error.ts';

// Secrets: checked for length, required in production, generated and kept for development.

export const secretMessage = 'expected a random secret of at least 32 bytes (e.g. `openssl rand -base64 48`)';
const secretSchema = z.string().refine((value) => Buffer.byteLength(value, 'utf8') >= 32, secretMessage);
export const secretsSchema = {
  SESSION_SECRET: secretSchema.optional(),
  CODE_SECRET: secretSchema.optional(),
  NODE_ENV: z.string().optional(),
};

const keptSecretsSchema = z.object({ session: secretSchema, code: secretSchema });

/**
 * Secrets for development and demo: generated on first use and kept in a file only the
 * owner can read, so sessions and printed codes survive a restart. Never used in production.
 */
export function developmentSecrets(file: string): { session: string; code: string } {
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
