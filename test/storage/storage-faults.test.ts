import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  isStorageUnavailable,
  retryWhileUnavailable,
  StorageTimeoutError,
} from '../../src/storage/storage-faults.ts';

const withCode = (code: string) => Object.assign(new Error('x'), { code });

describe('storage faults', () => {
  test('tells an outage from a bug or a refused statement', () => {
    for (const error of [
      withCode('ECONNREFUSED'),
      withCode('08006'),
      withCode('57P01'),
      withCode('57014'),
      withCode('SQLITE_BUSY'),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new Error('Query read timeout'),
      new StorageTimeoutError(500),
      new Error('wrapped', { cause: withCode('ECONNRESET') }),
    ])
      assert.equal(
        isStorageUnavailable(error),
        true,
        String((error as { code?: string }).code ?? error.message),
      );
    for (const error of [withCode('23505'), withCode('22021'), new TypeError('x is undefined'), 'text', null])
      assert.equal(isStorageUnavailable(error), false);
  });

  test('retries work while the database is unavailable, and rethrows anything else at once', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await retryWhileUnavailable(
      async () => {
        calls++;
        if (calls < 4) throw withCode('ECONNREFUSED');
        return 'done';
      },
      { sleep: async (ms) => void waits.push(ms), firstDelayMs: 100, maxDelayMs: 300 },
    );
    assert.equal(result, 'done');
    assert.deepEqual(waits, [100, 200, 300]);
    await assert.rejects(
      retryWhileUnavailable(async () => Promise.reject(withCode('23505')), { sleep: async () => undefined }),
      (error: unknown) => (error as { code?: string }).code === '23505',
    );
    await assert.rejects(
      retryWhileUnavailable(async () => Promise.reject(withCode('ECONNREFUSED')), {
        sleep: async () => undefined,
        firstDelayMs: 1_000,
        giveUpAfterMs: 3_000,
      }),
      (error: unknown) => (error as { code?: string }).code === 'ECONNREFUSED',
      'gives up after giveUpAfterMs',
    );
  });
});
