import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { checkText } from '../../../src/core/readability/index.ts';
import { buildJargon } from './fixtures.ts';

// Texts built from pieces that stress the splitter and tokenizer, mixed with any string.
const piece = fc.constantFrom(
  ' ',
  '\n',
  '\n\n',
  '. ',
  'bijv. ',
  'e.g. ',
  '1. ',
  '- ',
  'verwerkingsverantwoordelijke ',
  'dienen\nte ',
  'wordt gedeeld ',
  'was leaked ',
  'https://x.nl/a. ',
  'a@b.nl ',
  '06 12345678 ',
  'ë',
  '😀',
  '?!',
);
const text = fc.oneof(
  fc.string(),
  fc.array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 40 }).map((p) => p.join('')),
);

describe('checkText on any input', () => {
  test('never throws and every finding lies within the text with start before end', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('nl' as const, 'en' as const), (input, lang) => {
        const report = checkText(input, { lang, jargon: buildJargon() });
        for (const finding of report.findings) {
          assert.ok(finding.start >= 0 && finding.end <= input.length, `${finding.start}-${finding.end}`);
          assert.ok(finding.start < finding.end);
          assert.equal(finding.excerpt, input.slice(finding.start, finding.end));
        }
      }),
      { numRuns: 500 },
    );
  });
});
