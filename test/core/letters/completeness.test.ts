import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCompleteness, type RequiredItem, type VariantTexts } from '../../../src/core/letters/index.ts';
import { buildOrganisation, buildTexts, buildVariant } from '../../support/letters.ts';

describe('checkCompleteness', () => {
  it('is ready when every required item is present in every language', () => {
    const report = checkCompleteness(buildVariant(), buildOrganisation(), ['nl', 'en']);
    assert.deepEqual(report, { ready: true, missing: [], placeholders: [] });
  });

  const textFields: [keyof VariantTexts, RequiredItem][] = [
    ['subject', 'subject'],
    ['whatHappened', 'what_happened'],
    ['consequences', 'consequences'],
    ['measures', 'measures'],
    ['whatYouCanDo', 'what_you_can_do'],
  ];
  for (const [field, item] of textFields) {
    it(`reports ${item} as missing when its text is empty, with a message in both languages`, () => {
      const variant = buildVariant({ texts: { nl: buildTexts({ [field]: '  ' }) } });
      const report = checkCompleteness(variant, buildOrganisation(), ['nl']);
      assert.equal(report.ready, false);
      assert.deepEqual(
        report.missing.map((m) => [m.item, m.lang]),
        [[item, 'nl']],
      );
      assert.ok(report.missing[0]?.message.nl && report.missing[0].message.en);
    });
  }

  it('reports every text of a language that has no texts at all', () => {
    const report = checkCompleteness(buildVariant({ texts: { nl: buildTexts() } }), buildOrganisation(), [
      'nl',
      'en',
    ]);
    assert.deepEqual(
      report.missing.map((m) => `${m.item}/${m.lang}`),
      ['subject/en', 'what_happened/en', 'consequences/en', 'measures/en', 'what_you_can_do/en'],
    );
    assert.match(report.missing[0]?.message.nl ?? '', /Engels/);
  });

  it('reports which_data when the variant names no kinds of data', () => {
    const report = checkCompleteness(buildVariant({ categories: [] }), buildOrganisation(), ['nl']);
    assert.deepEqual(
      report.missing.map((m) => m.item),
      ['which_data'],
    );
  });

  it('reports the contact point name and details when they are missing', () => {
    const organisation = buildOrganisation({ contact: { name: '' } });
    const report = checkCompleteness(buildVariant(), organisation, ['nl']);
    assert.deepEqual(
      report.missing.map((m) => m.item),
      ['contact_point_name', 'contact_point_details'],
    );
  });

  it('accepts a website alone as the way to reach the contact point', () => {
    const organisation = buildOrganisation({ contact: { name: 'FG', website: 'bvo.example/privacy' } });
    assert.equal(checkCompleteness(buildVariant(), organisation, ['nl']).ready, true);
  });

  it('blocks a text with an unknown placeholder and names it', () => {
    const variant = buildVariant({ texts: { nl: buildTexts({ measures: 'Bel {telefoon}.' }) } });
    const report = checkCompleteness(variant, buildOrganisation(), ['nl']);
    assert.equal(report.ready, false);
    assert.deepEqual(
      report.placeholders.map((p) => [p.kind, p.detail, p.field, p.lang]),
      [['unknown', 'telefoon', 'measures', 'nl']],
    );
    assert.match(report.placeholders[0]?.message.nl ?? '', /\{helplinePhone\}/);
  });

  it('blocks a text with an unbalanced brace', () => {
    const variant = buildVariant({ texts: { nl: buildTexts({ measures: 'Bel {helplinePhone.' }) } });
    const report = checkCompleteness(variant, buildOrganisation(), ['nl']);
    assert.equal(report.placeholders[0]?.kind, 'syntax');
  });

  it('blocks plural or select formatting, which letters do not fill in', () => {
    const variant = buildVariant({ texts: { nl: buildTexts({ measures: '{name, select, other {x}}' }) } });
    const report = checkCompleteness(variant, buildOrganisation(), ['nl']);
    assert.equal(report.placeholders[0]?.kind, 'unsupported');
  });
});
