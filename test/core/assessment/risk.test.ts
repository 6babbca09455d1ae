import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assessIncident } from './fixtures.ts';

describe('assessBreach risk for people', () => {
  test('treats a low ENISA score with few people as no risk', () => {
    const a = assessIncident({
      incidentKind: 'misdirected_mail',
      categories: ['name', 'address'],
      peopleCount: 3,
    });
    assert.equal(a.severity.level, 'low');
    assert.equal(a.risk.level, 'no_risk');
    assert.equal(a.notifyAuthority.required, false);
  });

  test('raises the risk one step from 1,000 people on and says why', () => {
    const a = assessIncident({
      incidentKind: 'misdirected_mail',
      categories: ['name', 'address'],
      peopleCount: 1000,
    });
    assert.equal(a.severity.level, 'low');
    assert.equal(a.risk.level, 'risk');
    assert.equal(a.risk.largeScale, true);
    assert.match(a.risk.reasons.at(-1)?.nl ?? '', /1\.000 mensen/);
    assert.equal(a.notifyAuthority.required, true);
  });

  test('takes damage as likely when health data reached others, even with a medium score', () => {
    const a = assessIncident({
      incidentKind: 'misdirected_mail',
      categories: ['health_data'],
      identification: 'limited',
      peopleCount: 2,
    });
    assert.equal(a.severity.level, 'medium');
    assert.equal(a.risk.level, 'high_risk');
    assert.match(a.risk.reasons.map((r) => r.en).join(' '), /European Data Protection Board/);
  });

  test('counts a permanent loss of sensitive data as high risk even when nobody saw it', () => {
    const a = assessIncident({
      incidentKind: 'ransomware',
      categories: ['name', 'health_data'],
      availability: { lost: true, restoredFromBackup: false },
      maliciousIntent: true,
    });
    assert.equal(a.severity.cb.confidentiality.value, 0);
    assert.equal(a.risk.level, 'high_risk');
  });
});
