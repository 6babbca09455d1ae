import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../src/errors/catalogue.ts';
import { createUserSchema } from '../../src/use-cases/create-user.ts';
import { registerBreachSchema } from '../../src/use-cases/register-breach.ts';
import { fieldMessage } from '../../src/use-cases/support/field-messages.ts';
import { parseOptions } from '../../src/use-cases/support/validate.ts';
import { buildBreach } from '../support/builders.ts';

function errorsOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  assert.fail('expected a validation error');
}

describe('field messages', () => {
  test('gives every field error of a use case in Dutch and English', () => {
    const error = errorsOf(() =>
      parseOptions(
        registerBreachSchema(),
        buildBreach('org', {
          title: { nl: '', en: 'x'.repeat(201) },
          sector: 'space' as 'other',
          discoveredOn: '2025-02-30',
          recipientGroups: [{ name: { nl: 'a', en: 'a' }, certainty: 'confirmed', count: 1.5 }],
        }),
      ),
    );
    const byPath = new Map(error.fieldErrors.map((e) => [e.path, e]));
    assert.equal(fieldMessage(byPath.get('title.nl') ?? assert.fail(), 'nl'), 'Vul dit in.');
    assert.equal(
      fieldMessage(byPath.get('title.en') ?? assert.fail(), 'nl'),
      'Gebruik hoogstens 200 tekens.',
    );
    assert.equal(fieldMessage(byPath.get('sector') ?? assert.fail(), 'nl'), 'Kies een van de mogelijkheden.');
    assert.match(
      fieldMessage(byPath.get('discoveredOn') ?? assert.fail(), 'nl'),
      /^Schrijf de datum als JJJJ-MM-DD/,
    );
    assert.equal(
      fieldMessage(byPath.get('recipientGroups.0.count') ?? assert.fail(), 'en'),
      'Give a whole number.',
    );
  });

  test("translates a use case's own English message, and keeps an unknown one as it is", () => {
    assert.equal(
      fieldMessage({ path: 'email', message: 'This person is already a member.' }, 'nl'),
      'Deze persoon is al lid.',
    );
    assert.equal(fieldMessage({ path: 'x', message: 'Something else.' }, 'nl'), 'Something else.');
  });

  test('says a missing field is required', () => {
    const { title: _title, ...withoutTitle } = buildBreach('org');
    const error = errorsOf(() => parseOptions(registerBreachSchema(), withoutTitle));
    assert.deepEqual(
      error.fieldErrors.map((e) => [e.path, fieldMessage(e, 'nl')]),
      [['title', 'Dit is verplicht.']],
    );
  });

  test('words a too-short password with its minimum', () => {
    const error = errorsOf(() =>
      parseOptions(createUserSchema, { email: 'a@b.nl', displayName: 'A', password: 'short' }),
    );
    assert.equal(fieldMessage(error.fieldErrors[0] ?? assert.fail(), 'nl'), 'Gebruik minstens 12 tekens.');
  });
});
