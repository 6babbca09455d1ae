import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assessBreach } from '../../../src/core/assessment/assess-breach.ts';
import { buildAuthorityNotification } from '../../../src/core/authority-notification/build-authority-notification.ts';
import {
  authorityNotificationInputFromBreach,
  type NotificationDetails,
} from '../../../src/core/authority-notification/from-breach-record.ts';
import type { BreachRecord } from '../../../src/core/breaches/breach.ts';
import { cases, parseIncident } from '../assessment/fixtures.ts';

function buildBreachRecord(overrides: Partial<BreachRecord> = {}): BreachRecord {
  return {
    id: 'b-1',
    organisationId: 'o-1',
    slug: 'hack-lab-zuid',
    status: 'draft',
    title: { nl: 'Hack bij Lab Zuid', en: 'Hack at Lab Zuid' },
    sector: 'health',
    description: { nl: 'Criminelen kopieerden uitslagen.', en: 'Criminals copied test results.' },
    dates: {
      occurredOn: '2025-07',
      discoveredOn: '2025-07-06',
      processorNotifiedControllerOn: null,
      authorityNotifiedOn: null,
      victimsNotifiedOn: null,
      announcedOn: null,
    },
    parties: [{ organisationId: 'o-1', role: 'controller' }],
    dataCategories: ['name', 'medical_test_result'],
    recipientGroups: [],
    measures: [{ nl: 'Servers afgesloten.', en: 'Servers taken offline.' }],
    helpline: null,
    questions: [],
    sources: [],
    peopleAffected: 485_000,
    version: 1,
    createdAt: '2025-07-06T12:00:00Z',
    updatedAt: '2025-07-06T12:00:00Z',
    firstPublishedAt: null,
    ...overrides,
  };
}

function buildDetails(overrides: Partial<NotificationDetails> = {}): NotificationDetails {
  return {
    lang: 'en',
    phase: { kind: 'first' },
    preparedAt: '2025-07-07T08:00:00Z',
    organisationName: 'Lab Zuid',
    contact: { role: 'dpo', name: 'J. Jansen', email: 'fg@lab-zuid.example' },
    ...overrides,
  };
}

describe('authorityNotificationInputFromBreach', () => {
  const facts = parseIncident(cases.labCase);
  const assessment = assessBreach(facts, { now: new Date('2025-07-07T08:00:00Z') });

  test('takes the texts in the chosen language, the latest count, and the published measures', () => {
    const input = authorityNotificationInputFromBreach(
      buildBreachRecord(),
      facts,
      assessment,
      buildDetails(),
    );
    assert.equal(input.breach.title, 'Hack at Lab Zuid');
    assert.equal(input.breach.nature, 'Criminals copied test results.');
    assert.equal(input.breach.approxPeople, 485_000);
    assert.deepEqual(input.measures.taken, ['Servers taken offline.']);
    assert.equal(input.reference, 'hack-lab-zuid');
  });

  test('falls back to the assessed number of people when the record has no count yet', () => {
    const input = authorityNotificationInputFromBreach(
      buildBreachRecord({ peopleAffected: null }),
      facts,
      assessment,
      buildDetails(),
    );
    assert.equal(input.breach.approxPeople, 941_000);
  });

  test('gives input the builder turns into a notification that lists what is still missing', () => {
    const n = buildAuthorityNotification(
      authorityNotificationInputFromBreach(buildBreachRecord(), facts, assessment, buildDetails()),
    );
    assert.deepEqual(
      n.completeness.missing.map((m) => m.id),
      ['mitigation'],
    );
  });

  test('carries over a start known only to the month as "2025-07", and shows it so', () => {
    const n = buildAuthorityNotification(
      authorityNotificationInputFromBreach(buildBreachRecord(), facts, assessment, buildDetails()),
    );
    assert.equal(n.nature.startedAt, '2025-07');
    assert.equal(n.localTimes.startedAt, '2025-07');
    const started = n.sections.find((s) => s.id === 'timeline')?.fields.find((f) => f.id === 'started_at');
    assert.equal(started?.value?.en, '2025-07');
  });

  test('carries over the nature of the breach, encryption and the day people were informed', () => {
    const n = buildAuthorityNotification(
      authorityNotificationInputFromBreach(
        buildBreachRecord({
          dates: { ...buildBreachRecord().dates, victimsNotifiedOn: '2025-07-09' },
        }),
        facts,
        assessment,
        buildDetails(),
      ),
    );
    const field = (section: string, id: string) =>
      n.sections.find((s) => s.id === section)?.fields.find((f) => f.id === id)?.value?.en;
    assert.equal(field('breach', 'breach_types'), 'confidentiality (read or copied)');
    assert.equal(field('measures_before', 'encrypted'), 'no');
    assert.equal(field('follow_up', 'inform_status'), 'informed');
    assert.equal(field('follow_up', 'inform_at'), '2025-07-09');
  });
});
