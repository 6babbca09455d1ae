import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { detectDescriptionLanguage } from '../../../src/importers/hibp/description-language.ts';
import {
  fromHibpDataClasses,
  hibpExportClass,
  toHibpDataClasses,
} from '../../../src/importers/hibp/data-classes.ts';
import {
  hibpBreachInputSchema,
  htmlToText,
  planHibpImport,
} from '../../../src/importers/hibp/hibp-breach.ts';
import { testKnowledge } from '../../support/web.ts';

const hibpNames = readFileSync(new URL('../../fixtures/hibp-data-classes.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '');

/** Categories whose nearest HIBP class belongs to a broader category (documented in data-classes.ts). */
const nearestFits: Record<string, string> = {
  id_document_copy: 'id_document_number',
  medical_test_result: 'health_data',
  protected_address: 'address',
};

describe('HIBP data classes', () => {
  const knowledge = testKnowledge();

  test('the export table names every category of the knowledge base', () => {
    for (const category of knowledge.categories)
      assert.ok(category.id in hibpExportClass, `${category.id} has no entry in hibpExportClass`);
  });

  test('every exported name is a real HIBP data class', () => {
    for (const name of Object.values(hibpExportClass))
      if (name !== null) assert.ok(hibpNames.includes(name), `${name} is not an HIBP data class`);
  });

  test('each category exports to a class that imports back as itself, or as its documented nearest fit', () => {
    for (const [category, name] of Object.entries(hibpExportClass)) {
      if (name === null) continue;
      const [mapped] = fromHibpDataClasses([name], knowledge.hibpDataClasses);
      assert.equal(mapped?.categoryId, nearestFits[category] ?? category, `${category} → ${name}`);
    }
  });

  test('exports each class once, sorted, and leaves out kinds of data HIBP has no class for', () => {
    assert.deepEqual(
      toHibpDataClasses(['name', 'email', 'gp_name', 'address', 'protected_address', 'other']),
      ['Email addresses', 'Names', 'Physical addresses'],
    );
  });

  test('keeps unknown data classes in the mapping with no category, matching known names case-insensitively', () => {
    assert.deepEqual(fromHibpDataClasses(['email addresses', 'Shoe sizes'], knowledge.hibpDataClasses), [
      { name: 'email addresses', categoryId: 'email' },
      { name: 'Shoe sizes', categoryId: null },
    ]);
  });
});

describe('planHibpImport', () => {
  const knowledge = testKnowledge();
  const record = hibpBreachInputSchema.parse({
    Name: 'Example',
    Title: 'Example shop',
    Domain: 'example.com',
    BreachDate: '2025-07-06',
    AddedDate: '2025-08-01T10:00:00Z',
    PwnCount: 941000,
    Description: 'Data of <b>customers</b> &amp; staff.<br>See <a href="https://example.com">the notice</a>.',
    DataClasses: ['Email addresses', 'Names', 'Shoe sizes'],
    IsVerified: true,
  });

  test('records unknown data classes as other and reports them, so the draft never claims less data', () => {
    const plan = planHibpImport(record, knowledge.hibpDataClasses, 'en');
    assert.deepEqual(plan.breach.dataCategories, ['email', 'name', 'other']);
    assert.deepEqual(plan.unknownDataClasses, ['Shoe sizes']);
  });

  test('carries the count with the day HIBP added it, and remembers what it wrote', () => {
    const plan = planHibpImport(record, knowledge.hibpDataClasses, 'en');
    assert.equal(plan.breach.peopleAffected?.count, 941000);
    assert.equal(plan.breach.peopleAffected?.effectiveOn, '2025-08-01');
    assert.equal(plan.breach.occurredOn, '2025-07-06');
    assert.deepEqual(plan.imported.verbatimDataClasses, ['Shoe sizes']);
    assert.equal(plan.imported.description, plan.breach.description?.en);
  });

  test('turns the HTML description into plain text, keeping where a link goes', () => {
    assert.equal(
      htmlToText(record.Description),
      'Data of customers & staff.\nSee the notice (https://example.com).',
    );
  });

  test('keeps Name, Title and data classes exactly as they came', () => {
    const exact = hibpBreachInputSchema.parse({ ...record, Name: 'ExampleShop', Title: ' Example ' });
    assert.equal(exact.Name, 'ExampleShop');
    assert.equal(exact.Title, ' Example ');
  });
});

describe('detectDescriptionLanguage', () => {
  test('tells English from Dutch, and says when it cannot', () => {
    assert.equal(
      detectDescriptionLanguage(
        'In July 2025, the shop suffered a data breach that exposed the names of customers.',
      ),
      'en',
    );
    assert.equal(
      detectDescriptionLanguage(
        'In juli 2025 zijn de gegevens van klanten van de winkel gelekt bij een hack.',
      ),
      'nl',
    );
    assert.equal(detectDescriptionLanguage('Acme Corp'), undefined);
  });
});
