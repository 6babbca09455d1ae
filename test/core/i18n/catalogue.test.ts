import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { localizedTable, localizedTables } from '../../../src/core/i18n/catalogue.ts';

const src = join(import.meta.dirname, '../../../src');

/** Every core-style catalogue pair below src/, the web's own (tested in test/web/i18n) left out. */
function dutchCatalogues(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return dutchCatalogues(path);
    return entry.name === 'messages.nl.json' && !path.includes('/web/i18n/') ? [path] : [];
  });
}

type Catalogue = Record<string, Record<string, string>>;
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Catalogue;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('label catalogues', () => {
  const found = dutchCatalogues(src);

  test('the core, the errors and the recipients importer each have one', () => {
    const names = found.map((path) => relative(src, path)).sort();
    for (const area of ['core/assessment', 'core/letters', 'errors', 'importers/recipients-csv'])
      assert.ok(names.includes(`${area}/messages.nl.json`), area);
  });

  for (const nlPath of found) {
    const name = relative(src, nlPath);
    test(`${name}: English has the same tables, keys and placeholders, and no text is empty`, () => {
      const nl = read(nlPath);
      const en = read(nlPath.replace('messages.nl.json', 'messages.en.json'));
      assert.deepEqual(Object.keys(en), Object.keys(nl));
      for (const [table, texts] of Object.entries(nl)) {
        assert.deepEqual(Object.keys(en[table] ?? {}), Object.keys(texts), table);
        for (const [key, text] of Object.entries(texts)) {
          const english = en[table]?.[key] ?? '';
          assert.ok(text.trim() && english.trim(), `${table}.${key} is empty`);
          assert.deepEqual(placeholders(english), placeholders(text), `${table}.${key}`);
        }
      }
    });
  }
});

describe('localizedTable', () => {
  test('pairs the two languages key by key, in the Dutch order', () => {
    const table = localizedTable({ b: 'twee', a: 'een' }, { a: 'one', b: 'two' });
    assert.deepEqual(Object.entries(table), [
      ['b', { nl: 'twee', en: 'two' }],
      ['a', { nl: 'een', en: 'one' }],
    ]);
  });

  test('throws on a key only one language has', () => {
    const english = { a: 'one', b: 'two' };
    assert.throws(() => localizedTable({ a: 'een' }, english), /Only in the English catalogue: b/);
    const empty: Record<string, string> = {};
    assert.throws(
      () => localizedTable<Record<string, string>>({ a: 'een' }, empty),
      /Missing in the English catalogue: a/,
    );
    assert.throws(() => localizedTables({}, { extra: {} }), /Tables only in the English catalogue: extra/);
  });
});
