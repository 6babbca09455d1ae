import { createHmac } from 'node:crypto';

/**
 * The only form in which a personal code is stored: HMAC-SHA-256 of the canonical code, keyed
 * with a server secret, as lowercase hex. Without the secret, a stolen table of hashes cannot be
 * searched by trying codes. Pass the canonical code (from `generateCode` or `validateCode`).
 */
export function hashCode(code: string, secret: string | Uint8Array): string {
  if (typeof secret === 'string' ? secret.length < 16 : secret.byteLength < 16) {
    throw new RangeError('The code secret must be at least 16 characters or bytes.');
  }
  return createHmac('sha256', secret).update(code, 'utf8').digest('hex');
}
