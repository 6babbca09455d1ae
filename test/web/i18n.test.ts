import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { IntlMessageFormat } from 'intl-messageformat';
import { messageSources, translator } from '../../src/web/i18n/translator.ts';

describe('UI messages', () => {
  test('the Dutch and English files have exactly the same keys', () => {
    const nl = Object.keys(messageSources.nl).sort();
    const en = Object.keys(messageSources.en).sort();
    assert.deepEqual(
      nl.filter((key) => !en.includes(key)),
      [],
      'keys missing in messages.en.json',
    );
    assert.deepEqual(
      en.filter((key) => !nl.includes(key)),
      [],
      'keys missing in messages.nl.json',
    );
  });

  test('every message compiles as ICU MessageFormat and has text', () => {
    for (const [lang, messages] of Object.entries(messageSources)) {
      for (const [key, source] of Object.entries(messages)) {
        assert.ok(source.trim().length > 0, `${lang} ${key} is empty`);
        assert.doesNotThrow(() => new IntlMessageFormat(source, lang), `${lang} ${key} does not compile`);
      }
    }
  });

  test('every message uses the same placeholders in both languages', () => {
    const placeholders = (source: string) => [...source.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
    for (const [key, source] of Object.entries(messageSources.nl)) {
      assert.deepEqual(placeholders(messageSources.en[key] ?? ''), placeholders(source), key);
    }
  });

  test('formats a placeholder in the chosen language', () => {
    assert.equal(translator('nl').t('error.status', { status: 404 }), 'Foutcode: 404');
    assert.equal(translator('en').t('error.status', { status: 404 }), 'Error code: 404');
  });
});
