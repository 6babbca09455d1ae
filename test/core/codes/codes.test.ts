import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  checkCharacter,
  codeAlphabet,
  codeEntropyBits,
  codeLength,
  codeUrl,
  formatCode,
  generateCode,
  hashCode,
  normalizeCode,
  validateCode,
} from '../../../src/core/codes/index.ts';

/** Random bytes from a seeded fast-check source, so failures can be replayed. */
const bytesSource = fc.uint8Array({ minLength: 64, maxLength: 64 }).map((pool) => {
  let offset = 0;
  return (size: number): Uint8Array => {
    const out = new Uint8Array(size);
    for (let i = 0; i < size; i++) out[i] = pool[(offset + i) % pool.length] ?? 0;
    offset += size;
    return out;
  };
});

describe('personal code alphabet', () => {
  it('has at least 75 bits of entropy, computed from the alphabet and the length', () => {
    assert.ok(codeEntropyBits() >= 75, `only ${codeEntropyBits()} bits`);
  });

  it('contains none of the look-alike characters', () => {
    for (const c of '0O1IL5S2ZBGUQ') assert.ok(!codeAlphabet.includes(c), `${c} is in the alphabet`);
  });

  it('has no symbol twice', () => {
    assert.equal(new Set(codeAlphabet).size, codeAlphabet.length);
  });
});

describe('generateCode', () => {
  it('makes codes of the right length from alphabet symbols only, which validate', () => {
    fc.assert(
      fc.property(bytesSource, (bytes) => {
        const code = generateCode(bytes);
        assert.equal(code.length, codeLength);
        for (const c of code) assert.ok(codeAlphabet.includes(c));
        assert.deepEqual(validateCode(code), { ok: true, code });
      }),
    );
  });

  it('skips biased bytes instead of wrapping them', () => {
    const bytes = (size: number) => new Uint8Array(size).fill(255);
    let calls = 0;
    const mostlyHigh = (size: number) => (++calls === 1 ? bytes(size) : new Uint8Array(size).fill(1));
    assert.equal(generateCode(mostlyHigh).slice(0, 17), codeAlphabet[1]?.repeat(17));
    assert.ok(calls >= 2);
  });

  it('gives different codes for different random input', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => generateCode(randomBytes)));
    assert.equal(codes.size, 1000);
  });
});

describe('check character', () => {
  it('catches every single-character substitution', () => {
    fc.assert(
      fc.property(bytesSource, (bytes) => {
        const code = generateCode(bytes);
        for (let i = 0; i < code.length; i++) {
          for (const other of codeAlphabet) {
            if (other === code[i]) continue;
            const wrong = code.slice(0, i) + other + code.slice(i + 1);
            const result = validateCode(wrong);
            assert.equal(result.ok, false, `${wrong} passed`);
            if (!result.ok) assert.equal(result.problem, 'check_failed');
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('catches every adjacent transposition', () => {
    fc.assert(
      fc.property(bytesSource, (bytes) => {
        const code = generateCode(bytes);
        for (let i = 0; i + 1 < code.length; i++) {
          if (code[i] === code[i + 1]) continue;
          const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
          assert.equal(validateCode(swapped).ok, false, `${swapped} passed`);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('normalizeCode', () => {
  const code = generateCode(randomBytes);

  it('forgives lower case, spaces and dashes', () => {
    const typed = ` ${formatCode(code, ' - ').toLowerCase()} `;
    assert.equal(normalizeCode(typed), code);
  });

  it('replaces common look-alikes with the symbol people meant', () => {
    assert.equal(normalizeCode('o0q-b-g-u'), 'DDD86V');
  });

  it('accepts a code typed with look-alikes for D, 8, 6 and V', () => {
    const body = `D86V${code.slice(4, 17)}`;
    const real = body + checkCharacter(body);
    assert.deepEqual(validateCode(`o b g u${real.slice(4)}`), { ok: true, code: real });
  });
});

describe('validateCode', () => {
  const code = generateCode(randomBytes);

  it('reports a wrong length in Dutch and English', () => {
    const result = validateCode(code.slice(0, -2));
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.equal(result.problem, 'wrong_length');
      assert.match(result.message.nl, /18 tekens/);
      assert.match(result.message.en, /18 characters/);
    }
  });

  it('reports a character that cannot occur, with its position', () => {
    const result = validateCode(`${code.slice(0, 4)}S${code.slice(5)}`);
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.equal(result.problem, 'bad_character');
      assert.equal(result.position, 5);
      assert.ok(result.message.nl.length > 0 && result.message.en.length > 0);
    }
  });
});

describe('hashCode', () => {
  const code = generateCode(randomBytes);
  const secret = 'a-server-secret-of-32-characters';

  it('is stable for the same code and secret', () => {
    assert.equal(hashCode(code, secret), hashCode(code, secret));
    assert.match(hashCode(code, secret), /^[0-9a-f]{64}$/);
  });

  it('is keyed: another secret gives another hash', () => {
    assert.notEqual(hashCode(code, secret), hashCode(code, 'another-secret-of-32-characters!'));
  });

  it('differs for different codes', () => {
    assert.notEqual(hashCode(code, secret), hashCode(generateCode(randomBytes), secret));
  });

  it('refuses a secret that is too short to be a real key', () => {
    assert.throws(() => hashCode(code, 'short'), RangeError);
  });
});

describe('codeUrl', () => {
  it('puts the canonical code after /c/ and ignores a trailing slash', () => {
    assert.equal(codeUrl('https://example.nl/', 'ABC'), 'https://example.nl/c/ABC');
  });
});
