import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatAmsterdam, isoAmsterdam } from '../../../src/core/authority-notification/local-time.ts';

describe('Dutch time in the notification', () => {
  test('summer time is UTC+2 and the offset is shown', () => {
    assert.equal(formatAmsterdam('2026-07-09T09:30:00Z'), '2026-07-09 11:30 (UTC+02:00)');
    assert.equal(isoAmsterdam('2026-07-09T09:30:00Z'), '2026-07-09T11:30:00+02:00');
  });
  test('winter time is UTC+1, also across midnight', () => {
    assert.equal(formatAmsterdam('2026-12-31T23:30:00Z'), '2027-01-01 00:30 (UTC+01:00)');
  });
  test('the night the clocks go back keeps each instant apart by its offset', () => {
    // 2026-10-25: 03:00 summer time becomes 02:00 winter time.
    assert.equal(formatAmsterdam('2026-10-25T00:30:00Z'), '2026-10-25 02:30 (UTC+02:00)');
    assert.equal(formatAmsterdam('2026-10-25T01:30:00Z'), '2026-10-25 02:30 (UTC+01:00)');
  });
  test('a partial date stays as given', () => {
    assert.equal(formatAmsterdam('2026-11'), '2026-11');
    assert.equal(isoAmsterdam('2026-11-03'), '2026-11-03');
  });
});
