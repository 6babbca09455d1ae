// Property: the duplicate check folds name and address in one pass for speed; two rows are the
// same person exactly when the parts, each folded on its own, are equal (the rule as written
// in docs/flows/letter-generation.md: case, accents, dots and spaces do not count).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { personKey, type ValidRecipient } from '../../../src/importers/recipients-csv/index.ts';

/** The rule, one part at a time. */
function foldOne(text: string): string {
  const base = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return base
    .toLowerCase()
    .replace(/[\s!-/:-@[-`{-~]+/g, ' ')
    .trim();
}

const unit = fc.constantFrom(
  'a',
  'B',
  'é',
  'É',
  '.',
  ' ',
  '\u00a0',
  '-',
  'ß',
  'Σ',
  'ı',
  'İ',
  'ﬁ',
  '\t',
  '\u0301',
  '0',
  "'",
  'ï',
  '¨',
  '¼',
  'Ø',
);
const part = fc.string({ unit, maxLength: 6 });
const parts = fc.tuple(part, part, part, part);
/** What people type differently for one person: case, and stray dots or spaces at either end. */
const edge = fc.constantFrom('', ' ', '.', '-', '\u00a0', ' .');
const retyped = fc.tuple(edge, edge, fc.boolean());
/** A second row: mostly the first one typed differently, so equal keys are common. */
const pairs = fc
  .tuple(parts, fc.array(retyped, { minLength: 4, maxLength: 4 }), fc.boolean())
  .chain(([a, how, unrelated]) =>
    unrelated
      ? fc.tuple(fc.constant(a), parts)
      : fc.constant([
          a,
          a.map((text, i) => {
            const [before, after, upper] = how[i] ?? ['', '', false];
            return `${before}${upper ? text.toUpperCase() : text}${after}`;
          }) as [string, string, string, string],
        ] as const),
  );

function recipient([name, street, city, country]: [string, string, string, string]): ValidRecipient {
  return {
    row: 1,
    line: 2,
    name,
    language: 'nl',
    group: 'bevestigd',
    kinds: ['naam'],
    address: { street, postcode: '1234 AB', city, country },
  };
}

describe('personKey', () => {
  test('gives two rows one key exactly when each folded part is equal', () => {
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        const sameByRule = a.map(foldOne).join('\u0000') === b.map(foldOne).join('\u0000');
        const sameKey = personKey(recipient(a), 'postal') === personKey(recipient(b), 'postal');
        assert.equal(sameKey, sameByRule, JSON.stringify([a, b]));
      }),
      { numRuns: 3000 },
    );
  });

  test('does not merge a name into the street next to it', () => {
    const one = recipient(['Jan de', 'Vries 1', 'Delft', 'NL']);
    const two = recipient(['Jan', 'de Vries 1', 'Delft', 'NL']);
    assert.notEqual(personKey(one, 'postal'), personKey(two, 'postal'));
  });
});
