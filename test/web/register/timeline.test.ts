import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BreachDates } from '../../../src/core/breaches/speed.ts';
import { buildTimeline } from '../../../src/web/pages/register/timeline.ts';

function buildDates(overrides: Partial<BreachDates> = {}): BreachDates {
  return {
    occurredOn: null,
    discoveredOn: null,
    processorNotifiedControllerOn: null,
    authorityNotifiedOn: null,
    victimsNotifiedOn: null,
    announcedOn: null,
    ...overrides,
  };
}

const update = (publishedOn: string) => ({
  id: `u-${publishedOn}`,
  publishedOn,
  text: { nl: 'Nieuws', en: 'News' },
  createdAt: `${publishedOn}T09:00:00.000Z`,
});

describe('buildTimeline', () => {
  test('orders the lab case as it happened: a month-only first letter after the lab told BVO NL', () => {
    const events = buildTimeline(
      buildDates({
        discoveredOn: '2025-07-06',
        processorNotifiedControllerOn: '2025-08-06',
        victimsNotifiedOn: '2025-08',
        announcedOn: '2025-08-11',
      }),
      [update('2025-08-11'), update('2025-08-29')],
      { hasProcessor: true },
    );
    assert.deepEqual(
      events.map((e) => `${e.kind} ${e.date ?? '?'}`),
      [
        'discovered 2025-07-06',
        'processorNotifiedController 2025-08-06',
        'victimsNotified 2025-08',
        'announced 2025-08-11',
        'update 2025-08-11',
        'update 2025-08-29',
        'occurred ?',
        'authorityNotified ?',
      ],
    );
  });

  test('keeps unknown dates as null at the end and never fills them in', () => {
    const events = buildTimeline(buildDates({ announcedOn: '2026-02-12' }), [], { hasProcessor: false });
    assert.equal(events[0]?.kind, 'announced');
    assert.ok(events.slice(1).every((e) => e.date === null));
    assert.ok(!events.some((e) => e.kind === 'processorNotifiedController'));
  });

  test('places a month-only date at the start of its month when nothing must come before it', () => {
    const events = buildTimeline(
      buildDates({ occurredOn: '2025-07', discoveredOn: '2025-07', announcedOn: '2025-07-17' }),
      [],
      {
        hasProcessor: false,
      },
    );
    assert.deepEqual(
      events.filter((e) => e.date !== null).map((e) => e.kind),
      ['occurred', 'discovered', 'announced'],
    );
  });

  test('gives the same order whatever order the updates arrive in', () => {
    const dates = buildDates({ discoveredOn: '2026-01-05', victimsNotifiedOn: '2026-01' });
    const updates = [update('2026-01-20'), update('2026-01-02'), update('2026-01-10')];
    const one = buildTimeline(dates, updates, { hasProcessor: false });
    const other = buildTimeline(dates, [...updates].reverse(), { hasProcessor: false });
    assert.deepEqual(
      one.map((e) => e.date),
      other.map((e) => e.date),
    );
    assert.deepEqual(
      one.filter((e) => e.date !== null).map((e) => e.date),
      ['2026-01-02', '2026-01-05', '2026-01', '2026-01-10', '2026-01-20'],
    );
  });
});
