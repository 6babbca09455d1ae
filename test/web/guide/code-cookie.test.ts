import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  codeCookieSeconds,
  codeCookieValue,
  readCodeCookieValue,
} from '../../../src/web/guide/code-cookie.ts';

const secret = 'a-test-secret-of-more-than-thirty-two-bytes';
const hash = 'ab'.repeat(32);
const now = new Date('2026-11-25T12:00:00Z');

describe('code cookie', () => {
  test('gives back the hash it was made for, until it expires', () => {
    const value = codeCookieValue(secret, hash, now);
    assert.equal(readCodeCookieValue(secret, value, now), hash);
    const later = new Date(now.getTime() + (codeCookieSeconds - 1) * 1000);
    assert.equal(readCodeCookieValue(secret, value, later), hash);
    const expired = new Date(now.getTime() + codeCookieSeconds * 1000);
    assert.equal(readCodeCookieValue(secret, value, expired), undefined);
  });

  test('refuses a value with another hash, a longer life or another secret', () => {
    const value = codeCookieValue(secret, hash, now);
    const [, expires, mac] = value.split('.');
    assert.equal(readCodeCookieValue(secret, `${'cd'.repeat(32)}.${expires}.${mac}`, now), undefined);
    assert.equal(readCodeCookieValue(secret, `${hash}.${Number(expires) + 3600}.${mac}`, now), undefined);
    assert.equal(readCodeCookieValue(`${secret}-other`, value, now), undefined);
    assert.equal(readCodeCookieValue(secret, undefined, now), undefined);
    assert.equal(readCodeCookieValue(secret, 'K7MX4DEPRJ9AHWCT3N', now), undefined);
  });
});
