import { codeAlphabet, symbolValue } from './alphabet.ts';

const modulus = codeAlphabet.length; // 23, a prime

/*
 * A weighted sum modulo the prime 23 (the ISO 7064 idea): position i (0-based, the check
 * character included) has weight i + 1, and a valid code sums to 0. Because 23 is prime and all
 * weights 1..18 are different and non-zero modulo 23:
 * - a single substitution changes the sum by w·δ with w, δ ≠ 0, never a multiple of 23;
 * - swapping the symbols at positions i and j changes it by (wi − wj)(a − b) ≠ 0, so every
 *   transposition is caught, adjacent or not.
 */

function weightedSum(values: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (i + 1) * (values[i] ?? 0);
  return sum % modulus;
}

function inverse(value: number): number {
  for (let x = 1; x < modulus; x++) if ((value * x) % modulus === 1) return x;
  throw new RangeError(`${value} has no inverse modulo ${modulus}`);
}

/** The check character for a string of random symbols (all from the alphabet). */
export function checkCharacter(symbols: string): string {
  const values = [...symbols].map((s) => {
    const value = symbolValue(s);
    if (value === undefined) throw new RangeError(`Not a code symbol: ${s}`);
    return value;
  });
  const weight = values.length + 1;
  const sum = weightedSum(values);
  const check = (((modulus - sum) % modulus) * inverse(weight % modulus)) % modulus;
  return codeAlphabet[check] as string;
}

/** True when a full code (symbols plus check character, no separators) sums to 0. */
export function hasValidCheckCharacter(code: string): boolean {
  const values: number[] = [];
  for (const s of code) {
    const value = symbolValue(s);
    if (value === undefined) return false;
    values.push(value);
  }
  return weightedSum(values) === 0;
}
