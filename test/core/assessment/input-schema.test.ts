import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseAssessmentInput } from '../../../src/core/assessment/input-schema.ts';
import { buildIncident } from './fixtures.ts';

function errorsOf(data: unknown) {
  const result = parseAssessmentInput(data);
  assert.equal(result.ok, false, 'expected the input to be rejected');
  return result.ok ? [] : result.errors;
}

describe('parseAssessmentInput', () => {
  test('accepts a complete incident and fills in the defaults', () => {
    const result = parseAssessmentInput(buildIncident());
    assert.ok(result.ok);
    assert.deepEqual(result.value.specialCategories, []);
    assert.equal(result.value.integrity, 'not_affected');
    assert.deepEqual(result.value.availability, { lost: false });
    assert.equal(result.value.recipientTrusted, false);
  });

  test('names each wrong field at once with what is expected', () => {
    const errors = errorsOf({
      ...buildIncident(),
      incidentKind: 'burglary',
      categories: ['name', 'shoe_size'],
      peopleCount: -3,
      encrypted: 'yes',
      awareAt: '6 juli',
    });
    const byPath = new Map(errors.map((e) => [e.path, e.message.en]));
    assert.deepEqual([...byPath.keys()].sort(), [
      'awareAt',
      'categories[1]',
      'encrypted',
      'incidentKind',
      'peopleCount',
    ]);
    assert.match(byPath.get('incidentKind') ?? '', /ransomware/);
    assert.match(byPath.get('categories[1]') ?? '', /medical_test_result/);
    assert.match(byPath.get('peopleCount') ?? '', /0 or more/);
    assert.match(byPath.get('encrypted') ?? '', /true or false/);
    assert.match(byPath.get('awareAt') ?? '', /ISO 8601/);
  });

  test('names every missing required field', () => {
    const paths = errorsOf({}).map((e) => e.path);
    for (const field of [
      'incidentKind',
      'categories',
      'childrenOrVulnerable',
      'peopleCount',
      'encrypted',
      'copiedOut',
      'publishedOrOffered',
      'maliciousIntent',
      'awareAt',
    ])
      assert.ok(paths.includes(field), `missing ${field} in ${paths.join(', ')}`);
  });

  test('reports an unknown field by its path so a typo does not pass silently', () => {
    const errors = errorsOf({ ...buildIncident(), encryptd: true, availability: { lost: false, hours: 3 } });
    assert.deepEqual(errors.map((e) => e.path).sort(), ['availability.hours', 'encryptd']);
  });

  test('asks whether the key is safe when the data was encrypted', () => {
    assert.deepEqual(
      errorsOf(buildIncident({ encrypted: true })).map((e) => e.path),
      ['keySafe'],
    );
  });

  test('rejects a safe key without encryption', () => {
    assert.deepEqual(
      errorsOf(buildIncident({ keySafe: true })).map((e) => e.path),
      ['keySafe'],
    );
  });

  test('asks about the backup and the hours when availability was lost', () => {
    assert.deepEqual(
      errorsOf(buildIncident({ availability: { lost: true } })).map((e) => e.path),
      ['availability.restoredFromBackup'],
    );
    assert.deepEqual(
      errorsOf(buildIncident({ availability: { lost: true, restoredFromBackup: true } })).map((e) => e.path),
      ['availability.hoursUnavailable'],
    );
  });

  test('rejects a trusted recipient for data that was published', () => {
    assert.deepEqual(
      errorsOf(buildIncident({ publishedOrOffered: true, recipientTrusted: true })).map((e) => e.path),
      ['recipientTrusted'],
    );
  });

  test('rejects an empty or repeated list of kinds of data', () => {
    assert.deepEqual(
      errorsOf(buildIncident({ categories: [] })).map((e) => e.path),
      ['categories'],
    );
    assert.deepEqual(
      errorsOf(buildIncident({ categories: ['name', 'name'] })).map((e) => e.path),
      ['categories'],
    );
  });

  test('rejects a number of people that is not whole', () => {
    assert.deepEqual(
      errorsOf(buildIncident({ peopleCount: 2.5 })).map((e) => e.path),
      ['peopleCount'],
    );
  });
});
