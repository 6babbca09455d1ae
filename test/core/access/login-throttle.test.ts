import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pairThrottle, retryAfterSeconds } from '../../../src/core/access/login-throttle.ts';

const now = new Date('2026-03-01T10:00:00Z');
const justNow = now.toISOString();

describe('retryAfterSeconds', () => {
  test('imposes no wait within the free attempts', () => {
    assert.equal(retryAfterSeconds({ failures: 4, lastFailedAt: justNow }, pairThrottle, now), 0);
    assert.equal(retryAfterSeconds(undefined, pairThrottle, now), 0);
  });

  test('doubles the wait with each failure beyond the free ones, up to the maximum', () => {
    assert.equal(retryAfterSeconds({ failures: 5, lastFailedAt: justNow }, pairThrottle, now), 30);
    assert.equal(retryAfterSeconds({ failures: 6, lastFailedAt: justNow }, pairThrottle, now), 60);
    assert.equal(retryAfterSeconds({ failures: 7, lastFailedAt: justNow }, pairThrottle, now), 120);
    assert.equal(retryAfterSeconds({ failures: 40, lastFailedAt: justNow }, pairThrottle, now), 900);
  });

  test('counts down the time already waited', () => {
    const tenSecondsAgo = new Date(now.getTime() - 10_000).toISOString();
    assert.equal(retryAfterSeconds({ failures: 5, lastFailedAt: tenSecondsAgo }, pairThrottle, now), 20);
  });

  test('forgets failures after the reset window', () => {
    const twoHoursAgo = new Date(now.getTime() - 7_200_000).toISOString();
    assert.equal(retryAfterSeconds({ failures: 40, lastFailedAt: twoHoursAgo }, pairThrottle, now), 0);
  });
});
