import { codeAlphabet, codeRandomLength } from './alphabet.ts';
import { checkCharacter } from './check-character.ts';

/** A source of cryptographically strong random bytes, e.g. `node:crypto`'s `randomBytes`. */
export type RandomBytes = (size: number) => Uint8Array;

// The largest multiple of 23 below 256: bytes at or above it are thrown away, so every symbol is
// equally likely (no modulo bias).
const limit = Math.floor(256 / codeAlphabet.length) * codeAlphabet.length;

/**
 * A new personal code in canonical form (18 symbols, no separators). Show it with
 * `formatCode`; store only `hashCode(code, secret)`.
 * @example generateCode(randomBytes) // 'K7MX4DEPRJ9AHWCT3N' (random)
 */
export function generateCode(randomBytes: RandomBytes): string {
  let symbols = '';
  while (symbols.length < codeRandomLength) {
    const bytes = randomBytes(codeRandomLength + 4);
    for (const byte of bytes) {
      if (byte >= limit) continue;
      symbols += codeAlphabet[byte % codeAlphabet.length];
      if (symbols.length === codeRandomLength) break;
    }
  }
  return symbols + checkCharacter(symbols);
}
