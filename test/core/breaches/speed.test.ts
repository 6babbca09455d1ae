import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { earliestDay, isPartialDate } from '../../../src/core/breaches/partial-date.ts';
import { daysBetween, speedMetrics } from '../../../src/core/breaches/speed.ts';

describe('speedMetrics', () => {
  test('counts whole days from discovery to the authority and to the first victims', () => {
    const metrics = speedMetrics({
      occurredOn: null,
      discoveredOn: '2025-07-06',
      processorNotifiedControllerOn: '2025-08-06',
      authorityNotifiedOn: '2025-08-08',
      victimsNotifiedOn: '2025-08-18',
      announcedOn: '2025-08-11',
    });
    assert.deepEqual(metrics, {
      daysDiscoveryToAuthority: 33,
      daysDiscoveryToVictims: 43,
      daysDiscoveryToController: 31,
    });
  });

  test('gives null rather than a guess when a date is unknown or known only to the month', () => {
    assert.equal(daysBetween('2025-07', '2025-08-01'), null);
    assert.equal(daysBetween(null, '2025-08-01'), null);
  });
});

describe('isPartialDate', () => {
  test('accepts a year, a month or a real day and rejects impossible dates', () => {
    for (const ok of ['2025', '2025-07', '2024-02-29']) assert.equal(isPartialDate(ok), true, ok);
    for (const bad of ['2025-13', '2025-02-30', '2025-7-1', 'juli 2025', ''])
      assert.equal(isPartialDate(bad), false, bad);
  });

  test('maps a partial date to its first day for sorting', () => {
    assert.equal(earliestDay('2025'), '2025-01-01');
    assert.equal(earliestDay('2025-07'), '2025-07-01');
  });
});
