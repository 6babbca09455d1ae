import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { AppError } from '../../../src/errors/catalogue.ts';
import {
  lineAccounting,
  parseKamervragen,
  splitLines,
} from '../../../src/importers/kamervragen/parse-kamervragen.ts';
import { buildExport, readSeed } from './seed.ts';

type Damage =
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; other: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'bytes'; at: number; bytes: Uint8Array }
  | { kind: 'truncate'; at: number };

/** Positions are fractions of the current length, so one damage list fits any file. */
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    count: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant('swap' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    other: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    text: fc.oneof(
      fc.constantFrom(
        '|',
        ' |',
        'Titel zonder scheiding |',
        '',
        '   ',
        'Zie antwoord vraag 99.',
        'Waarom?3',
        'Ja.',
      ),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
    ),
  }),
  fc.record({
    kind: fc.constant('bytes' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    bytes: fc.uint8Array({ maxLength: 60 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

function apply(lines: string[], damages: Damage[]): string {
  const out = [...lines];
  for (const d of damages) {
    const i = Math.min(out.length, Math.floor(d.at * out.length));
    if (d.kind === 'delete') out.splice(i, d.count);
    if (d.kind === 'duplicate' && out[i] !== undefined) out.splice(i, 0, out[i] ?? '');
    if (d.kind === 'swap') {
      const j = Math.min(out.length - 1, Math.floor(d.other * out.length));
      const a = out[i];
      const b = out[j];
      if (a !== undefined && b !== undefined) [out[i], out[j]] = [b, a];
    }
    if (d.kind === 'insert') out.splice(i, 0, d.text);
    // Random bytes decode with replacement characters and may bring their own line breaks.
    if (d.kind === 'bytes') out.splice(i, 1, Buffer.from(d.bytes).toString('utf8'));
    if (d.kind === 'truncate') out.splice(Math.max(1, i));
  }
  return out.join('\n');
}

/** Parses and checks the promise: a full line accounting, or the documented error naming lines. */
function checkParse(text: string): 'parsed' | 'rejected' {
  const lineCount = splitLines(text).length;
  let result;
  try {
    result = parseKamervragen(text);
  } catch (error) {
    assert.ok(error instanceof AppError, `unexpected error type: ${String(error)}`);
    assert.equal(error.code, 'validation_failed');
    assert.ok(error.fieldErrors.length > 0);
    for (const f of error.fieldErrors) {
      const match = /^line (\d+)$/u.exec(f.path);
      assert.ok(match, `error path "${f.path}" names no line`);
      const line = Number(match[1]);
      assert.ok(line >= 1 && line <= lineCount, `error names line ${line} of ${lineCount}`);
    }
    return 'rejected';
  }
  assert.equal(result.lineCount, lineCount);
  const places = lineAccounting(result);
  assert.equal(places.size, lineCount, 'every line has a place');
  for (const [line, place] of places) {
    assert.ok(line >= 1 && line <= lineCount, `place for line ${line} outside the file`);
    assert.ok(!place.includes('+'), `line ${line} placed twice: ${place}`);
  }
  // Footnote removal takes out digits, spaces and the commas of a marker list ("6, 7, 8") only:
  // every other character of a line survives.
  const lines = splitLines(text);
  const letters = (s: string): string => s.replace(/[\d\s,]/gu, '');
  for (const set of result.sets) {
    assert.deepEqual(
      set.questions.map((q) => q.number),
      set.questions.map((_, k) => k + 1),
    );
    for (const q of set.questions) {
      assert.equal(letters(q.text), letters(lines[q.line - 1] ?? ''), `question text of line ${q.line}`);
      const answer = q.answerLines.map((n) => lines[n - 1] ?? '').join('');
      assert.equal(letters(q.answer ?? ''), letters(answer), `answer of line ${q.line}`);
    }
  }
  return 'parsed';
}

describe('parseKamervragen on damaged input', () => {
  const seedLines = splitLines(readSeed());

  test('never crashes on a damaged seed export and either places every line or names the bad lines', () => {
    const outcomes = { parsed: 0, rejected: 0 };
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 5 }), (damages) => {
        outcomes[checkParse(apply(seedLines, damages))] += 1;
      }),
      { numRuns: 150 },
    );
    // Both outcomes must really occur, or the property says little.
    assert.ok(outcomes.parsed > 0 && outcomes.rejected > 0, JSON.stringify(outcomes));
  });

  test('never crashes on small exports built from random parts', () => {
    const part = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom('|', ' |', 'Wat?', 'Ja.', '?1', 'Zie antwoord vraag 1.'),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            title: part,
            submitters: part,
            respondents: part,
            questions: fc.array(fc.tuple(part, part), { maxLength: 3 }),
          }),
          { maxLength: 3 },
        ),
        fc.array(damage, { maxLength: 3 }),
        (sets, damages) => {
          checkParse(apply(splitLines(buildExport(sets)), damages));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('rejects a header block cut short and names its line', () => {
    const lines = splitLines(buildExport([{ title: 'Eerste' }, { title: 'Tweede' }]));
    // Drop the respondents line of the second set (line 16) and the separator after it.
    const broken = [...lines.slice(0, 15), ...lines.slice(17)].join('\n');
    assert.throws(
      () => parseKamervragen(broken),
      (error: unknown) =>
        error instanceof AppError &&
        error.fieldErrors.length === 1 &&
        error.fieldErrors[0]?.path === 'line 16' &&
        /cut short/u.test(error.fieldErrors[0].message.en) &&
        /te kort/u.test(error.fieldErrors[0].message.nl),
    );
  });

  test('rejects a file that ends inside a header block', () => {
    const text = ['Palantir |', '|', 'Pepijn van Houwelingen (FVD) |', '|'].join('\n');
    assert.throws(
      () => parseKamervragen(text),
      (error: unknown) =>
        error instanceof AppError &&
        /ends inside the header block/u.test(error.fieldErrors[0]?.message.en ?? ''),
    );
  });

  test('reports a line that looks like a header line but starts no header block', () => {
    const text = buildExport([{}]).replace('Ja.', 'Ja. |');
    assert.throws(
      () => parseKamervragen(text),
      (error: unknown) => error instanceof AppError && error.fieldErrors[0]?.path === 'line 11',
    );
  });

  test('reports text before the first set and before the first question instead of dropping it', () => {
    const text = `Inleiding\n${buildExport([{ questions: [['Wat?', 'Ja.']] }]).replace('|\n|\n|\n|\nWat?', '|\n|\n|\n|\nLosse tekst.\n\nWat?')}`;
    const result = parseKamervragen(text);
    assert.deepEqual(
      result.unplaced.map((u) => [u.line, u.reason]),
      [
        [1, 'before_first_set'],
        [11, 'before_first_question'],
        [12, 'blank'],
      ],
    );
    assert.equal(result.sets[0]?.questions[0]?.answer, 'Ja.');
  });

  test('warns when an answer points to a question the set does not have', () => {
    const result = parseKamervragen(buildExport([{ questions: [['Wat?', 'Zie antwoord vraag 7.']] }]));
    assert.equal(result.sets[0]?.questions[0]?.refersTo, 7);
    assert.match(result.warnings[0]?.message ?? '', /points to question 7/u);
    assert.equal(result.warnings[0]?.line, 11);
  });
});
