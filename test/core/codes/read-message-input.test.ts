import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { formatCode, generateCode } from '../../../src/core/codes/index.ts';
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
