import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { computeDeadline } from '../../../src/core/assessment/deadline.ts';

const awareAt = '2026-07-06T09:00:00Z';
const at = (iso: string) => new Date(iso);

describe('computeDeadline', () => {
  test('sets the deadline 72 hours after awareness, in UTC', () => {
    const d = computeDeadline({ awareAt: '2026-07-06T11:00:00+02:00', now: at(awareAt), applies: true });
    assert.equal(d.awareAt, '2026-07-06T09:00:00.000Z');
    assert.equal(d.deadlineAt, '2026-07-09T09:00:00.000Z');
    assert.equal(d.hoursLeft, 72);
  });

  test('rounds the hours left down', () => {
    const d = computeDeadline({ awareAt, now: at('2026-07-07T09:30:00Z'), applies: true });
    assert.equal(d.hoursLeft, 47);
    assert.equal(d.passed, false);
    assert.match(d.reasons[0]?.nl ?? '', /nog 47 uur/);
  });

  test('is not passed at the exact deadline, and passed one minute later', () => {
    const onTime = computeDeadline({ awareAt, now: at('2026-07-09T09:00:00Z'), applies: true });
    assert.equal(onTime.passed, false);
    assert.equal(onTime.hoursLeft, 0);
    const late = computeDeadline({ awareAt, now: at('2026-07-09T09:01:00Z'), applies: true });
    assert.equal(late.passed, true);
    assert.equal(late.hoursOverdue, 0);
  });

  test('counts the hours overdue once passed', () => {
    const d = computeDeadline({ awareAt, now: at('2026-07-10T14:00:00Z'), applies: true });
    assert.equal(d.passed, true);
    assert.equal(d.hoursLeft, 0);
    assert.equal(d.hoursOverdue, 29);
  });

  test('says the deadline does not apply when no notification is required', () => {
    const d = computeDeadline({ awareAt, now: at('2026-07-07T09:00:00Z'), applies: false });
    assert.equal(d.applies, false);
    assert.match(d.reasons[0]?.en ?? '', /does not apply/);
  });
});
