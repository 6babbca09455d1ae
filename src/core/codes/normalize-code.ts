import type { Localized } from '../i18n/lang.ts';
import { codeAlphabet, codeGroupSize, codeLength, lookAlikes, symbolValue } from './alphabet.ts';
import { hasValidCheckCharacter } from './check-character.ts';

/**
 * What a person typed, made canonical: upper case, without spaces, dashes, dots or slashes,
 * with common look-alikes (O → D, B → 8, G → 6, U → V) replaced. Says nothing about validity.
 * @example normalizeCode(' k7m-x4d ') // 'K7MX4D'
 */
export function normalizeCode(input: string): string {
  let out = '';
  for (const raw of input.normalize('NFKC').toUpperCase()) {
    if (/[\s\-‐-―.·_/]/u.test(raw)) continue;
    out += lookAlikes[raw] ?? raw;
  }
  return out;
}

/** A canonical code in groups for people: `K7M-X4D-EPR-J9A-HWC-T3N`. */
export function formatCode(code: string, separator = '-'): string {
  const groups: string[] = [];
  for (let i = 0; i < code.length; i += codeGroupSize) groups.push(code.slice(i, i + codeGroupSize));
  return groups.join(separator);
}

export type CodeProblem = 'wrong_length' | 'bad_character' | 'check_failed';

export type CodeValidation =
  { ok: true; code: string } | { ok: false; problem: CodeProblem; message: Localized; position?: number };

const messages: Record<CodeProblem, Localized> = {
  wrong_length: {
    nl: `Uw code heeft ${codeLength} tekens. Kijk in uw brief of u alle tekens hebt overgenomen.`,
    en: `Your code has ${codeLength} characters. Check your letter to see if you typed all of them.`,
  },
  bad_character: {
    nl: 'In uw code staat een teken dat er niet in kan staan. Kijk in uw brief en typ de code opnieuw.',
    en: 'Your code contains a character that cannot be in it. Check your letter and type the code again.',
  },
  check_failed: {
    nl: 'Deze code klopt niet. Misschien is er een teken verkeerd getypt of zijn twee tekens omgewisseld. Probeer het opnieuw.',
    en: 'This code is not right. Maybe one character was mistyped or two characters were swapped. Please try again.',
  },
};

/**
 * Normalises and checks a typed code. Problems are reported in the order a person can fix them:
 * a character that cannot occur (with its 1-based position), then the length, then the check.
 */
export function validateCode(input: string): CodeValidation {
  const code = normalizeCode(input);
  for (let i = 0; i < code.length; i++) {
    if (symbolValue(code[i] as string) === undefined) {
      return { ok: false, problem: 'bad_character', message: messages.bad_character, position: i + 1 };
    }
  }
  if (code.length !== codeLength)
    return { ok: false, problem: 'wrong_length', message: messages.wrong_length };
  if (!hasValidCheckCharacter(code))
    return { ok: false, problem: 'check_failed', message: messages.check_failed };
  return { ok: true, code };
}

/** The symbols a code may contain, for help texts ("only these characters occur"). */
export const codeSymbols = codeAlphabet;
