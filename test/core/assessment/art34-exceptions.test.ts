import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AssessmentInputData } from '../../../src/core/assessment/input-schema.ts';
import { assessIncident, cases } from './fixtures.ts';

const stolenPasswords = {
  incidentKind: 'hacking',
  categories: ['name', 'email', 'password'],
  peopleCount: 500,
  copiedOut: true,
  maliciousIntent: true,
} satisfies Partial<AssessmentInputData>;

describe('assessBreach Art. 34(3) exceptions', () => {
  test('requires informing people at high risk when no exception applies', () => {
    const a = assessIncident(stolenPasswords);
    assert.equal(a.risk.level, 'high_risk');
    assert.equal(a.informPeople.required, true);
    assert.equal(a.informPeople.exception, undefined);
    assert.equal(a.informPeople.publicCommunicationRequired, false);
  });

  test('(a) spares the message when encryption with a safe key is what removes the high risk', () => {
    const a = assessIncident({ ...stolenPasswords, encrypted: true, keySafe: true });
    assert.equal(a.informPeople.required, false);
    assert.equal(a.informPeople.exception, 'encrypted');
    assert.match(a.informPeople.reasons[0]?.en ?? '', /34\(3\)\(a\)/);
  });

  test('(b) spares the message when later measures make the high risk unlikely, but the authority is still notified', () => {
    const a = assessIncident({ ...stolenPasswords, measuresMakeHighRiskUnlikely: true });
    assert.equal(a.informPeople.required, false);
    assert.equal(a.informPeople.exception, 'measures_taken');
    assert.equal(a.notifyAuthority.required, true);
    assert.ok(a.documentation.some((d) => d.id === 'measures_proof'));
  });

  test('(c) replaces individual messages by a public communication when that takes disproportionate effort', () => {
    const a = assessIncident({
      ...cases.labCase,
      disproportionateEffort: true,
      publicCommunicationPlanned: true,
    });
    assert.equal(a.informPeople.required, false);
    assert.equal(a.informPeople.exception, 'disproportionate_effort');
    assert.equal(a.informPeople.publicCommunicationRequired, true);
    assert.match(a.summary.en, /public communication/);
    assert.ok(a.documentation.some((d) => d.id === 'public_communication'));
  });

  test('(c) warns that the exception does not hold until a public communication is planned', () => {
    const a = assessIncident({ ...cases.labCase, disproportionateEffort: true });
    assert.equal(a.informPeople.publicCommunicationRequired, true);
    assert.match(a.informPeople.reasons.at(-1)?.en ?? '', /not planned a public communication/);
  });

  test('prefers the encryption exception over later measures when both apply', () => {
    const a = assessIncident({
      ...stolenPasswords,
      encrypted: true,
      keySafe: true,
      measuresMakeHighRiskUnlikely: true,
    });
    assert.equal(a.informPeople.exception, 'encrypted');
  });

  test('names no exception when there is no high risk to except from', () => {
    const a = assessIncident({ measuresMakeHighRiskUnlikely: true, disproportionateEffort: true });
    assert.equal(a.risk.level, 'no_risk');
    assert.equal(a.informPeople.required, false);
    assert.equal(a.informPeople.exception, undefined);
    assert.equal(a.informPeople.publicCommunicationRequired, false);
  });
});
