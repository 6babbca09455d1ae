import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt cost: N = 2^17, r = 8, p = 1 (128 MiB per hash), OWASP's Password Storage Cheat Sheet
 * recommendation. Hashes made with lower settings are replaced on the next sign-in
 * (`needsRehash`).
 */
export const passwordHashSettings = { logN: 17, r: 8, p: 1 };
const defaults = passwordHashSettings;
const keyLength = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

function optionsFor(logN: number, r: number, p: number): ScryptOptions {
  const N = 2 ** logN;
  return { N, r, p, maxmem: 256 * N * r };
}

/**
 * Hashes a password with scrypt and a fresh 16-byte salt.
 * @example await hashPassword('correct horse battery staple') // 'scrypt$17$8$1$<salt>$<key>'
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const { logN, r, p } = defaults;
  const key = await derive(password, salt, optionsFor(logN, r, p));
  return ['scrypt', logN, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** True when `password` matches `stored`; compares in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, logN, r, p, salt, key] = parts.map((part, index) =>
    index >= 1 && index <= 3 ? Number(part) : part,
  );
  if (typeof logN !== 'number' || typeof r !== 'number' || typeof p !== 'number') return false;
  const expected = Buffer.from(String(key), 'base64');
  const actual = await derive(password, Buffer.from(String(salt), 'base64'), optionsFor(logN, r, p));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** True when `stored` was made with other (older, weaker) settings than today's. */
export function needsRehash(stored: string): boolean {
  const [scheme, logN, r, p] = stored.split('$');
  const { logN: wantN, r: wantR, p: wantP } = passwordHashSettings;
  return scheme !== 'scrypt' || Number(logN) !== wantN || Number(r) !== wantR || Number(p) !== wantP;
}

/** A hash of a random password, verified when the e-mail is unknown so that timing reveals nothing. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(24).toString('base64'));
  return decoy;
}

/** A random password for generated logins (demo, CLI): 20 characters, about 119 bits. */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}
