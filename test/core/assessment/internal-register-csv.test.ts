import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import {
  csvField,
  toInternalRegisterCsv,
  type RegisterEntry,
} from '../../../src/core/assessment/internal-register-csv.ts';
import { assessIncident, cases, parseIncident } from './fixtures.ts';

function buildEntry(overrides: Partial<RegisterEntry> = {}): RegisterEntry {
  const facts = parseIncident(cases.labCase);
  return {
    reference: 'DL-2025-007',
    title: 'Lab hack, "second" set',
    facts,
    assessment: assessIncident(cases.labCase),
    assessedAt: '2025-07-06T12:00:00Z',
    remedialAction: 'Servers offline,\nforensic research started',
    notifiedAuthorityAt: '2025-07-07T08:00:00Z',
    ...overrides,
  };
}

describe('csvField', () => {
  test('leaves a plain field as it is', () => assert.equal(csvField('ransomware'), 'ransomware'));
  test('quotes a field with a comma, quote or line break and doubles the quotes', () => {
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('one\r\ntwo'), '"one\r\ntwo"');
  });
  test('defuses a field a spreadsheet would run as a formula', () => {
    assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvField('@SUM'), "'@SUM");
  });
});

describe('toInternalRegisterCsv', () => {
  test('writes a header row and one row per breach, lines ending in CRLF', () => {
    const csv = toInternalRegisterCsv([buildEntry(), buildEntry({ reference: 'DL-2025-008' })], 'en');
    const rows: string[][] = parse(csv);
    assert.equal(rows.length, 3);
    assert.equal(rows[0]?.[0], 'reference');
    assert.ok(csv.endsWith('\r\n'));
    assert.equal(csv.split('\r\n')[0], rows[0]?.join(','));
  });

  test('keeps quotes, commas and line breaks intact through a CSV parser', () => {
    const rows: Record<string, string>[] = parse(toInternalRegisterCsv([buildEntry()], 'en'), {
      columns: true,
    });
    const row = rows[0];
    assert.equal(row?.title, 'Lab hack, "second" set');
    assert.equal(row?.['remedial action'], 'Servers offline,\nforensic research started');
  });

  test('records the assessment and its reasons in the chosen language', () => {
    const rows: Record<string, string>[] = parse(toInternalRegisterCsv([buildEntry()], 'nl'), {
      columns: true,
    });
    const row = rows[0];
    assert.equal(row?.['ENISA-berekening'], '4 × 1 + 1 = 5');
    assert.equal(row?.['ENISA-ernst'], 'zeer hoog');
    assert.equal(row?.['risico voor mensen'], 'hoog risico');
    assert.equal(row?.['melden bij AP'], 'ja');
    assert.match(row?.['redenen melden'] ?? '', /Autoriteit Persoonsgegevens/);
    assert.equal(row?.['gemeld op'], '2025-07-07T08:00:00Z');
    assert.equal(row?.['geïnformeerd op'], '');
  });

  test('lists a breach that was not notified, with the reason why', () => {
    const entry = buildEntry({
      facts: parseIncident(cases.misdirectedToTrusted),
      assessment: assessIncident(cases.misdirectedToTrusted),
      notifiedAuthorityAt: null,
    });
    const rows: Record<string, string>[] = parse(toInternalRegisterCsv([entry], 'en'), { columns: true });
    assert.equal(rows[0]?.['notify authority'], 'no');
    assert.match(rows[0]?.['notification reasons'] ?? '', /unlikely to result in a risk/);
  });

  test('writes only the header for an empty register', () => {
    assert.equal(toInternalRegisterCsv([], 'en').split('\r\n').length, 2);
  });
});
