import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  checkCharacter,
  codeAlphabet,
  codeLength,
  codeRandomLength,
  formatCode,
  generateCode,
} from '../../../src/core/codes/index.ts';
import { readMessageInput } from '../../../src/core/codes/read-message-input.ts';

/** A fresh code with a few digits, as nearly every code has (one without is read as text, then found). */
function codeWithDigits(): string {
  for (;;) {
    const candidate = generateCode(randomBytes);
    if (candidate.replace(/\D/g, '').length >= 2) return candidate;
  }
}
const code = codeWithDigits();
/** The same code with its check character changed: the shape of a code, but not a valid one. */
const broken = `${code.slice(0, 17)}${code[17] === '3' ? '4' : '3'}`;

describe('readMessageInput', () => {
  test('a code on its own, typed in any way, is a code (typing errors are for the look-up to report)', () => {
    for (const typed of [code, formatCode(code), formatCode(code, ' ').toLowerCase(), broken])
      assert.deepEqual(readMessageInput(typed), { kind: 'code', code: typed, fromLink: false }, typed);
  });

  test('every code on its own is a code, also with few or no digits and with one symbol mistyped', () => {
    // A code is 18 random symbols of 23; about one in thirty has fewer than two digits. Such a
    // code, mistyped, was read as "no code here" and told the person not to trust their letter.
    const codeOf = (symbols: number[]) => {
      const random = symbols.map((i) => codeAlphabet[i] ?? '').join('');
      return random + checkCharacter(random);
    };
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: codeAlphabet.length - 1 }), {
          minLength: codeRandomLength,
          maxLength: codeRandomLength,
        }),
        fc.integer({ min: 0, max: codeLength - 1 }),
        fc.integer({ min: 1, max: codeAlphabet.length - 1 }),
        (symbols, at, shift) => {
          const valid = codeOf(symbols);
          const swapped = codeAlphabet[(codeAlphabet.indexOf(valid[at] ?? '') + shift) % codeAlphabet.length];
          const mistyped = `${valid.slice(0, at)}${swapped}${valid.slice(at + 1)}`;
          for (const typed of [valid, formatCode(valid), mistyped, formatCode(mistyped, ' ').toLowerCase()])
            assert.equal(readMessageInput(typed).kind, 'code', typed);
        },
      ),
      { numRuns: 500 },
    );
    for (const letters of ['ACDEFHJKMNPRTVWXYA', 'KMN-PRT-VWX-YAC-DEF-HJK'])
      assert.equal(readMessageInput(letters).kind, 'code', `${letters}: no digits at all`);
  });

  test('a QR address is a code from a link', () => {
    assert.deepEqual(readMessageInput(`https://datalekwijzer.nl/c/${code}`), {
      kind: 'code',
      code,
      fromLink: true,
    });
  });

  test('a valid code inside a message is found, with what else the message held', () => {
    const found = readMessageInput(`Beste klant, uw code is ${formatCode(code)}. Bel 088-123 45 67.`);
    assert.deepEqual(found, { kind: 'code_in_text', code, parts: ['phone', 'text'] });
  });

  test('a code-shaped run with a wrong check character inside a text is not taken for a code', () => {
    const read = readMessageInput(`Uw code: ${formatCode(broken)} — klik op https://x.top/a`);
    assert.equal(read.kind, 'no_code');
  });

  test('input without a code says what it held', () => {
    const cases: [string, string[], string[]][] = [
      ['Uw pakket wacht: https://pakket-nl.top/x', ['link', 'text'], ['pakket-nl.top']],
      ['www.odido-veilig.nl', ['link'], ['www.odido-veilig.nl']],
      ['06-12345678', ['phone'], []],
      ['+31 6 1234 5678', ['phone'], []],
      ['0800-1617', ['phone'], []],
      ['info@odido-veilig.com', ['email'], []],
      ['Uw rekening is geblokkeerd, bel direct 020 123 4567', ['phone', 'text'], []],
      ['hallo', ['text'], []],
    ];
    for (const [input, parts, linkHosts] of cases)
      assert.deepEqual(readMessageInput(input), { kind: 'no_code', parts, linkHosts }, input);
  });
});
