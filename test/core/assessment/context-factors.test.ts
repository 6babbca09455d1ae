import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseAssessmentInput } from '../../../src/core/assessment/input-schema.ts';
import { computeSeverity } from '../../../src/core/assessment/severity.ts';
import { assessIncident, buildIncident, parseIncident } from './fixtures.ts';

describe('ENISA context factors', () => {
  test('an inferred special category raises simple data to 3 and says why', () => {
    const s = computeSeverity(
      parseIncident({ categories: ['name', 'address'], context: { inferredSpecialCategories: ['health'] } }),
    );
    assert.equal(s.dpc.value, 3);
    assert.match(s.dpc.adjustments[0]?.reason.en ?? '', /inferred special category 3/);
  });

  test('an inferred special category does not make the risk step treat the data as special', () => {
    const a = assessIncident({ categories: ['name'], context: { inferredSpecialCategories: ['health'] } });
    assert.deepEqual(a.specialCategories, []);
  });

  test('volume and public availability move the score by one and never leave 1–4', () => {
    const dpc = (context: object, categories: string[] = ['name', 'location']) =>
      computeSeverity(parseIncident({ categories: categories as never, context })).dpc.value;
    assert.equal(dpc({ volume: 'extensive' }), 3);
    assert.equal(dpc({ volume: 'small' }), 1);
    assert.equal(dpc({ publiclyAvailable: true }, ['name']), 1);
    assert.equal(dpc({ volume: 'extensive' }, ['name', 'medical_test_result']), 4);
  });

  test('card data without a stated case keeps the financial base 3', () => {
    assert.equal(computeSeverity(parseIncident({ categories: ['payment_card'] })).dpc.value, 3);
  });

  test('known recipients (customers who could see other customers’ accounts) add 0.25', () => {
    const s = computeSeverity(parseIncident({ incidentKind: 'other', disclosedTo: 'known_recipients' }));
    assert.equal(s.cb.confidentiality.value, 0.25);
  });
});

describe('ease of identification', () => {
  const ei = (categories: string[]) =>
    computeSeverity(parseIncident({ categories: categories as never })).ei.value;
  test('a BSN alone is 0.25, with address and e-mail 0.75, with a name 1', () => {
    assert.equal(ei(['bsn']), 0.25);
    assert.equal(ei(['bsn', 'address', 'email']), 0.75);
    assert.equal(ei(['bsn', 'name']), 1);
  });
  test('an alias alone is 0.25; with a date of birth it takes combining, 0.5', () => {
    assert.equal(ei(['username']), 0.25);
    assert.equal(ei(['username', 'date_of_birth']), 0.5);
  });
});

describe('expert overrides', () => {
  test('need a written reason: without one the input is refused at the reason', () => {
    const result = parseAssessmentInput(buildIncident({ overrides: { dpc: { value: 2, reason: '' } } }));
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.errors.some((e) => e.path === 'overrides.dpc.reason'));
  });

  test('replace the criterion, keep the derived value, and show the reason', () => {
    const s = computeSeverity(
      parseIncident({
        categories: ['name', 'email'],
        overrides: {
          ei: { value: 0.5, reason: 'De namen zijn zo gewoon dat ze niemand aanwijzen.' },
          confidentiality: { value: 0.5, reason: 'De lijst stond een week op een open server.' },
        },
      }),
    );
    assert.equal(s.ei.value, 0.5);
    assert.match(s.ei.reason.nl, /De namen zijn zo gewoon/);
    assert.equal(s.cb.total, 0.5);
    assert.equal(s.score, 1 * 0.5 + 0.5);
    assert.deepEqual(
      s.overrides.map((o) => [o.criterion, o.derivedValue, o.value]),
      [
        ['ei', 1, 0.5],
        ['confidentiality', 0, 0.5],
      ],
    );
  });
});
