import { createHash, createHmac, randomBytes } from 'node:crypto';

/** A keyed hash (HMAC-SHA-256, base64url) so that a stolen table cannot be checked against guesses. */
export function keyedHash(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('base64url');
}

/** SHA-256 of a high-entropy secret (API tokens), base64url. */
export function tokenHash(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

/** A random secret of `bytes` bytes, base64url. */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
