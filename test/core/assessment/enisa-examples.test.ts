import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { computeSeverity } from '../../../src/core/assessment/severity.ts';
import { enisaExamples } from './enisa-examples.ts';
import { parseIncident } from './fixtures.ts';

// Every ENISA example the input can express gets ENISA's value for the criterion it scores.
// The examples and their sources are in enisa-examples.ts; docs/assessment.md has the table.
describe('ENISA 2013 worked examples', () => {
  for (const example of enisaExamples) {
    test(`${example.id}: ${example.case} → ${String(example.enisa)} (${example.source})`, () => {
      const severity = computeSeverity(parseIncident(example.input));
      const value = example.criterion === 'dpc' ? severity.dpc.value : severity.cb.availability.value;
      if (Array.isArray(example.enisa)) {
        assert.ok(
          value >= example.enisa[0] && value <= example.enisa[1],
          `expected ${example.enisa.join('–')}, got ${value}`,
        );
      } else assert.equal(value, example.enisa);
    });
  }

  test('covers every example the agreement table in docs/assessment.md counts as expressible', () => {
    assert.equal(enisaExamples.filter((e) => e.criterion === 'dpc').length, 17);
    assert.equal(enisaExamples.filter((e) => e.criterion === 'availability').length, 5);
  });
});
