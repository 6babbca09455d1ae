import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildAuthorityNotification } from '../../../src/core/authority-notification/build-authority-notification.ts';
import { parseAuthorityNotificationRequest } from '../../../src/core/authority-notification/input-schema.ts';
import { buildNotificationInput, buildNotificationRequest } from './fixtures.ts';

describe('buildAuthorityNotification', () => {
  test('fills every Art. 33(3) item from the breach facts, contact and measures', () => {
    const n = buildAuthorityNotification(buildNotificationInput());
    assert.equal(n.nature.description?.startsWith('Criminelen kwamen binnen'), true);
    assert.equal(n.nature.incidentKind.id, 'hacking');
    assert.deepEqual(
      n.nature.categories.map((c) => c.id),
      ['name', 'address', 'gender', 'date_of_birth', 'bsn', 'medical_test_result', 'gp_name'],
    );
    assert.deepEqual(
      n.nature.specialCategories.map((c) => c.id),
      ['health'],
    );
    assert.equal(n.nature.approxPeople, 941_000);
    assert.equal(n.nature.approxRecords, 941_000);
    assert.equal(n.contact.name, 'Anouk de Vries-Çelik');
    assert.equal(n.contact.roleLabel.nl, 'functionaris gegevensbescherming');
    assert.deepEqual(n.consequences.stated, ['Gerichte phishing met kennis van de uitslag.']);
    assert.ok(n.consequences.derived.some((c) => c.id === 'sensitive_exposure'));
    assert.ok(n.consequences.derived.some((c) => c.id === 'identity_fraud'));
    assert.equal(n.measures.taken.length, 1);
    assert.equal(n.measures.mitigation.length, 1);
  });

  test('is complete and says so when every item is there', () => {
    const n = buildAuthorityNotification(buildNotificationInput());
    assert.equal(n.completeness.complete, true);
    assert.deepEqual(n.completeness.missing, []);
    assert.match(n.completeness.statement.en, /every item/);
  });

  test('carries the assessment summary and the decision on informing people', () => {
    const n = buildAuthorityNotification(buildNotificationInput());
    assert.equal(n.assessment.severityFormula, '4 × 1 + 1 = 5');
    assert.equal(n.assessment.severityLevel, 'very_high');
    assert.equal(n.assessment.riskLevel, 'high_risk');
    assert.equal(n.assessment.informPeople.required, true);
  });

  test('lists each missing item of an early first notification and says more will follow', () => {
    const input = buildNotificationInput({ nature: undefined, contact: { role: 'other' }, measures: {} });
    const n = buildAuthorityNotification({ ...input, breach: { ...input.breach, approxRecords: undefined } });
    assert.equal(n.completeness.complete, false);
    assert.deepEqual(
      n.completeness.missing.map((m) => m.id),
      ['nature_description', 'record_count', 'contact_name', 'contact_details', 'measures', 'mitigation'],
    );
    assert.match(n.completeness.statement.nl, /eerste melding/);
    assert.match(n.completeness.statement.nl, /artikel 33 lid 4/);
  });

  test('numbers a follow-up and keeps the authority reference', () => {
    const n = buildAuthorityNotification(
      buildNotificationInput({ phase: { kind: 'follow_up', number: 2 }, authorityReference: 'AP-123456' }),
    );
    assert.deepEqual(n.phaseLabel, { nl: 'Aanvulling 2', en: 'Follow-up 2' });
    assert.equal(n.authorityReference, 'AP-123456');
  });

  test('marks a notification after 72 hours as late and asks for the reasons of the delay', () => {
    const late = buildAuthorityNotification(
      buildNotificationInput({ preparedAt: '2025-08-06T10:00:00+02:00' }),
    );
    assert.equal(late.timing.late, true);
    assert.equal(late.timing.hoursAfterAwareness, 31 * 24);
    assert.deepEqual(
      late.completeness.missing.map((m) => m.id),
      ['delay_reasons'],
    );
  });

  test('is complete again once the reasons for the delay are given', () => {
    const n = buildAuthorityNotification(
      buildNotificationInput({
        preparedAt: '2025-08-06T10:00:00+02:00',
        delayReasons: 'Het lab meldde het lek pas op 6 augustus aan ons.',
      }),
    );
    assert.equal(n.timing.delayReasons, 'Het lab meldde het lek pas op 6 augustus aan ons.');
    assert.equal(n.completeness.complete, true);
  });

  test('is on time at exactly 72 hours after awareness', () => {
    const n = buildAuthorityNotification(buildNotificationInput({ preparedAt: '2025-07-09T10:00:00+02:00' }));
    assert.equal(n.timing.late, false);
    assert.equal(n.timing.hoursAfterAwareness, 72);
  });
});

describe('parseAuthorityNotificationRequest', () => {
  test('names each wrong field, also inside the incident facts', () => {
    const parsed = parseAuthorityNotificationRequest({
      ...buildNotificationRequest(),
      phase: { kind: 'follow_up' },
      contact: { role: 'dpo', email: 'not an address' },
      incident: { ...buildNotificationRequest().incident, peopleCount: 'veel' },
    });
    assert.equal(parsed.ok, false);
    const paths = parsed.ok ? [] : parsed.errors.map((e) => e.path).sort();
    assert.deepEqual(paths, ['contact.email', 'incident.peopleCount', 'phase.number']);
  });
});
