import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validateCode } from '../../src/core/codes/index.ts';
import { codeForRow, jobSeed } from '../../src/letters-pipeline/job-codes.ts';

const secret = 'a-code-secret-of-at-least-32-bytes-long';

describe('codeForRow', () => {
  test('gives the same valid code for the same job and row, every time', () => {
    const seed = jobSeed(secret, 'br-1', 1);
    const code = codeForRow(seed, 42);
    assert.equal(codeForRow(jobSeed(secret, 'br-1', 1), 42), code);
    assert.deepEqual(validateCode(code), { ok: true, code });
  });

  test('gives different codes for other rows, rounds, breaches and secrets', () => {
    const code = codeForRow(jobSeed(secret, 'br-1', 1), 42);
    const others = [
      codeForRow(jobSeed(secret, 'br-1', 1), 43),
      codeForRow(jobSeed(secret, 'br-1', 2), 42),
      codeForRow(jobSeed(secret, 'br-2', 1), 42),
      codeForRow(jobSeed(`${secret}!`, 'br-1', 1), 42),
    ];
    for (const other of others) assert.notEqual(other, code);
  });

  test('gives no duplicates over 20,000 rows of one job', () => {
    const seed = jobSeed(secret, 'br-1', 1);
    const codes = new Set(Array.from({ length: 20_000 }, (_, i) => codeForRow(seed, i + 1)));
    assert.equal(codes.size, 20_000);
  });
});
