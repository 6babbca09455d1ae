/**
 * The 23 symbols a personal code is written in. Left out, because people mix them up when
 * reading or typing: 0 O Q (round shapes), 1 I L, 2 Z, 5 S, and B, G, U (too close to 8, 6, V).
 * 23 is prime, which keeps the check character simple and strong (see check-character.ts).
 */
export const codeAlphabet = '346789ACDEFHJKMNPRTVWXY';

/** Random symbols in a code; 17 × log2(23) ≈ 76.9 bits of entropy. */
export const codeRandomLength = 17;

/** Random symbols plus one check character. */
export const codeLength = codeRandomLength + 1;

/** Size of a group when the code is shown to people: `7KD-M4X-…`, six groups of three. */
export const codeGroupSize = 3;

/** Entropy of a code in bits, computed from the alphabet and the random length. */
export function codeEntropyBits(
  alphabetSize: number = codeAlphabet.length,
  randomLength: number = codeRandomLength,
): number {
  return randomLength * Math.log2(alphabetSize);
}

/**
 * Characters people type by mistake for a symbol of the alphabet, mapped to that symbol.
 * Only mappings with a clear single look-alike in the alphabet; a wrong guess is still caught by
 * the check character, so it can never open someone else's page.
 */
export const lookAlikes: Readonly<Record<string, string>> = {
  B: '8',
  G: '6',
  U: 'V',
  O: 'D',
  Q: 'D',
  '0': 'D',
};

const symbolValues = new Map<string, number>([...codeAlphabet].map((symbol, index) => [symbol, index]));

/** The value 0–22 of a symbol, or undefined when it is not in the alphabet. */
export function symbolValue(symbol: string): number | undefined {
  return symbolValues.get(symbol);
}
