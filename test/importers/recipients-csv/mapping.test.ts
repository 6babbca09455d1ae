import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../../src/errors/catalogue.ts';
import { resolveMapping, suggestMapping } from '../../../src/importers/recipients-csv/index.ts';
import { dutchHeader } from './builders.ts';

describe('suggestMapping', () => {
  test('maps common Dutch headers to our fields', () => {
    const mapping = suggestMapping(dutchHeader);
    assert.deepEqual(mapping, {
      name: 'naam',
      salutation: 'aanhef',
      street: 'straat',
      houseNumber: 'huisnummer',
      postcode: 'postcode',
      city: 'woonplaats',
      email: 'e-mail',
      language: 'taal',
      group: 'groep',
      kinds: 'gegevens',
    });
  });

  test('maps English headers regardless of case and punctuation', () => {
    const mapping = suggestMapping([
      'Full Name',
      'Street',
      'Postal code',
      'City',
      'E-Mail Address',
      'Language',
      'Group',
      'Data',
      'Code',
    ]);
    assert.equal(mapping.name, 'Full Name');
    assert.equal(mapping.postcode, 'Postal code');
    assert.equal(mapping.email, 'E-Mail Address');
    assert.equal(mapping.kinds, 'Data');
    assert.equal(mapping.code, 'Code');
  });

  test('leaves a field unmapped when no header fits', () => {
    assert.equal(suggestMapping(['naam', 'kolom x']).city, undefined);
  });
});

describe('resolveMapping', () => {
  test('lists every missing required field and unknown header at once', () => {
    assert.throws(
      () => resolveMapping({ name: 'naam', group: 'bestaat niet' }, dutchHeader, 'postal'),
      (error: unknown) => {
        assert.ok(error instanceof AppError);
        const paths = error.fieldErrors.map((e) => e.path).sort();
        assert.deepEqual(paths, ['mapping.city', 'mapping.group', 'mapping.postcode', 'mapping.street']);
        return true;
      },
    );
  });

  test('needs an e-mail column, not an address, when sending e-mail', () => {
    const columns = resolveMapping({ name: 'naam', group: 'groep', email: 'e-mail' }, dutchHeader, 'email');
    assert.deepEqual(columns.email, [6]);
  });
});
