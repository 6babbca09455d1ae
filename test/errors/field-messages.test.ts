import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'zod';
import { AppError, type FieldError } from '../../src/errors/catalogue.ts';
import { fieldTexts, zodFieldErrors, zodMessage } from '../../src/errors/field-messages.ts';
import { createUserSchema } from '../../src/use-cases/create-user.ts';
import { registerBreachSchema } from '../../src/use-cases/register-breach.ts';
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
  test('a field error cannot be made with one plain text (typecheck fails otherwise)', () => {
    // @ts-expect-error A message in one language only is a type error: both languages are required.
    const english: FieldError = { path: 'email', message: 'This person is already a member.' };
    // @ts-expect-error The Dutch text alone is not enough either.
    const dutch: FieldError = { path: 'email', message: { nl: 'Deze persoon is al lid.' } };
    assert.equal(typeof english.message, 'string');
    assert.equal(typeof dutch.message, 'object');
  });

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
    const byPath = new Map(error.fieldErrors.map((e) => [e.path, e.message]));
    assert.deepEqual(byPath.get('title.nl'), { nl: 'Vul dit in.', en: 'Fill this in.' });
    assert.equal(byPath.get('title.en')?.nl, 'Gebruik hoogstens 200 tekens.');
    assert.match(byPath.get('sector')?.nl ?? '', /^Kies een van: .*\bother\b/);
    assert.match(byPath.get('discoveredOn')?.nl ?? '', /^Schrijf de datum als JJJJ-MM-DD/);
    assert.equal(byPath.get('recipientGroups.0.count')?.en, 'Give a whole number.');
    for (const [path, message] of byPath) {
      assert.ok(message.nl.trim() && message.en.trim(), path);
      assert.notEqual(message.nl, message.en, `${path} has no Dutch text of its own`);
    }
  });

  test('says a missing field is required', () => {
    const { title: _title, ...withoutTitle } = buildBreach('org');
    const error = errorsOf(() => parseOptions(registerBreachSchema(), withoutTitle));
    assert.deepEqual(
      error.fieldErrors.map((e) => [e.path, e.message.nl]),
      [['title', 'Dit is verplicht.']],
    );
  });

  test('words a too-short password with its minimum', () => {
    const error = errorsOf(() =>
      parseOptions(createUserSchema, { email: 'a@b.nl', displayName: 'A', password: 'short' }),
    );
    assert.deepEqual(error.fieldErrors[0]?.message, {
      nl: 'Gebruik minstens 12 tekens.',
      en: 'Use at least 12 characters.',
    });
  });

  test("gives a schema's own message back in both languages, and names an unknown key itself", () => {
    const schema = z.strictObject({
      code: z.string().regex(/^\d+$/, zodMessage({ nl: 'Gebruik alleen cijfers.', en: 'Use digits only.' })),
      day: z.iso.date({ error: zodMessage(fieldTexts.day) }),
    });
    const result = schema.safeParse({ code: 'abc', day: '6 juli', colour: 'red' });
    assert.ok(!result.success);
    assert.deepEqual(zodFieldErrors(result.error), [
      { path: 'code', message: { nl: 'Gebruik alleen cijfers.', en: 'Use digits only.' } },
      { path: 'day', message: fieldTexts.day },
      { path: 'colour', message: fieldTexts.unknownField },
    ]);
  });

  test('refuses a second Dutch text for an English message already in use', () => {
    assert.throws(
      () => zodMessage({ nl: 'Vul iets in.', en: fieldTexts.fillIn.en }),
      /Two Dutch texts for "Fill this in\."/,
    );
  });
});
