import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assessIncident, cases } from './fixtures.ts';

describe('assessBreach on realistic cases', () => {
  test('ransomware restored from a working backup with no data taken needs neither notification nor message', () => {
    const a = assessIncident(cases.ransomwareWithBackup);
    assert.equal(a.severity.cb.confidentiality.value, 0);
    assert.equal(a.severity.cb.availability.value, 0);
    assert.equal(a.risk.level, 'no_risk');
    assert.equal(a.notifyAuthority.required, false);
    assert.equal(a.informPeople.required, false);
    assert.equal(a.deadline.applies, false);
    assert.ok(a.documentation.some((d) => d.id === 'no_notification_reason'));
  });

  test('ransomware that kept data away for three days must be notified', () => {
    const a = assessIncident({
      ...cases.ransomwareWithBackup,
      availability: { lost: true, restoredFromBackup: true, hoursUnavailable: 72 },
    });
    assert.equal(a.severity.cb.availability.value, 0.25);
    assert.notEqual(a.risk.level, 'no_risk');
    assert.equal(a.notifyAuthority.required, true);
  });

  test('ransomware that also copied data out is assessed as a confidentiality breach', () => {
    const a = assessIncident({ ...cases.ransomwareWithBackup, copiedOut: true });
    assert.equal(a.severity.cb.confidentiality.value, 0.5);
    assert.equal(a.risk.level, 'high_risk');
    assert.equal(a.notifyAuthority.required, true);
    assert.equal(a.informPeople.required, true);
  });

  test('a lost encrypted laptop with the key safe needs no notification and uses the encryption exception', () => {
    const a = assessIncident(cases.lostEncryptedLaptop);
    assert.equal(a.risk.unintelligible, true);
    assert.equal(a.risk.level, 'no_risk');
    assert.equal(a.risk.levelIfIntelligible, 'high_risk');
    assert.equal(a.notifyAuthority.required, false);
    assert.match(a.notifyAuthority.reasons.map((r) => r.en).join(' '), /encryption/);
    assert.equal(a.informPeople.required, false);
    assert.equal(a.informPeople.exception, 'encrypted');
    assert.ok(a.documentation.some((d) => d.id === 'encryption_proof'));
  });

  test('a lost encrypted laptop whose key was on a note in the bag is notified and people informed', () => {
    const a = assessIncident({ ...cases.lostEncryptedLaptop, keySafe: false });
    assert.equal(a.risk.unintelligible, false);
    assert.equal(a.notifyAuthority.required, true);
    assert.equal(a.informPeople.required, true);
    assert.equal(a.informPeople.exception, undefined);
  });

  test('the lab case (medical results of many people copied out and offered online) is very high: notify and inform', () => {
    const a = assessIncident(cases.labCase, new Date('2025-07-07T08:00:00Z'));
    assert.equal(a.severity.dpc.value, 4);
    assert.equal(a.severity.ei.value, 1);
    assert.equal(a.severity.cb.total, 1);
    assert.equal(a.severity.score, 5);
    assert.equal(a.severity.level, 'very_high');
    assert.deepEqual(a.specialCategories, ['health']);
    assert.equal(a.risk.level, 'high_risk');
    assert.equal(a.risk.largeScale, true);
    assert.equal(a.notifyAuthority.required, true);
    assert.equal(a.informPeople.required, true);
    assert.equal(a.informPeople.exception, undefined);
    assert.equal(a.deadline.deadlineAt, '2025-07-09T08:00:00.000Z');
    assert.equal(a.deadline.hoursLeft, 48);
  });

  test('the lab case notified a month late shows the deadline passed and asks for the reasons of delay', () => {
    const a = assessIncident(cases.labCase, new Date('2025-08-06T10:00:00+02:00'));
    assert.equal(a.deadline.passed, true);
    assert.equal(a.deadline.hoursOverdue, 31 * 24 - 72);
    assert.ok(a.documentation.some((d) => d.id === 'delay_reasons'));
    assert.match(a.deadline.reasons[0]?.en ?? '', /explain the delay/);
  });

  test('an e-mail with health data sent to a trusted party who deleted it needs no notification', () => {
    const a = assessIncident(cases.misdirectedToTrusted);
    assert.equal(a.severity.cb.confidentiality.value, 0.25);
    assert.equal(a.risk.level, 'no_risk');
    assert.equal(a.notifyAuthority.required, false);
    assert.equal(a.informPeople.required, false);
    assert.equal(a.informPeople.exception, undefined);
    assert.ok(a.documentation.some((d) => d.id === 'recipient_confirmation'));
  });

  test('the same e-mail sent to a stranger is a high risk because health data is involved', () => {
    const a = assessIncident({ ...cases.misdirectedToTrusted, recipientTrusted: false });
    assert.equal(a.risk.level, 'high_risk');
    assert.equal(a.notifyAuthority.required, true);
    assert.equal(a.informPeople.required, true);
  });

  test('gives every reason in Dutch and English', () => {
    const a = assessIncident(cases.labCase);
    const texts = [
      ...a.risk.reasons,
      ...a.notifyAuthority.reasons,
      ...a.informPeople.reasons,
      ...a.deadline.reasons,
      ...a.documentation.map((d) => d.text),
      a.summary,
      a.severity.levelReason,
    ];
    for (const text of texts) {
      assert.ok(text.nl.length > 0 && text.en.length > 0);
      assert.notEqual(text.nl, text.en);
    }
  });

  test('gives the same answer for the same facts and clock', () => {
    assert.deepEqual(assessIncident(cases.labCase), assessIncident(cases.labCase));
  });
});
