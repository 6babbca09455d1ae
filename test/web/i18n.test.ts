import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { IntlMessageFormat } from 'intl-messageformat';
import { messageSources, translator } from '../../src/web/i18n/translator.ts';

/** The argument names an ICU message uses, from its parsed form (plural branches included). */
function argumentNames(source: string): string[] {
  const names = new Set<string>();
  const walk = (elements: unknown[]) => {
    for (const element of elements as {
      type: number;
      value?: unknown;
      options?: Record<string, { value: unknown[] }>;
      children?: unknown[];
    }[]) {
      if (element.type !== 0 && element.type !== 7 && typeof element.value === 'string')
        names.add(element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      if (element.children) walk(element.children);
    }
  };
  walk(new IntlMessageFormat(source, 'en').getAst());
  return [...names].sort();
}

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
    for (const [key, source] of Object.entries(messageSources.nl)) {
      assert.deepEqual(argumentNames(messageSources.en[key] ?? ''), argumentNames(source), key);
    }
  });

  test('formats a placeholder in the chosen language', () => {
    assert.equal(translator('nl').t('error.status', { status: 404 }), 'Foutcode: 404');
    assert.equal(translator('en').t('error.status', { status: 404 }), 'Error code: 404');
  });
});
