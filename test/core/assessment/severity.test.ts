import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { computeSeverity, severityLevel } from '../../../src/core/assessment/severity.ts';
import { parseIncident } from './fixtures.ts';

describe('severityLevel', () => {
  test('puts scores below 2 in low', () => {
    assert.equal(severityLevel(1.75), 'low');
    assert.equal(severityLevel(0.25), 'low');
  });
  test('starts medium at exactly 2 and keeps it until just under 3', () => {
    assert.equal(severityLevel(2), 'medium');
    assert.equal(severityLevel(2.75), 'medium');
  });
  test('starts high at exactly 3 and keeps it until just under 4', () => {
    assert.equal(severityLevel(3), 'high');
    assert.equal(severityLevel(3.75), 'high');
  });
  test('starts very high at exactly 4', () => {
    assert.equal(severityLevel(4), 'very_high');
    assert.equal(severityLevel(5.5), 'very_high');
  });
});

describe('computeSeverity', () => {
  test('scores e-mail addresses copied out by a criminal as 1 × 0.75 + 1 = 1.75, low', () => {
    const severity = computeSeverity(
      parseIncident({
        incidentKind: 'hacking',
        categories: ['email'],
        copiedOut: true,
        maliciousIntent: true,
      }),
    );
    assert.equal(severity.dpc.value, 1);
    assert.equal(severity.ei.value, 0.75);
    assert.equal(severity.cb.total, 1);
    assert.equal(severity.score, 1.75);
    assert.equal(severity.level, 'low');
    assert.equal(severity.formula, '1 × 0.75 + 1 = 1.75');
  });

  test('reaches exactly 2 (medium) for names and e-mail addresses copied out on purpose', () => {
    const severity = computeSeverity(
      parseIncident({
        incidentKind: 'hacking',
        categories: ['name', 'email'],
        copiedOut: true,
        maliciousIntent: true,
      }),
    );
    assert.equal(severity.score, 2);
    assert.equal(severity.level, 'medium');
  });

  test('reaches exactly 3 (high) for names with account numbers copied out on purpose', () => {
    const severity = computeSeverity(
      parseIncident({
        incidentKind: 'hacking',
        categories: ['name', 'iban'],
        copiedOut: true,
        maliciousIntent: true,
      }),
    );
    assert.equal(severity.dpc.value, 2, 'an IBAN alone is financial data lowered by one');
    assert.equal(severity.dpc.base.category, 'iban');
    assert.equal(severity.score, 3);
    assert.equal(severity.level, 'high');
  });

  test('reaches exactly 4 (very high) for named medical test results on a lost device', () => {
    const severity = computeSeverity(parseIncident({ categories: ['name', 'medical_test_result'] }));
    assert.equal(severity.dpc.value, 4);
    assert.equal(severity.cb.total, 0);
    assert.equal(severity.score, 4);
    assert.equal(severity.level, 'very_high');
  });

  test('keeps the highest category score as the DPC base and lists every category', () => {
    const severity = computeSeverity(parseIncident({ categories: ['email', 'location', 'password'] }));
    assert.deepEqual(
      severity.dpc.perCategory.map((c) => [c.category, c.score]),
      [
        ['email', 1],
        ['location', 2],
        ['password', 3],
      ],
    );
    assert.equal(severity.dpc.base.category, 'password');
    assert.equal(severity.dpc.value, 3);
  });

  test('adds one to the DPC for children or vulnerable people', () => {
    const severity = computeSeverity(
      parseIncident({ categories: ['name', 'location'], childrenOrVulnerable: true }),
    );
    assert.equal(severity.dpc.value, 3);
    assert.deepEqual(
      severity.dpc.adjustments.map((a) => a.delta),
      [1],
    );
  });

  test('caps the DPC at 4 and says the adjustment had no room left', () => {
    const severity = computeSeverity(
      parseIncident({ categories: ['health_data'], childrenOrVulnerable: true }),
    );
    assert.equal(severity.dpc.value, 4);
    assert.equal(severity.dpc.adjustments[0]?.delta, 0);
    assert.match(severity.dpc.adjustments[0]?.reason.en ?? '', /already the highest/);
  });

  test('sets the DPC to 4 when a declared special category is not visible in the kinds of data', () => {
    const severity = computeSeverity(
      parseIncident({ categories: ['name'], specialCategories: ['religious_or_philosophical_beliefs'] }),
    );
    assert.equal(severity.dpc.value, 4);
    assert.equal(severity.dpc.adjustments[0]?.delta, 3);
  });

  test('never lets a lowered category fall below 1', () => {
    const severity = computeSeverity(parseIncident({ categories: ['ip_address'] }));
    assert.equal(severity.dpc.perCategory[0]?.score, 1);
  });

  // Our rule, NOT verified against ENISA's scored annex examples (not readable): docs/assessment.md.
  test('derives ease of identification 1 from a name, 0.75 from an address, 0.5 from behaviour only', () => {
    assert.equal(computeSeverity(parseIncident({ categories: ['name'] })).ei.value, 1);
    assert.equal(computeSeverity(parseIncident({ categories: ['address'] })).ei.value, 0.75);
    assert.equal(computeSeverity(parseIncident({ categories: ['location', 'ip_address'] })).ei.value, 0.5);
    assert.equal(computeSeverity(parseIncident({ categories: ['gender'] })).ei.value, 0.25);
  });

  test('uses the stated ease of identification over the derived one', () => {
    const severity = computeSeverity(parseIncident({ categories: ['name'], identification: 'limited' }));
    assert.equal(severity.ei.value, 0.5);
    assert.equal(severity.score, 0.5);
  });

  // Our rule, NOT verified against ENISA's scored annex examples (not readable): docs/assessment.md.
  test('scores confidentiality 0.5 when published, 0.25 for a misdirected letter, 0 for a lost device', () => {
    assert.equal(computeSeverity(parseIncident({ publishedOrOffered: true })).cb.confidentiality.value, 0.5);
    assert.equal(
      computeSeverity(parseIncident({ incidentKind: 'misdirected_mail' })).cb.confidentiality.value,
      0.25,
    );
    assert.equal(computeSeverity(parseIncident({ incidentKind: 'lost_device' })).cb.confidentiality.value, 0);
  });

  test('scores availability 0 up to 24 hours of restore, 0.25 after, 0.5 without a restore', () => {
    const score = (availability: {
      lost: boolean;
      restoredFromBackup?: boolean;
      hoursUnavailable?: number;
    }) => computeSeverity(parseIncident({ availability })).cb.availability.value;
    assert.equal(score({ lost: false }), 0);
    assert.equal(score({ lost: true, restoredFromBackup: true, hoursUnavailable: 24 }), 0);
    assert.equal(score({ lost: true, restoredFromBackup: true, hoursUnavailable: 25 }), 0.25);
    assert.equal(score({ lost: true, restoredFromBackup: false }), 0.5);
  });

  // Our rule, NOT verified against ENISA's scored annex examples (not readable): docs/assessment.md.
  test('scores integrity in three bands: not misused, possibly misused but recoverable, not recoverable or used', () => {
    const score = (
      integrity:
        | 'altered_recoverable'
        | 'altered_possibly_used_recoverable'
        | 'altered_not_recoverable'
        | 'altered_and_used',
    ) => computeSeverity(parseIncident({ integrity })).cb.integrity.value;
    assert.equal(score('altered_recoverable'), 0);
    assert.equal(score('altered_possibly_used_recoverable'), 0.25);
    assert.equal(score('altered_not_recoverable'), 0.5);
    assert.equal(score('altered_and_used'), 0.5);
  });

  test('adds 0.5 for malicious intent and sums every element into the total', () => {
    const severity = computeSeverity(
      parseIncident({
        publishedOrOffered: true,
        integrity: 'altered_and_used',
        availability: { lost: true, restoredFromBackup: false },
        maliciousIntent: true,
      }),
    );
    assert.equal(severity.cb.maliciousIntent.value, 0.5);
    assert.equal(severity.cb.total, 2);
    assert.equal(severity.score, 3);
  });
});
