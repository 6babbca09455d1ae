import { randomBytes, scrypt } from 'node:crypto';

/**
 * A password hash in the stored format (`scrypt$logN$r$p$salt$key`) made with other settings than
 * today's, as an older version of the product stored them: for testing rehash on sign-in.
 */
export function hashWithSettings(password: string, logN: number, r = 8, p = 1): Promise<string> {
  const salt = randomBytes(16);
  const N = 2 ** logN;
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, 32, { N, r, p, maxmem: 256 * N * r }, (error, key) =>
      error
        ? reject(error)
        : resolve(['scrypt', logN, r, p, salt.toString('base64'), key.toString('base64')].join('$')),
    ),
  );
}
