import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintVariantTexts } from '../../../src/core/letters/index.ts';
import type { JargonEntry } from '../../../src/core/readability/index.ts';
import { buildTexts, buildVariant } from '../../support/letters.ts';

const jargon: JargonEntry[] = [{ term: 'verwerkingsverantwoordelijke', lang: 'nl', plain: ['organisatie'] }];

describe('lintVariantTexts', () => {
  it('finds no problems in plain texts', () => {
    assert.deepEqual(lintVariantTexts(buildVariant(), jargon), []);
  });

  it('reports jargon with the field and language, and offsets into the original text', () => {
    const measures = 'Wij, de verwerkingsverantwoordelijke, hebben {organisationName} gemeld.';
    const variant = buildVariant({ texts: { nl: buildTexts({ measures }) } });
    const result = lintVariantTexts(variant, jargon);
    assert.equal(result.length, 1);
    assert.equal(result[0]?.field, 'measures');
    assert.equal(result[0]?.lang, 'nl');
    const finding = result[0]?.findings.find((f) => f.rule === 'jargon');
    assert.equal(finding?.excerpt, 'verwerkingsverantwoordelijke');
    assert.equal(measures.slice(finding?.start, finding?.end), 'verwerkingsverantwoordelijke');
  });

  it('does not take a placeholder for a long word', () => {
    const variant = buildVariant({
      texts: { nl: buildTexts({ measures: 'Bel {helplinePhone} of mail {contactEmail}.' }) },
    });
    assert.deepEqual(lintVariantTexts(variant, jargon), []);
  });
});
